package geo

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"testing"
)

// TestSurvey lists the most frequent place mentions the resolver finds in a
// JSONL(.gz) corpus of articles ({"text": …}), with one context each, to
// look for common words taken for places. Set MARSAD_GEO_SURVEY=path (and
// optionally MARSAD_GEO_SURVEY_N=articles).
func TestSurvey(t *testing.T) {
	path := os.Getenv("MARSAD_GEO_SURVEY")
	if path == "" {
		t.Skip("set MARSAD_GEO_SURVEY to a JSONL(.gz) corpus")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	res, err := NewResolver(nil)
	if err != nil {
		t.Fatal(err)
	}
	limit := 2000
	fmt.Sscan(os.Getenv("MARSAD_GEO_SURVEY_N"), &limit)
	type stat struct {
		n   int
		ctx string
		id  string
	}
	stats := map[string]*stat{}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 0; n < limit && sc.Scan(); n++ {
		var a struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &a) != nil {
			continue
		}
		rs := []rune(a.Text)
		for _, p := range res.Resolve(a.Text, nil, Options{}) {
			k := p.Name + " → " + p.GazID + " " + p.Kind
			s := stats[k]
			if s == nil {
				lo, hi := max(0, p.Start-30), min(len(rs), p.End+30)
				s = &stat{ctx: string(rs[lo:hi])}
				stats[k] = s
			}
			s.n++
		}
	}
	keys := make([]string, 0, len(stats))
	for k := range stats {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return stats[keys[i]].n > stats[keys[j]].n })
	for _, k := range keys {
		t.Logf("%5d %s | %s", stats[k].n, k, stats[k].ctx)
	}
}
