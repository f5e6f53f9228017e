package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
)

// Run checks a marsad.Store engine. open returns a new empty store; Run
// closes it.
func Run(t *testing.T, open func(t *testing.T) marsad.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s marsad.Store)
	}{
		{"PutAndGet", testPutAndGet},
		{"DuplicateURL", testDuplicateURL},
		{"DuplicateText", testDuplicateText},
		{"NearDuplicateStory", testNearDuplicateStory},
		{"IdempotentPut", testIdempotentPut},
		{"BadArticleRejected", testBadArticleRejected},
		{"ConcurrentPuts", testConcurrentPuts},
		{"SearchAcrossVariants", testSearchAcrossVariants},
		{"SearchSyntaxIsText", testSearchSyntaxIsText},
		{"ArticlePagination", testArticlePagination},
		{"ArticleFilters", testArticleFilters},
		{"AnalysisRoundTrip", testAnalysisRoundTrip},
		{"AnalysisReplaced", testAnalysisReplaced},
		{"BadAnalysisRejected", testBadAnalysisRejected},
		{"EventFilters", testEventFilters},
		{"EventPagination", testEventPagination},
		{"BadQueries", testBadQueries},
		{"Seen", testSeen},
		{"PutArticlesBatch", testPutArticlesBatch},
		{"FilterValuesAreText", testFilterValuesAreText},
		{"Tokens", testTokens},
		{"Corrections", testCorrections},
		{"Counts", testCounts},
		{"Directory", testDirectory},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tt.fn(t, s)
		})
	}
}

var ctx = context.Background()

// Texts written for these tests.
const (
	wireText = `أعلنت وزارة الصحة في محافظة الحسكة شمال شرقي سوريا، يوم الأحد، أن فرقها الطبية بدأت حملة تلقيح واسعة ضد الحصبة تستهدف أكثر من مئة وعشرين ألف طفل دون سن الخامسة في المدن والقرى التابعة للمحافظة.
وقال مدير الصحة في المحافظة في مؤتمر صحفي عقده في مدينة القامشلي إن الحملة ستستمر عشرة أيام، وإن أكثر من ثلاثمئة فريق جوال سيزور المخيمات والتجمعات السكنية البعيدة عن المراكز الصحية.
وأضاف أن المحافظة سجلت منذ بداية الشهر الماضي سبعاً وأربعين إصابة بالحصبة، معظمها في مخيمات النازحين جنوب المدينة، مشيراً إلى أن نقص اللقاحات خلال العامين الماضيين ترك آلاف الأطفال دون حماية.
وأوضح أن منظمة الصحة العالمية ومنظمة اليونيسف قدمتا الدعم اللوجستي للحملة، بما في ذلك سلسلة التبريد وأكثر من مئتي ألف جرعة وصلت الأسبوع الماضي عبر معبر اليعربية.
ودعا المسؤول الأهالي إلى التوجه إلى أقرب مركز صحي أو انتظار الفرق الجوالة، مؤكداً أن اللقاح مجاني وآمن، وأن الفرق ستعود إلى القرى التي لم تتمكن من الوصول إليها بسبب سوء الأحوال الجوية.`
	wireHeadline = "حملة لتلقيح 120 ألف طفل ضد الحصبة في الحسكة\nالقامشلي - خاص\n"
	wireFooter   = "\nجميع الحقوق محفوظة. تابعونا على مواقع التواصل الاجتماعي."
	otherStory   = `حذرت منظمة الصحة العالمية، يوم الخميس، من تفشي الحصبة في مخيمات النازحين بمحافظة الحسكة شمال شرقي سوريا، بعد ارتفاع عدد الإصابات المسجلة خلال الأسابيع الثلاثة الأخيرة إلى أكثر من ستين حالة.
وقالت المتحدثة باسم المنظمة في جنيف إن الاكتظاظ في المخيمات وضعف شبكات المياه والصرف الصحي يزيدان من خطر انتقال العدوى، داعية المانحين إلى تمويل عاجل لخطة الاستجابة.
وأشارت إلى أن فرق المنظمة أرسلت شحنة من الأدوية والمحاليل إلى المستشفى الوطني، وأن مختبراً متنقلاً سيصل إلى المنطقة الأسبوع المقبل لتسريع فحص العينات.`
)

var day0 = time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)

// newArticle builds a prepared article.
func newArticle(source, url, text string, published time.Time) *marsad.Article {
	a := &marsad.Article{Source: source, URL: url, Title: "", Text: text, Published: published,
		Fetched: published.Add(time.Minute), Lang: "ar"}
	cluster.Prepare(a)
	return a
}

// words for generated texts; every generated text is a fresh random
// sequence, far from the others in SimHash.
var words = strings.Fields(`اجتماع وزير رئيس حكومة برلمان قرار جيش قوات هجوم قصف مدينة قرية محافظة حدود معبر
اتفاق مفاوضات وفد زيارة مساعدات لاجئين مخيم مستشفى مدرسة طريق جسر ميناء مطار نفط غاز كهرباء ماء
احتجاج مظاهرة اعتقال محكمة حكم سجن انتخابات حزب تحالف معارضة شرطة أمن حادث حريق فيضان زلزال
سوق أسعار عملة بنك قرض ضريبة شركة مصنع عمال نقابة إضراب جامعة طلاب صحفي تقرير بيان مصدر`)

func generatedText(rng *rand.Rand, n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[rng.IntN(len(words))])
		if i%12 == 11 {
			b.WriteString(".")
		}
	}
	return b.String()
}

func put(t *testing.T, s marsad.Store, a *marsad.Article, want marsad.PutStatus) {
	t.Helper()
	got, err := s.PutArticle(ctx, a)
	if err != nil {
		t.Fatalf("PutArticle(%s) error: %v", a.ID, err)
	}
	if got != want {
		t.Fatalf("PutArticle(%s) = %v, want %v", a.ID, got, want)
	}
}

