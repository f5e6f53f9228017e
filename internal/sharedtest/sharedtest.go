// Package sharedtest finds the shared data folder (../shared beside the
// repository: the evaluation kit and the corpora) for tests that read it at
// run time. Nothing from it is copied into the repository.
package sharedtest

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// Dir returns ../shared beside the repository root, joined with elem. When
// that path is absent the test is skipped with a message naming it, except
// under CI=true, where CI provides the folder and its absence fails the
// test rather than silently skipping what it measures.
func Dir(t testing.TB, elem ...string) string {
	t.Helper()
	root, err := moduleRoot()
	if err != nil {
		t.Skipf("repository root (go.mod) not found: %v", err)
	}
	p := filepath.Join(append([]string{root, "..", "shared"}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared data missing under CI: %v", err)
		}
		t.Skipf("shared data not found at %s: skipping", p)
	}
	return p
}

// moduleRoot is the nearest folder upwards from the working directory that
// holds go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}

// NewsArticle is one article of the multi-source news corpus as the
// benchmarks read it.
type NewsArticle struct {
	ID      string `json:"id"`
	Text    string `json:"text"`
	DateISO string `json:"date_iso"` // publication day, YYYY-MM-DD
}

// NewsArticles returns the first n articles of
// data/ant-corpus-multisource (fewer when the corpus is shorter), skipping
// or failing like Dir when it is absent; a line that is not JSON fails tb.
func NewsArticles(tb testing.TB, n int) []NewsArticle {
	tb.Helper()
	f, err := os.Open(Dir(tb, "data", "ant-corpus-multisource", "ant-corpus-multisource.jsonl.gz"))
	if err != nil {
		tb.Fatalf("open news corpus: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatalf("open news corpus: %v", err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var out []NewsArticle
	for len(out) < n && sc.Scan() {
		var a NewsArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatalf("news corpus line %d: %v", len(out)+1, err)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("read news corpus: %v", err)
	}
	return out
}
