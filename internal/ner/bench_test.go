package ner

import (
	"testing"

	"github.com/marsad/marsad/internal/arabic"
	"github.com/marsad/marsad/internal/benchtest"
	"github.com/marsad/marsad/internal/sharedtest"
)

// benchArticles is how many news-corpus articles BenchmarkEntitiesCorpus
// cycles through.
const benchArticles = 2000

// BenchmarkEntitiesCorpus tags the first benchArticles articles of the ANT
// multi-source news corpus (tokenised beforehand), one article per op: the
// tagger's share of the extract chain without the other layers' noise.
func BenchmarkEntitiesCorpus(b *testing.B) {
	tg := testTagger(b)
	type article struct {
		text string
		toks []arabic.Token
	}
	var arts []article
	for _, a := range sharedtest.NewsArticles(b, benchArticles) {
		arts = append(arts, article{a.Text, arabic.Tokenize(a.Text)})
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
