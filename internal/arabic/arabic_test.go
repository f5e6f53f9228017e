package arabic

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"مدرسة", "مدرسه"},
		{"أحمد", "احمد"},
		{"إسلام", "اسلام"},
		{"آمال", "امال"},
		{"ٱلله", "الله"},
		{"مستشفى", "مستشفي"},
		{"مسؤول", "مسوول"},
		{"رئيس", "رييس"},
		{"مُحَمَّدٌ", "محمد"},
		{"الحسكــــة", "الحسكه"},
		{"هٰذا", "هذا"},
		{"١٢٣٤٥٦٧٨٩٠", "1234567890"},
		{"۱۲۳", "123"},
		{"٣٫٥", "3.5"},
		{"١٬٢٠٠", "1,200"},
		{"Hello WORLD", "hello world"},
		{"ÉCOLE", "école"},
		{"هل؟ نعم، لا؛", "هل؟ نعم، لا؛"},
		{"ی ک", "ي ك"},
		{"a\xffb", "a\xffb"},
		{"😀", "😀"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := string(NormalizeInto(nil, tt.in)); got != tt.want {
				t.Errorf("NormalizeInto(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizeRune(t *testing.T) {
	tests := []struct{ in, want rune }{
		{'أ', 'ا'}, {'ة', 'ه'}, {'ى', 'ي'}, {'\u064E', -1}, {'ـ', -1}, {'٧', '7'}, {'A', 'a'}, {'،', '،'}, {'؟', '؟'}, {'ب', 'ب'},
	}
	for _, tt := range tests {
		if got := NormalizeRune(tt.in); got != tt.want {
			t.Errorf("NormalizeRune(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// checkTokens verifies the offset invariants of toks over s.
func checkTokens(t testing.TB, s string, toks []Token) {
	t.Helper()
	runes := []rune(s)
	prevEnd, prevCEnd := 0, 0
	for k, tok := range toks {
		if tok.Start < prevEnd || tok.End <= tok.Start || tok.End > len(s) || tok.CStart < prevCEnd || tok.CEnd <= tok.CStart || tok.CEnd > len(runes) {
			t.Fatalf("token %d %+v: bad offsets (prev end %d/%d, len %d/%d)", k, tok, prevEnd, prevCEnd, len(s), len(runes))
		}
		if s[tok.Start:tok.End] != tok.Text {
			t.Fatalf("token %d: s[%d:%d] = %q, want %q", k, tok.Start, tok.End, s[tok.Start:tok.End], tok.Text)
		}
		if got := string(runes[tok.CStart:tok.CEnd]); got != strings.ToValidUTF8(tok.Text, "\uFFFD") && !(utf8.ValidString(tok.Text) == false && got == strings.Repeat("\uFFFD", len(tok.Text))) {
			t.Fatalf("token %d: runes[%d:%d] = %q, want %q", k, tok.CStart, tok.CEnd, got, tok.Text)
		}
		if tok.Norm != Normalize(tok.Text) {
			t.Fatalf("token %d: Norm = %q, want %q", k, tok.Norm, Normalize(tok.Text))
		}
		prevEnd, prevCEnd = tok.End, tok.CEnd
	}
}

type tk struct {
	Text string
	Kind TokenKind
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []tk
	}{
		{"", nil},
		{"  \n ", nil},
		{"قال الرئيسُ: «نعم».", []tk{{"قال", Word}, {"الرئيسُ", Word}, {":", Punct}, {"«", Punct}, {"نعم", Word}, {"»", Punct}, {".", Punct}}},
		{"قتل ١٥٠ مسلحاً و3.5 مليون", []tk{{"قتل", Word}, {"١٥٠", Number}, {"مسلحاً", Word}, {"و", Word}, {"3.5", Number}, {"مليون", Word}}},
		{"1,200 و١٬٢٠٠ و٣٫٥", []tk{{"1,200", Number}, {"و", Word}, {"١٬٢٠٠", Number}, {"و", Word}, {"٣٫٥", Number}}},
		{"بـ\"MBC مصر\"", []tk{{"بـ", Word}, {"\"", Punct}, {"MBC", Latin}, {"مصر", Word}, {"\"", Punct}}},
		{"F16 وCOVID-19", []tk{{"F16", Latin}, {"و", Word}, {"COVID", Latin}, {"-", Punct}, {"19", Number}}},
		{"هل؟ نعم، لا؛", []tk{{"هل", Word}, {"؟", Punct}, {"نعم", Word}, {"،", Punct}, {"لا", Word}, {"؛", Punct}}},
		{"الحسكــة 😀👍🏽 $", []tk{{"الحسكــة", Word}, {"😀", Symbol}, {"👍🏽", Symbol}, {"$", Symbol}}},
		{"a\xffب", []tk{{"a", Latin}, {"\xff", Symbol}, {"ب", Word}}},
		{"٢٠١٨.", []tk{{"٢٠١٨", Number}, {".", Punct}}},
		{"...", []tk{{".", Punct}, {".", Punct}, {".", Punct}}},
		{"150ً مسلحا", []tk{{"150ً", Number}, {"مسلحا", Word}}},
		{"ـ ماذا؟ ــ نعم", []tk{{"ـ", Punct}, {"ماذا", Word}, {"؟", Punct}, {"ــ", Punct}, {"نعم", Word}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			toks := Tokenize(tt.in)
			checkTokens(t, tt.in, toks)
			var got []tk
			for _, x := range toks {
				got = append(got, tk{x.Text, x.Kind})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Tokenize(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestTokenizeOffsets(t *testing.T) {
	s := "وَقالَ الـمُتحدّث 😀 إنّ ١٢٬٥٠٠ شخصٍ (12,500) نزحوا\xff\xfe من حلب… e-mail: a@b.com"
	toks := Tokenize(s)
	checkTokens(t, s, toks)
	if toks[0].Norm != "وقال" || toks[1].Norm != "المتحدث" {
		t.Errorf("Norm = %q %q, want وقال المتحدث", toks[0].Norm, toks[1].Norm)
	}
}

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

func TestSegment(t *testing.T) {
	type seg struct {
		procs string
		stem  string
		enc   string
	}
	tests := []struct {
		in      string
		want    []seg // must appear, in this relative order
		notWant []seg
	}{
		{"بالحسكة", []seg{{"", "بالحسكه", ""}, {"ب", "الحسكه", ""}, {"ب+ال", "حسكه", ""}}, nil},
		{"وبالحسكة", []seg{{"", "وبالحسكه", ""}, {"و+ب+ال", "حسكه", ""}}, nil},
		{"للحكومة", []seg{{"", "للحكومه", ""}, {"ل+ال", "حكومه", ""}}, nil},
		{"للبنان", []seg{{"", "للبنان", ""}, {"ل", "لبنان", ""}}, nil},
		{"بلال", []seg{{"", "بلال", ""}, {"ب", "لال", ""}}, nil},
		{"لبنان", []seg{{"", "لبنان", ""}, {"ل", "بنان", ""}}, nil},
		{"وسيقوم", []seg{{"", "وسيقوم", ""}, {"و", "سيقوم", ""}, {"و+س", "يقوم", ""}}, nil},
		{"حكومته", []seg{{"", "حكومته", ""}, {"", "حكومت", "ه"}, {"", "حكومه", "ه"}}, nil},
		{"وزيرها", []seg{{"", "وزيرها", ""}, {"", "وزير", "ها"}}, nil},
		{"الكتاب", []seg{{"", "الكتاب", ""}, {"ال", "كتاب", ""}}, []seg{{"ال", "كتا", "ب"}}},
		{"ال", []seg{{"", "ال", ""}}, nil},
		{"الى", []seg{{"", "الي", ""}}, []seg{{"ال", "ي", ""}}},
		{"سلام", []seg{{"", "سلام", ""}}, []seg{{"س", "لام", ""}}},
		{"وو", []seg{{"", "وو", ""}}, nil},
		{"باراك", []seg{{"", "باراك", ""}}, []seg{{"", "باري", "ك"}}},
		{"الحسكة", []seg{{"ال", "حسكه", ""}}, []seg{{"", "الحسك", "ه"}}},
		{"على", []seg{{"", "علي", ""}}, []seg{{"", "عل", "ي"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			as := Segment(tt.in)
			var got []seg
			for _, a := range as {
				got = append(got, seg{strings.Join(a.Proclitics, "+"), a.Stem, a.Enclitic})
			}
			pos := -1
			for _, w := range tt.want {
				k := slices.Index(got, w)
				if k < 0 || k < pos {
					t.Errorf("Segment(%q) = %v, want %v in order", tt.in, got, tt.want)
					break
				}
				pos = k
			}
			for _, w := range tt.notWant {
				if slices.Contains(got, w) {
					t.Errorf("Segment(%q) = %v, must not contain %v", tt.in, got, w)
				}
			}
			if len(got) == 0 || got[0] != (seg{"", Normalize(tt.in), ""}) {
				t.Errorf("Segment(%q)[0] = %v, want the whole word", tt.in, got)
			}
			runes := []rune(tt.in)
			for _, a := range as {
				if Normalize(string(runes[a.StemStart:a.StemEnd])) != a.Stem && !strings.HasSuffix(a.Stem, "ه") {
					t.Errorf("Segment(%q): stem %q at %d:%d reads %q", tt.in, a.Stem, a.StemStart, a.StemEnd, string(runes[a.StemStart:a.StemEnd]))
				}
			}
		})
	}
}

func TestSegmentSpans(t *testing.T) {
	tests := []struct {
		word, stem string
		start, end int
	}{
		{"وَبِالْحَسَكَةِ", "حسكه", 7, 15},
		{"بالحسكة", "حسكه", 3, 7},
		{"للحكومة", "حكومه", 2, 7},
		{"وزيرُها", "وزير", 0, 5},
		{"وسيقــوم", "يقوم", 2, 8},
	}
	for _, tt := range tests {
		found := false
		for _, a := range Segment(tt.word) {
			if a.Stem == tt.stem {
				found = true
				if a.StemStart != tt.start || a.StemEnd != tt.end {
					t.Errorf("Segment(%q) stem %q at %d:%d, want %d:%d", tt.word, a.Stem, a.StemStart, a.StemEnd, tt.start, tt.end)
				}
			}
		}
		if !found {
			t.Errorf("Segment(%q) has no stem %q", tt.word, tt.stem)
		}
	}
}

func TestAppendSegment(t *testing.T) {
	buf := AppendSegment(nil, "بالحسكة")
	n := len(buf)
	buf = AppendSegment(buf, "وزيرها")
	if !cmp.Equal(buf[:n], Segment("بالحسكة")) || !cmp.Equal(buf[n:], Segment("وزيرها")) {
		t.Errorf("AppendSegment(AppendSegment(nil, بالحسكة), وزيرها) = %v, want the two Segment results in a row", buf)
	}
	if got := AppendSegment(buf[:0], ""); len(got) != 0 {
		t.Errorf("AppendSegment(dst, \"\") = %v, want dst unchanged", got)
	}
}

func TestStems(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"بالحسكة", []string{"بالحسكه", "الحسكه", "حسكه"}},
		{"والحكومة", []string{"والحكومه", "الحكومه", "حكومه"}},
		{"حكومتها", []string{"حكومتها", "حكومت", "حكومه"}},
		{"MBC", []string{"mbc"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := Stems(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Stems(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in    string
		value int64
		vague bool
		n     int // tokens consumed
		ok    bool
	}{
		{"150 مسلحا", 150, false, 1, true},
		{"١٥٠ مسلحا", 150, false, 1, true},
		{"١٬٢٠٠ شخص", 1200, false, 1, true},
		{"1,200 شخص", 1200, false, 1, true},
		{"3.5 في المئة", 3, false, 1, true},
		{"7 آلاف شخص", 7000, false, 2, true},
		{"2.5 مليون دولار", 2500000, false, 2, true},
		{"سبعة آلاف", 7000, false, 2, true},
		{"خمسة وعشرون قتيلا", 25, false, 2, true},
		{"ثلاثة آلاف وخمسمائة", 3500, false, 3, true},
		{"أحد عشر جنديا", 11, false, 2, true},
		{"إحدى عشرة", 11, false, 2, true},
		{"اثنا عشر", 12, false, 2, true},
		{"تسعة عشر", 19, false, 2, true},
		{"مئتين", 200, false, 1, true},
		{"مائتي شخص", 200, false, 1, true},
		{"ألفين", 2000, false, 1, true},
		{"ثلاثمئة", 300, false, 1, true},
		{"ثلاث مئة", 300, false, 2, true},
		{"مئة وخمسون ألف", 150000, false, 3, true},
		{"مليون و500 ألف", 1500000, false, 4, true},
		{"عشرات القتلى", 10, true, 1, true},
		{"العشرات", 10, true, 1, true},
		{"مئات", 100, true, 1, true},
		{"المئات", 100, true, 1, true},
		{"آلاف", 1000, true, 1, true},
		{"الآلاف", 1000, true, 1, true},
		{"عشرات الآلاف", 10000, true, 2, true},
		{"بضعة آلاف", 3000, true, 2, true},
		{"بضع", 3, true, 1, true},
		{"وثلاثة", 3, false, 1, true},
		{"عدد من", 0, false, 0, false},
		{"الأحد", 0, false, 0, false},
		{"الاثنين", 0, false, 0, false},
		{"بالمئة", 0, false, 0, false},
		{"قال", 0, false, 0, false},
		{"ثلاثة وأربعة", 3, false, 1, true},
		{"عشرون وخمسة", 20, false, 1, true},
		{"عشرات ومئات وآلاف", 10, true, 1, true},
		{"بين 5 آلاف و 8 آلاف", 0, false, 0, false},
		{"5 آلاف و 8 آلاف", 5000, false, 2, true},
		{"مليون و 500 ألف", 1500000, false, 4, true},
		{"نصف مليون", 500000, false, 2, true},
		{"مليون ونصف", 1500000, false, 2, true},
		{"نصف ساعة", 0, false, 0, false},
		{"أثنى على", 0, false, 0, false},
		{"اثني عشر", 12, false, 2, true},
		{"لست", 0, false, 0, false},
		{"ألست", 0, false, 0, false},
		{"ست سنوات", 6, false, 1, true},
		{"ميتا", 0, false, 0, false},
		{"كمية", 0, false, 0, false},
		{"ألّف كتابا", 0, false, 0, false},
		{"الألفي", 0, false, 0, false},
		{"مئات الآلاف", 100000, true, 2, true},
		{"بمئات الآلاف", 100000, true, 2, true},
		{"ست عشرة مليوناً", 16000000, false, 3, true},
		{"مليارين وخمس عشرة مليون", 2015000000, false, 4, true},
		{"المليار وأربعمائة وخمسين مليون", 1450000000, false, 4, true},
		{"32 ألفًا و 638 قطعة", 32638, false, 4, true},
		{"8,1 ملايين", 8100000, false, 2, true},
		{"بإحدى وعشرين جائزة", 21, false, 2, true},
		{"للمئات", 100, true, 1, true},
		{"١٠ بالمئة", 10, false, 1, true},
		{"الاثنا عشر", 12, false, 2, true},
		{"الحادية", 0, false, 0, false},
		{"أحد عشر ألفاً", 11000, false, 3, true},
		{"مئتي ألف", 200000, false, 2, true},
		{"ثلاثمئة وخمسين ألف", 350000, false, 3, true},
		{"مليونان", 2000000, false, 1, true},
		{"خمسة عشر ألف", 15000, false, 3, true},
		{"واحد وعشرون", 21, false, 2, true},
		{"مئة وخمسة وعشرون", 125, false, 3, true},
		{"٣ آلاف و٥٠٠", 3500, false, 4, true},
		{"عشرات الملايين", 10000000, true, 2, true},
		{"۱۲۰۰", 1200, false, 1, true},
		{"1.200.000", 1200000, false, 1, true},
		{"12.05.2018", 0, false, 0, false},
		{"تسع 500 شخص", 0, false, 0, false},
		{"ثاني", 0, false, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			toks := Tokenize(tt.in)
			n, ok := ParseNumber(toks, 0)
			if ok != tt.ok || n.Value != tt.value || n.Vague != tt.vague || (ok && (n.Start != 0 || n.End != tt.n)) {
				t.Errorf("ParseNumber(%q) = %+v %v, want value %d vague %v tokens %d ok %v", tt.in, n, ok, tt.value, tt.vague, tt.n, tt.ok)
			}
		})
	}
	for _, tt := range []struct {
		in string
		i  int
		ok bool
	}{
		{"الدورة الحادية عشرة", 2, false},
		{"الذكرى الحادي والعشرين", 2, false},
		{"الدورة الثالثة والأربعين", 2, false},
		{"قتل ثلاثة عشر", 1, true},
		{"العام الثاني عشرة أشخاص", 2, false},
	} {
		if _, ok := ParseNumber(Tokenize(tt.in), tt.i); ok != tt.ok {
			t.Errorf("ParseNumber(%q, %d) ok = %v, want %v", tt.in, tt.i, ok, tt.ok)
		}
	}
	if _, ok := ParseNumber(nil, 0); ok {
		t.Errorf("ParseNumber(nil, 0) ok = true, want false")
	}
	if _, ok := ParseNumber(Tokenize("ثلاثة"), 5); ok {
		t.Errorf("ParseNumber(_, 5) ok = true, want false")
	}
}

func TestData(t *testing.T) {
	if _, err := parseNumberWords(numbersFile); err != nil {
		t.Fatalf("data/numbers.tsv: %v", err)
	}
	if _, err := parseWordList(abbreviationsFile); err != nil {
		t.Fatalf("data/abbreviations.txt: %v", err)
	}
	for _, bad := range []string{"x\t1", "x\tone\tunit", "x\t1\tbogus", "x\t1\tunit\nx\t2\tunit", "x\t0.5\tunit", "x\t-1\tunit"} {
		if _, err := parseNumberWords(bad); err == nil {
			t.Errorf("parseNumberWords(%q) error = nil, want an error", bad)
		}
	}
}
