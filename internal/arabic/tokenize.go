package arabic

import (
	"strconv"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// TokenKind says what a token is.
type TokenKind uint8

// Token kinds.
const (
	Word   TokenKind = iota // an Arabic word, clitics still attached
	Number                  // digits in any script, with decimal and thousands separators
	Punct                   // one punctuation mark
	Latin                   // a word in Latin or another non-Arabic script (may contain ASCII digits after its first letter)
	Symbol                  // anything else: emoji, currency and math signs, stray marks, invalid UTF-8 bytes
)

var kindNames = [...]string{"Word", "Number", "Punct", "Latin", "Symbol"}

func (k TokenKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "TokenKind(" + strconv.Itoa(int(k)) + ")"
}

// Token is one token with offsets into the original text: byte offsets
// [Start,End) and code-point offsets [CStart,CEnd).
type Token struct {
	Text         string // original surface
	Norm         string // Normalize(Text)
	Kind         TokenKind
	Start, End   int // bytes
	CStart, CEnd int // code points
}

// Span classes of runes for the tokenizer.
type class uint8

const (
	cSymbol  class = iota // anything else
	cSpace                // separators, including bidi controls
	cArabic               // Arabic letter
	cLetter               // letter of another script
	cDigit                // decimal digit, any script
	cMark                 // combining mark (continues any word)
	cJoin                 // tatweel, ZWNJ, ZWJ: inside an Arabic word only
	cPunct                // punctuation mark
	cInvalid              // invalid UTF-8 byte

	cChanges class = 0x80 // flag: NormalizeRune changes this rune
)

// lowClass classifies runes below U+0800, which covers ASCII, Latin,
// Greek, Cyrillic, Hebrew and the whole Arabic block.
var lowClass = func() (t [0x800]class) {
	for r := rune(0); r < 0x800; r++ {
		c := classify(r)
		if NormalizeRune(r) != r {
			c |= cChanges
		}
		t[r] = c
	}
	return t
}()

func classify(r rune) class {
	switch {
	case r == tatweel || r == zwnj || r == zwj:
		return cJoin
	case r == '\u200B' || r == '\u200E' || r == '\u200F' || r == '\uFEFF' || r == '\u061C' || (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069'):
		return cSpace
	case unicode.IsSpace(r):
		return cSpace
	case unicode.IsDigit(r):
		return cDigit
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Mc, r):
		return cMark
	case unicode.IsLetter(r):
		if unicode.Is(unicode.Arabic, r) {
			return cArabic
		}
		return cLetter
	case unicode.IsPunct(r):
		return cPunct
	}
	return cSymbol
}

// runeAt decodes the rune at s[i] and classifies it. ASCII and two-byte
// sequences (Arabic, Latin, Cyrillic, Hebrew) take an inlined fast path.
func runeAt(s string, i int) (r rune, n int, c class) {
	b := s[i]
	if b < utf8.RuneSelf {
		return rune(b), 1, lowClass[b]
	}
	if b >= 0xC2 && b < 0xE0 && i+1 < len(s) {
		if x := s[i+1]; x&0xC0 == 0x80 {
			r = rune(b&0x1F)<<6 | rune(x&0x3F)
			return r, 2, lowClass[r&0x7FF]
		}
	}
	return runeAtSlow(s, i)
}

func runeAtSlow(s string, i int) (r rune, n int, c class) {
	r, n = utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && n == 1 {
		return r, 1, cInvalid
	}
	if r < 0x800 {
		return r, n, lowClass[r]
	}
	c = classify(r)
	if NormalizeRune(r) != r {
		c |= cChanges
	}
	return r, n, c
}

// isNumSep reports whether r may join two digit runs in one number.
func isNumSep(r rune) bool {
	return r == '.' || r == ',' || r == '\u066B' || r == '\u066C'
}

// Tokenize splits s into tokens: Arabic and Latin words (attached clitics
// stay in the word), numbers (ASCII, Arabic-Indic and Persian digits, with
// the separators ٫ ٬ . , between digits), punctuation (each mark its own
// token) and symbols. Whitespace and bidi controls separate tokens and are
// not returned. Invalid UTF-8 bytes become one-byte Symbol tokens, each
// counted as one code point (as []rune(s) counts them). It never panics.
//
// Norm is computed for every token; when normalisation changes nothing,
// Norm shares Text's memory.
func Tokenize(s string) []Token {
	return TokenizeInto(nil, s)
}

// TokenizeInto is Tokenize writing the tokens over dst's backing array
// when it is large enough for a typical text of s's length (a caller that
// tokenizes one article after another reuses one array).
func TokenizeInto(dst []Token, s string) []Token {
	toks := dst[:0]
	if want := len(s)/8 + 1; cap(toks) < want { // Arabic news averages ~9.4 bytes a token
		toks = make([]Token, 0, want)
	}
	// Normalised forms that differ from the surface are appended to one
	// buffer and turned into a string once at the end.
	// The buffer is never written below its length once a Norm points
	// into it, so the strings made from it stay immutable even when append
	// moves it.
	var nbuf []byte

	i, c := 0, 0
	for i < len(s) {
		if s[i] == ' ' {
			i++
			c++
			continue
		}
		if s[i] == '_' && hashtagJoin(s, i) {
			// «#ميليشيات_الحوثي»: the underscore of a hashtag joins words
			i++
			c++
			continue
		}
		_, n, cl := runeAt(s, i)
		base := cl &^ cChanges
		if base == cSpace {
			i += n
			c++
			continue
		}
		start, cstart := i, c
		changes := cl&cChanges != 0
		kind := Symbol
		i += n
		c++
		switch base {
		case cArabic:
			kind = Word
			for i < len(s) {
				var n2 int
				var cl2 class
				// Inlined decoding of the Arabic block (lead bytes D8..DB).
				if b := s[i]; b >= 0xD8 && b <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
					cl2, n2 = lowClass[rune(b&0x1F)<<6|rune(s[i+1]&0x3F)], 2
				} else {
					_, n2, cl2 = runeAt(s, i)
				}
				b2 := cl2 &^ cChanges
				if b2 != cArabic && b2 != cMark && b2 != cJoin {
					break
				}
				changes = changes || cl2&cChanges != 0
				i += n2
				c++
			}
		case cLetter:
			kind = Latin
			for i < len(s) {
				r2, n2, cl2 := runeAt(s, i)
				b2 := cl2 &^ cChanges
				if b2 != cLetter && b2 != cMark && !(b2 == cDigit && r2 < utf8.RuneSelf) {
					break
				}
				changes = changes || cl2&cChanges != 0
				i += n2
				c++
			}
		case cDigit:
			kind = Number
			for i < len(s) {
				r2, n2, cl2 := runeAt(s, i)
				b2 := cl2 &^ cChanges
				if b2 == cDigit || b2 == cMark { // «5ً»: stray tanween on a number
					changes = changes || cl2&cChanges != 0
					i += n2
					c++
					continue
				}
				if isNumSep(r2) && i+n2 < len(s) {
					_, n3, cl3 := runeAt(s, i+n2)
					if cl3&^cChanges == cDigit {
						changes = changes || cl2&cChanges != 0 || cl3&cChanges != 0
						i += n2 + n3
						c += 2
						continue
					}
				}
				break
			}
		case cPunct:
			kind = Punct
		case cInvalid:
			changes = false
		case cJoin:
			// A tatweel outside a word is a dash («ـ ماذا؟»); ZWJ/ZWNJ alone
			// are stray symbols.
			if s[start:i] == "ـ" {
				kind = Punct
				for i+1 < len(s) && s[i:i+2] == "ـ" {
					i += 2
					c++
				}
			}
		default: // symbols and stray marks
			for i < len(s) {
				r2, n2, cl2 := runeAt(s, i)
				b2 := cl2 &^ cChanges
				if b2 == cMark || isEmojiModifier(r2) {
					changes = changes || cl2&cChanges != 0
					i += n2
					c++
					continue
				}
				if r2 == zwj && i+n2 < len(s) { // emoji ZWJ sequence
					_, n3, cl3 := runeAt(s, i+n2)
					if cl3&^cChanges == cSymbol {
						changes = true // the ZWJ is dropped
						i += n2 + n3
						c += 2
						continue
					}
				}
				break
			}
		}
		text := s[start:i]
		tok := Token{Text: text, Norm: text, Kind: kind, Start: start, End: i, CStart: cstart, CEnd: c}
		if changes {
			if nbuf == nil {
				nbuf = make([]byte, 0, len(s)-start)
			}
			a := len(nbuf)
			nbuf = NormalizeInto(nbuf, text)
			if b := len(nbuf); b > a {
				tok.Norm = unsafe.String(&nbuf[a], b-a)
			} else {
				tok.Norm = ""
			}
		}
		toks = append(toks, tok)
	}
	return toks
}

// isEmojiModifier reports variation selectors, skin-tone modifiers and tag
// characters, which belong to the symbol before them.
func isEmojiModifier(r rune) bool {
	return (r >= 0xFE00 && r <= 0xFE0F) || (r >= 0x1F3FB && r <= 0x1F3FF) || (r >= 0xE0020 && r <= 0xE007F) || (r >= 0xE0100 && r <= 0xE01EF)
}

// hashtagJoin reports an underscore at s[i] between two Arabic letters
// («#تحالف_دعم_الشرعية»): it separates words like a space, so each word
// is a token of its own and the names in a hashtag read as names.
func hashtagJoin(s string, i int) bool {
	if i == 0 || i+1 >= len(s) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	if r == utf8.RuneError || classify(r)&^cChanges != cArabic {
		return false
	}
	_, _, cl := runeAt(s, i+1)
	return cl&^cChanges == cArabic
}
