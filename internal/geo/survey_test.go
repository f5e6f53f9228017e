package geo

import (
	"sort"
	"testing"
)

// TestSurvey lists the most frequent place mentions the resolver finds in a
// JSONL(.gz) corpus of articles ({"text": …}), with one context each, to
// look for common words taken for places. Set MARSAD_GEO_SURVEY=path (and
// optionally MARSAD_GEO_SURVEY_N=articles).
func TestSurvey(t *testing.T) {
	res, err := NewResolver(nil)
	if err != nil {
		t.Fatal(err)
	}
	type stat struct {
		n   int
		ctx string
		id  string
	}
	stats := map[string]*stat{}
	eachCorpusText(t, "MARSAD_GEO_SURVEY", 2000, func(text string) {
		rs := []rune(text)
		for _, p := range res.Resolve(text, nil, Options{}) {
			k := p.Name + " → " + p.GazID + " " + p.Kind
			s := stats[k]
			if s == nil {
				lo, hi := max(0, p.Start-30), min(len(rs), p.End+30)
				s = &stat{ctx: string(rs[lo:hi])}
				stats[k] = s
			}
			s.n++
		}
	})
	keys := make([]string, 0, len(stats))
	for k := range stats {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return stats[keys[i]].n > stats[keys[j]].n })
	for _, k := range keys {
		t.Logf("%5d %s | %s", stats[k].n, k, stats[k].ctx)
	}
}
