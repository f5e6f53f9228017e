package web

import (
	"context"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
	"github.com/marsad/marsad/internal/store/sqlite"
)

// TestResponseCache: an identical events, counts or merged query is
// answered from the cache while nothing is committed; a commit by another
// Store on the same file (another process, for SQLite) or a correction
// through the server makes the next answer fresh; with the cache off the
// answers are the same.
func TestResponseCache(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "c.db")
	st, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	other, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { other.Close() })
	n := 0
	put := func(s *sqlite.Store, typ string) string {
		t.Helper()
		n++
		a := &marsad.Article{Source: "مصدر", URL: fmt.Sprintf("https://example.org/c/%d", n), Published: time.Date(2026, 3, n, 9, 0, 0, 0, time.UTC),
			Text: fmt.Sprintf("نص تجريبي رقم %d لاختبار ذاكرة الإجابات.", n)}
		cluster.Prepare(a)
		if _, err := s.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
		id := fmt.Sprintf("%s-e", a.ID)
		an := &marsad.Analysis{ArticleID: a.ID, Events: []marsad.Event{{ID: id, ArticleID: a.ID, Type: typ, Evidence: []marsad.Span{{Start: 0, End: 3}},
			Date: a.Published.Format(time.DateOnly), Confidence: 0.7,
			Location: &marsad.Place{Name: "حلب", Lat: 36.2, Lon: 37.16, Country: "SYR", Kind: marsad.KindCity, Precision: marsad.PrecisionPoint}}}}
		if err := s.PutAnalysis(ctx, an); err != nil {
			t.Fatal(err)
		}
		return id
	}
	first := put(st, "ASSAULT")

	cachedSrv, err := New(Config{AnonymousRead: true, WriteTokens: []string{"tok"}}, Deps{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	plainSrv, err := New(Config{AnonymousRead: true, ResponseCacheBytes: -1}, Deps{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	if plainSrv.cache != nil {
		t.Fatal("ResponseCacheBytes -1: the cache is on")
	}
	get := func(s *Server, target string) string {
		t.Helper()
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
		if rec.Code != 200 {
			t.Fatalf("GET %s = %d %s", target, rec.Code, rec.Body)
		}
		return rec.Body.String()
	}
	targets := []string{"/api/v1/events", "/api/v1/events?type=ASSAULT", "/api/v1/events/counts?by=type", "/api/v1/events?merged=true"}
	check := func(stage string, wantIn map[string][]string) {
		t.Helper()
		for _, target := range targets {
			hits := cachedSrv.cache.hits.Load()
			a, b := get(cachedSrv, target), get(cachedSrv, target)
			if a != b || cachedSrv.cache.hits.Load() != hits+1 {
				t.Errorf("%s: GET %s twice: second not from the cache (hits %d → %d)", stage, target, hits, cachedSrv.cache.hits.Load())
			}
			if plain := get(plainSrv, target); plain != a {
				t.Errorf("%s: GET %s cached\n%s\nwant as uncached\n%s", stage, target, a, plain)
			}
			for _, want := range wantIn[target] {
				if !strings.Contains(a, want) {
					t.Errorf("%s: GET %s lacks %q:\n%s", stage, target, want, a)
				}
			}
		}
	}
	check("start", map[string][]string{"/api/v1/events": {first}, "/api/v1/events/counts?by=type": {`"count":1`}})

	// Another process stores an event: every answer is fresh.
	second := put(other, "ASSAULT")
	check("after another store's write", map[string][]string{"/api/v1/events": {first, second}, "/api/v1/events?type=ASSAULT": {second},
		"/api/v1/events/counts?by=type": {`"count":2`}, "/api/v1/events?merged=true": {second}})

	// A correction through the server.
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("PATCH", "/api/v1/events/"+second, strings.NewReader(`{"type":"PROTEST","note":"recoded"}`))
	req.Header.Set("Authorization", "Bearer tok")
	cachedSrv.ServeHTTP(rec, req)
	if rec.Code != 200 {
		t.Fatalf("PATCH = %d %s", rec.Code, rec.Body)
	}
	check("after a correction", map[string][]string{"/api/v1/events": {`"PROTEST"`}, "/api/v1/events/counts?by=type": {`"PROTEST"`}})
	if strings.Contains(get(cachedSrv, "/api/v1/events?type=ASSAULT"), second) {
		t.Error("the corrected event is still listed as ASSAULT")
	}
}

// TestRespCacheBounds: least recently used entries leave first, the byte
// budget holds, a large body is not kept, and another version is a miss.
func TestRespCacheBounds(t *testing.T) {
	c := newRespCache(1000)
	body := strings.Repeat("x", 100)
	for i := range 20 {
		c.put(fmt.Sprint("k", i), 1, []byte(body))
		c.get("k0", 1) // k0 stays in use
	}
	if c.size > 1000 {
		t.Errorf("size %d over the budget of 1000", c.size)
	}
	if _, hit := c.get("k0", 1); !hit {
		t.Error("the entry in use was evicted")
	}
	if _, hit := c.get("k1", 1); hit {
		t.Error("the least recently used entry was kept")
	}
	if _, hit := c.get("k19", 2); hit {
		t.Error("an entry of another data version was served")
	}
	if _, hit := c.get("k19", 1); hit {
		t.Error("an entry found stale was kept")
	}
	c.put("big", 1, []byte(strings.Repeat("y", 200)))
	if _, hit := c.get("big", 1); hit {
		t.Error("a body over an eighth of the budget was kept")
	}
}
