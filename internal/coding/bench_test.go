package coding

import (
	"context"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/actor"
	"github.com/marsad/marsad/internal/arabic"
	"github.com/marsad/marsad/internal/benchtest"
	"github.com/marsad/marsad/internal/geo"
	"github.com/marsad/marsad/internal/ner"
	"github.com/marsad/marsad/internal/sharedtest"
)

// benchLinker and benchPlaces adapt the real layers as cmd/marsad does.
type benchLinker struct{ l *actor.Linker }

func (a benchLinker) Link(text string, toks []arabic.Token, ents []marsad.Entity) []ActorMention {
	var out []ActorMention
	for _, m := range a.l.Link(text, toks, ents) {
		if !m.Place {
			out = append(out, ActorMention{Span: m.Span, TokStart: m.TokStart, TokEnd: m.TokEnd, Actor: m.Actor})
		}
	}
	return out
}

type benchPlaces struct{ r *geo.Resolver }

func (p benchPlaces) Resolve(text string, toks []arabic.Token, ents []marsad.Entity) []marsad.Place {
	return p.r.Resolve(text, toks, geo.Options{})
}

func (p benchPlaces) CountryPlace(iso3 string) (marsad.Place, bool) { return p.r.CountryPlace(iso3) }

func (p benchPlaces) CityPlace(name, iso3 string) (marsad.Place, bool) {
	return p.r.CityPlace(name, iso3)
}

var _ PlaceLookup = benchPlaces{}

// benchArticles reads the first n articles of the ANT news corpus.
func benchArticles(b *testing.B, n int) []*marsad.Article {
	b.Helper()
	var out []*marsad.Article
	for _, a := range sharedtest.NewsArticles(b, n) {
		pub, _ := time.Parse("2006-01-02", a.DateISO)
		out = append(out, &marsad.Article{ID: a.ID, Text: a.Text, Published: pub})
	}
	return out
}

func benchAnalyze(b *testing.B, cfg Config) {
	arts := benchArticles(b, 2000)
	an, err := NewAnalyzer(cfg)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var bytes int64
	for _, a := range arts {
		bytes += int64(len(a.Text))
	}
	b.SetBytes(bytes / int64(len(arts)))
	b.ResetTimer()
	start := benchtest.CPUTime()
	for i := 0; i < b.N; i++ {
		if _, err := an.Analyze(ctx, arts[i%len(arts)]); err != nil {
			b.Fatal(err)
		}
	}
	// articles per CPU-second hold on the shared machine; wall-clock
	// articles/s also count the time spent waiting for a core
	benchtest.ReportPerCPU(b, start, float64(b.N), "articles")
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkAnalyze measures the whole chain as `marsad extract` builds it
// (entity tagger, actor linker, place resolver, events, quotes, dates), one
// article per op.
func BenchmarkAnalyze(b *testing.B) {
	cfg := chainConfig(b)
	benchAnalyze(b, cfg)
}

// BenchmarkCode measures event, quote and date coding alone.
func BenchmarkCode(b *testing.B) {
	benchAnalyze(b, Config{})
}

// chainConfig is the whole chain as `marsad extract` builds it: the
// embedded entity tagger (skipped if it cannot load), the default actor
// dictionary and the default gazetteer.
func chainConfig(tb testing.TB) Config {
	tb.Helper()
	cfg := Config{}
	if tg, err := ner.Load(); err == nil {
		cfg.Tagger = tg
	}
	dict, err := actor.LoadDefault()
	if err != nil {
		tb.Fatal(err)
	}
	cfg.Linker = benchLinker{actor.NewLinker(dict)}
	gaz, err := geo.Default()
	if err != nil {
		tb.Fatal(err)
	}
	res, err := geo.NewResolver(gaz)
	if err != nil {
		tb.Fatal(err)
	}
	cfg.Places = benchPlaces{res}
	return cfg
}
