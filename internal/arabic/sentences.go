package arabic

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

// Sentence is one sentence with byte and code-point offsets into s
// (surrounding whitespace trimmed): s[Start:End] == Text.
type Sentence struct {
	Text         string
	Start, End   int // bytes
	CStart, CEnd int // code points
}

//go:embed data/abbreviations.txt
var abbreviationsFile string

// abbreviations returns the set of multi-letter abbreviations, parsed once.
var abbreviations = sync.OnceValue(func() map[string]bool {
	m, err := parseWordList(abbreviationsFile)
	if err != nil {
		panic("arabic: embedded data/abbreviations.txt: " + err.Error()) // a build defect; TestData catches it
	}
	return m
})

// parseWordList reads one normalised entry per line, skipping blank lines
// and # comments.
func parseWordList(text string) (map[string]bool, error) {
	m := make(map[string]bool)
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		m[Normalize(line)] = true
	}
	return m, sc.Err()
}

// SentenceOptions tunes Sentences.
type SentenceOptions struct {
	// Semicolon makes the Arabic semicolon ؛ (and ;) end a sentence.
	Semicolon bool
	// SplitInQuotes lets a sentence end inside quotation marks or
	// brackets; by default «الفعل صادم. حياتي انقلبت» stays one sentence
	// when its closing mark follows soon in the same paragraph.
	SplitInQuotes bool
}

// Sentences splits s at . ! ? ؟ … and newlines, aware of Arabic
// punctuation: a closing quotation mark or bracket stays with its sentence,
// and a period does not end a sentence inside a number (3.5), a URL or
// e-mail address (bbc.com, العربية.نت), after an abbreviation or initial
// (د. أ. J. إم.), after a list number («1. …») or in an ellipsis (.. …).
// Nothing ends inside quotation marks or brackets that close soon in the
// same paragraph («قال: "الفعل صادم. حياتي انقلبت"» is one sentence). A
// missing space between Arabic words («الحرب.وقال») still ends one. The
// Arabic semicolon ؛ does not end a sentence (see SentencesWith).
func Sentences(s string) []Sentence {
	return SentencesWith(s, SentenceOptions{})
}

// SentencesWith is Sentences with options.
func SentencesWith(s string, opt SentenceOptions) []Sentence {
	out := make([]Sentence, 0, len(s)/120+1)
	segStart, segC := 0, 0 // start of the current segment
	q := quoteState{paraEnd: -1}
	i, c := 0, 0
	for i < len(s) {
		// Letters of U+0640..U+06FF (lead bytes D9..DB) and spaces are
		// neither breaks, terminators nor quotation marks: the common case
		// skips the rune switch below.
		if b := s[i]; b == ' ' {
			i++
			c++
			continue
		} else if b >= 0xD9 && b <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2
			c++
			continue
		}
		r, n, _ := runeAt(s, i)
		switch {
		case r == '\n' || r == '\r' || r == '\u2029' || r == '\u2028' || r == '\u0085':
			out = appendSentence(out, s, segStart, i, segC, c)
			i += n
			c++
			segStart, segC = i, c
			q = quoteState{paraFrom: i, paraEnd: -1}
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
			if sentenceBreak(s, segStart, i, j, dots, strong) && (opt.SplitInQuotes || !q.continues(s, j)) {
				out = appendSentence(out, s, segStart, j, segC, cj)
				segStart, segC = j, cj
			}
			i, c = j, cj
			continue
		}
		q.see(r)
		i += n
		c++
	}
	return appendSentence(out, s, segStart, len(s), segC, c)
}

// quoteState follows the quotation marks and brackets open in the current
// paragraph, so that a sentence quoted in full («…. …») stays whole.
type quoteState struct {
	guillemets, curly, parens int
	straight                  bool
	paraFrom                  int // byte offset where the paragraph starts
	paraEnd                   int // byte offset where it ends, -1 until continues needs it
}

// paragraphEnd returns the offset of the first line break at or after i,
// or len(s).
func paragraphEnd(s string, i int) int {
	for k := i; k < len(s); k++ {
		switch s[k] {
		case '\n', '\r':
			return k
		case 0xC2: // U+0085
			if k+1 < len(s) && s[k+1] == 0x85 {
				return k
			}
		case 0xE2: // U+2028, U+2029
			if k+2 < len(s) && s[k+1] == 0x80 && (s[k+2] == 0xA8 || s[k+2] == 0xA9) {
				return k
			}
		}
	}
	return len(s)
}

// Limits, in bytes, on how far a closing mark may be for a terminator
// inside quotes or brackets not to end the sentence.
const (
	quoteReach = 1200
	parenReach = 300
)

func (q *quoteState) see(r rune) {
	switch r {
	case '«':
		q.guillemets++
	case '»':
		if q.guillemets > 0 {
			q.guillemets--
		}
	case '“':
		q.curly++
	case '”':
		if q.curly > 0 {
			q.curly--
		}
	case '"':
		q.straight = !q.straight
	case '(':
		q.parens++
	case ')':
		if q.parens > 0 {
			q.parens--
		}
	}
}