func stats(t *testing.T, s marsad.Store) marsad.Stats {
	t.Helper()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if got := marsad.ErrorCode(err); got != code {
		t.Errorf("%s: error %v (code %q), want code %q", what, err, got, code)
	}
}

func testPutAndGet(t *testing.T, s marsad.Store) {
	a := newArticle("bbc", "https://www.bbc.com/arabic/123?utm_source=x", wireText, day0)
	a.Title, a.Author, a.ExternalID = "عنوان", "مراسل", "ext-1"
	put(t, s, a, marsad.Stored)
	if a.StoryID != a.ID {
		t.Errorf("StoryID after Stored = %q, want the article id %q", a.StoryID, a.ID)
	}
	got, err := s.Article(ctx, a.ID)
	if err != nil {
		t.Fatalf("Article(%s): %v", a.ID, err)
	}
	if diff := cmp.Diff(a, got, cmpopts.EquateApproxTime(0)); diff != "" {
		t.Errorf("Article(%s) differs from what was put (-put +got):\n%s", a.ID, diff)
	}
	_, err = s.Article(ctx, "no-such-article")
	wantCode(t, "Article(no-such-article)", err, marsad.ENOTFOUND)
	if st := stats(t, s); st != (marsad.Stats{Articles: 1, Stories: 1}) {
		t.Errorf("Stats = %+v, want 1 article, 1 story", st)
	}
	// Unknown publication time: stored and returned as zero.
	b := newArticle("bbc", "", otherStory, time.Time{})
	b.Fetched = time.Time{}
	put(t, s, b, marsad.Stored)
	got, err = s.Article(ctx, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Published.IsZero() || !got.Fetched.IsZero() {
		t.Errorf("Article(%s) times = %v, %v, want zero", b.ID, got.Published, got.Fetched)
	}
}

func testDuplicateURL(t *testing.T, s marsad.Store) {
	a := newArticle("sky", "https://www.skynewsarabia.com/world/1-x", wireText, day0)
	put(t, s, a, marsad.Stored)
	b := newArticle("sky", "http://skynewsarabia.com/world/1-x/?utm_source=rss#top", otherStory, day0)
	put(t, s, b, marsad.DuplicateURL)
	if b.StoryID != a.StoryID {
		t.Errorf("StoryID of the URL duplicate = %q, want %q", b.StoryID, a.StoryID)
	}
	if _, err := s.Article(ctx, b.ID); marsad.ErrorCode(err) != marsad.ENOTFOUND {
		t.Errorf("Article(duplicate) error = %v, want ENOTFOUND: a duplicate is not stored", err)
	}
	if st := stats(t, s); st.Articles != 1 || st.Stories != 1 {
		t.Errorf("Stats = %+v, want 1 article, 1 story", st)
	}
}

func testDuplicateText(t *testing.T, s marsad.Store) {
	a := newArticle("sky", "https://a.example/1", wireText, day0)
	put(t, s, a, marsad.Stored)
	// The same text re-encoded: diacritics, tatweel, other alef forms.
	reenc := strings.NewReplacer("أعلنت", "اعلنـت", "الصحة", "الصِّحَّة", "ألف", "الف").Replace(wireText)
	b := newArticle("other", "https://b.example/2", reenc, day0.Add(time.Hour))
	put(t, s, b, marsad.DuplicateText)
	if b.StoryID != a.StoryID {
		t.Errorf("StoryID of the text duplicate = %q, want %q", b.StoryID, a.StoryID)
	}
	if st := stats(t, s); st.Articles != 1 {
		t.Errorf("Stats = %+v, want 1 article", st)
	}
}

func testNearDuplicateStory(t *testing.T, s marsad.Store) {
	a := newArticle("wire", "https://wire.example/1", wireText, day0)
	put(t, s, a, marsad.Stored)
	copy1 := newArticle("site", "https://site.example/9", wireHeadline+wireText+wireFooter, day0.Add(3*time.Hour))
	put(t, s, copy1, marsad.NearDuplicate)
	if copy1.StoryID != a.ID {
		t.Errorf("StoryID of the republished copy = %q, want the wire story %q", copy1.StoryID, a.ID)
	}
	got, err := s.Article(ctx, copy1.ID)
	if err != nil || got.StoryID != a.ID {
		t.Errorf("Article(copy).StoryID = %v (err %v), want %q", got, err, a.ID)
	}
	other := newArticle("wire", "https://wire.example/2", otherStory, day0.Add(4*time.Hour))
	put(t, s, other, marsad.Stored)
	if other.StoryID != other.ID {
		t.Errorf("StoryID of a different story on the same topic = %q, want its own %q", other.StoryID, other.ID)
	}
	// The same copy a month later is a new report, not the same story.
	late := newArticle("site", "https://late.example/9", wireHeadline+wireText+wireFooter+" تحديث", day0.AddDate(0, 1, 0))
	put(t, s, late, marsad.Stored)
	if st := stats(t, s); st != (marsad.Stats{Articles: 4, Stories: 3}) {
		t.Errorf("Stats = %+v, want 4 articles in 3 stories", st)
	}
}

func testIdempotentPut(t *testing.T, s marsad.Store) {
	a := newArticle("bbc", "https://bbc.example/1", wireText, day0)
	put(t, s, a, marsad.Stored)
	before := stats(t, s)
	again := *a
	again.StoryID = ""
	put(t, s, &again, marsad.DuplicateURL)
	if again.StoryID != a.StoryID {
		t.Errorf("StoryID on the second put = %q, want %q", again.StoryID, a.StoryID)
	}
	noURL := newArticle("bbc", "", otherStory, day0)
	put(t, s, noURL, marsad.Stored)
	again2 := *noURL
	put(t, s, &again2, marsad.DuplicateText)
	if after := stats(t, s); after.Articles != before.Articles+1 || after.Stories != before.Stories+1 {
		t.Errorf("Stats after repeated puts = %+v, want one more article and story than %+v", after, before)
	}
	// An id reused for another article is a conflict, not an overwrite.
	clash := newArticle("bbc", "https://bbc.example/other", generatedText(rand.New(rand.NewPCG(5, 5)), 80), day0)
	clash.ID = a.ID
	_, err := s.PutArticle(ctx, clash)
	wantCode(t, "PutArticle(reused id)", err, marsad.ECONFLICT)
	got, err := s.Article(ctx, a.ID)
	if err != nil || got.Text != a.Text {
		t.Errorf("Article(%s) after the conflict changed: %v, %v", a.ID, got, err)
	}
}

func testBadArticleRejected(t *testing.T, s marsad.Store) {
	good := newArticle("bbc", "https://bbc.example/1", wireText, day0)
	put(t, s, good, marsad.Stored)
	bad := []struct {
		name string
		a    *marsad.Article
	}{
		{"nil", nil},
		{"no id", &marsad.Article{Text: "نص"}},
		{"no text", &marsad.Article{ID: "x1"}},
		{"blank text", &marsad.Article{ID: "x2", Text: " \n\t "}},
		{"invalid UTF-8 text", &marsad.Article{ID: "x3", Text: "نص \xff\xfe"}},
		{"invalid UTF-8 title", &marsad.Article{ID: "x4", Text: "نص سليم", Title: "\xc3\x28"}},
		{"same id, broken text", &marsad.Article{ID: good.ID, Text: "\xff"}},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.PutArticle(ctx, tt.a)
			wantCode(t, "PutArticle("+tt.name+")", err, marsad.EINVALID)
		})
	}
	if st := stats(t, s); st != (marsad.Stats{Articles: 1, Stories: 1}) {
		t.Errorf("Stats after bad input = %+v, want the 1 good article", st)
	}
	got, err := s.Article(ctx, good.ID)
	if err != nil || got.Text != good.Text || got.URL != good.URL {
		t.Errorf("Article(good) after bad input = %+v, %v; want it intact", got, err)
	}
}

