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

// FuzzClean exercises the cleaning pass, byline dates and title trimming
// alone, which run far faster than a whole extraction.
func FuzzClean(f *testing.F) {
	f.Add("العالم العربي\nالأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00\nنص الخبر هنا وهو طويل بما يكفي ليكون فقرة.\nاقرأ أيضا: خبر\nفيسبوك تويتر", "عنوان - الموقع", "الموقع")
	f.Add("GMT 17:27 17.03.2020(محدثة GMT 17:49 17.03.2020) انسخ الرابط\n١٢ مايو ٢٠٢٤\nQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkw", " | ", "|")
	r, err := parseRules(boilerplateFile)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, title, site string) {
		out := r.clean(text, title)
		if !utf8.ValidString(text) {
			return
		}
		for _, line := range strings.Split(out, "\n") {
			if out != "" && (line == "" || line != strings.TrimSpace(line)) {
				t.Fatalf("clean(%q) has a blank or untrimmed line: %q", text, out)
			}
		}
		if d := r.bylineDate(text); !d.IsZero() && (d.Year() < 1900 || d.Year() > 2200) {
			t.Fatalf("bylineDate(%q) = %v", text, d)
		}
		if got := stripSiteName(title, site); len(got) > len(title) {
			t.Fatalf("stripSiteName(%q, %q) = %q, longer than the title", title, site, got)
		}
	})
}
