package arabic

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// sentencesRef is SentencesWith as it was before the single-pass
// rewrite: the reference the rewrite is checked against.
func sentencesRef(s string, opt SentenceOptions) []Sentence {
	out := make([]Sentence, 0, len(s)/120+1)
	segStart, segC := 0, 0 // start of the current segment
	q := refQuote{paraEnd: paragraphEnd(s, 0)}
	i, c := 0, 0
	for i < len(s) {
		r, n, _ := runeAt(s, i)
		switch {
		case r == '\n' || r == '\r' || r == '\u2029' || r == '\u2028' || r == '\u0085':
			out = refAppend(out, s, segStart, i, segC)
			i += n
			c++
			segStart, segC = i, c
			q = refQuote{paraEnd: paragraphEnd(s, i)}
			continue
		case isTerminator(r, opt):
			j, cj := i, c
			dots, strong := 0, false
			// The run of terminators and closing marks that ends here.
		run:
			for j < len(s) {
				r2, n2, _ := runeAt(s, j)
				switch {
				case r2 == '.':
					dots++
				case r2 == '…':
					dots += 3
				case isTerminator(r2, opt):
					strong = true
				case isCloser(r2):
					q.see(r2)
				default:
					break run
				}
				j += n2
				cj++
			}
			if sentenceBreak(s, segStart, i, j, dots, strong) && (opt.SplitInQuotes || !q.refContinues(s, j)) {
				out = refAppend(out, s, segStart, j, segC)
				segStart, segC = j, cj
			}
			i, c = j, cj
			continue
		}
		q.see(r)
		i += n
		c++
	}
	return refAppend(out, s, segStart, len(s), segC)
}

type refQuote struct {
	quoteState
	paraEnd int
}

func (q *refQuote) refContinues(s string, j int) bool {
	if !q.straight && q.guillemets == 0 && q.curly == 0 && q.parens == 0 {
		return false
	}
	if j >= q.paraEnd {
		return false
	}
	rest := s[j:min(q.paraEnd, j+quoteReach)] // bounded: no quadratic scans of long paragraphs
	near := func(closer string, reach int) bool {
		k := strings.Index(rest, closer)
		return k >= 0 && k < reach
	}
	return (q.guillemets > 0 && near("»", quoteReach)) ||
		(q.curly > 0 && near("”", quoteReach)) ||
		(q.straight && near("\"", quoteReach)) ||
		(q.parens > 0 && near(")", parenReach))
}

// appendSentence appends s[a:b] with surrounding whitespace trimmed, if
// anything is left. ca is the code-point offset of a.
func refAppend(out []Sentence, s string, a, b, ca int) []Sentence {
	for a < b {
		r, n := utf8.DecodeRuneInString(s[a:b])
		if classOf(r)&^cChanges != cSpace || (r == utf8.RuneError && n == 1) {
			break
		}
		a += n
		ca++
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(s[a:b])
		if classOf(r)&^cChanges != cSpace || (r == utf8.RuneError && n == 1) {
			break
		}
		b -= n
	}
	if a == b {
		return out
	}
	return append(out, Sentence{Text: s[a:b], Start: a, End: b, CStart: ca, CEnd: ca + runeCount(s[a:b])})
}

// TestSentencesMatchReference compares SentencesWith with the reference
// on the corpus, with both options, and on texts cut at every byte of a
// few hard cases.
func TestSentencesMatchReference(t *testing.T) {
	texts := corpusTexts(t, 3000)
	hard := []string{
		"قال: \"الفعل صادم. حياتي انقلبت\" ثم مضى.\r\nسطر (قوس. داخل) نهاية… و«اقتباس؟ نعم!» 3.5 د. أحمد\u2029فقرة\u0085أخرى\u2028ثالثة؛ رابعة; خامسة‼ «",
		"\xff\xfe. \xd8. كلمة.كلمة العربية.نت 1. بند\n2. بند  \t \n\n",
	}
	for _, h := range hard {
		for i := 0; i <= len(h); i++ {
			texts = append(texts, h[:i], h[i:])
		}
	}
	for _, s := range texts {
		for _, opt := range []SentenceOptions{{}, {Semicolon: true}, {SplitInQuotes: true}} {
			if got, want := SentencesWith(s, opt), sentencesRef(s, opt); !slices.Equal(got, want) {
				t.Fatalf("SentencesWith(%.60q…, %+v) differs from the reference:\n got %v\nwant %v", s, opt, got, want)
			}
		}
	}
}