func testConcurrentPuts(t *testing.T, s marsad.Store) {
	rng := rand.New(rand.NewPCG(1, 1))
	var arts []*marsad.Article
	for i := range 12 {
		arts = append(arts, newArticle("gen", fmt.Sprintf("https://gen.example/%d", i), generatedText(rng, 60), day0.Add(time.Duration(i)*time.Minute)))
	}
	var mu sync.Mutex
	counts := map[marsad.PutStatus]int{}
	var wg sync.WaitGroup
	for range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, a := range arts {
				c := *a
				st, err := s.PutArticle(ctx, &c)
				mu.Lock()
				if err != nil {
					t.Errorf("concurrent PutArticle: %v", err)
				}
				counts[st]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if counts[marsad.Stored] != len(arts) || counts[marsad.DuplicateURL] != 5*len(arts) {
		t.Errorf("statuses of 6 writers putting %d articles = %v, want each stored once and 5 URL duplicates", len(arts), counts)
	}
	if st := stats(t, s); st.Articles != len(arts) {
		t.Errorf("Stats = %+v, want %d articles", st, len(arts))
	}
}

func ids(as []*marsad.Article) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}

func testSearchAcrossVariants(t *testing.T, s marsad.Store) {
	rng := rand.New(rand.NewPCG(2, 2))
	withClitic := newArticle("a", "https://a.example/1", "سقطت قذائف بالحسكة صباح اليوم. "+generatedText(rng, 40), day0)
	variant := newArticle("a", "https://a.example/2", "وصل الوفد إلى الحسكه مساء أمس. "+generatedText(rng, 40), day0.Add(time.Hour))
	bare := newArticle("a", "https://a.example/3", "تقع حسكة على نهر الخابور. "+generatedText(rng, 40), day0.Add(2*time.Hour))
	elsewhere := newArticle("a", "https://a.example/4", "سقطت قذائف في حلب صباح اليوم. "+generatedText(rng, 40), day0.Add(3*time.Hour))
	diacritics := newArticle("a", "https://a.example/5", "وَصَلَ الوَفْدُ إلى مَدِينَةِ القامِشْلي. "+generatedText(rng, 40), day0.Add(4*time.Hour))
	latin := newArticle("a", "https://a.example/6", "أعلنت شركة Reuters عن تقرير. "+generatedText(rng, 40), day0.Add(5*time.Hour))
	for _, a := range []*marsad.Article{withClitic, variant, bare, elsewhere, diacritics, latin} {
		put(t, s, a, marsad.Stored)
	}
	tests := []struct {
		q    string
		want []*marsad.Article
	}{
		{"الحسكة", []*marsad.Article{bare, variant, withClitic}},
		{"الحسكه", []*marsad.Article{bare, variant, withClitic}},
		{"بالحسكة", []*marsad.Article{bare, variant, withClitic}}, // the clitics of the query are stripped too
		{"حلب", []*marsad.Article{elsewhere}},
		{"القامشلي", []*marsad.Article{diacritics}},
		{"القَامِشلِي", []*marsad.Article{diacritics}},
		{"قذائف الحسكة", []*marsad.Article{withClitic}},
		{"قذائف", []*marsad.Article{elsewhere, withClitic}},
		{"reuters", []*marsad.Article{latin}},
		{"دمشق", nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			page, err := s.Articles(ctx, marsad.ArticleQuery{Text: tt.q})
			if err != nil {
				t.Fatalf("Articles(%q): %v", tt.q, err)
			}
			if diff := cmp.Diff(ids(tt.want), ids(page.Articles)); diff != "" {
				t.Errorf("Articles(%q) ids (-want +got):\n%s", tt.q, diff)
			}
		})
	}
}

