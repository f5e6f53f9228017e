package cluster

import (
	"crypto/sha256"
	"encoding/hex"
	"math/bits"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// NormalizeText is the form of a text that ContentHash keys: Unicode NFKC
// (folds Arabic presentation forms), format characters (ZWJ, ZWNJ, RLM, BOM…)
// removed, arabic.Normalize (diacritics, tatweel, alef/yeh/teh marbuta and
// digit variants) and runs of white space collapsed to one space.
func NormalizeText(text string) string {
	if needsNFKC(text) {
		text = norm.NFKC.String(text)
	}
	// One pass of arabic.NormalizeRune with format characters dropped and
	// white space collapsed (TestNormalizeTextReference checks it against
	// the plain composition of arabic.Normalize and strings.Fields).
	b := make([]byte, 0, len(text))
	space := false
	for _, r := range text {
		if unicode.IsSpace(r) {
			space = len(b) > 0
			continue
		}
		if r < utf8.RuneSelf {
			r = arabic.NormalizeRune(r)
		} else if unicode.Is(unicode.Cf, r) {
			continue
		} else {
			r = arabic.NormalizeRune(r)
		}
		if r < 0 {
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

// needsNFKC reports whether text has a rune outside the set that NFKC
// provably leaves alone (TestNeedsNFKC): ASCII, the Arabic block except the
// combining hamza/madda and the compatibility letters ٵ-ٸ, « », the
// zero-width and direction marks, dashes and curly quotes. Plain Arabic
// news text skips NFKC.
func needsNFKC(text string) bool {
	for _, r := range text {
		switch {
		case r < 0x80:
		case r >= 0x0600 && r <= 0x06FF && !(r >= 0x0653 && r <= 0x0655) && !(r >= 0x0675 && r <= 0x0678):
		case r == 0xAB || r == 0xBB || r >= 0x200C && r <= 0x200F:
		case r == 0x2013 || r == 0x2014 || r == 0x2018 || r == 0x2019 || r == 0x201C || r == 0x201D:
		default:
			return true
		}
	}
	return false
}

// ContentHash returns the lower-case hex SHA-256 of NormalizeText(text):
// copies of one text that differ only in encoding details share it.
func ContentHash(text string) string {
	sum := sha256.Sum256([]byte(NormalizeText(text)))
	return hex.EncodeToString(sum[:])
}

// ArticleID returns the deterministic id of an article: the first 16 bytes
// of SHA-256(source NUL canonicalURL NUL contentHash) as 32 lower-case hex
// digits. The same report from the same outlet always gets the same id, so
// re-ingesting it is recognised; any change of source, address or text
// gives a new id.
func ArticleID(source, canonicalURL, contentHash string) string {
	h := sha256.New()
	h.Write([]byte(source))
	h.Write([]byte{0})
	h.Write([]byte(canonicalURL))
	h.Write([]byte{0})
	h.Write([]byte(contentHash))
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// Prepare fills a's identity: CanonicalURL from URL, ContentHash and
// SimHash from Text, then ID from those (ArticleID). StoryID is the store's
// to set.
func Prepare(a *marsad.Article) {
	a.CanonicalURL = CanonicalURL(a.URL)
	a.ContentHash = ContentHash(a.Text)
	a.SimHash = SimHash(a.Text)
	a.ID = ArticleID(a.Source, a.CanonicalURL, a.ContentHash)
}

// Distance is the Hamming distance between two SimHash fingerprints.
func Distance(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// SameStory applies the near-duplicate rule to two fingerprints d bits
// apart: the same story when d <= NearDuplicateDistance, or when
// d <= CheckDistance and overlap (called only then: Containment of the two
// texts' Shingles) reaches MinOverlap.
func SameStory(d int, overlap func() float64) bool {
	return d <= NearDuplicateDistance || d <= CheckDistance && overlap() >= MinOverlap
}
