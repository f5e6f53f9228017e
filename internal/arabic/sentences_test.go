package arabic

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"قال. ثم ذهب.", []string{"قال.", "ثم ذهب."}},
		{"هل جاء؟ نعم! حسنا", []string{"هل جاء؟", "نعم!", "حسنا"}},
		{"بلغ النمو 3.5 في المئة. وقال", []string{"بلغ النمو 3.5 في المئة.", "وقال"}},
		{"قال د. محمد إن الوضع صعب.", []string{"قال د. محمد إن الوضع صعب."}},
		{"قال أ. د. علي ذلك", []string{"قال أ. د. علي ذلك"}},
		{"قال: «انتهت الحرب.» ثم غادر.", []string{"قال: «انتهت الحرب.»", "ثم غادر."}},
		{"وقال.. إن الوضع صعب", []string{"وقال.. إن الوضع صعب"}},
		{"زوروا www.bbc.com للمزيد. شكرا", []string{"زوروا www.bbc.com للمزيد.", "شكرا"}},
		{"سطر أول\nسطر ثان", []string{"سطر أول", "سطر ثان"}},
		{"الجملة الأولى؛ والثانية.", []string{"الجملة الأولى؛ والثانية."}},
		{"انتهت الحرب.وبدأ السلام", []string{"انتهت الحرب.", "وبدأ السلام"}},
		{"ولد عام 1990 م. وتوفي", []string{"ولد عام 1990 م.", "وتوفي"}},
		{"Mr. Smith met J. Doe. Then left.", []string{"Mr. Smith met J. Doe.", "Then left."}},
		{"قال (في بيان). ثم", []string{"قال (في بيان).", "ثم"}},
		{"وقالت يوليا \"الفعل صادم. حياتي انقلبت\". ثم غادرت.", []string{"وقالت يوليا \"الفعل صادم. حياتي انقلبت\".", "ثم غادرت."}},
		{"وقال «الوضع صعب. لكننا صامدون» وغادر.", []string{"وقال «الوضع صعب. لكننا صامدون» وغادر."}},
		{"قال “انتهى. نعم” ثم", []string{"قال “انتهى. نعم” ثم"}},
		{"جهاز المخابرات (إم. آي 6) قال", []string{"جهاز المخابرات (إم. آي 6) قال"}},
		{"ضابط إم. آي 6 قال", []string{"ضابط إم. آي 6 قال"}},
		{"قال \"نعم. ثم\nسطر. آخر", []string{"قال \"نعم.", "ثم", "سطر.", "آخر"}},
		{"هل جاء؟» قال. لا", []string{"هل جاء؟»", "قال.", "لا"}},
		{"صباح الأحد؛ وقال", []string{"صباح الأحد؛ وقال"}},
		{"قال للعربية.نت إن", []string{"قال للعربية.نت إن"}},
		{"الجوائز هي: 1. جائزة أولى. 2. جائزة ثانية.", []string{"الجوائز هي: 1. جائزة أولى.", "2. جائزة ثانية."}},
		{"وقالت بي. إم. دبليو. إنها", []string{"وقالت بي. إم. دبليو. إنها"}},
		{"عددهم 25. وقال", []string{"عددهم 25.", "وقال"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			ss := Sentences(tt.in)
			checkSentences(t, tt.in, ss)
			var got []string
			runes := []rune(tt.in)
			for _, x := range ss {
				got = append(got, x.Text)
				if tt.in[x.Start:x.End] != x.Text || string(runes[x.CStart:x.CEnd]) != x.Text {
					t.Errorf("sentence %q: offsets %d:%d / %d:%d do not match", x.Text, x.Start, x.End, x.CStart, x.CEnd)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Sentences(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func checkSentences(t *testing.T, s string, ss []Sentence) {
	t.Helper()
	runes := []rune(s)
	for _, x := range ss {
		if s[x.Start:x.End] != x.Text || string(runes[x.CStart:x.CEnd]) != x.Text {
			t.Errorf("sentence %q: offsets %d:%d / %d:%d do not match", x.Text, x.Start, x.End, x.CStart, x.CEnd)
		}
	}
}

func TestSentencesSemicolon(t *testing.T) {
	got := SentencesWith("صباح الأحد؛ وقال", SentenceOptions{Semicolon: true})
	if len(got) != 2 || got[0].Text != "صباح الأحد؛" {
		t.Errorf("SentencesWith(Semicolon) = %+v, want a break after ؛", got)
	}
}

func TestSentencesSplitInQuotes(t *testing.T) {
	s := "قال «الفعل صادم. حياتي انقلبت» ثم غادر."
	if got := SentencesWith(s, SentenceOptions{SplitInQuotes: true}); len(got) != 2 || got[0].Text != "قال «الفعل صادم." {
		t.Errorf("SentencesWith(%q, SplitInQuotes) = %+v, want a break after صادم.", s, got)
	}
	if got := Sentences(s); len(got) != 1 {
		t.Errorf("Sentences(%q) = %+v, want one sentence", s, got)
	}
}

func TestSentenceTokens(t *testing.T) {
	s := "قال د. محمد: نعم.\nثم ذهب! 3.5 مليون"
	sents, toks := Sentences(s), Tokenize(s)
	got := SentenceTokens(sents, toks)
	want := [][2]int{{0, 7}, {7, 10}, {10, 12}}
	if !cmp.Equal(got, want) {
		t.Errorf("SentenceTokens = %v, want %v", got, want)
	}
	for i, r := range got {
		for _, tok := range toks[r[0]:r[1]] {
			if tok.Start < sents[i].Start || tok.End > sents[i].End {
				t.Errorf("token %q is outside sentence %q", tok.Text, sents[i].Text)
			}
		}
	}
}
