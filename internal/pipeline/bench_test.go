package pipeline_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/benchtest"
	"github.com/marsad/marsad/internal/cluster"
	"github.com/marsad/marsad/internal/pipeline"
	"github.com/marsad/marsad/internal/store/sqlite"
)

// BenchmarkIngest measures articles per second from raw item to a stored,
// fingerprinted, full-text-indexed article in SQLite, without analysis.
// Run with -cpu 1 for the one-core figure.
func BenchmarkIngest(b *testing.B) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"), sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	r, err := pipeline.New(pipeline.Config{}, pipeline.Deps{Store: st, Prepare: cluster.Prepare})
	if err != nil {
		b.Fatal(err)
	}
	items := make([]*marsad.RawItem, b.N)
	bytes := 0
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range items {
		text := randomArticle(rng, 2000)
		items[i] = &marsad.RawItem{URL: fmt.Sprintf("https://example.org/bench/%d", i), Text: text}
		bytes += len(text)
	}
	b.SetBytes(int64(bytes / b.N))
	b.ResetTimer()
	cpu0 := benchtest.CPUTime()
	r.Start(ctx)
	for _, it := range items {
		if err := r.Submit(ctx, it); err != nil {
			b.Fatal(err)
		}
	}
	sum, err := r.Close()
	if err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	if sum.Stored != b.N {
		b.Fatalf("stored %d of %d", sum.Stored, b.N)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	benchtest.ReportPerCPU(b, cpu0, float64(b.N), "articles")
}

// benchWords is a news vocabulary for generated articles: different
// articles share words but not sentences, as real stories do.
var benchWords = strings.Fields(`أعلنت وزارة الداخلية الدفاع الخارجية الصحة قوات الأمن الجيش الحكومة المجلس البرلمان
مدينة بلدة قرية محافظة ريف شمال جنوب شرق غرب العاصمة الحدود المعبر المخيم السجن المطار
اعتقال مقتل إصابة هجوم قصف غارة اشتباكات انفجار عبوة ناسفة احتجاج مظاهرة اتفاق مباحثات زيارة
اتصال هاتفي مساعدات إنسانية قافلة شاحنة نازحين لاجئين مدنيين عناصر مسلحين تنظيم جماعة حركة حزب
الرئيس رئيس الوزراء الوزير المتحدث باسم مصدر محلي مسؤول قائد ضابط عسكري أمني سياسي اقتصادي
الأحد الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت أمس اليوم صباح مساء الأسبوع الماضي الشهر
وقال وأضاف وأكد وأشار وذكر وأفاد أن إن في من إلى على مع عن بعد قبل خلال بين حول ضد بسبب
سوريا العراق اليمن ليبيا لبنان الأردن تركيا إيران مصر السعودية الحسكة دير الزور الرقة حلب
إدلب دمشق بغداد الموصل كركوك الأنبار تعز عدن صنعاء مأرب طرابلس بنغازي سرت بيروت صيدا`)

// randomArticle returns about n bytes of generated Arabic sentences.
func randomArticle(rng *rand.Rand, n int) string {
	var b strings.Builder
	for b.Len() < n {
		for w := 0; w < 8+rng.IntN(12); w++ {
			if w > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(benchWords[rng.IntN(len(benchWords))])
		}
		if rng.IntN(3) == 0 {
			fmt.Fprintf(&b, " %d", rng.IntN(500))
		}
		b.WriteString(".\n")
	}
	return b.String()
}
