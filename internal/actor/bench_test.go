package actor

import (
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/arabic"
)

// benchText is a news-like paragraph written for the benchmarks.
const benchText = `أعلنت وزارة الدفاع التركية، السبت، أن قواتها قصفت مواقع لحزب العمال الكردستاني شمالي العراق، فيما قالت قوات سوريا الديمقراطية (قسد) إن مسلحين من تنظيم داعش هاجموا حاجزا قرب الحسكة. ` +
	`وقال وزير الخارجية الإيراني عباس عراقجي في اتصال هاتفي مع نظيره العماني إن طهران ترفض الاتهامات الأمريكية، وأضاف عراقجي أن المحادثات مستمرة. ` +
	`من جهته، دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى وقف إطلاق النار، بينما تظاهر آلاف المحتجين في بغداد ضد الحكومة العراقية، وأطلقت قوات الأمن الغاز المسيل للدموع. ` +
	`وفي بيروت، التقى الرئيس اللبناني جوزاف عون المبعوث الأمريكي، وبحثا الوضع في الجنوب مع قيادة الجيش اللبناني وقوات اليونيفيل. `

func benchTokens(b *testing.B) (string, []arabic.Token) {
	text := strings.Repeat(benchText, 10)
	return text, arabic.Tokenize(text)
}

func BenchmarkMatch(b *testing.B) {
	d := loadDefault(b)
	text, toks := benchTokens(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		d.Match(text, toks)
	}
	b.ReportMetric(float64(len(toks))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkLink(b *testing.B) {
	d := loadDefault(b)
	l := NewLinker(d)
	text, toks := benchTokens(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		l.Link(text, toks, nil)
	}
	b.ReportMetric(float64(len(toks))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkLoadDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadDefault(); err != nil {
			b.Fatal(err)
		}
	}
}