func testSearchSyntaxIsText(t *testing.T, s marsad.Store) {
	a := newArticle("a", "https://a.example/1", "سقطت قذائف في حلب صباح اليوم وقالت مصادر إن الأضرار كبيرة", day0)
	put(t, s, a, marsad.Stored)
	for _, q := range []string{`حلب OR دمشق`, `"حلب`, `حلب*`, `NEAR(حلب دمشق)`, `terms:حلب`, `حلب'); DROP TABLE articles; --`, `^حلب`} {
		t.Run(q, func(t *testing.T) {
			page, err := s.Articles(ctx, marsad.ArticleQuery{Text: q})
			if err != nil && marsad.ErrorCode(err) != marsad.EINVALID {
				t.Fatalf("Articles(%q) error %v, want results or EINVALID", q, err)
			}
			if err == nil && strings.Contains(q, "دمشق") && len(page.Articles) != 0 {
				t.Errorf("Articles(%q) = %v, want none: every word must match, operators are words", q, ids(page.Articles))
			}
		})
	}
	if st := stats(t, s); st.Articles != 1 {
		t.Errorf("Stats after odd queries = %+v", st)
	}
	_, err := s.Articles(ctx, marsad.ArticleQuery{Text: "؟! ..."})
	wantCode(t, "Articles(punctuation only)", err, marsad.EINVALID)
}

func testArticlePagination(t *testing.T, s marsad.Store) {
	rng := rand.New(rand.NewPCG(3, 3))
	var all []*marsad.Article
	for i := range 23 {
		// Pairs share a publication time so the id breaks ties.
		a := newArticle("gen", fmt.Sprintf("https://gen.example/p/%d", i), generatedText(rng, 50), day0.Add(time.Duration(i/2)*time.Hour))
		put(t, s, a, marsad.Stored)
		all = append(all, a)
	}
	sort.Slice(all, func(i, j int) bool {
		if !all[i].Published.Equal(all[j].Published) {
			return all[i].Published.After(all[j].Published)
		}
		return all[i].ID > all[j].ID
	})
	for _, limit := range []int{1, 5, 7, 23, 50} {
		var got []string
		cursor := ""
		for pages := 0; ; pages++ {
			if pages > 30 {
				t.Fatalf("limit %d: more than 30 pages", limit)
			}
			page, err := s.Articles(ctx, marsad.ArticleQuery{Limit: limit, Cursor: cursor})
			if err != nil {
				t.Fatalf("Articles(limit %d, cursor %q): %v", limit, cursor, err)
			}
			if len(page.Articles) > limit {
				t.Fatalf("Articles(limit %d) returned %d", limit, len(page.Articles))
			}
			got = append(got, ids(page.Articles)...)
			if page.Next == "" {
				break
			}
			cursor = page.Next
		}
		if diff := cmp.Diff(ids(all), got); diff != "" {
			t.Errorf("paging with limit %d (-want +got):\n%s", limit, diff)
		}
	}
}

