package actor_test

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/actor"
	"github.com/marsad/marsad/internal/arabic"
	"github.com/marsad/marsad/internal/benchtest"
	"github.com/marsad/marsad/internal/ner"
	"github.com/marsad/marsad/internal/sharedtest"
)

// linkInput is one corpus article as the Linker receives it in the
// extract chain.
type linkInput struct {
	text string
	toks []arabic.Token
	ents []marsad.Entity
}

// BenchmarkLinkCorpus links the first 1,000 articles of the news corpus,
// with the entity tagger's entities, one article per op: the Linker's share
// of the extract chain, without the other stages' noise.
func BenchmarkLinkCorpus(b *testing.B) {
	path := sharedtest.Dir(b, "data", "ant-corpus-multisource", "ant-corpus-multisource.jsonl.gz")
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	tagger, err := ner.Load()
	if err != nil {
		b.Skipf("entity tagger: %v", err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var in []linkInput
	for len(in) < 1000 && sc.Scan() {
		var r struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatal(err)
		}
		toks := arabic.Tokenize(r.Text)
		in = append(in, linkInput{text: r.Text, toks: toks, ents: tagger.Entities(r.Text, toks)})
	}
	d, err := actor.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	l := actor.NewLinker(d)
	b.ReportAllocs()
	b.ResetTimer()
	start := benchtest.CPUTime()
	for i := 0; i < b.N; i++ {
		a := in[i%len(in)]
		l.Link(a.text, a.toks, a.ents)
	}
	benchtest.ReportPerCPU(b, start, float64(b.N), "articles")
}
