package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
	"github.com/marsad/marsad/internal/store/sqlite"
	"github.com/marsad/marsad/internal/web"
)

// seedDistinct stores 6,000 events, 1,000 per article, two days apart at
// one place, cycling through the first types of marsad.EventTypes: none is
// the same happening as another.
func seedDistinct(t testing.TB, types int) *sqlite.Store {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "b.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for a := 0; a < boundArticles; a++ {
		art := &marsad.Article{Source: fmt.Sprintf("outlet-%d", a), URL: fmt.Sprintf("https://example.org/b/%d", a),
			Published: boundDay0.AddDate(0, 0, 2*(a+1)*boundPerArticle), Text: fmt.Sprintf("نص المقال رقم %d عن أحداث كثيرة.", a)}
		cluster.Prepare(art)
		if _, err := st.PutArticle(ctx, art); err != nil {
			t.Fatal(err)
		}
		an := &marsad.Analysis{ArticleID: art.ID}
		for i := 0; i < boundPerArticle; i++ {
			an.Events = append(an.Events, marsad.Event{ID: fmt.Sprintf("%s-%d", art.ID, i), ArticleID: art.ID, Type: marsad.EventTypes[i%types],
				Evidence: []marsad.Span{{Start: 0, End: 3}}, Date: boundDay0.AddDate(0, 0, 2*(a*boundPerArticle+i)).Format("2006-01-02"), Confidence: 0.5,
				Location: &marsad.Place{Name: "حلب", Lat: 36.2, Lon: 37.13, Country: "SYR", Kind: marsad.KindCity, Precision: marsad.PrecisionPoint}})
		}
		if err := st.PutAnalysis(ctx, an); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

const boundPerArticle, boundArticles = 1000, 6

var boundDay0 = time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC)

// TestMergedBound stores more events than the merged view reads, none of
// them the same happening: the view merges exactly the newest
// web.MaxMergeEvents, says it was truncated, and pages through them all.
func TestMergedBound(t *testing.T) {
	if testing.Short() {
		t.Skip("stores 6,000 events")
	}
	st := seedDistinct(t, len(marsad.EventTypes))
	s, err := web.New(web.Config{AnonymousRead: true}, web.Deps{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()

	// The oldest event kept is the 5,000th newest.
	oldestKept := boundDay0.AddDate(0, 0, 2*(boundArticles*boundPerArticle-web.MaxMergeEvents)).Format("2006-01-02")
	n, cursor, pages := 0, "", 0
	for {
		var p struct {
			Events []struct {
				Date string `json:"date"`
			} `json:"events"`
			Next      string `json:"next"`
			Truncated bool   `json:"truncated"`
		}
		code, env := do(t, "GET", ts.URL+"/api/v1/events?merged=true&limit=1000&cursor="+cursor, "", "")
		if code != 200 {
			t.Fatalf("merged page %d = %d %+v", pages, code, env.Error)
		}
		if err := json.Unmarshal(env.Data, &p); err != nil {
			t.Fatal(err)
		}
		if !p.Truncated {
			t.Errorf("merged page %d truncated = false, want true (6,000 events matched)", pages)
		}
		for _, e := range p.Events {
			if e.Date < oldestKept {
				t.Fatalf("merged event dated %s, older than the newest %d events (from %s)", e.Date, web.MaxMergeEvents, oldestKept)
			}
		}
		n += len(p.Events)
		pages++
		if p.Next == "" || pages > 10 {
			break
		}
		cursor = p.Next
	}
	resp, err := http.Get(ts.URL + "/api/v1/events/export?merged=true&format=csv")
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("X-Marsad-Truncated") != "true" {
		t.Errorf("merged export = %d, X-Marsad-Truncated %q; want 200 and true", resp.StatusCode, resp.Header.Get("X-Marsad-Truncated"))
	}
	if n != web.MaxMergeEvents || pages != 5 {
		t.Errorf("merged happenings = %d in %d pages, want %d in 5", n, pages, web.MaxMergeEvents)
	}
}

// BenchmarkMergedWorstCase is the merged view's worst case: web.MaxMergeEvents
// events of one type at one place, each a distinct happening, so every
// report is compared with every group before it (quadratic in the bound).
func BenchmarkMergedWorstCase(b *testing.B) {
	for _, types := range []int{1, 16} {
		st := seedDistinct(b, types)
		s, err := web.New(web.Config{AnonymousRead: true}, web.Deps{Store: st})
		if err != nil {
			b.Fatal(err)
		}
		ts := httptest.NewServer(s)
		b.Run(fmt.Sprintf("types=%d", types), func(b *testing.B) {
			for b.Loop() {
				resp, err := http.Get(ts.URL + "/api/v1/events?merged=true&limit=100")
				if err != nil {
					b.Fatal(err)
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
		})
		ts.Close()
	}
}
