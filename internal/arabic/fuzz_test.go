package arabic

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"",
	"قال الرئيسُ: «نعم». ثم غادر!",
	"وَبِالْحَسَكَةِ ١٢٬٥٠٠ شخص، 3.5 مليون 😀👍🏽 F16 a\xffب",
	"ثلاثة آلاف وخمسمائة و 500 ألف عشرات الآلاف",
	"د. محمد.. www.bbc.com؟! «هل؟» (نعم).\nسطر",
	"ـــ\u064E\u200D\u200Cx\u0301",
	"1,2,3 1.200.000 ١٫٥ ٢٠١٨م.",
}

func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		checkTokens(t, s, toks)
		// Everything between tokens is whitespace.
		prev := 0
		for _, tok := range append(toks, Token{Start: len(s)}) {
			for _, r := range s[prev:tok.Start] {
				if classOf(r)&^cChanges != cSpace {
					t.Fatalf("Tokenize(%q): %q at %d is in no token", s, r, prev)
				}
			}
			prev = tok.End
		}
	})
}

func FuzzSentences(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ss := Sentences(s)
		runes := []rune(s)
		prevEnd, prevCEnd := 0, 0
		for k, x := range ss {
			if x.Start < prevEnd || x.End <= x.Start || x.End > len(s) || x.CStart < prevCEnd || x.CEnd <= x.CStart || x.CEnd > len(runes) {
				t.Fatalf("Sentences(%q)[%d] = %+v: bad offsets", s, k, x)
			}
			if s[x.Start:x.End] != x.Text {
				t.Fatalf("Sentences(%q)[%d]: s[%d:%d] = %q, want %q", s, k, x.Start, x.End, s[x.Start:x.End], x.Text)
			}
			if got := utf8.RuneCountInString(x.Text); got != x.CEnd-x.CStart || utf8.RuneCountInString(s[:x.Start]) != x.CStart {
				t.Fatalf("Sentences(%q)[%d]: code points %d:%d, want %d:%d", s, k, x.CStart, x.CEnd, utf8.RuneCountInString(s[:x.Start]), utf8.RuneCountInString(s[:x.Start])+got)
			}
			prevEnd, prevCEnd = x.End, x.CEnd
		}
		// Every token lies inside one sentence.
		toks := Tokenize(s)
		covered := 0
		for _, r := range SentenceTokens(ss, toks) {
			covered += r[1] - r[0]
		}
		if covered != len(toks) {
			t.Fatalf("SentenceTokens(Sentences(%q)) covers %d of %d tokens", s, covered, len(toks))
		}
		k := 0
		for _, tok := range toks {
			for k < len(ss) && ss[k].End <= tok.Start {
				k++
			}
			if k == len(ss) || tok.Start < ss[k].Start || tok.End > ss[k].End {
				t.Fatalf("Sentences(%q): token %q at %d:%d is in no sentence", s, tok.Text, tok.Start, tok.End)
			}
		}
	})
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{"وبالحسكة", "للحكومة", "وسيقولونها", "حكومتها", "مستواه", "ال", "لل", "a\xff", "وَبِالْحَسَكَةِ", "ـــه"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		as := Segment(w)
		if w == "" {
			if as != nil {
				t.Fatalf("Segment(%q) = %v, want nil", w, as)
			}
			return
		}
		if len(as) == 0 {
			t.Fatalf("Segment(%q) is empty", w)
		}
		n := utf8.RuneCountInString(w)
		prev := -1
		for k, a := range as {
			if a.StemStart < 0 || a.StemEnd < a.StemStart || a.StemEnd > n {
				t.Fatalf("Segment(%q)[%d] = %+v: stem span out of [0,%d]", w, k, a, n)
			}
			if k > 0 && (a.Stem == "" || utf8.RuneCountInString(a.Stem) < 2) {
				t.Fatalf("Segment(%q)[%d] = %+v: stem shorter than 2 letters", w, k, a)
			}
			if utf8.ValidString(w) {
				span := Normalize(string([]rune(w)[a.StemStart:a.StemEnd]))
				restored := len(span) == len(a.Stem) && len(span) >= 2 &&
					span[:len(span)-2] == a.Stem[:len(a.Stem)-2] &&
					(strings.HasSuffix(span, "ت") && strings.HasSuffix(a.Stem, "ه"))
				if span != a.Stem && !restored {
					t.Fatalf("Segment(%q)[%d] = %+v: the span reads %q", w, k, a, span)
				}
			}
			if s := a.Stripped(); s < prev {
				t.Fatalf("Segment(%q): analysis %d strips %d letters, fewer than the one before (%d)", w, k, s, prev)
			} else {
				prev = s
			}
		}
		if as[0].Proclitics != nil || as[0].Enclitic != "" {
			t.Fatalf("Segment(%q)[0] = %+v, want the unsegmented word", w, as[0])
		}
		Stems(w)
	})
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		for i := -1; i <= len(toks); i++ {
			n, ok := ParseNumber(toks, i)
			if !ok {
				continue
			}
			if n.Start != i || n.End <= n.Start || n.End > len(toks) || n.Value < 0 {
				t.Fatalf("ParseNumber(Tokenize(%q), %d) = %+v: bad range or value", s, i, n)
			}
		}
	})
}

func FuzzNormalize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if m := string(NormalizeInto(nil, s)); m != n {
			t.Fatalf("NormalizeInto(%q) = %q, Normalize = %q", s, m, n)
		}
		// Dropping a mark between invalid bytes can join them into a rune,
		// so idempotence holds for valid text only.
		if nn := Normalize(n); utf8.ValidString(s) && nn != n {
			t.Fatalf("Normalize is not idempotent on %q: %q then %q", s, n, nn)
		}
		if utf8.ValidString(s) && !utf8.ValidString(n) {
			t.Fatalf("Normalize(%q) = %q is not valid UTF-8", s, n)
		}
		var b strings.Builder
		for _, r := range s {
			if m := NormalizeRune(r); m >= 0 {
				b.WriteRune(m)
			}
		}
		if utf8.ValidString(s) && b.String() != n {
			t.Fatalf("Normalize(%q) = %q, NormalizeRune gives %q", s, n, b.String())
		}
	})
}
