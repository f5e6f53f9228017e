package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/alert"
	"github.com/marsad/marsad/internal/cluster"
	"github.com/marsad/marsad/internal/pipeline"
	"github.com/marsad/marsad/internal/store/sqlite"
)

// BenchmarkAlertLatency measures, per article, the time from its arrival
// (pipeline.Runner.Process, which the push API and the feed poller call) to
// the receipt of its alert by a webhook receiver on the loopback interface:
// extraction checks, analysis with the real analyser, the SQLite write, rule
// evaluation, the signed POST. Articles are sent one after the other; each
// reports a new happening (a date three days after the previous one), so
// each raises a new alert. "short" articles are one sentence; "long" ones add
// 24 sentences of background (about 3,500 characters, a typical news
// article). Run with -benchtime=300x; it reports p50 and p99.
func BenchmarkAlertLatency(b *testing.B) {
	for _, tc := range []struct {
		name string
		pad  int
	}{{"short", 0}, {"long", 24}} {
		b.Run(tc.name, func(b *testing.B) { benchAlertLatency(b, tc.pad) })
	}
}

// background is filler news prose (written by us) for long articles.
var background = []string{
	"وتشهد المنطقة منذ أشهر توتراً أمنياً متصاعداً في ظل تعدد القوى المسيطرة على الأرض.",
	"ويقول سكان محليون إن الطرق بين القرى باتت خطرة وإن كثيراً من العائلات نزحت نحو المدن.",
	"وكانت الأمم المتحدة قد دعت في بيان سابق جميع الأطراف إلى احترام القانون الدولي الإنساني.",
	"ويرى محللون أن استمرار الهجمات يعكس هشاشة التفاهمات التي جرى التوصل إليها العام الماضي.",
	"وتعاني المنطقة من نقص حاد في الخدمات الأساسية من مياه وكهرباء ورعاية صحية.",
	"وأشار التقرير إلى أن أسعار المواد الغذائية ارتفعت بنسبة كبيرة خلال الأسابيع الأخيرة.",
}

// backgroundText is n sentences of words drawn from the background prose:
// as long as a news article but different each time, so that articles are
// not grouped as near duplicates (which would join an alert silently).
func backgroundText(rng *rand.Rand, n int) string {
	var words []string
	for _, s := range background {
		words = append(words, strings.Fields(s)...)
	}
	var b strings.Builder
	for range n {
		b.WriteString("\n")
		for k := range 14 {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[rng.IntN(len(words))])
		}
		b.WriteString(".")
	}
	return b.String()
}

func benchAlertLatency(b *testing.B, pad int) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	an, err := newAnalyzer()
	if err != nil {
		b.Fatal(err)
	}
	var mu sync.Mutex
	arrived := map[string]chan time.Time{}
	wait := func(url string) chan time.Time {
		mu.Lock()
		defer mu.Unlock()
		if arrived[url] == nil {
			arrived[url] = make(chan time.Time, 1)
		}
		return arrived[url]
	}
	recv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		now := time.Now()
		body, _ := io.ReadAll(r.Body)
		if !alert.Verify([]byte("k"), body, r.Header.Get(alert.SignatureHeader)) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		var n alert.Notification
		if err := json.Unmarshal(body, &n); err != nil || len(n.Alert.Reports) == 0 {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		select {
		case wait(n.Alert.Reports[len(n.Alert.Reports)-1].URL) <- now:
		default:
		}
	}))
	defer recv.Close()

	zones, _ := alert.DefaultZones()
	f, err := alert.Parse([]byte(fmt.Sprintf(`webhooks:
  - {id: bench, url: %s, secret: k}
rules:
  - id: assaults
    types: [ASSAULT]
    notify: [bench]
`, recv.URL)), zones)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	m, err := alert.New(alert.Config{DataDir: dir, AllowPrivate: true}, zones, alert.Compile(f, zones))
	if err != nil {
		b.Fatal(err)
	}
	defer m.Close()
	go m.Run(ctx)
	st, err := sqlite.Open(ctx, filepath.Join(dir, "marsad.db"), sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	r, err := pipeline.New(pipeline.Config{Workers: 1, Analyze: true}, pipeline.Deps{
		Store: st, Prepare: cluster.Prepare, Analyzer: an, OnStored: m.OnStored,
	})
	if err != nil {
		b.Fatal(err)
	}
	towns := []string{"البوكمال", "الميادين", "تدمر", "الرقة", "منبج", "القامشلي", "درعا", "حمص"}
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	var lat []time.Duration
	missed := 0
	rng := rand.New(rand.NewPCG(7, uint64(pad)))
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		day := start.AddDate(0, 0, 3*i)
		url := fmt.Sprintf("https://bench.example/news/%d", i)
		text := fmt.Sprintf("قصفت طائرة مسيرة موقعاً عسكرياً في مدينة %s يوم %s، ما أدى إلى مقتل %d عناصر وإصابة آخرين، بحسب مصادر محلية. (تقرير رقم %d)",
			towns[i%len(towns)], day.Format("2006-01-02"), 2+i%7, i)
		text += backgroundText(rng, pad)
		it := &marsad.RawItem{Origin: "bench", URL: url, Source: fmt.Sprintf("outlet%d.example", i%5), Published: day.Add(10 * time.Hour),
			Title: "قصف على " + towns[i%len(towns)], Text: text}
		ch := wait(url)
		t0 := time.Now()
		res, err := r.Process(ctx, it)
		if err != nil {
			b.Fatal(err)
		}
		if res.Rejection != nil {
			b.Fatalf("article %d rejected: %s", i, res.Rejection.Reason)
		}
		select {
		case t1 := <-ch:
			lat = append(lat, t1.Sub(t0))
		case <-time.After(2 * time.Second):
			missed++
		}
	}
	b.StopTimer()
	if len(lat) == 0 {
		b.Fatalf("no alert delivered (%d missed)", missed)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	q := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000 }
	b.ReportMetric(q(0.5), "p50-ms")
	b.ReportMetric(q(0.99), "p99-ms")
	b.ReportMetric(float64(lat[len(lat)-1].Microseconds())/1000, "max-ms")
	b.ReportMetric(float64(missed), "missed")
}
