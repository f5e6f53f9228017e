package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad/internal/arabic"
	"github.com/marsad/marsad/internal/benchtest"
)

// benchArticles is how many news-corpus articles BenchmarkEntitiesCorpus
// cycles through.
const benchArticles = 2000

// BenchmarkEntitiesCorpus tags the first benchArticles articles of the ANT
// multi-source news corpus (tokenised beforehand), one article per op: the
// tagger's share of the extract chain without the other layers' noise.
func BenchmarkEntitiesCorpus(b *testing.B) {
	tg := testTagger(b)
	path := filepath.Join(sharedDir(b), "ant-corpus-multisource", "ant-corpus-multisource.jsonl.gz")
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("news corpus absent: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatalf("open corpus: %v", err)
	}
	type article struct {
		text string
		toks []arabic.Token
	}
	var arts []article
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for len(arts) < benchArticles && sc.Scan() {
		var r struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatalf("corpus line %d: %v", len(arts)+1, err)
		}
		arts = append(arts, article{r.Text, arabic.Tokenize(r.Text)})
	}
	if err := sc.Err(); err != nil {
		b.Fatalf("read corpus: %v", err)
	}
	b.ReportAllocs()
	cpu0 := benchtest.CPUTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := &arts[i%len(arts)]
		tg.Entities(a.text, a.toks)
	}
	b.StopTimer()
	benchtest.ReportPerCPU(b, cpu0, float64(b.N), "articles")
}
