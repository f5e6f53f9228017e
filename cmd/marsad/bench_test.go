package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/benchtest"
	"github.com/marsad/marsad/internal/source"
)

// extractBenchArticles is how many news-corpus articles the extract chain
// benchmark cycles through.
const extractBenchArticles = 2000

// loadBenchCorpus reads the first n articles of the ANT multi-source news
// corpus from ../shared beside the checkout, skipping the benchmark when the
// corpus is absent.
func loadBenchCorpus(b testing.TB, n int) []*marsad.Article {
	b.Helper()
	path := filepath.Join("..", "..", "..", "shared", "data", "ant-corpus-multisource", "ant-corpus-multisource.jsonl.gz")
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("news corpus absent (../shared beside the checkout): %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatalf("open corpus: %v", err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var out []*marsad.Article
	for len(out) < n && sc.Scan() {
		var r struct {
			ID   string `json:"id"`
			Text string `json:"text"`
			Date string `json:"date_iso"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatalf("corpus line %d: %v", len(out)+1, err)
		}
		a := &marsad.Article{ID: r.ID, ExternalID: r.ID, Text: r.Text}
		if t, ok := source.ParseDate(r.Date); ok {
			a.Published = t
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		b.Fatalf("read corpus: %v", err)
	}
	if len(out) == 0 {
		b.Skip("news corpus is empty")
	}
	return out
}

// BenchmarkExtractChain measures the analysis chain exactly as `marsad
// extract` builds it (newAnalyzer: entity tagger, actor linker, place
// resolver, events, quotes, dates), one corpus article per op, cycling
// through the first extractBenchArticles articles of the news corpus. Run it
// with -cpu 1; articles/cpu-s is the figure that holds on a shared machine.
func BenchmarkExtractChain(b *testing.B) {
	arts := loadBenchCorpus(b, extractBenchArticles)
	an, err := newAnalyzer()
	if err != nil {
		b.Fatalf("newAnalyzer: %v", err)
	}
	var bytes int64
	for _, a := range arts {
		bytes += int64(len(a.Text))
	}
	b.SetBytes(bytes / int64(len(arts)))
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	start := benchtest.CPUTime()
	for i := 0; i < b.N; i++ {
		if _, err := an.Analyze(ctx, arts[i%len(arts)]); err != nil {
			b.Fatalf("Analyze(%s): %v", arts[i%len(arts)].ID, err)
		}
	}
	benchtest.ReportPerCPU(b, start, float64(b.N), "articles")
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
