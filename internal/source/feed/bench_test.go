package feed

import (
	"fmt"
	"strings"
	"testing"
)

// benchFeed writes an RSS 2.0 feed of n items shaped like an Arabic news
// outlet's: a short description and a few paragraphs of content:encoded.
func benchFeed(n int) []byte {
	para := "<p>قال المتحدث باسم الوزارة في مؤتمر صحفي عقده في العاصمة يوم الأحد إن المفاوضات ستستأنف الأسبوع المقبل بمشاركة وفود من عدة دول.</p>"
	items := make([]testItem, n)
	for i := range items {
		items[i] = testItem{
			GUID:    fmt.Sprintf("https://bench.example/news/%d", i),
			Link:    fmt.Sprintf("https://bench.example/news/%d", i),
			Title:   fmt.Sprintf("عنوان الخبر رقم %d عن المفاوضات", i),
			Desc:    "ملخص قصير للخبر يذكر أهم ما جاء فيه.",
			Content: strings.Repeat(para, 6),
			Pub:     pub(i % 24),
		}
	}
	return rssDoc("وكالة الاختبار", items...)
}

func BenchmarkParseDocument100(b *testing.B) {
	data := benchFeed(100)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		doc, err := parseDocument(data, "https://bench.example/rss")
		if err != nil || len(doc.Entries) != 100 {
			b.Fatalf("parseDocument = %d entries, %v", len(doc.Entries), err)
		}
	}
	b.ReportMetric(float64(b.N*100)/b.Elapsed().Seconds(), "items/s")
}