// continues reports whether s[j:] closes an open quotation or bracket
// soon, within the paragraph: the terminator before j is then inside it.
func (q *quoteState) continues(s string, j int) bool {
	if !q.straight && q.guillemets == 0 && q.curly == 0 && q.parens == 0 {
		return false
	}
	if q.paraEnd < 0 {
		q.paraEnd = paragraphEnd(s, q.paraFrom)
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

// SentenceTokens returns, for each sentence, the range [a, b) of the
// tokens that lie inside it; both slices must come from the same text, in
// order (as Sentences and Tokenize return them).
func SentenceTokens(sents []Sentence, toks []Token) [][2]int {
	out := make([][2]int, len(sents))
	k := 0
	for i, s := range sents {
		for k < len(toks) && toks[k].End <= s.Start {
			k++
		}
		a := k
		for k < len(toks) && toks[k].Start < s.End {
			k++
		}
		out[i] = [2]int{a, k}
	}
	return out
}

func isTerminator(r rune, opt SentenceOptions) bool {
	switch r {
	case '.', '!', '?', '؟', '…', '‼', '⁇', '⁈', '⁉':
		return true
	case '؛', ';':
		return opt.Semicolon
	}
	return false
}

// isCloser reports closing quotation marks and brackets, which stay with
// the sentence they close.
func isCloser(r rune) bool {
	switch r {
	case '»', '”', '’', '"', '\'', ')', ']', '}', '›', '﴿', '」', '』':
		return true
	}
	return false
}

// sentenceBreak decides whether the terminator run s[i:j] ends a sentence
// that started at seg.
func sentenceBreak(s string, seg, i, j, dots int, strong bool) bool {
	// What follows the run.
	if j < len(s) {
		r, _, cl := runeAt(s, j)
		base := cl &^ cChanges
		if base != cSpace && r != '«' && r != '“' {
			// Glued text: only "كلمة.كلمة" between Arabic words is a
			// boundary (a missing space); URLs (العربية.نت), decimals and
			// Latin abbreviations (e.g.) are not.
			if base != cArabic || !arabicWordBefore(s, i) || (!strong && (dots > 1 || abbreviationBefore(s, i) || domainAfter(s, j))) {
				return false
			}
		}
	}
	if strong {
		return true
	}
	if dots > 1 { // ellipsis: a pause inside the sentence
		return false
	}
	if listMarker(s, seg, i) {
		return false
	}
	return !abbreviationBefore(s, i)
}

// domainAfter reports an Arabic top-level domain after a period, as in
// «العربية.نت».
func domainAfter(s string, j int) bool {
	for _, d := range [...]string{"نت", "كوم", "أورغ", "اورغ"} {
		if strings.HasPrefix(s[j:], d) {
			k := j + len(d)
			if k == len(s) {
				return true
			}
			if _, _, cl := runeAt(s, k); cl&^cChanges != cArabic && cl&^cChanges != cMark {
				return true
			}
		}
	}
	return false
}

// listMarker reports whether the period at s[i] closes a list number
// («2.») at the start of the sentence or after a colon.
func listMarker(s string, seg, i int) bool {
	k, digits := i, 0
	for k > seg {
		r, n := utf8.DecodeLastRuneInString(s[seg:k])
		if classOf(r)&^cChanges != cDigit {
			break
		}
		digits++
		k -= n
	}
	if digits == 0 || digits > 2 {
		return false
	}
	for k > seg {
		r, n := utf8.DecodeLastRuneInString(s[seg:k])
		if classOf(r)&^cChanges != cSpace {
			return r == ':' || r == '(' || r == '-'
		}
		k -= n
	}
	return true
}

// arabicWordBefore reports whether an Arabic word of at least two letters
// ends at s[:i].
func arabicWordBefore(s string, i int) bool {
	letters := 0
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if r < 0x800 {
			switch lowClass[r] &^ cChanges {
			case cArabic:
				letters++
				i -= n
				continue
			case cMark, cJoin:
				i -= n
				continue
			}
		}
		break
	}
	return letters >= 2
}

// abbreviationBefore reports whether the period at s[i] closes an
// abbreviation or an initial.
func abbreviationBefore(s string, i int) bool {
	end := i
	letters := 0
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		cl := classOf(r) &^ cChanges
		if cl == cArabic || cl == cLetter {
			letters++
		} else if cl != cMark && cl != cJoin {
			break
		}
		i -= n
	}
	if letters == 0 {
		return false
	}
	if i > 0 {
		// "U.S." and "ق.م." : a letter glued to an earlier period.
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); r == '.' && letters == 1 {
			return true
		}
	}
	if letters == 1 {
		// «عام 2018 م.» and «1440 هـ.» end sentences: the era letter after a
		// year is not an abbreviation of a name.
		k := i
		for k > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:k])
			if classOf(r)&^cChanges != cSpace {
				break
			}
			k -= n
		}
		if k > 0 {
			if r, _ := utf8.DecodeLastRuneInString(s[:k]); classOf(r)&^cChanges == cDigit {
				return false
			}
		}
		return true
	}
	if end-i > 32 {
		return false // longer than any abbreviation
	}
	var buf [32]byte
	return abbreviations()[string(NormalizeInto(buf[:0], s[i:end]))]
}

// classOf classifies one rune (without decoding context).
func classOf(r rune) class {
	if r >= 0 && r < 0x800 {
		return lowClass[r]
	}
	if r == utf8.RuneError {
		return cInvalid
	}
	return classify(r)
}

// appendSentence appends s[a:b] with surrounding whitespace trimmed, if
// anything is left. ca and cb are the code-point offsets of a and b.
func appendSentence(out []Sentence, s string, a, b, ca, cb int) []Sentence {
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
		cb--
	}
	if a == b {
		return out
	}
	return append(out, Sentence{Text: s[a:b], Start: a, End: b, CStart: ca, CEnd: cb})
}

// runeCount counts code points, each invalid byte as one (as []rune does).
func runeCount(s string) int {
	return utf8.RuneCountInString(s)
}
