package postgres

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
)

func TestTSQuery(t *testing.T) {
	tests := []struct {
		q, want string
		ok      bool
	}{
		{"الحسكة", `('الحسكه' | 'حسكه')`, true},
		{"بالحسكة", `('بالحسكه' | 'الحسكه' | 'حسكه')`, true},
		{"Reuters 2026", `('reuters') & ('2026')`, true},
		{`'a' & !b | c:* <-> d`, `('a') & ('b') & ('c') & ('d')`, true},
		{"؟!...", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := tsQuery(tt.q)
		if got != tt.want || ok != tt.ok {
			t.Errorf("tsQuery(%q) = %q, %v, want %q, %v", tt.q, got, ok, tt.want, tt.ok)
		}
	}
}

// TestQueryMetacharacters sends SQL and tsquery syntax as searches and
// filters: each is text to look for, never an error other than EINVALID,
// and the table survives.
func TestQueryMetacharacters(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t, Options{})
	a := &marsad.Article{Source: "o'reilly", URL: "https://x.example/1", Text: "سقطت قذائف بالحسكة صباح اليوم وقال مصدر إن الأضرار كبيرة"}
	cluster.Prepare(a)
	if _, err := s.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`حلب'); DROP TABLE articles; --`, `'`, `''`, `\`, `\'`, `'\\'`, `a & | ! b`, `!حلب`, `الحسكة:*`,
		`الحسكة <-> صباح`, `(((`, `الحسكة:A`, `$1`, `%`, `_`, "\x00", "حلب\x00دمشق", "\xff\xfe", `E'\x41'`,
	} {
		t.Run(q, func(t *testing.T) {
			for _, aq := range []marsad.ArticleQuery{{Text: q}, {Source: q}, {Cursor: q}} {
				_, err := s.Articles(ctx, aq)
				if err != nil && marsad.ErrorCode(err) != marsad.EINVALID {
					t.Errorf("Articles(%+v) error %v, want results or EINVALID", aq, err)
				}
			}
			for _, eq := range []marsad.EventQuery{{Actor: q}, {Country: q}, {Source: q}, {ArticleID: q}, {Types: []string{q}}, {Cursor: q}} {
				_, err := s.Events(ctx, eq)
				if err != nil && marsad.ErrorCode(err) != marsad.EINVALID {
					t.Errorf("Events(%+v) error %v, want results or EINVALID", eq, err)
				}
			}
			if _, err := s.Article(ctx, q); marsad.ErrorCode(err) != marsad.ENOTFOUND {
				t.Errorf("Article(%q) error %v, want ENOTFOUND", q, err)
			}
		})
	}
	page, err := s.Articles(ctx, marsad.ArticleQuery{Text: "الحسكة:* صباح", Source: "o'reilly"})
	if err != nil || len(page.Articles) != 1 {
		t.Errorf("Articles(الحسكة:* صباح, source o'reilly) = %v, %v; want the article (\":*\" is punctuation)", page.Articles, err)
	}
	if st, err := s.Stats(ctx); err != nil || st.Articles != 1 {
		t.Errorf("Stats after hostile queries = %+v, %v", st, err)
	}
}

func TestNULRefused(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t, Options{})
	a := &marsad.Article{ID: "nul", Text: "نص فيه\x00محرف فارغ"}
	if _, err := s.PutArticle(ctx, a); marsad.ErrorCode(err) != marsad.EINVALID {
		t.Errorf("PutArticle(text with NUL) error = %v, want EINVALID", err)
	}
	b := &marsad.Article{ID: "ok", Text: "نص سليم عن اجتماع في دمشق"}
	if _, err := s.PutArticle(ctx, b); err != nil {
		t.Fatal(err)
	}
	an := &marsad.Analysis{ArticleID: b.ID, Entities: []marsad.Entity{{Span: marsad.Span{Start: 0, End: 2}, Text: "ن\x00", Type: marsad.LOC}}}
	if err := s.PutAnalysis(ctx, an); marsad.ErrorCode(err) != marsad.EINVALID {
		t.Errorf("PutAnalysis(entity with NUL) error = %v, want EINVALID", err)
	}
	an.Entities[0].Text = `\u0000 is six characters`
	if err := s.PutAnalysis(ctx, an); err != nil {
		t.Errorf("PutAnalysis(entity with a backslash-u text) error = %v, want it stored", err)
	}
}

func TestBatchIsAtomic(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t, Options{})
	good := &marsad.Article{ID: "g1", Text: "نص سليم عن حدث في مدينة حمص"}
	bad := &marsad.Article{ID: "", Text: "نص بلا معرف"}
	if _, err := s.PutArticles(ctx, []*marsad.Article{good, bad}); marsad.ErrorCode(err) != marsad.EINVALID {
		t.Fatalf("PutArticles(good, bad) error = %v, want EINVALID", err)
	}
	if st, _ := s.Stats(ctx); st.Articles != 0 {
		t.Errorf("Stats after a rejected batch = %+v, want nothing stored", st)
	}
	dup := *good
	dup.ID = "g2"
	got, err := s.PutArticles(ctx, []*marsad.Article{good, &dup})
	if err != nil || got[0] != marsad.Stored || got[1] != marsad.DuplicateText {
		t.Errorf("PutArticles(a, copy of a) = %v, %v; want [stored duplicate_text]", got, err)
	}
	// A conflict late in a batch undoes the batch.
	c := &marsad.Article{ID: "c1", Text: "خبر آخر عن افتتاح مدرسة في حماة"}
	clash := &marsad.Article{ID: "g1", Text: "نص مختلف تماما يحمل معرفا مستعملا", URL: "https://other.example/x"}
	if _, err := s.PutArticles(ctx, []*marsad.Article{c, clash}); marsad.ErrorCode(err) != marsad.ECONFLICT {
		t.Errorf("PutArticles(new, reused id) error = %v, want ECONFLICT", err)
	}
	if _, err := s.Article(ctx, "c1"); marsad.ErrorCode(err) != marsad.ENOTFOUND {
		t.Errorf("Article(c1) after the failed batch: %v, want ENOTFOUND", err)
	}
}