func testArticleFilters(t *testing.T, s marsad.Store) {
	rng := rand.New(rand.NewPCG(4, 4))
	a := newArticle("bbc", "https://f.example/1", generatedText(rng, 50), day0)
	b := newArticle("cnn", "https://f.example/2", generatedText(rng, 50), day0.Add(24*time.Hour))
	c := newArticle("bbc", "https://f.example/3", generatedText(rng, 50), day0.Add(48*time.Hour))
	for _, x := range []*marsad.Article{a, b, c} {
		put(t, s, x, marsad.Stored)
	}
	tests := []struct {
		name string
		q    marsad.ArticleQuery
		want []*marsad.Article
	}{
		{"all", marsad.ArticleQuery{}, []*marsad.Article{c, b, a}},
		{"source", marsad.ArticleQuery{Source: "bbc"}, []*marsad.Article{c, a}},
		{"since inclusive", marsad.ArticleQuery{Since: b.Published}, []*marsad.Article{c, b}},
		{"until exclusive", marsad.ArticleQuery{Until: b.Published}, []*marsad.Article{a}},
		{"source and window", marsad.ArticleQuery{Source: "bbc", Since: day0.Add(time.Hour), Until: day0.AddDate(0, 0, 5)}, []*marsad.Article{c}},
		{"unknown source", marsad.ArticleQuery{Source: "none"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := s.Articles(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(ids(tt.want), ids(page.Articles)); diff != "" {
				t.Errorf("Articles(%+v) (-want +got):\n%s", tt.q, diff)
			}
		})
	}
}

func intp(n int) *int { return &n }

// sampleAnalysis annotates wireText (offsets in code points).
func sampleAnalysis(a *marsad.Article) *marsad.Analysis {
	text := []rune(a.Text)
	span := func(s string) marsad.Span {
		i := strings.Index(a.Text, s)
		start := len([]rune(a.Text[:i]))
		return marsad.Span{Start: start, End: start + len([]rune(s))}
	}
	_ = text
	health := &marsad.Actor{ID: "SYR-GOV-HEALTH", Name: "وزارة الصحة", Canon: "وزارة الصحة السورية", English: "Syrian Ministry of Health", Country: "SYR", Sector: "GOV"}
	who := &marsad.Actor{ID: "IGO-WHO", Name: "منظمة الصحة العالمية", English: "World Health Organization", Sector: "IGO"}
	hasakah := &marsad.Place{Span: span("محافظة الحسكة"), Name: "الحسكة", Lat: 36.5, Lon: 40.75, Country: "SYR", Admin1: "الحسكة", Kind: marsad.KindProvince, GazID: "173197", Precision: marsad.PrecisionProvince}
	return &marsad.Analysis{
		ArticleID: a.ID,
		Entities: []marsad.Entity{
			{Span: span("وزارة الصحة"), Text: "وزارة الصحة", Type: marsad.ORG, Actor: health},
			{Span: span("منظمة الصحة العالمية"), Text: "منظمة الصحة العالمية", Type: marsad.ORG, Actor: who},
			{Span: span("القامشلي"), Text: "القامشلي", Type: marsad.LOC},
		},
		Places: []marsad.Place{*hasakah,
			{Span: span("القامشلي"), Name: "القامشلي", Lat: 37.05, Lon: 41.23, Country: "SYR", Kind: marsad.KindCity, Precision: marsad.PrecisionPoint}},
		Quotes: []marsad.Quote{{Span: span("إن الحملة ستستمر عشرة أيام"), Text: "إن الحملة ستستمر عشرة أيام", Verb: "قال", Speaker: &marsad.Actor{Name: "مدير الصحة في المحافظة", Country: "SYR", Sector: "GOV"}}},
		Events: []marsad.Event{{
			ID: "e1", ArticleID: a.ID, Type: "AID", Mode: "medical", Contexts: []string{"health"},
			Evidence: []marsad.Span{span("بدأت حملة تلقيح واسعة ضد الحصبة")}, Trigger: "حملة تلقيح",
			Actor: health, Location: hasakah, Date: "2026-11-20", DatePrecision: "day", Count: intp(120000), Confidence: 0.8,
		}, {
			ID: "e2", ArticleID: a.ID, Type: "AID", Mode: "material", Evidence: []marsad.Span{span("قدمتا الدعم اللوجستي للحملة")},
			Actor: who, Recipient: health, Date: "2026-11-13", DatePrecision: "week", Confidence: 0.6, Aux: marsad.AuxHistorical,
		}},
	}
}

func testAnalysisRoundTrip(t *testing.T, s marsad.Store) {
	a := newArticle("wire", "https://wire.example/1", wireText, day0)
	put(t, s, a, marsad.Stored)
	_, err := s.Analysis(ctx, a.ID)
	wantCode(t, "Analysis(before any)", err, marsad.ENOTFOUND)
	an := sampleAnalysis(a)
	if err := s.PutAnalysis(ctx, an); err != nil {
		t.Fatalf("PutAnalysis: %v", err)
	}
	got, err := s.Analysis(ctx, a.ID)
	if err != nil {
		t.Fatalf("Analysis: %v", err)
	}
	if diff := cmp.Diff(an, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("Analysis round trip (-put +got):\n%s", diff)
	}
	// Offsets still point at the same text.
	text := []rune(a.Text)
	for _, e := range got.Entities {
		if string(text[e.Start:e.End]) != e.Text {
			t.Errorf("entity %q: text[%d:%d] = %q", e.Text, e.Start, e.End, string(text[e.Start:e.End]))
		}
	}
	// An empty analysis is stored too: analysed, nothing found.
	b := newArticle("wire", "https://wire.example/2", otherStory, day0)
	put(t, s, b, marsad.Stored)
	if err := s.PutAnalysis(ctx, &marsad.Analysis{ArticleID: b.ID}); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Analysis(ctx, b.ID); err != nil || len(got.Events)+len(got.Entities) != 0 {
		t.Errorf("Analysis(empty) = %+v, %v", got, err)
	}
	if st := stats(t, s); st.Events != 2 {
		t.Errorf("Stats.Events = %d, want 2", st.Events)
	}
}

func testAnalysisReplaced(t *testing.T, s marsad.Store) {
	a := newArticle("wire", "https://wire.example/1", wireText, day0)
	put(t, s, a, marsad.Stored)
	an := sampleAnalysis(a)
	for range 2 {
		if err := s.PutAnalysis(ctx, an); err != nil {
			t.Fatal(err)
		}
	}
	if st := stats(t, s); st.Events != 2 {
		t.Errorf("Stats.Events after putting one analysis twice = %d, want 2", st.Events)
	}
	smaller := sampleAnalysis(a)
	smaller.Events = smaller.Events[1:]
	smaller.Entities = smaller.Entities[:1]
	if err := s.PutAnalysis(ctx, smaller); err != nil {
		t.Fatal(err)
	}
	got, err := s.Analysis(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(smaller, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("Analysis after replacement (-put +got):\n%s", diff)
	}
	page, err := s.Events(ctx, marsad.EventQuery{ArticleID: a.ID})
	if err != nil || len(page.Events) != 1 || page.Events[0].ID != "e2" {
		t.Errorf("Events(article) after replacement = %v, %v; want only e2", page.Events, err)
	}
}

func testBadAnalysisRejected(t *testing.T, s marsad.Store) {
	a := newArticle("wire", "https://wire.example/1", wireText, day0)
	put(t, s, a, marsad.Stored)
	good := sampleAnalysis(a)
	if err := s.PutAnalysis(ctx, good); err != nil {
		t.Fatal(err)
	}
	n := len([]rune(a.Text))
	tests := []struct {
		name   string
		change func(an *marsad.Analysis)
		code   string
	}{
		{"nil-like: no article id", func(an *marsad.Analysis) { an.ArticleID = "" }, marsad.EINVALID},
		{"unknown article", func(an *marsad.Analysis) { an.ArticleID = "nope" }, marsad.ENOTFOUND},
		{"entity past the end", func(an *marsad.Analysis) { an.Entities[0].End = n + 1 }, marsad.EINVALID},
		{"negative start", func(an *marsad.Analysis) { an.Places[0].Start = -1 }, marsad.EINVALID},
		{"reversed span", func(an *marsad.Analysis) { an.Quotes[0].Start, an.Quotes[0].End = 10, 5 }, marsad.EINVALID},
		{"evidence past the end", func(an *marsad.Analysis) { an.Events[0].Evidence[0].End = n + 5 }, marsad.EINVALID},
		{"latitude out of range", func(an *marsad.Analysis) { an.Places[1].Lat = 91 }, marsad.EINVALID},
		{"confidence above 1", func(an *marsad.Analysis) { an.Events[1].Confidence = 1.5 }, marsad.EINVALID},
		{"event without type", func(an *marsad.Analysis) { an.Events[1].Type = "" }, marsad.EINVALID},
		{"bad date", func(an *marsad.Analysis) { an.Events[0].Date = "20 Nov" }, marsad.EINVALID},
		{"invalid UTF-8", func(an *marsad.Analysis) { an.Entities[2].Text = "\xff" }, marsad.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := sampleAnalysis(a)
			tt.change(an)
			wantCode(t, "PutAnalysis("+tt.name+")", s.PutAnalysis(ctx, an), tt.code)
		})
	}
	wantCode(t, "PutAnalysis(nil)", s.PutAnalysis(ctx, nil), marsad.EINVALID)
	got, err := s.Analysis(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(good, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("Analysis after rejected writes changed (-good +got):\n%s", diff)
	}
}

// eventFixture stores two articles with analyses; events are named by ID.
func eventFixture(t *testing.T, s marsad.Store) (a, b *marsad.Article) {
	t.Helper()
	rng := rand.New(rand.NewPCG(9, 9))
	a = newArticle("bbc", "https://ev.example/1", generatedText(rng, 120), day0)
	b = newArticle("cnn", "https://ev.example/2", generatedText(rng, 120), day0.Add(48*time.Hour))
	put(t, s, a, marsad.Stored)
	put(t, s, b, marsad.Stored)
	syrGov := &marsad.Actor{ID: "SYR-GOV", Name: "الحكومة السورية", Country: "SYR", Sector: "GOV"}
	turMil := &marsad.Actor{ID: "TUR-MIL", Name: "الجيش التركي", English: "Turkish Army", Country: "TUR", Sector: "MIL"}
	sdf := &marsad.Actor{Name: "قوات سوريا الديمقراطية", Aliases: []string{"قسد"}, Country: "SYR", Sector: "REB"}
	aleppo := &marsad.Place{Name: "حلب", Lat: 36.2021, Lon: 37.1343, Country: "SYR"}
	hasakah := &marsad.Place{Name: "الحسكة", Lat: 36.5024, Lon: 40.7477, Country: "SYR"}
	ankara := &marsad.Place{Name: "أنقرة", Lat: 39.9334, Lon: 32.8597, Country: "TUR"}
	ev := func(id, typ, mode string, actor, rec *marsad.Actor, loc *marsad.Place, date string, conf float64) marsad.Event {
		return marsad.Event{ID: id, Type: typ, Mode: mode, Actor: actor, Recipient: rec, Location: loc, Date: date,
			Confidence: conf, Evidence: []marsad.Span{{Start: 0, End: 10}}}
	}
	anA := &marsad.Analysis{ArticleID: a.ID, Events: []marsad.Event{
		ev("a1", "ASSAULT", "aerial", turMil, sdf, hasakah, "2026-11-19", 0.9),
		ev("a2", "CONSULT", "visit", syrGov, turMil, ankara, "2026-11-20", 0.5),
		ev("a3", "PROTEST", "demonstrate", nil, syrGov, aleppo, "", 0.3), // no date: the article's day
	}}
	anB := &marsad.Analysis{ArticleID: b.ID, Events: []marsad.Event{
		ev("b1", "ASSAULT", "firearms", sdf, nil, aleppo, "2026-11-22", 0.7),
		ev("b2", "ACCUSE", "", syrGov, turMil, nil, "2026-11-21", 0.8), // no place: the actor's country
	}}
	for _, an := range []*marsad.Analysis{anA, anB} {
		if err := s.PutAnalysis(ctx, an); err != nil {
			t.Fatalf("PutAnalysis: %v", err)
		}
	}
	return a, b
}

func eventIDs(es []*marsad.Event) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.ID)
	}
	return out
}

