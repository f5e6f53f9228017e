package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
	"github.com/marsad/marsad/internal/pipeline"
	"github.com/marsad/marsad/internal/source"
	"github.com/marsad/marsad/internal/store/sqlite"
)

// TestMergeCorpus measures event merging on the shared multi-source news
// corpus: the middle-east articles of one month (MARSAD_MERGE_CORPUS=2018-04)
// go through the real pipeline into a temporary store, and MergeEvents
// groups their current events. It prints the counts and a sample of merged
// events to check by hand. Slow; skipped unless the variable is set.
func TestMergeCorpus(t *testing.T) {
	month := os.Getenv("MARSAD_MERGE_CORPUS")
	if month == "" {
		t.Skip("set MARSAD_MERGE_CORPUS=YYYY-MM to measure event merging on the shared corpus")
	}
	path := "../../../shared/data/ant-corpus-multisource/ant-corpus-multisource.jsonl.gz"
	fh, err := os.Open(path)
	if err != nil {
		t.Skipf("shared corpus not available: %v", err)
	}
	defer fh.Close()
	zr, err := gzip.NewReader(fh)
	if err != nil {
		t.Fatal(err)
	}
	an, err := newAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "marsad.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var mu sync.Mutex
	var reports []cluster.Report
	r, err := pipeline.New(pipeline.Config{Workers: 2, Analyze: true}, pipeline.Deps{Store: st, Prepare: cluster.Prepare, Analyzer: an,
		OnStored: func(_ context.Context, a *marsad.Article, x *marsad.Analysis) {
			if x == nil {
				return
			}
			mu.Lock()
			defer mu.Unlock()
			for _, ev := range x.Events {
				if ev.Aux == "" {
					reports = append(reports, cluster.Report{Event: ev, Article: a})
				}
			}
		}})
	if err != nil {
		t.Fatal(err)
	}
	r.Start(ctx)
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var rec struct {
			Categories []string `json:"categories"`
			DateISO    string   `json:"date_iso"`
		}
		if json.Unmarshal(sc.Bytes(), &rec) != nil || !strings.HasPrefix(rec.DateISO, month) || !contains(rec.Categories, "middleEast") {
			continue
		}
		it, err := source.DecodeJSON(sc.Bytes())
		if err != nil {
			continue
		}
		it.Origin = "ant"
		if err := r.Submit(ctx, &it); err != nil {
			t.Fatal(err)
		}
	}
	sum, err := r.Close()
	if err != nil {
		t.Fatal(err)
	}
	sort.SliceStable(reports, func(i, j int) bool { return reports[i].Article.Published.Before(reports[j].Article.Published) })
	merged := cluster.MergeEvents(reports)
	multi, crossOutlet, inStory := 0, 0, 0
	var sample []cluster.MergedEvent
	for _, m := range merged {
		if len(m.Sources) < 2 {
			continue
		}
		multi++
		if m.Independent >= 2 {
			crossOutlet++
			sample = append(sample, m)
		}
		stories := map[string]bool{}
		for _, s := range m.Sources {
			stories[s.StoryID] = true
		}
		if len(stories) == 1 {
			inStory++
		}
	}
	fmt.Printf("month %s, middleEast: %s\n", month, sum)
	fmt.Printf("current events %d → merged events %d (%d events merged away, %.1f%%)\n", len(reports), len(merged),
		len(reports)-len(merged), 100*float64(len(reports)-len(merged))/float64(max(1, len(reports))))
	fmt.Printf("merged events with ≥2 reports: %d (all reports in one story: %d); with ≥2 independent outlets: %d\n", multi, inStory, crossOutlet)
	rng := rand.New(rand.NewPCG(1, 2))
	rng.Shuffle(len(sample), func(i, j int) { sample[i], sample[j] = sample[j], sample[i] })
	byID := map[string]*cluster.Report{}
	for i := range reports {
		byID[reports[i].Event.ID] = &reports[i]
	}
	for i, m := range sample[:min(12, len(sample))] {
		fmt.Printf("\n#%d %s\n", i+1, describeEvent(&m.Event))
		for _, s := range m.Sources {
			rep := byID[s.EventID]
			fmt.Printf("   %-9s %s %s | %s\n", s.Outlet, s.Published.Format("2006-01-02"), rep.Article.Title, describeEvent(&rep.Event))
		}
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
