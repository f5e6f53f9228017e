package postgres

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/benchtest"
	"github.com/marsad/marsad/internal/cluster"
)

// benchWords is vocabulary for generated ~2 KB Arabic articles (the same
// shape as the SQLite engine's benchmarks, so the figures compare).
var benchWords = strings.Fields(`أعلنت وزارة الدفاع أن قواتها تصدت لهجوم على مواقع في ريف المحافظة الشمالي
وقال مصدر عسكري إن الاشتباكات أسفرت عن مقتل وإصابة عدد من المسلحين بينما أكد المرصد السوري
لحقوق الإنسان سقوط قذائف على أحياء سكنية في مدينة حلب والحسكة ودير الزور وأضاف البيان أن
الحكومة ستعقد اجتماعا طارئا لبحث الأوضاع الأمنية والإنسانية مع ممثلي الأمم المتحدة والصليب
الأحمر الدولي وطالب المتظاهرون بالإفراج عن المعتقلين وتحسين الخدمات والكهرباء والمياه في
المخيمات التي تضم آلاف النازحين منذ سنوات الحرب الطويلة على الحدود مع تركيا والعراق والأردن`)

func benchText(n int) string {
	rng := rand.New(rand.NewPCG(uint64(n), 77))
	var b strings.Builder
	for b.Len() < 2000 {
		b.WriteString(benchWords[rng.IntN(len(benchWords))])
		if rng.IntN(14) == 0 {
			b.WriteString(".\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func benchArticles(n, offset int) []*marsad.Article {
	as := make([]*marsad.Article, n)
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range as {
		k := offset + i
		a := &marsad.Article{Source: fmt.Sprintf("src%d", k%5), URL: fmt.Sprintf("https://news.example/%d", k),
			Title: "خبر", Text: benchText(k), Published: base.Add(time.Duration(k) * time.Minute)}
		cluster.Prepare(a)
		as[i] = a
	}
	return as
}

// BenchmarkPutArticles stores prepared ~2 KB articles one transaction each
// and 100 per transaction.
func BenchmarkPutArticles(b *testing.B) {
	for _, batch := range []int{1, 100} {
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
			s, _ := openTest(b, Options{})
			ctx := context.Background()
			as := benchArticles(b.N, 0)
			b.SetBytes(int64(len(as[0].Text)))
			b.ResetTimer()
			cpu0 := benchtest.CPUTime()
			for i := 0; i < len(as); i += batch {
				if _, err := s.PutArticles(ctx, as[i:min(i+batch, len(as))]); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
			if d := benchtest.CPUTime() - cpu0; d > 0 {
				b.ReportMetric(float64(b.N)/d.Seconds(), "articles/client-cpu-s")
			}
		})
	}
}

func fill(b *testing.B, s *Store, n int) {
	ctx := context.Background()
	for i := 0; i < n; i += 200 {
		as := benchArticles(min(200, n-i), i)
		if _, err := s.PutArticles(ctx, as); err != nil {
			b.Fatal(err)
		}
		for j, a := range as {
			k := i + j
			var evs []marsad.Event
			for e := range 3 {
				evs = append(evs, marsad.Event{ID: fmt.Sprint(e), Type: marsad.EventTypes[(k+e)%len(marsad.EventTypes)],
					Actor:      &marsad.Actor{ID: fmt.Sprintf("A%d", k%50), Name: "الجيش", Country: "SYR"},
					Location:   &marsad.Place{Name: "حلب", Lat: 33 + float64(k%60)/10, Lon: 36 + float64(k%40)/10, Country: "SYR"},
					Confidence: float64(k%10) / 10, Evidence: []marsad.Span{{Start: 0, End: 10}},
					Date: a.Published.Format(time.DateOnly)})
			}
			if err := s.PutAnalysis(ctx, &marsad.Analysis{ArticleID: a.ID, Events: evs}); err != nil {
				b.Fatal(err)
			}
		}
	}
	if _, err := s.pool.Exec(ctx, `ANALYZE`); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkEvents runs event queries over 15,000 events of 5,000 articles.
func BenchmarkEvents(b *testing.B) {
	s, _ := openTest(b, Options{})
	fill(b, s, 5000)
	ctx := context.Background()
	qs := []struct {
		name string
		q    marsad.EventQuery
	}{
		{"newest", marsad.EventQuery{}},
		{"type+country", marsad.EventQuery{Types: []string{"ASSAULT"}, Country: "SYR"}},
		{"actor", marsad.EventQuery{Actor: "A7"}},
		{"near50km", marsad.EventQuery{Near: &marsad.Circle{Lat: 35, Lon: 37, RadiusKm: 50}}},
		{"bbox+minconf", marsad.EventQuery{BBox: &[4]float64{36, 33, 38, 35}, MinConfidence: 0.5}},
	}
	for _, tt := range qs {
		b.Run(tt.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Events(ctx, tt.q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("search", func(b *testing.B) {
		for _, q := range []string{"الحسكة", "المرصد السوري", "بالمخيمات"} {
			b.Run(q, func(b *testing.B) {
				for b.Loop() {
					if _, err := s.Articles(ctx, marsad.ArticleQuery{Text: q, Limit: 50}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	})
}