func testEventFilters(t *testing.T, s marsad.Store) {
	a, _ := eventFixture(t, s)
	tests := []struct {
		name string
		q    marsad.EventQuery
		want []string // newest first; one day's events latest stored first
	}{
		{"all", marsad.EventQuery{}, []string{"b1", "b2", "a3", "a2", "a1"}},
		{"type", marsad.EventQuery{Types: []string{"ASSAULT"}}, []string{"b1", "a1"}},
		{"types", marsad.EventQuery{Types: []string{"ACCUSE", "PROTEST"}}, []string{"b2", "a3"}},
		{"mode", marsad.EventQuery{Modes: []string{"aerial", "visit"}}, []string{"a2", "a1"}},
		{"actor id as actor or recipient", marsad.EventQuery{Actor: "TUR-MIL"}, []string{"b2", "a2", "a1"}},
		{"actor name", marsad.EventQuery{Actor: "الحكومة السورية"}, []string{"b2", "a3", "a2"}},
		{"actor name variant", marsad.EventQuery{Actor: "الحكومه  السوريه"}, []string{"b2", "a3", "a2"}},
		{"actor English name any case", marsad.EventQuery{Actor: "turkish army"}, []string{"b2", "a2", "a1"}},
		{"actor alias", marsad.EventQuery{Actor: "قسد"}, []string{"b1", "a1"}},
		{"country of place or actor", marsad.EventQuery{Country: "SYR"}, []string{"b1", "b2", "a3", "a1"}},
		{"country lower case", marsad.EventQuery{Country: "tur"}, []string{"a2"}},
		{"min confidence", marsad.EventQuery{MinConfidence: 0.75}, []string{"b2", "a1"}},
		{"article", marsad.EventQuery{ArticleID: a.ID}, []string{"a3", "a2", "a1"}},
		{"source", marsad.EventQuery{Source: "cnn"}, []string{"b1", "b2"}},
		{"since", marsad.EventQuery{Since: time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)}, []string{"b1", "b2"}},
		{"until exclusive", marsad.EventQuery{Until: time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)}, []string{"a1"}},
		{"until mid-day includes the day", marsad.EventQuery{Until: time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)}, []string{"a3", "a2", "a1"}},
		{"bbox around Aleppo", marsad.EventQuery{BBox: &[4]float64{36.5, 35.5, 38, 37}}, []string{"b1", "a3"}},
		{"bbox over north-east Syria and Turkey", marsad.EventQuery{BBox: &[4]float64{30, 36.3, 45, 42}}, []string{"a2", "a1"}},
		{"near Aleppo 50 km", marsad.EventQuery{Near: &marsad.Circle{Lat: 36.2, Lon: 37.15, RadiusKm: 50}}, []string{"b1", "a3"}},
		{"near Aleppo 350 km reaches Hasakah", marsad.EventQuery{Near: &marsad.Circle{Lat: 36.2, Lon: 37.15, RadiusKm: 350}}, []string{"b1", "a3", "a1"}},
		{"near nowhere", marsad.EventQuery{Near: &marsad.Circle{Lat: 0, Lon: 0, RadiusKm: 100}}, nil},
		{"combined", marsad.EventQuery{Types: []string{"ASSAULT"}, Country: "SYR", MinConfidence: 0.8, Actor: "قسد"}, []string{"a1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := s.Events(ctx, tt.q)
			if err != nil {
				t.Fatalf("Events(%+v): %v", tt.q, err)
			}
			if diff := cmp.Diff(tt.want, eventIDs(page.Events)); diff != "" {
				t.Errorf("Events(%s) (-want +got):\n%s", tt.name, diff)
			}
			for _, e := range page.Events {
				if e.ArticleID == "" {
					t.Errorf("event %s has no article id", e.ID)
				}
			}
		})
	}
}

