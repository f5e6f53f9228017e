package source

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad"
)

// corpusPath returns ../shared/data/ant-corpus-multisource/... relative to
// the module root, or skips.
func corpusPath(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("module root not found")
		}
		dir = parent
	}
	p := filepath.Join(dir, "..", "shared", "data", "ant-corpus-multisource", "ant-corpus-multisource.jsonl.gz")
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared corpus absent (%s): %v", p, err)
	}
	return p
}

// TestMultisourceCorpus reads the 29,840-article ANT multi-source corpus
// and checks every record becomes an item with text, URL, title and date.
func TestMultisourceCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 83 MB of text")
	}
	p := corpusPath(t)
	var n, noDate, noURL, noTitle, noSource int
	var rejects []marsad.Rejection
	h := HandlerFuncs{
		OnItem: func(ctx context.Context, it *marsad.RawItem) error {
			n++
			if it.Published.IsZero() {
				noDate++
			}
			if it.URL == "" {
				noURL++
			}
			if it.Title == "" {
				noTitle++
			}
			if it.Source == "" {
				noSource++
			}
			return nil
		},
		OnReject: func(r marsad.Rejection) { rejects = append(rejects, r) },
	}
	if err := Read(context.Background(), []string{p}, nil, Options{}, h); err != nil {
		t.Fatal(err)
	}
	if n != 29840 || len(rejects) != 0 {
		t.Errorf("Read(multisource corpus) = %d items, %d rejections (first: %v); want 29840 and 0", n, len(rejects), first(rejects))
	}
	if noDate+noURL+noTitle+noSource > 0 {
		t.Errorf("Read(multisource corpus): %d items without date, %d without URL, %d without title, %d without source; want 0", noDate, noURL, noTitle, noSource)
	}
}

func first(rs []marsad.Rejection) any {
	if len(rs) == 0 {
		return nil
	}
	return rs[0]
}

// BenchmarkReadMultisource measures reading the corpus end to end
// (gunzip, line split, JSON decode, date parse): items/s and MB/s of
// uncompressed text.
func BenchmarkReadMultisource(b *testing.B) {
	p := corpusPath(b)
	var items, textBytes int64
	h := HandlerFuncs{OnItem: func(ctx context.Context, it *marsad.RawItem) error {
		items++
		textBytes += int64(len(it.Text))
		return nil
	}}
	var raw int64
	for b.Loop() {
		raw = 0
		opts := Options{Progress: func(done, total int64) { raw = done }}
		if err := Read(context.Background(), []string{p}, nil, opts, h); err != nil {
			b.Fatal(err)
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(items)/sec, "items/s")
	b.ReportMetric(float64(textBytes)/sec/1e6, "text-MB/s")
	b.ReportMetric(float64(raw)*float64(b.N)/sec/1e6, "gz-MB/s")
}