// TestWorkersShareOneDatabase runs writers through separate Stores (as
// separate worker processes would) that put overlapping batches holding the
// same articles and near-duplicate copies: each article is stored once and
// each family of copies forms one story.
func TestWorkersShareOneDatabase(t *testing.T) {
	ctx := context.Background()
	first, dsn := openTest(t, Options{})
	const workers, families = 4, 16
	base := time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)
	// Family f: an original and three copies with a new headline or footer.
	var all []*marsad.Article
	for f := range families {
		text := fmt.Sprintf("%s %s", familyText(f), familyText(f+100))
		for c, extra := range []string{"", "عاجل\n", "\nتابعونا على مواقع التواصل", "تحديث: "} {
			a := &marsad.Article{Source: "w", URL: fmt.Sprintf("https://w.example/%d/%d", f, c), Text: extra + text,
				Published: base.Add(time.Duration(f*10+c) * time.Minute)}
			cluster.Prepare(a)
			all = append(all, a)
		}
	}
	stores := []*Store{first}
	for range workers - 1 {
		s, err := Open(ctx, dsn, Options{MaxConns: 2})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		stores = append(stores, s)
	}
	var wg sync.WaitGroup
	for w, s := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Each worker puts everything, in its own order and batches.
			order := make([]*marsad.Article, 0, len(all))
			for i := range all {
				c := *all[(i*(w+1)+w)%len(all)]
				order = append(order, &c)
			}
			for i := 0; i < len(order); i += 3 {
				if _, err := s.PutArticles(ctx, order[i:min(i+3, len(order))]); err != nil {
					t.Errorf("worker %d: PutArticles: %v", w, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	st, err := first.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != len(all) || st.Stories != families {
		t.Errorf("Stats after %d workers = %+v, want %d articles in %d stories", workers, st, len(all), families)
	}
	var bad int
	if err := first.pool.QueryRow(ctx, `SELECT count(*) FROM stories s
		WHERE s.articles <> (SELECT count(*) FROM articles a WHERE a.story_id = s.id)`).Scan(&bad); err != nil || bad != 0 {
		t.Errorf("stories whose article count is wrong: %d (%v)", bad, err)
	}
}

// familyText is a distinct ~60-word report for each n.
func familyText(n int) string {
	words := []string{"أعلن", "مسؤول", "محلي", "في", "المدينة", "أن", "فرق", "الإنقاذ", "انتشلت", "جثث", "الضحايا",
		"من", "تحت", "الأنقاض", "بعد", "انهيار", "مبنى", "سكني", "قديم", "وسط", "السوق", "وقال", "شهود", "عيان",
		"إن", "الحادث", "وقع", "فجرا", "بينما", "كان", "السكان", "نياما"}
	out := ""
	x := uint64(n)*2654435761 + 1
	for i := range 60 {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		if i > 0 {
			out += " "
		}
		out += words[x%uint64(len(words))]
	}
	return out
}

func TestSeenCapability(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t, Options{})
	a := &marsad.Article{URL: "https://example.org/news/1", Text: "قالت وزارة الصحة إن حملة التطعيم ستشمل جميع المدارس في المحافظة خلال الشهر المقبل."}
	cluster.Prepare(a)
	if _, dup, err := s.Seen(ctx, a); err != nil || dup {
		t.Fatalf("Seen(new) = dup %v, %v; want false, nil", dup, err)
	}
	if _, err := s.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	if st, dup, err := s.Seen(ctx, a); err != nil || !dup || st != marsad.DuplicateURL {
		t.Errorf("Seen(stored) = %v, %v, %v; want duplicate_url, true", st, dup, err)
	}
}

// FuzzSearch sends arbitrary text as a search: never a tsquery syntax error
// or any failure other than EINVALID.
func FuzzSearch(f *testing.F) {
	for _, q := range []string{"الحسكة", `"حلب" OR دمشق*`, `'a' & !b | c:*`, `a <-> b`, `\'`, "a\x00b", "\xff"} {
		f.Add(q)
	}
	ctx := context.Background()
	s, _ := openTest(f, Options{})
	a := &marsad.Article{URL: "https://x.example/1", Text: "سقطت قذائف بالحسكة صباح اليوم"}
	cluster.Prepare(a)
	if _, err := s.PutArticle(ctx, a); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		_, err := s.Articles(ctx, marsad.ArticleQuery{Text: q, Limit: 5})
		if err != nil && marsad.ErrorCode(err) != marsad.EINVALID {
			t.Fatalf("Articles(%q) error %v", q, err)
		}
	})
}