func testEventPagination(t *testing.T, s marsad.Store) {
	eventFixture(t, s)
	all, err := s.Events(ctx, marsad.EventQuery{})
	if err != nil {
		t.Fatal(err)
	}
	want := eventIDs(all.Events)
	for _, limit := range []int{1, 2, 3} {
		var got []string
		cursor := ""
		for pages := 0; ; pages++ {
			if pages > 10 {
				t.Fatalf("limit %d: too many pages", limit)
			}
			page, err := s.Events(ctx, marsad.EventQuery{Limit: limit, Cursor: cursor})
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, eventIDs(page.Events)...)
			if page.Next == "" {
				break
			}
			cursor = page.Next
		}
		if !slices.Equal(got, want) {
			t.Errorf("event pages of %d = %v, want %v", limit, got, want)
		}
	}
}

func testBadQueries(t *testing.T, s marsad.Store) {
	eventFixture(t, s)
	_, err := s.Articles(ctx, marsad.ArticleQuery{Cursor: "not a cursor!"})
	wantCode(t, "Articles(bad cursor)", err, marsad.EINVALID)
	_, err = s.Articles(ctx, marsad.ArticleQuery{Limit: -1})
	wantCode(t, "Articles(negative limit)", err, marsad.EINVALID)
	_, err = s.Events(ctx, marsad.EventQuery{Cursor: "xyz"})
	wantCode(t, "Events(bad cursor)", err, marsad.EINVALID)
	page, err := s.Events(ctx, marsad.EventQuery{Limit: 1})
	if err != nil || page.Next == "" {
		t.Fatalf("Events(limit 1) = %v, %v", page, err)
	}
	_, err = s.Articles(ctx, marsad.ArticleQuery{Cursor: page.Next})
	wantCode(t, "Articles(event cursor)", err, marsad.EINVALID)
	_, err = s.Events(ctx, marsad.EventQuery{BBox: &[4]float64{40, 30, 35, 20}})
	wantCode(t, "Events(min lat > max lat)", err, marsad.EINVALID)
	_, err = s.Events(ctx, marsad.EventQuery{Near: &marsad.Circle{Lat: 95, Lon: 0, RadiusKm: 5}})
	wantCode(t, "Events(latitude 95)", err, marsad.EINVALID)
	_, err = s.Events(ctx, marsad.EventQuery{Near: &marsad.Circle{Lat: 30, Lon: 0, RadiusKm: -5}})
	wantCode(t, "Events(negative radius)", err, marsad.EINVALID)
	big, err := s.Articles(ctx, marsad.ArticleQuery{Limit: 1_000_000})
	if err != nil || len(big.Articles) != 2 {
		t.Errorf("Articles(huge limit) = %d articles, %v; want the limit capped, 2 articles", len(big.Articles), err)
	}
}

// Seer is the optional capability of reporting a duplicate without writing
// (internal/pipeline uses it to skip analysing duplicates).
type Seer interface {
	Seen(ctx context.Context, a *marsad.Article) (marsad.PutStatus, bool, error)
}

func testSeen(t *testing.T, s marsad.Store) {
	seer, ok := s.(Seer)
	if !ok {
		t.Skip("the engine has no Seen")
	}
	a := newArticle("bbc", "https://bbc.example/1", wireText, day0)
	st, dup, err := seer.Seen(ctx, a)
	if err != nil || dup || st != marsad.Stored {
		t.Errorf("Seen(new) = %v, %v, %v; want stored, false, nil", st, dup, err)
	}
	put(t, s, a, marsad.Stored)
	tests := []struct {
		name string
		a    *marsad.Article
		want marsad.PutStatus
		dup  bool
	}{
		{"same URL", newArticle("bbc", "https://www.bbc.example/1?utm_source=x", otherStory, day0), marsad.DuplicateURL, true},
		{"same text", newArticle("x", "https://x.example/2", wireText, day0), marsad.DuplicateText, true},
		{"near-duplicate is stored", newArticle("x", "https://x.example/3", wireHeadline+wireText+wireFooter, day0), marsad.Stored, false},
		{"other", newArticle("x", "https://x.example/4", otherStory, day0), marsad.Stored, false},
	}
	for _, tt := range tests {
		st, dup, err := seer.Seen(ctx, tt.a)
		if err != nil || st != tt.want || dup != tt.dup {
			t.Errorf("Seen(%s) = %v, %v, %v; want %v, %v", tt.name, st, dup, err, tt.want, tt.dup)
		}
	}
	if got := stats(t, s); got.Articles != 1 {
		t.Errorf("Stats after Seen = %+v, want 1 article: Seen writes nothing", got)
	}
}

