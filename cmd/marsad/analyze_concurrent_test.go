package main

import (
	"context"
	"encoding/json"
	"sync"
	"testing"
)

// TestAnalyzeConcurrentSameAsSequential checks that one analyzer shared by
// several goroutines (as the queue's workers share it) gives every article
// the analysis it gives when run alone: the coder reuses pooled token
// arrays and the tagger caches words, and neither may leak one article's
// state into another's.
func TestAnalyzeConcurrentSameAsSequential(t *testing.T) {
	arts := loadBenchCorpus(t, 40)
	an, err := newAnalyzer()
	if err != nil {
		t.Fatalf("newAnalyzer: %v", err)
	}
	ctx := context.Background()
	want := make([]string, len(arts))
	for i, a := range arts {
		res, err := an.Analyze(ctx, a)
		if err != nil {
			t.Fatalf("Analyze(%s): %v", a.ID, err)
		}
		js, _ := json.Marshal(res)
		want[i] = string(js)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := range arts {
				i := (k*7 + g*11) % len(arts) // each goroutine its own order
				res, err := an.Analyze(ctx, arts[i])
				if err != nil {
					t.Errorf("Analyze(%s): %v", arts[i].ID, err)
					return
				}
				if js, _ := json.Marshal(res); string(js) != want[i] {
					t.Errorf("goroutine %d: Analyze(%s) differs from its sequential run", g, arts[i].ID)
				}
			}
		}(g)
	}
	wg.Wait()
}
