package cluster

import (
	"strings"
	"time"

	"github.com/marsad/marsad/internal/arabic"
)

// NearDuplicateDistance is the largest SimHash distance at which two
// articles count as the same story. It was chosen by measurement on the ANT
// multi-source corpus (docs/parts/store.md, TestCorpusDuplicates): at 10, 88%
// of copies republished with a new headline, dateline and footer and 88% of
// the corpus's edited re-publications of one URL fall within it, while
// unrelated reports sit near 32 bits apart.
const NearDuplicateDistance = 10

// NearDuplicateWindow bounds how far apart in time (publication, or
// reception when unknown) two reports may be and still count as the same
// story: copies of a news item appear within days, and the window keeps
// chance matches between old and new reports out.
const NearDuplicateWindow = 3 * 24 * time.Hour

// Bands and BandBits shape the LSH index that stores use to find
// near-duplicate candidates without a full scan: a fingerprint is cut into
// Bands bands of BandBits bits, and an article is a candidate when it agrees
// exactly on at least one band. This is probabilistic at distance 10: for
// random bit differences, a pair d bits apart shares a band with probability
// 1-(1-C(64-8,d)/C(64,d))^8, about 99% at d=6 and 91% at d=10;
// TestCorpusDuplicates measures the recall on real pairs.
const (
	Bands    = 8
	BandBits = 64 / Bands
)

// BandValues splits a fingerprint into its Bands bands, each shifted down to
// start at bit 0.
func BandValues(h uint64) [Bands]uint64 {
	var out [Bands]uint64
	for i := range Bands {
		out[i] = (h >> (i * BandBits)) & (1<<BandBits - 1)
	}
	return out
}

// Shingle weights: a 3-gram of content words counts seven times as much as
// one made of function words only, so shared stock phrases («وقال في بيان»)
// weigh little and shared names and facts weigh a lot.
const (
	shingleSize      = 3
	shingleBase      = 1
	contentWordBonus = 2
)

// SimHash returns the 64-bit SimHash of text: each 3-gram of normalised
// word and number tokens (arabic.Tokenize, Token.Norm) is hashed, weighted
// by how many of its words are content words (data/stopwords.txt lists the
// function words), and each bit of the result is the sign of the weighted
// vote of the shingles' bits. Hashtag marks (# and _) count as spaces. A text shorter than three words uses single
// words. An empty text hashes to 0.
func SimHash(text string) uint64 {
	// Hashtags («#انهيارات_طينية») are how some outlets print plain words.
	if strings.ContainsAny(text, "#_") {
		text = strings.Map(func(r rune) rune {
			if r == '#' || r == '_' {
				return ' '
			}
			return r
		}, text)
	}
	toks := arabic.Tokenize(text)
	hs := make([]uint64, 0, len(toks))
	content := make([]int32, 0, len(toks))
	stops := stopWords()
	for _, t := range toks {
		switch t.Kind {
		case arabic.Word, arabic.Number, arabic.Latin:
		default:
			continue
		}
		if t.Norm == "" {
			continue
		}
		hs = append(hs, fnv64(t.Norm))
		if stops.words[t.Norm] {
			content = append(content, 0)
		} else {
			content = append(content, 1)
		}
	}
	if len(hs) == 0 {
		return 0
	}
	var v [64]int32
	add := func(h uint64, w int32) {
		for b := range 64 {
			v[b] += (int32(h>>b&1)*2 - 1) * w
		}
	}
	if len(hs) < shingleSize {
		for i, h := range hs {
			add(mix64(h), shingleBase+contentWordBonus*content[i])
		}
	} else {
		for i := 0; i+shingleSize <= len(hs); i++ {
			h := hs[i] ^ rotl(hs[i+1], 21) ^ rotl(hs[i+2], 42)
			add(mix64(h), shingleBase+contentWordBonus*(content[i]+content[i+1]+content[i+2]))
		}
	}
	var out uint64
	for b := range 64 {
		if v[b] > 0 {
			out |= 1 << b
		}
	}
	return out
}

// fnv64 is 64-bit FNV-1a.
func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func rotl(x uint64, k int) uint64 { return x<<k | x>>(64-k) }

// mix64 is the SplitMix64 finaliser: it spreads every input bit over the
// output so the shingle hashes' bits are independent votes.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}
