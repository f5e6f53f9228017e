package arabic

import (
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Characters the normaliser treats specially.
const (
	tatweel        = '\u0640'
	superAlef      = '\u0670'
	zwnj           = '\u200C'
	zwj            = '\u200D'
	alef           = '\u0627'
	alefMadda      = '\u0622'
	alefHamza      = '\u0623'
	alefHamzaBelow = '\u0625'
	alefWasla      = '\u0671'
	alefMaqsura    = '\u0649'
	yeh            = '\u064A'
	tehMarbuta     = '\u0629'
	heh            = '\u0647'
	wawHamza       = '\u0624'
	waw            = '\u0648'
	yehHamza       = '\u0626'
	farsiYeh       = '\u06CC'
	keheh          = '\u06A9'
	kaf            = '\u0643'
)

// arabicFold maps the Arabic block U+0600..U+06FF: 0 keeps the rune, -1 drops
// it, anything else replaces it. A table keeps NormalizeRune branch-free on
// the common path.
var arabicFold = func() (t [0x100]rune) {
	for r := rune(0x0610); r <= 0x061A; r++ { // Quranic honorifics and small marks
		t[r-0x600] = -1
	}
	for r := rune(0x064B); r <= 0x065F; r++ { // harakat, tanween, shadda, sukun, maddah/hamza above…
		t[r-0x600] = -1
	}
	t[superAlef-0x600] = -1
	t[tatweel-0x600] = -1
	for r := rune(0x06D6); r <= 0x06ED; r++ { // Quranic annotation marks
		if r != 0x06DD && r != 0x06DE && r != 0x06E5 && r != 0x06E6 && r != 0x06E9 {
			t[r-0x600] = -1
		}
	}
	t[alefMadda-0x600] = alef
	t[alefHamza-0x600] = alef
	t[alefHamzaBelow-0x600] = alef
	t[alefWasla-0x600] = alef
	t[alefMaqsura-0x600] = yeh
	t[tehMarbuta-0x600] = heh
	t[wawHamza-0x600] = waw
	t[yehHamza-0x600] = yeh
	t[farsiYeh-0x600] = yeh
	t[keheh-0x600] = kaf
	for _, r := range []rune{0x06BE, 0x06C0, 0x06C1, 0x06D5} { // heh variants (Urdu, Kurdish)
		t[r-0x600] = heh
	}
	for _, r := range []rune{0x06D0, 0x06D2} { // yeh variants
		t[r-0x600] = yeh
	}
	// Letters for sounds Arabic lacks, used in foreign names (ڤلاديمير,
	// پاكستان, گوگل): folded to the letter most writers use instead.
	for r, m := range map[rune]rune{0x06A4: 'ف', 0x06A5: 'ف', 0x067E: 'ب', 0x0686: 'ج', 0x0698: 'ز', 0x06AF: 'ك', 0x06AD: 'ك', 0x06A8: 'ق'} {
		t[r-0x600] = m
	}
	t[0x066B-0x600] = '.' // Arabic decimal separator
	t[0x066C-0x600] = ',' // Arabic thousands separator
	for d := rune(0); d < 10; d++ {
		t[0x0660+d-0x600] = '0' + d // Arabic-Indic digits
		t[0x06F0+d-0x600] = '0' + d // Extended (Persian/Urdu) digits
	}
	return t
}()

// NormalizeRune returns the matching form of r, or -1 when r is dropped
// (diacritics, tatweel, zero-width joiners). See Normalize.
func NormalizeRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	case r >= 0x0600 && r <= 0x06FF:
		if m := arabicFold[r-0x600]; m != 0 {
			return m
		}
		return r
	case r == zwnj || r == zwj || r == '\u200B' || r == '\u200E' || r == '\u200F' || r == '\uFEFF':
		return -1
	case r >= 0x08D3 && r <= 0x08FF && r != 0x08E2: // Arabic Extended-A combining marks
		return -1
	case r >= 0xFB50 && r <= 0xFEFC:
		return presentationForm(r)
	case unicode.Is(unicode.Latin, r):
		return unicode.ToLower(r)
	}
	return r
}