// Batcher is the optional capability of storing many articles in one
// transaction.
type Batcher interface {
	PutArticles(ctx context.Context, as []*marsad.Article) ([]marsad.PutStatus, error)
}

func testPutArticlesBatch(t *testing.T, s marsad.Store) {
	b, ok := s.(Batcher)
	if !ok {
		t.Skip("the engine has no PutArticles")
	}
	a := newArticle("wire", "https://wire.example/1", wireText, day0)
	copy1 := newArticle("site", "https://site.example/9", wireHeadline+wireText+wireFooter, day0.Add(time.Hour))
	sameURL := newArticle("wire", "https://wire.example/1?utm_source=rss", otherStory, day0)
	other := newArticle("wire", "https://wire.example/2", otherStory, day0.Add(2*time.Hour))
	got, err := b.PutArticles(ctx, []*marsad.Article{a, copy1, sameURL, other})
	want := []marsad.PutStatus{marsad.Stored, marsad.NearDuplicate, marsad.DuplicateURL, marsad.Stored}
	if err != nil || !slices.Equal(got, want) {
		t.Fatalf("PutArticles(original, copy, same URL, other) = %v, %v; want %v: later articles see earlier ones", got, err, want)
	}
	if copy1.StoryID != a.ID || sameURL.StoryID != a.ID || other.StoryID != other.ID {
		t.Errorf("story ids = %q, %q, %q; want %q, %q, %q", copy1.StoryID, sameURL.StoryID, other.StoryID, a.ID, a.ID, other.ID)
	}
	// One bad article fails the batch, and nothing of it is stored.
	rng := rand.New(rand.NewPCG(11, 11))
	fresh := newArticle("gen", "https://gen.example/b/1", generatedText(rng, 60), day0)
	clash := newArticle("gen", "https://gen.example/b/2", generatedText(rng, 60), day0)
	clash.ID = a.ID // an id stored for another text and URL
	_, err = b.PutArticles(ctx, []*marsad.Article{fresh, clash})
	wantCode(t, "PutArticles(new, reused id)", err, marsad.ECONFLICT)
	_, err = b.PutArticles(ctx, []*marsad.Article{fresh, {ID: "x", Text: "\xff"}})
	wantCode(t, "PutArticles(new, invalid)", err, marsad.EINVALID)
	if _, err := s.Article(ctx, fresh.ID); marsad.ErrorCode(err) != marsad.ENOTFOUND {
		t.Errorf("Article(fresh) after failed batches: %v, want ENOTFOUND", err)
	}
	if st := stats(t, s); st != (marsad.Stats{Articles: 3, Stories: 2}) {
		t.Errorf("Stats = %+v, want 3 articles in 2 stories", st)
	}
	if got, err := b.PutArticles(ctx, nil); err != nil || len(got) != 0 {
		t.Errorf("PutArticles(nil) = %v, %v; want nothing, nil", got, err)
	}
}

// testFilterValuesAreText stores and filters by values holding quotes,
// backslashes, wildcards and SQL: they are compared as text.
func testFilterValuesAreText(t *testing.T, s marsad.Store) {
	rng := rand.New(rand.NewPCG(12, 12))
	sources := []string{`o'reilly`, `back\slash`, `100%`, `a_b`, `x'); DROP TABLE events; --`}
	var arts []*marsad.Article
	for i, src := range sources {
		a := newArticle(src, fmt.Sprintf("https://q.example/%d", i), generatedText(rng, 50), day0.Add(time.Duration(i)*time.Hour))
		put(t, s, a, marsad.Stored)
		actor := &marsad.Actor{ID: "ID'" + src, Name: "حزب \"" + src + "\""}
		an := &marsad.Analysis{ArticleID: a.ID, Events: []marsad.Event{{ID: "e" + src, Type: "PROTEST", Actor: actor,
			Confidence: 0.5, Evidence: []marsad.Span{{Start: 0, End: 5}}}}}
		if err := s.PutAnalysis(ctx, an); err != nil {
			t.Fatalf("PutAnalysis(source %q): %v", src, err)
		}
		arts = append(arts, a)
	}
	for i, src := range sources {
		page, err := s.Articles(ctx, marsad.ArticleQuery{Source: src})
		if err != nil || len(page.Articles) != 1 || page.Articles[0].ID != arts[i].ID {
			t.Errorf("Articles(source %q) = %v, %v; want only its article", src, ids(page.Articles), err)
		}
		for _, q := range []marsad.EventQuery{{Source: src}, {Actor: "ID'" + src}, {Actor: "حزب \"" + src + "\""}} {
			ev, err := s.Events(ctx, q)
			if err != nil || len(ev.Events) != 1 || ev.Events[0].ID != "e"+src {
				t.Errorf("Events(%+v) = %v, %v; want only e%s", q, eventIDs(ev.Events), err, src)
			}
		}
	}
	for _, src := range []string{"%", "_", "'", "o"} {
		page, err := s.Articles(ctx, marsad.ArticleQuery{Source: src})
		if err != nil || len(page.Articles) != 0 {
			t.Errorf("Articles(source %q) = %v, %v; want none: sources match exactly", src, ids(page.Articles), err)
		}
	}
	if st := stats(t, s); st.Articles != len(sources) || st.Events != len(sources) {
		t.Errorf("Stats = %+v, want %d articles and events", st, len(sources))
	}
}
