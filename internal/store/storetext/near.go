package storetext

import (
	"sort"

	"github.com/marsad/marsad/internal/cluster"
)

// Candidate is a stored article that shares an LSH band with a new one
// (cluster.BandValues) and falls within cluster.NearDuplicateWindow of it.
type Candidate struct {
	Distance int   // cluster.Distance of the two fingerprints
	Time     int64 // the stored article's sort time
	Seq      int64 // the stored article's storage order
}

// MaxChecked bounds how many stored texts one put reads to compare 3-grams.
const MaxChecked = 4

// ChooseStory picks the stored article whose story a new article with text
// joins, by cluster.SameStory: candidates are tried closest fingerprint
// first (then earliest, then first stored); one within
// cluster.NearDuplicateDistance wins at once, and up to MaxChecked within
// cluster.CheckDistance are read with textOf and compared by 3-gram
// containment. ok is false when the article starts a story of its own.
func ChooseStory(text string, cands []Candidate, textOf func(seq int64) (string, error)) (seq int64, ok bool, err error) {
	cs := make([]Candidate, 0, len(cands))
	for _, c := range cands {
		if c.Distance <= cluster.CheckDistance {
			cs = append(cs, c)
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		x, y := cs[i], cs[j]
		if x.Distance != y.Distance {
			return x.Distance < y.Distance
		}
		if x.Time != y.Time {
			return x.Time < y.Time
		}
		return x.Seq < y.Seq
	})
	var mine map[uint64]struct{}
	checked := 0
	for i, c := range cs {
		if i > 0 && c.Seq == cs[i-1].Seq {
			continue // found through two bands
		}
		var other string
		if c.Distance > cluster.NearDuplicateDistance {
			if checked == MaxChecked {
				break
			}
			checked++
			if other, err = textOf(c.Seq); err != nil {
				return 0, false, err
			}
		}
		same := cluster.SameStory(c.Distance, func() float64 {
			if mine == nil {
				mine = cluster.Shingles(text)
			}
			return cluster.Containment(mine, cluster.Shingles(other))
		})
		if same {
			return c.Seq, true, nil
		}
	}
	return 0, false, nil
}
