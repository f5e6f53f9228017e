package sqlite

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/benchtest"
	"github.com/marsad/marsad/internal/cluster"
)

var measure = flag.Bool("measure", false, "measure deduplication on the shared ANT corpus (TestCorpusGrouping)")

// corpusArticles reads the first limit articles (all when limit is 0) of
// the ANT multi-source corpus from ../shared beside the repository, skipping
// the test when it is absent.
func corpusArticles(tb testing.TB, limit int) []*marsad.Article {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("repository root not found")
		}
		dir = parent
	}
	p := filepath.Join(dir, "..", "shared", "data", "ant-corpus-multisource", "ant-corpus-multisource.jsonl.gz")
	f, err := os.Open(p)
	if err != nil {
		tb.Skipf("shared corpus absent (%v)", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	var out []*marsad.Article
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() && (limit == 0 || len(out) < limit) {
		var r struct {
			ID, Source, URL, Title, Date, Text string
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			tb.Fatal(err)
		}
		pub, _ := time.Parse(time.RFC1123Z, r.Date)
		a := &marsad.Article{ExternalID: r.ID, Source: r.Source, URL: r.URL, Title: r.Title, Text: r.Text, Published: pub}
		cluster.Prepare(a)
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// TestCorpusGrouping puts the whole corpus, in publication order, plus
// synthetic republished copies of 3,000 of its articles (a new URL, a
// headline line and a dateline on top, a footer below, two hours later)
// through the store and counts what it merged. Run with -measure.
func TestCorpusGrouping(t *testing.T) {
	if !*measure {
		t.Skip("run with -measure")
	}
	arts := corpusArticles(t, 0)
	sort.SliceStable(arts, func(i, j int) bool { return arts[i].Published.Before(arts[j].Published) })
	rng := rand.New(rand.NewPCG(7, 7))
	copies := map[int]*marsad.Article{} // original index → copy
	for _, i := range rng.Perm(len(arts))[:3000] {
		o := arts[i]
		c := &marsad.Article{Source: "republisher", URL: fmt.Sprintf("https://republisher.example/%d", i),
			Text:      o.Title + "\nالعاصمة - وكالات\n" + o.Text + "\nجميع الحقوق محفوظة. تابعونا على مواقع التواصل الاجتماعي للاطلاع على آخر الأخبار.",
			Published: o.Published.Add(2 * time.Hour)}
		if o.Published.IsZero() {
			c.Published = time.Time{}
		}
		cluster.Prepare(c)
		copies[i] = c
	}
	s := openTemp(t)
	defer s.Close()
	ctx := context.Background()
	status := map[marsad.PutStatus]int{}
	for i := 0; i < len(arts); i += 500 {
		st, err := s.PutArticles(ctx, arts[i:min(i+500, len(arts))])
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range st {
			status[x]++
		}
	}
	fmt.Printf("corpus articles: %d → stored %d, near_duplicate %d, duplicate_url %d, duplicate_text %d\n",
		len(arts), status[marsad.Stored], status[marsad.NearDuplicate], status[marsad.DuplicateURL], status[marsad.DuplicateText])
	grouped, wrongStory, copyStatus := 0, 0, map[marsad.PutStatus]int{}
	var idx []int
	for i := range copies {
		idx = append(idx, i)
	}
	sort.Ints(idx)
	for _, i := range idx {
		c := copies[i]
		st, err := s.PutArticle(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		copyStatus[st]++
		orig, err := s.Article(ctx, arts[i].ID)
		if err != nil { // the original was itself a duplicate: compare with its story
			orig = &marsad.Article{StoryID: arts[i].StoryID}
		}
		if st == marsad.NearDuplicate || st == marsad.DuplicateText {
			if c.StoryID == orig.StoryID {
				grouped++
			} else {
				wrongStory++
			}
		}
	}
	fmt.Printf("republished copies: %d → near_duplicate %d, stored (missed) %d, other %d; grouped into the original's story: %d (%.1f%%), into another story: %d\n",
		len(copies), copyStatus[marsad.NearDuplicate], copyStatus[marsad.Stored],
		len(copies)-copyStatus[marsad.NearDuplicate]-copyStatus[marsad.Stored], grouped, 100*float64(grouped)/float64(len(copies)), wrongStory)
	st, _ := s.Stats(ctx)
	fmt.Printf("stats: %+v\n", st)
}

// BenchmarkPutCorpus stores real corpus articles (≈2.6 KB of Arabic text on
// average, prepared beforehand) 100 per transaction. Use -benchtime=Nx with
// N ≤ 29,840.
func BenchmarkPutCorpus(b *testing.B) {
	arts := corpusArticles(b, b.N)
	if b.N > len(arts) {
		b.Skipf("b.N %d exceeds the corpus (%d)", b.N, len(arts))
	}
	runtime.GC()
	s := benchStore(b)
	ctx := context.Background()
	var bytes int64
	for _, a := range arts[:b.N] {
		bytes += int64(len(a.Text))
	}
	b.SetBytes(bytes / int64(b.N))
	b.ResetTimer()
	cpu0 := benchtest.CPUTime()
	for i := 0; i < b.N; i += 100 {
		if _, err := s.PutArticles(ctx, arts[i:min(i+100, b.N)]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	benchtest.ReportPerCPU(b, cpu0, float64(b.N), "articles")
}

// BenchmarkSearchCorpus searches 10,000 real corpus articles: terms that
// occur in a few hundred of them, as news searches usually do, and one
// («الرئيس») that occurs in about a third.
func BenchmarkSearchCorpus(b *testing.B) {
	arts := corpusArticles(b, 10000)
	s := benchStore(b)
	ctx := context.Background()
	for i := 0; i < 10000; i += 500 {
		if _, err := s.PutArticles(ctx, arts[i:i+500]); err != nil {
			b.Fatal(err)
		}
	}
	for _, q := range []string{"الحسكة", "مجلس الأمن", "ترامب", "الرئيس"} {
		b.Run(q, func(b *testing.B) {
			cpu0 := benchtest.CPUTime()
			defer func() { benchtest.ReportPerCPU(b, cpu0, float64(b.N), "queries") }()
			n := 0
			for b.Loop() {
				page, err := s.Articles(ctx, marsad.ArticleQuery{Text: q, Limit: 50})
				if err != nil {
					b.Fatal(err)
				}
				n = len(page.Articles)
			}
			b.ReportMetric(float64(n), "hits/page")
		})
	}
}