// FuzzSentencesReference checks SentencesWith against the reference on
// any input.
func FuzzSentencesReference(f *testing.F) {
	f.Add("قال: «الفعل صادم. حياتي انقلبت» ثم مضى.\nسطر (قوس. داخل) نهاية… 3.5 د. أحمد")
	f.Add("\xd8. كلمة.كلمة العربية.نت 1. بند\r\n2. بند  ")
	f.Fuzz(func(t *testing.T, s string) {
		for _, opt := range []SentenceOptions{{}, {Semicolon: true}, {SplitInQuotes: true}} {
			if got, want := SentencesWith(s, opt), sentencesRef(s, opt); !slices.Equal(got, want) {
				t.Fatalf("SentencesWith(%q, %+v) = %v, want %v", s, opt, got, want)
			}
		}
	})
}

// TestAppendProcliticsIsFilteredSegment checks AppendProclitics against
// Segment's analyses with proclitics and no enclitic, on every word of
// corpus articles and on a few made-up ones.
func TestAppendProcliticsIsFilteredSegment(t *testing.T) {
	words := []string{"", "و", "وال", "والل", "للأمم", "بالحسكة", "وبالحوثيين", "فسيقولون", "وكتابهم", "كالبحر", "سيارة", "ولبنان", "abc", "و١٢"}
	for _, s := range corpusTexts(t, 500) {
		for _, tok := range Tokenize(s) {
			words = append(words, tok.Text)
		}
	}
	var buf []Analysis
	for _, w := range words {
		var want []Analysis
		for _, a := range Segment(w) {
			if a.Enclitic == "" && len(a.Proclitics) > 0 {
				want = append(want, a)
			}
		}
		buf = AppendProclitics(buf[:0], w)
		if len(buf) != len(want) {
			t.Fatalf("AppendProclitics(%q) = %v, want %v", w, buf, want)
		}
		for k := range want {
			g, x := buf[k], want[k]
			if !slices.Equal(g.Proclitics, x.Proclitics) || g.Stem != x.Stem || g.Enclitic != x.Enclitic || g.StemStart != x.StemStart || g.StemEnd != x.StemEnd {
				t.Fatalf("AppendProclitics(%q) = %v, want %v", w, buf, want)
			}
		}
	}
}

// normalizeRef is NormalizeInto rune by rune through NormalizeRune, as it
// was before the inline Arabic-block path.
func normalizeRef(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch m := NormalizeRune(r); {
		case r == utf8.RuneError && n == 1:
			dst = append(dst, s[i])
		case m == r && (r >= utf8.RuneSelf || r < 'A' || r > 'Z'):
			dst = append(dst, s[i:i+n]...)
		case m >= 0:
			dst = utf8.AppendRune(dst, m)
		}
		i += n
	}
	return dst
}

// TestNormalizeIntoMatchesReference checks NormalizeInto on every rune of
// the Arabic block, on invalid and cut sequences and on corpus texts.
func TestNormalizeIntoMatchesReference(t *testing.T) {
	var texts []string
	for r := rune(0x5F0); r <= 0x710; r++ {
		texts = append(texts, string(r), "A"+string(r)+"b")
	}
	texts = append(texts, "\xd8", "\xd8A", "\xdb\xc0", "\xd9\xbf\xd8", "بالأمم المتحدة ﻻ ٣٫٥")
	texts = append(texts, corpusTexts(t, 300)...)
	for _, s := range texts {
		want := string(normalizeRef(nil, s))
		if got := string(NormalizeInto(nil, s)); got != want {
			t.Fatalf("NormalizeInto(%.40q…) = %.40q…, want %.40q…", s, got, want)
		}
		if got := Normalize(s); got != want {
			t.Fatalf("Normalize(%.40q…) = %.40q…, want %.40q…", s, got, want)
		}
	}
}
