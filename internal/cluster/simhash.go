package cluster

import (
	"strings"
	"time"

	"github.com/marsad/marsad/internal/arabic"
)

// Two reports are the same story when their SimHash fingerprints are at
// most NearDuplicateDistance bits apart, or at most CheckDistance bits apart
// and one shares at least MinOverlap of its word 3-grams with the other
// (Containment of Shingles). The constants were chosen by measurement on
// the ANT multi-source corpus (docs/parts/store.md, TestCorpusDuplicates):
// unrelated reports sit around 32 bits apart and pairs within 8 bits are
// nearly all copies, while between 9 and 14 bits copies (a republished wire
// with a new headline and footer moves 8-14 bits in short reports) mix with
// reports on the same topic, which the 3-gram overlap tells apart.
const (
	NearDuplicateDistance = 8
	CheckDistance         = 14
	MinOverlap            = 0.6
)

// NearDuplicateWindow bounds how far apart in time (publication, or
// reception when unknown) two reports may be and still count as the same
// story: copies of a news item appear within days, and the window keeps
// chance matches between old and new reports out.
const NearDuplicateWindow = 3 * 24 * time.Hour

// Bands and BandBits shape the LSH index that stores use to find
// near-duplicate candidates without a full scan: a fingerprint is cut into
// bands of BandBits bits in two ways (8 runs of adjacent bits, and 8 sets of
// bits 8 apart), and an article is a candidate when it agrees exactly on at
// least one of the Bands bands. Pairs within 7 bits always share a band;
// beyond that it is probabilistic: for random bit differences, one cut
// alone finds a pair d bits apart with probability
// 1-(1-C(64-8,d)/C(64,d))^8 (91% at d=10, 75% at d=14), the two cuts
// together about 99% and 94%. TestCorpusDuplicates measures the recall on
// real pairs.
const (
	BandBits = 8
	Bands    = 2 * 64 / BandBits
)

// BandValues returns the Bands band values of a fingerprint, each below
// 1<<BandBits: bands 0-7 are bits 8i…8i+7, bands 8-15 are bits i, i+8, …,
// i+56.
func BandValues(h uint64) [Bands]uint64 {
	var out [Bands]uint64
	const per = 64 / BandBits
	for i := range per {
		out[i] = (h >> (i * BandBits)) & (1<<BandBits - 1)
		var v uint64
		for j := range BandBits {
			v |= (h >> (j*per + i) & 1) << j
		}
		out[per+i] = v
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
// vote of the shingles' bits. Hashtag marks (# and _) count as spaces. A
// text shorter than three words uses single words. An empty text hashes
// to 0.
func SimHash(text string) uint64 {
	var v [64]int32
	n := 0
	eachShingle(text, func(h uint64, w int32) {
		n++
		for b := range 64 {
			v[b] += (int32(h>>b&1)*2 - 1) * w
		}
	})
	if n == 0 {
		return 0
	}
	var out uint64
	for b := range 64 {
		if v[b] > 0 {
			out |= 1 << b
		}
	}
	return out
}

// Shingles returns the set of hashed word 3-grams of text: the features
// SimHash votes with.
func Shingles(text string) map[uint64]struct{} {
	set := map[uint64]struct{}{}
	eachShingle(text, func(h uint64, _ int32) { set[h] = struct{}{} })
	return set
}

// Containment is the share of the smaller set found in the other:
// |a ∩ b| / min(|a|, |b|), 0 when either is empty. A copy with text added
// around it contains nearly all of the original's 3-grams.
func Containment(a, b map[uint64]struct{}) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return 0
	}
	n := 0
	for h := range a {
		if _, ok := b[h]; ok {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// eachShingle calls fn with the hash and weight of each shingle of text.
func eachShingle(text string, fn func(h uint64, w int32)) {
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
	if len(hs) < shingleSize {
		for i, h := range hs {
			fn(mix64(h), shingleBase+contentWordBonus*content[i])
		}
		return
	}
	for i := 0; i+shingleSize <= len(hs); i++ {
		h := hs[i] ^ rotl(hs[i+1], 21) ^ rotl(hs[i+2], 42)
		fn(mix64(h), shingleBase+contentWordBonus*(content[i]+content[i+1]+content[i+2]))
	}
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