// presentationFolds maps Arabic presentation forms (U+FB50..U+FEFC) that
// stand for one letter to that letter, normalised; ligatures of several
// letters (ﻻ, ﷲ) are kept, since NormalizeRune maps one rune to one rune.
var presentationFolds = sync.OnceValue(func() []rune {
	t := make([]rune, 0xFEFC-0xFB50+1)
	for r := rune(0xFB50); r <= 0xFEFC; r++ {
		t[r-0xFB50] = r
		if !unicode.Is(unicode.Arabic, r) {
			continue
		}
		d := []rune(norm.NFKC.String(string(r)))
		switch {
		case len(d) == 1 && d[0] != r:
			t[r-0xFB50] = d[0]
			if d[0] >= 0x0600 && d[0] <= 0x06FF && arabicFold[d[0]-0x600] != 0 {
				t[r-0xFB50] = arabicFold[d[0]-0x600]
			}
		case len(d) == 2 && d[0] == ' ' && unicode.Is(unicode.Mn, d[1]):
			t[r-0xFB50] = -1 // isolated forms of harakat and tanween
		}
	}
	return t
})

func presentationForm(r rune) rune {
	return presentationFolds()[r-0xFB50]
}

// Normalize returns the matching key of s: diacritics (harakat, tanween,
// shadda, sukun, superscript alef, Quranic marks), tatweel and zero-width
// joiners removed; أ إ آ ٱ → ا; ى → ي; ة → ه; ؤ → و; ئ → ي; Persian ی ک → ي ك
// (and the Urdu/Kurdish heh and yeh variants); ڤ پ چ ژ گ ڭ ڨ → ف ب ج ز ك ك ق;
// presentation forms of one
// letter (ﺑ ﻫ …) → that letter;
// Arabic-Indic (٠-٩) and Persian (۰-۹) digits → ASCII, with the Arabic
// decimal and thousands separators ٫ ٬ → . ,; Latin lower-cased.
// Arabic punctuation (، ؛ ؟) is kept. Invalid UTF-8 bytes are kept as they
// are. It never alters stored text: callers keep the original and its
// offsets.
func Normalize(s string) string {
	// Fast path: return s itself when nothing changes, which is the common
	// case for undiacritised words.
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return normalizeSlow(s)
			}
			i++
			continue
		}
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// the Arabic block, decoded inline (see NormalizeInto)
			if arabicFold[rune(c&0x03)<<6|rune(s[i+1]&0x3F)] != 0 {
				return normalizeSlow(s)
			}
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError || n != 1 {
			if NormalizeRune(r) != r {
				return normalizeSlow(s)
			}
		}
		i += n
	}
	return s
}

func normalizeSlow(s string) string {
	b := NormalizeInto(make([]byte, 0, len(s)), s)
	return unsafe.String(unsafe.SliceData(b), len(b)) // b is not used again
}

// NormalizeInto appends Normalize(s) to dst and returns the extended slice.
// It lets hot loops reuse one buffer.
func NormalizeInto(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// the Arabic block U+0600..U+06FF, decoded inline: NormalizeRune
			// is its arabicFold entry
			switch m := arabicFold[rune(c&0x03)<<6|rune(s[i+1]&0x3F)]; {
			case m == 0:
				dst = append(dst, c, s[i+1])
			case m > 0:
				dst = utf8.AppendRune(dst, m)
			}
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			dst = append(dst, c) // keep invalid bytes as they are
			i++
			continue
		}
		if m := NormalizeRune(r); m >= 0 {
			if m == r {
				dst = append(dst, s[i:i+n]...)
			} else {
				dst = utf8.AppendRune(dst, m)
			}
		}
		i += n
	}
	return dst
}
