package extract

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"text/tabwriter"
	"time"

	"github.com/marsad/marsad/internal/sharedtest"
)

var evalFlag = flag.Bool("eval", false, "print the per-page evaluation of each method on ../shared/data/html-pages-arabic")

// sharedPage is one row of html-pages-arabic/manifest.tsv, with what we
// can check it against.
type sharedPage struct {
	file, url, goldDate string
	expected            string   // full expected text, if any
	expectedPrefix      string   // expected start of the text, if any
	mustHave, mustNot   []string // phrases from the manifest notes
	wantTitle           string
}

// sharedDir returns ../shared/data/html-pages-arabic relative to the module
// root, or skips the test.
func sharedDir(t testing.TB) string {
	t.Helper()
	return sharedtest.Dir(t, "data", "html-pages-arabic")
}

func loadSharedPages(t testing.TB, dir string) []sharedPage {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "manifest.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var pages []sharedPage
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	first := true
	for sc.Scan() {
		if first {
			first = false
			continue
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 6 {
			continue
		}
		p := sharedPage{file: cols[0], url: cols[2], goldDate: cols[3]}
		switch exp := cols[4]; {
		case strings.HasSuffix(exp, ".txt"):
			b, err := os.ReadFile(filepath.Join(dir, exp))
			if err != nil {
				t.Fatal(err)
			}
			p.expected = string(b)
		case strings.HasSuffix(exp, ".json"):
			b, err := os.ReadFile(filepath.Join(dir, exp))
			if err != nil {
				t.Fatal(err)
			}
			var j struct {
				Expected struct {
					CleanedText string `json:"cleaned_text"`
				} `json:"expected"`
			}
			if err := json.Unmarshal(b, &j); err != nil {
				t.Fatalf("%s: %v", exp, err)
			}
			p.expectedPrefix = j.Expected.CleanedText
		}
		p.wantTitle, p.mustHave, p.mustNot = parseNotes(cols[5])
		pages = append(pages, p)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return pages
}

// parseNotes reads "title=...; must contain [...]; must not contain [...]"
// from the manifest's notes column.
func parseNotes(notes string) (title string, must, mustNot []string) {
	list := func(s string) []string {
		s = strings.Trim(strings.TrimSpace(s), "[]")
		var out []string
		for _, q := range strings.Split(s, ",") {
			if q = strings.Trim(strings.TrimSpace(q), "'\""); q != "" {
				out = append(out, q)
			}
		}
		return out
	}
	for _, part := range strings.Split(notes, ";") {
		part = strings.TrimSpace(part)
		switch {
		case strings.Contains(part, "title="):
			title = strings.TrimSpace(part[strings.Index(part, "title=")+len("title="):])
		case strings.HasPrefix(part, "must not contain"):
			mustNot = list(strings.TrimPrefix(part, "must not contain"))
		case strings.HasPrefix(part, "must contain"):
			must = list(strings.TrimPrefix(part, "must contain"))
		}
	}
	return title, must, mustNot
}

func readGz(t testing.TB, path string) []byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return b
}

// tokenF1 is the F1 of the word multisets of got and want, after folding:
// 1 when the texts have the same words, 0 when they share none.
func tokenF1(got, want string) float64 {
	g, w := strings.Fields(fold(got)), strings.Fields(fold(want))
	if len(g) == 0 || len(w) == 0 {
		return 0
	}
	counts := map[string]int{}
	for _, x := range w {
		counts[x]++
	}
	common := 0
	for _, x := range g {
		if counts[x] > 0 {
			counts[x]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p, r := float64(common)/float64(len(g)), float64(common)/float64(len(w))
	return 2 * p * r / (p + r)
}

// pageScore is how one method did on one page.
type pageScore struct {
	date, title          string
	dateOK               bool
	chars, lines         int
	f1                   float64 // -1 when no expected text
	prefixOK             string  // "", "yes", "no"
	mustHave, mustNotHit int
	err                  error
}

func scorePage(x *Extractor, dir string, p sharedPage, page []byte) pageScore {
	var s pageScore
	s.f1 = -1
	res, err := x.Extract(page, p.url)
	if err != nil {
		s.err = err
		return s
	}
	if !res.Published.IsZero() {
		s.date = res.Published.Format("2006-01-02")
	}
	s.dateOK = p.goldDate != "" && s.date == p.goldDate
	s.title = res.Title
	s.chars = runeLen(res.Text)
	s.lines = strings.Count(res.Text, "\n") + 1
	if p.expected != "" {
		s.f1 = tokenF1(res.Text, p.expected)
	}
	if p.expectedPrefix != "" {
		s.prefixOK = "no"
		if strings.HasPrefix(fold(res.Text), fold(p.expectedPrefix)) {
			s.prefixOK = "yes"
		}
	}
	for _, m := range p.mustHave {
		if strings.Contains(res.Text, m) {
			s.mustHave++
		}
	}
	for _, m := range p.mustNot {
		if strings.Contains(res.Text, m) {
			s.mustNotHit++
		}
	}
	return s
}

// TestSharedPages checks the default (combined) extractor on the real pages:
// publication dates against the gold dates, text against the expected texts.
func TestSharedPages(t *testing.T) {
	dir := sharedDir(t)
	pages := loadSharedPages(t, dir)
	if len(pages) != 11 {
		t.Fatalf("manifest has %d pages, want 11", len(pages))
	}
	x, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	dated, right := 0, 0
	for _, p := range pages {
		t.Run(p.file, func(t *testing.T) {
			s := scorePage(x, dir, p, readGz(t, filepath.Join(dir, p.file)))
			if s.err != nil {
				t.Fatalf("Extract(%s) error: %v", p.file, s.err)
			}
			if s.chars < 300 {
				t.Errorf("Extract(%s) text has %d chars, want >= 300", p.file, s.chars)
			}
			if p.goldDate != "" {
				dated++
				if s.dateOK {
					right++
				} else {
					t.Logf("Extract(%s).Published = %q, gold %s", p.file, s.date, p.goldDate)
				}
			}
			if s.f1 >= 0 && s.f1 < 0.9 {
				t.Errorf("Extract(%s) token F1 to expected text = %.3f, want >= 0.9", p.file, s.f1)
			}
			if s.prefixOK == "no" {
				t.Errorf("Extract(%s) text does not start with the expected text", p.file)
			}
			if s.mustHave != len(p.mustHave) || s.mustNotHit != 0 {
				t.Errorf("Extract(%s): %d/%d must-have phrases, %d must-not phrases present", p.file, s.mustHave, len(p.mustHave), s.mustNotHit)
			}
			if p.wantTitle != "" && strings.Join(strings.Fields(s.title), " ") != strings.Join(strings.Fields(p.wantTitle), " ") {
				t.Errorf("Extract(%s).Title = %q, want %q", p.file, s.title, p.wantTitle)
			}
		})
	}
	if dated > 0 && right*10 < dated*7 {
		t.Errorf("date accuracy %d/%d, want >= 70%%", right, dated)
	}
}

// TestEvaluation prints, per page and method, the date found against the
// gold date, the title, the text length and the similarity to the expected
// text. Run: go test -run TestEvaluation -eval -v ./internal/extract
func TestEvaluation(t *testing.T) {
	if !*evalFlag {
		t.Skip("run with -eval to print the evaluation")
	}
	dir := sharedDir(t)
	pages := loadSharedPages(t, dir)
	var sb strings.Builder
	for _, cfg := range []Config{
		{Method: Readability, KeepBoilerplate: true},
		{Method: Trafilatura, KeepBoilerplate: true},
		{Method: Combined, KeepBoilerplate: true},
		{Method: Readability},
		{Method: Trafilatura},
		{Method: Combined},
	} {
		x, err := New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		tw := tabwriter.NewWriter(&sb, 0, 0, 1, ' ', 0)
		cleaning := "with cleaning"
		if cfg.KeepBoilerplate {
			cleaning = "no cleaning"
		}
		fmt.Fprintf(&sb, "\n== method: %s, %s\n", cfg.Method, cleaning)
		fmt.Fprintln(tw, "page\tgold\tfound\tok\tchars\tlines\tF1\tprefix\tmust\tmustnot\ttitle")
		var dated, right, errs int
		var f1sum float64
		var f1n int
		start := time.Now()
		for _, p := range pages {
			s := scorePage(x, dir, p, readGz(t, filepath.Join(dir, p.file)))
			name := strings.TrimSuffix(p.file, ".html.gz")
			if s.err != nil {
				errs++
				fmt.Fprintf(tw, "%s\t%s\terror: %v\n", name, p.goldDate, s.err)
				continue
			}
			ok := "-"
			if p.goldDate != "" {
				dated++
				ok = "no"
				if s.dateOK {
					ok = "yes"
					right++
				}
			}
			f1 := "-"
			if s.f1 >= 0 {
				f1 = fmt.Sprintf("%.3f", s.f1)
				f1sum += s.f1
				f1n++
			}
			must, mustNot := "-", "-"
			if len(p.mustHave) > 0 {
				must = fmt.Sprintf("%d/%d", s.mustHave, len(p.mustHave))
				mustNot = fmt.Sprintf("%d/%d", s.mustNotHit, len(p.mustNot))
			}
			title := []rune(s.title)
			if len(title) > 40 {
				title = append(title[:40], '…')
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%d\t%s\t%s\t%s\t%s\t%s\n", name, or(p.goldDate, "-"), or(s.date, "none"), ok, s.chars, s.lines, f1, or(s.prefixOK, "-"), must, mustNot, string(title))
		}
		tw.Flush()
		fmt.Fprintf(&sb, "dates right %d/%d; mean F1 %.3f over %d expected texts; errors %d; %v for 11 pages\n", right, dated, f1sum/float64(max(f1n, 1)), f1n, errs, time.Since(start).Round(10*time.Millisecond))
	}
	fmt.Print(sb.String())
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// BenchmarkExtract extracts the 11 shared pages with each method; one op
// is one page.
func BenchmarkExtract(b *testing.B) {
	dir := sharedDir(b)
	pages := loadSharedPages(b, dir)
	var raw [][]byte
	var size int64
	for _, p := range pages {
		page := readGz(b, filepath.Join(dir, p.file))
		raw = append(raw, page)
		size += int64(len(page))
	}
	for _, m := range []Method{Readability, Trafilatura, Combined} {
		b.Run(m.String(), func(b *testing.B) {
			x, err := New(Config{Method: m})
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(size / int64(len(raw)))
			i := 0
			for b.Loop() {
				if _, err := x.Extract(raw[i%len(raw)], pages[i%len(raw)].url); err != nil {
					b.Fatal(err)
				}
				i++
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
