package pipeline_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
	"github.com/marsad/marsad/internal/pipeline"
	"github.com/marsad/marsad/internal/store/sqlite"
)

// BenchmarkIngest measures articles per second from raw item to a stored,
// fingerprinted, full-text-indexed article in SQLite, without analysis.
// Run with -cpu 1 for the one-core figure.
func BenchmarkIngest(b *testing.B) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"), sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	r, err := pipeline.New(pipeline.Config{}, pipeline.Deps{Store: st, Prepare: cluster.Prepare})
	if err != nil {
		b.Fatal(err)
	}
	items := make([]*marsad.RawItem, b.N)
	bytes := 0
	for i := range items {
		text := story(i) + "\n" + story(i+1) + "\n" + story(i+2) + "\n" + story(i+3) + "\n" + story(i+4)
		items[i] = &marsad.RawItem{URL: fmt.Sprintf("https://example.org/bench/%d", i), Text: text}
		bytes += len(text)
	}
	b.SetBytes(int64(bytes / b.N))
	b.ResetTimer()
	r.Start(ctx)
	for _, it := range items {
		if err := r.Submit(ctx, it); err != nil {
			b.Fatal(err)
		}
	}
	sum, err := r.Close()
	if err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	if sum.Stored != b.N {
		b.Fatalf("stored %d of %d", sum.Stored, b.N)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
