package geo

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad/internal/arabic"
)

// benchArticle is a news paragraph we wrote for benchmarks.
const benchArticle = `أعلنت قوات سوريا الديمقراطية، الأحد، أنها صدت هجوما لمسلحي تنظيم داعش على سجن غويران في مدينة الحسكة شمال شرق سوريا، فيما نقلت تعزيزات من الشدادي ومركدة إلى المدينة. وقال مسؤول في الإدارة الذاتية إن طائرات التحالف الدولي بقيادة الولايات المتحدة قصفت مواقع في ريف دير الزور الشرقي قرب البوكمال والميادين، بينما أغلقت السلطات العراقية معبر ربيعة الحدودي ونشرت وحدات من الجيش في القائم والرطبة وعلى الحدود مع الأردن. وفي لبنان، شنت طائرات إسرائيلية غارات على بلدة الخيام ومدينة صور، وسقطت صواريخ على كريات شمونة والجليل الأعلى. وفي اليمن، اتهمت الحكومة جماعة الحوثي باستهداف ميناء الحديدة ومطار عدن، وتواصلت المعارك في مأرب وتعز. وزار وزير الخارجية التركي بغداد وأربيل قبل أن يتوجه إلى طهران والدوحة ثم القاهرة.`

func benchResolve(b *testing.B, texts []string) {
	r, err := NewResolver(nil)
	if err != nil {
		b.Fatal(err)
	}
	toks := make([][]arabic.Token, len(texts))
	for i, t := range texts {
		toks[i] = arabic.Tokenize(t)
	}
	b.ReportAllocs()
	b.ResetTimer()
	mentions := 0
	for i := 0; i < b.N; i++ {
		j := i % len(texts)
		mentions += len(r.Resolve(texts[j], toks[j], Options{}))
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(mentions)/sec, "mentions/s")
	b.ReportMetric(float64(b.N)/sec, "articles/s")
}

// BenchmarkResolve measures resolution of one paragraph we wrote (tokens
// given, as in the analysis chain).
func BenchmarkResolve(b *testing.B) { benchResolve(b, []string{benchArticle}) }

// BenchmarkResolveDev measures resolution over the evaluation kit's dev
// articles (skipped without ../shared).
func BenchmarkResolveDev(b *testing.B) {
	f, err := os.Open(filepath.Join(sharedDir(b), "eval", "gold", "dev.jsonl"))
	if err != nil {
		b.Skipf("dev gold not available: %v", err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var a struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &a) == nil {
			texts = append(texts, a.Text)
		}
	}
	benchResolve(b, texts)
}

// BenchmarkLoadGazetteer measures parsing and indexing the embedded data.
func BenchmarkLoadGazetteer(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := loadEmbedded(); err != nil {
			b.Fatal(err)
		}
	}
}
