package extract

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/marsad/marsad"
)

func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b, "https://example.org/a")
		}
	}
	f.Add([]byte("<p>نص قصير</p>"), "")
	f.Add([]byte(`<html lang="ar"><script type="application/ld+json">[{"datePublished":"2020-01-02"}]</script><p>`+strings.Repeat("خبر ", 100)+`</p>`), "::")
	x, err := New(Config{MaxBytes: 1 << 20})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, page []byte, url string) {
		res, err := x.Extract(page, url)
		if err != nil {
			var me *marsad.Error
			if !errors.As(err, &me) {
				t.Fatalf("Extract error %v is not a *marsad.Error", err)
			}
			return
		}
		if res.Text == "" {
			t.Fatal("Extract returned empty text without error")
		}
		if !utf8.ValidString(res.Text) || !utf8.ValidString(res.Title) {
			t.Fatalf("Extract returned invalid UTF-8: %q / %q", res.Title, res.Text)
		}
		for _, line := range strings.Split(res.Text, "\n") {
			if line == "" || line != strings.TrimSpace(line) {
				t.Fatalf("Extract text has a blank or untrimmed line %q in %q", line, res.Text)
			}
		}
	})
}
