package arabic

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/benchtest"
)

// newsText returns our own Arabic news-style sample text.
func newsText(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		tb.Fatalf("read testdata: %v", err)
	}
	return string(b)
}

// sharedDir returns ../shared relative to the module root, or "" when it
// cannot be found.
func sharedDir() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// corpusTexts reads up to limit article texts from the shared ANT corpus,
// skipping the benchmark or test when the data is absent.
func corpusTexts(tb testing.TB, limit int) []string {
	tb.Helper()
	path := filepath.Join(sharedDir(), "data", "ant-corpus-multisource", "ant-corpus-multisource.jsonl.gz")
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("shared corpus not available (%v); skipping", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatalf("gzip %s: %v", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var out []string
	for sc.Scan() && len(out) < limit {
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		out = append(out, rec.Text)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return out
}

func BenchmarkTokenize(b *testing.B) {
	s := newsText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	start := benchtest.CPUTime()
	for b.Loop() {
		Tokenize(s)
	}
	reportCPU(b, start, int64(len(s)))
}

func BenchmarkTokenizeCorpus(b *testing.B) {
	texts := corpusTexts(b, 2000)
	s := strings.Join(texts, "\n")
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	start := benchtest.CPUTime()
	for b.Loop() {
		for _, t := range texts {
			Tokenize(t)
		}
	}
	reportCPU(b, start, int64(len(s)))
}

func BenchmarkSentences(b *testing.B) {
	s := newsText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	start := benchtest.CPUTime()
	for b.Loop() {
		Sentences(s)
	}
	reportCPU(b, start, int64(len(s)))
}

func BenchmarkSentencesCorpus(b *testing.B) {
	texts := corpusTexts(b, 2000)
	var n int64
	for _, t := range texts {
		n += int64(len(t))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	start := benchtest.CPUTime()
	for b.Loop() {
		for _, t := range texts {
			Sentences(t)
		}
	}
	reportCPU(b, start, n)
}

func BenchmarkNormalize(b *testing.B) {
	s := newsText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	start := benchtest.CPUTime()
	for b.Loop() {
		Normalize(s)
	}
	reportCPU(b, start, int64(len(s)))
}

func BenchmarkNormalizeInto(b *testing.B) {
	s := newsText(b)
	buf := make([]byte, 0, len(s))
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	start := benchtest.CPUTime()
	for b.Loop() {
		buf = NormalizeInto(buf[:0], s)
	}
	reportCPU(b, start, int64(len(s)))
}

// BenchmarkSegment segments every word of the sample text; bytes are the
// words' bytes.
func BenchmarkSegment(b *testing.B) {
	var words []string
	var n int64
	for _, t := range Tokenize(newsText(b)) {
		if t.Kind == Word {
			words = append(words, t.Text)
			n += int64(len(t.Text))
		}
	}
	b.SetBytes(n)
	b.ReportAllocs()
	start := benchtest.CPUTime()
	for b.Loop() {
		for _, w := range words {
			Segment(w)
		}
	}
	reportCPU(b, start, n)
}

// BenchmarkParseNumber tries ParseNumber at every token of the sample text,
// as the event coder does.
func BenchmarkParseNumber(b *testing.B) {
	s := newsText(b)
	toks := Tokenize(s)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	start := benchtest.CPUTime()
	for b.Loop() {
		for i := range toks {
			ParseNumber(toks, i)
		}
	}
	reportCPU(b, start, int64(len(s)))
}

// reportCPU adds cpu-MB/s: the bytes processed per iteration over the CPU
// time the loop used (see cpuTime), a figure that a busy shared machine
// disturbs less than wall-clock MB/s.
func reportCPU(b *testing.B, start time.Duration, bytes int64) {
	used := benchtest.CPUTime() - start
	if used <= 0 || b.N == 0 {
		return
	}
	b.ReportMetric(float64(b.N)*float64(bytes)/1e6/used.Seconds(), "cpu-MB/s")
}

// BenchmarkSentencesAdversarial feeds one long paragraph with an unclosed
// quotation mark and a terminator every few bytes: the quote look-ahead is
// bounded, so the cost stays linear.
func BenchmarkSentencesAdversarial(b *testing.B) {
	s := "\"" + strings.Repeat("كلمة. ", 100000)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	start := benchtest.CPUTime()
	for b.Loop() {
		Sentences(s)
	}
	reportCPU(b, start, int64(len(s)))
}

// BenchmarkStems runs Stems on every word of the sample text, as full-text
// indexing does.
func BenchmarkStems(b *testing.B) {
	var words []string
	var n int64
	for _, t := range Tokenize(newsText(b)) {
		if t.Kind == Word {
			words = append(words, t.Text)
			n += int64(len(t.Text))
		}
	}
	b.SetBytes(n)
	b.ReportAllocs()
	start := benchtest.CPUTime()
	for b.Loop() {
		for _, w := range words {
			Stems(w)
		}
	}
	reportCPU(b, start, n)
}
