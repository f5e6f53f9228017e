package arabic

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

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
		// the underscore of a hashtag separates its words; elsewhere it stays
		{"#قوات_الحرس_الثوري قصفت", []tk{{"#", Punct}, {"قوات", Word}, {"الحرس", Word}, {"الثوري", Word}, {"قصفت", Word}}},
		{"user_name _بغداد بغداد_", []tk{{"user", Latin}, {"_", Punct}, {"name", Latin}, {"_", Punct}, {"بغداد", Word}, {"بغداد", Word}, {"_", Punct}}},
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

func TestTokenizeIntoReusesArray(t *testing.T) {
	long := "قال المتحدث باسم الوزارة إن الوفد سيصل غدا إلى العاصمة، وأضاف: «المحادثات مستمرة» (٣ جولات)."
	buf := make([]Token, 5, 200)
	got := TokenizeInto(buf, long)
	if want := Tokenize(long); !cmp.Equal(got, want) {
		t.Errorf("TokenizeInto(%q) = %v, want Tokenize's %v", long, got, want)
	}
	if &got[:1][0] != &buf[:1][0] {
		t.Error("TokenizeInto did not write over the array it was given")
	}
	if small := TokenizeInto(make([]Token, 0, 1), long); !cmp.Equal(small, Tokenize(long)) {
		t.Errorf("TokenizeInto with a short array = %v, want Tokenize's", small)
	}
}
