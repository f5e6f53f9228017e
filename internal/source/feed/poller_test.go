package feed

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad"
)

func threeItems() []testItem {
	return []testItem{
		{GUID: "3", Link: "https://site.example/3", Title: "الخبر الثالث", Desc: "ملخص ٣", Pub: pub(12)},
		{GUID: "2", Link: "https://site.example/2", Title: "الخبر الثاني", Desc: "ملخص ٢", Pub: pub(11)},
		{GUID: "1", Link: "https://site.example/1", Title: "الخبر الأول", Desc: "ملخص ١", Pub: pub(10)},
	}
}

func TestConditionalGET(t *testing.T) {
	var full, notModified atomic.Int32
	body := rssDoc("موقع", threeItems()...)
	const etag = `"v1"`
	const lastMod = "Sat, 28 Nov 2026 12:00:00 GMT"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == etag && r.Header.Get("If-Modified-Since") == lastMod {
			notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		full.Add(1)
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastMod)
		w.Write(body)
	}))
	defer srv.Close()

	clock := newTestClock()
	p := mustNew(t, testConfig(clock, FeedConfig{URL: srv.URL + "/rss", Name: "موقع تجريبي"}), nil)
	var c collector
	if err := p.PollOnce(context.Background(), c.emit); err != nil {
		t.Fatalf("PollOnce() error = %v", err)
	}
	// Oldest first.
	if diff := cmp.Diff([]string{"الخبر الأول", "الخبر الثاني", "الخبر الثالث"}, c.titles()); diff != "" {
		t.Errorf("first poll titles mismatch (-want +got):\n%s", diff)
	}
	first := c.items[0]
	want := &marsad.RawItem{Origin: srv.URL + "/rss", ID: "1", URL: "https://site.example/1", Title: "الخبر الأول",
		Source: "موقع تجريبي", Published: pub(10), Text: "ملخص ١", Summary: "ملخص ١"}
	if diff := cmp.Diff(want, first); diff != "" {
		t.Errorf("first item mismatch (-want +got):\n%s", diff)
	}

	c.reset()
	clock.Advance(5 * time.Minute)
	if err := p.PollOnce(context.Background(), c.emit); err != nil {
		t.Fatalf("PollOnce() error = %v", err)
	}
	if got := c.titles(); len(got) != 0 {
		t.Errorf("second poll emitted %v, want nothing (304)", got)
	}
	if full.Load() != 1 || notModified.Load() != 1 {
		t.Errorf("server saw %d full and %d 304 answers, want 1 and 1", full.Load(), notModified.Load())
	}
	st := statusOf(t, p, srv.URL+"/rss")
	if st.NotModified != 1 || st.ItemsSeen != 3 || st.Failures != 0 || st.LastError != "" {
		t.Errorf("Status() = %+v, want 1 not-modified, 3 items, no failure", st)
	}
	if want := clock.Now().Add(5 * time.Minute); !st.NextPoll.Equal(want) {
		t.Errorf("NextPoll = %v, want %v", st.NextPoll, want)
	}
}

func TestOnlyNewItemsDelivered(t *testing.T) {
	var mu sync.Mutex
	items := threeItems()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		w.Write(rssDoc("s", items...)) // no validators: dedupe must do the work
	}))
	defer srv.Close()
	clock := newTestClock()
	p := mustNew(t, testConfig(clock, FeedConfig{URL: srv.URL}), nil)
	var c collector
	if err := p.PollOnce(context.Background(), c.emit); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	items = append([]testItem{
		{GUID: "5", Link: "https://site.example/5", Title: "خامس", Pub: pub(14)},
		{GUID: "4", Link: "https://site.example/4", Title: "رابع", Pub: pub(13)},
	}, items[:2]...) // item 1 dropped out of the feed
	// Item 2 changes its GUID but keeps its link: still the same item.
	items[3].GUID = "2-renamed"
	mu.Unlock()
	c.reset()
	clock.Advance(time.Hour)
	if err := p.PollOnce(context.Background(), c.emit); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"رابع", "خامس"}, c.titles()); diff != "" {
		t.Errorf("second poll titles mismatch (-want +got):\n%s", diff)
	}
	if got := statusOf(t, p, srv.URL).Name; got != "s" {
		t.Errorf("Status().Name = %q, want the feed title %q", got, "s")
	}
}

func TestBackoffGrowsCapsAndResets(t *testing.T) {
	var failing atomic.Bool
	failing.Store(true)
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if failing.Load() {
			http.Error(w, "boom", http.StatusInternalServerError)
			return
		}
		w.Write(rssDoc("ok", threeItems()...))
	}))
	defer srv.Close()
	clock := newTestClock()
	cfg := testConfig(clock, FeedConfig{URL: srv.URL, Interval: 10 * time.Minute})
	cfg.MaxBackoff = 2 * time.Hour
	p := mustNew(t, cfg, nil)
	var c collector
	ctx := context.Background()

	// interval·2ⁿ·1.05 (jitter 0.5), capped at 2h.
	wants := []time.Duration{21 * time.Minute, 42 * time.Minute, 84 * time.Minute, 2 * time.Hour, 2 * time.Hour}
	for i, want := range wants {
		if err := p.PollOnce(ctx, c.emit); err != nil {
			t.Fatal(err)
		}
		st := statusOf(t, p, srv.URL)
		if st.Failures != i+1 || st.LastErrorCode != marsad.EUNAVAILABLE || !strings.Contains(st.LastError, "HTTP 500") {
			t.Fatalf("after failure %d: Status() = %+v, want %d failures, code unavailable, HTTP 500", i+1, st, i+1)
		}
		if got := st.NextPoll.Sub(clock.Now()); got != want {
			t.Errorf("backoff after failure %d = %v, want %v", i+1, got, want)
		}
		// Not due yet: nothing is fetched.
		before := hits.Load()
		clock.Advance(want - time.Second)
		if err := p.PollOnce(ctx, c.emit); err != nil {
			t.Fatal(err)
		}
		if hits.Load() != before {
			t.Errorf("feed fetched %v before its backoff expired", want-time.Second)
		}
		clock.Advance(time.Second)
	}

	failing.Store(false)
	if err := p.PollOnce(ctx, c.emit); err != nil {
		t.Fatal(err)
	}
	st := statusOf(t, p, srv.URL)
	if st.Failures != 0 || st.LastError != "" || st.NextPoll.Sub(clock.Now()) != 10*time.Minute || len(c.titles()) != 3 {
		t.Errorf("after success: Status() = %+v, items %d, want failures reset, next poll in 10m, 3 items", st, len(c.titles()))
	}
}

func TestRetryAfter(t *testing.T) {
	clock := newTestClock()
	tests := []struct {
		name   string
		status int
		header string
		want   time.Duration
	}{
		{"429 seconds", http.StatusTooManyRequests, "7200", 2 * time.Hour},
		{"503 date", http.StatusServiceUnavailable, clock.Now().Add(3 * time.Hour).Format(http.TimeFormat), 3 * time.Hour},
		{"429 shorter than backoff", http.StatusTooManyRequests, "5", 10*time.Minute + 30*time.Second},
		{"503 without header", http.StatusServiceUnavailable, "", 10*time.Minute + 30*time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if tt.header != "" {
					w.Header().Set("Retry-After", tt.header)
				}
				w.WriteHeader(tt.status)
			}))
			defer srv.Close()
			p := mustNew(t, testConfig(clock, FeedConfig{URL: srv.URL}), nil)
			if err := p.PollOnce(context.Background(), (&collector{}).emit); err != nil {
				t.Fatal(err)
			}
			st := statusOf(t, p, srv.URL)
			if got := st.NextPoll.Sub(clock.Now()); got != tt.want {
				t.Errorf("next poll after %d Retry-After %q = %v, want %v (error %q)", tt.status, tt.header, got, tt.want, st.LastError)
			}
			if st.LastErrorCode != marsad.EUNAVAILABLE {
				t.Errorf("LastErrorCode = %q, want %q", st.LastErrorCode, marsad.EUNAVAILABLE)
			}
		})
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 29, 3, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"", 0},
		{"120", 2 * time.Minute},
		{" 30 ", 30 * time.Second},
		{"0", 0},
		{"-5", 0},
		{"soon", 0},
		{"99999999999", maxRetryAfter},
		{now.Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second},
		{now.Add(-time.Hour).Format(http.TimeFormat), 0},
	}
	for _, tt := range tests {
		if got := parseRetryAfter(tt.in, now); got != tt.want {
			t.Errorf("parseRetryAfter(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestPolitenessPerHost polls two feeds on one host with room for both to
// run at once, and checks the server never saw overlapping requests and the
// gap between them respected the delay.
func TestPolitenessPerHost(t *testing.T) {
	const delay = 150 * time.Millisecond
	var (
		mu        sync.Mutex
		inFlight  int
		maxFlight int
		spans     [][2]time.Time
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		inFlight++
		maxFlight = max(maxFlight, inFlight)
		start := time.Now()
		mu.Unlock()
		time.Sleep(30 * time.Millisecond)
		w.Write(rssDoc(r.URL.Path, testItem{GUID: r.URL.Path, Title: r.URL.Path}))
		mu.Lock()
		inFlight--
		spans = append(spans, [2]time.Time{start, time.Now()})
		mu.Unlock()
	}))
	defer srv.Close()
	clock := newTestClock()
	cfg := testConfig(clock, FeedConfig{URL: srv.URL + "/a"}, FeedConfig{URL: srv.URL + "/b"}, FeedConfig{URL: srv.URL + "/c"})
	cfg.PolitenessDelay = delay
	cfg.Concurrency = 3
	p := mustNew(t, cfg, nil)
	var c collector
	if err := p.PollOnce(context.Background(), c.emit); err != nil {
		t.Fatal(err)
	}
	if len(c.titles()) != 3 {
		t.Fatalf("PollOnce emitted %v, want 3 items", c.titles())
	}
	if maxFlight != 1 {
		t.Errorf("max concurrent requests to one host = %d, want 1", maxFlight)
	}
	for i := 1; i < len(spans); i++ {
		if gap := spans[i][0].Sub(spans[i-1][1]); gap < delay {
			t.Errorf("gap between request %d and %d = %v, want >= %v", i, i+1, gap, delay)
		}
	}
}

func TestSizeLimit(t *testing.T) {
	big := rssDoc("big", testItem{GUID: "1", Title: "كبير", Desc: strings.Repeat("نص طويل جداً ", 2000)})
	tests := []struct {
		name    string
		handler http.HandlerFunc
	}{
		{"content-length", func(w http.ResponseWriter, r *http.Request) { w.Write(big) }},
		{"gzip inflating past the limit", func(w http.ResponseWriter, r *http.Request) {
			var zb bytes.Buffer
			zw := gzip.NewWriter(&zb)
			zw.Write(big)
			zw.Close()
			if zb.Len() >= 4096 {
				panic("compressed fixture is not smaller than the limit")
			}
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(zb.Bytes())
		}},
		{"chunked", func(w http.ResponseWriter, r *http.Request) {
			for i := 0; i < len(big); i += 1000 {
				w.Write(big[i:min(i+1000, len(big))])
				w.(http.Flusher).Flush()
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(tt.handler)
			defer srv.Close()
			clock := newTestClock()
			cfg := testConfig(clock, FeedConfig{URL: srv.URL})
			cfg.MaxFeedBytes = 4096
			p := mustNew(t, cfg, nil)
			var c collector
			if err := p.PollOnce(context.Background(), c.emit); err != nil {
				t.Fatal(err)
			}
			st := statusOf(t, p, srv.URL)
			if st.LastErrorCode != marsad.ETOOLARGE || !strings.Contains(st.LastError, "4096") || len(c.titles()) != 0 {
				t.Errorf("Status() = %+v, items %v, want too_large naming the 4096-byte limit and no items", st, c.titles())
			}
		})
	}
}

func TestMalformedFeedDoesNotAffectOthers(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/bad", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><item><title>مقطوع`))
	})
	mux.HandleFunc("/html", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<html><body>moved</body></html>`))
	})
	mux.HandleFunc("/good", func(w http.ResponseWriter, r *http.Request) { w.Write(rssDoc("good", threeItems()...)) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	clock := newTestClock()
	p := mustNew(t, testConfig(clock, FeedConfig{URL: srv.URL + "/bad"}, FeedConfig{URL: srv.URL + "/html"}, FeedConfig{URL: srv.URL + "/good"}), nil)
	var c collector
	if err := p.PollOnce(context.Background(), c.emit); err != nil {
		t.Fatalf("PollOnce() error = %v, want nil (feed failures are recorded, not returned)", err)
	}
	if len(c.titles()) != 3 {
		t.Errorf("good feed emitted %v, want 3 items", c.titles())
	}
	for _, path := range []string{"/bad", "/html"} {
		st := statusOf(t, p, srv.URL+path)
		if st.Failures != 1 || st.LastErrorCode != marsad.EINVALID || !strings.Contains(st.LastError, "parse feed") {
			t.Errorf("Status(%s) = %+v, want 1 failure with an EINVALID parse error", path, st)
		}
		if got := st.NextPoll.Sub(clock.Now()); got != 10*time.Minute+30*time.Second {
			t.Errorf("Status(%s) backoff = %v, want %v", path, got, 10*time.Minute+30*time.Second)
		}
	}
}

func TestSummaryOnlyFetchesPage(t *testing.T) {
	long := strings.Repeat("هذه فقرة كاملة من نص المقال تكفي للتحليل دون جلب الصفحة. ", 12)
	page := []byte(`<html><head><title>مقال</title></head><body><article><p>النص الكامل للمقال.</p></article></body></html>`)
	var pageHits atomic.Int32
	mux := http.NewServeMux()
	var srvURL string
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		w.Write(rssDoc("s",
			testItem{GUID: "short", Link: srvURL + "/article/1", Title: "قصير", Desc: "ملخص قصير فقط", Pub: pub(1)},
			testItem{GUID: "long", Link: srvURL + "/article/2", Title: "طويل", Desc: "ملخص", Content: "<p>" + long + "</p>", Pub: pub(2)},
			testItem{GUID: "missing", Link: srvURL + "/article/404", Title: "مفقود", Desc: "ملخص الصفحة المفقودة", Pub: pub(3)},
			testItem{GUID: "pdf", Link: srvURL + "/doc.pdf", Title: "ملف", Desc: "ملخص الملف", Pub: pub(4)},
		))
	})
	mux.HandleFunc("/article/1", func(w http.ResponseWriter, r *http.Request) {
		pageHits.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/article/2", func(w http.ResponseWriter, r *http.Request) {
		pageHits.Add(1)
		w.Write(page)
	})
	mux.HandleFunc("/doc.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.4"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	srvURL = srv.URL
	clock := newTestClock()
	cfg := testConfig(clock, FeedConfig{URL: srv.URL + "/rss"})
	cfg.FetchPages = true
	p := mustNew(t, cfg, nil)
	var c collector
	if err := p.PollOnce(context.Background(), c.emit); err != nil {
		t.Fatal(err)
	}
	if len(c.items) != 4 {
		t.Fatalf("PollOnce emitted %v, want 4 items", c.titles())
	}
	short, full, missing, pdf := c.items[0], c.items[1], c.items[2], c.items[3]
	if string(short.HTML) != string(page) || short.Summary != "ملخص قصير فقط" || short.Text != "" {
		t.Errorf("summary-only item = HTML %q Summary %q Text %q, want the page HTML and the summary", short.HTML, short.Summary, short.Text)
	}
	if full.HTML != nil || !strings.HasPrefix(full.Text, "هذه فقرة كاملة") {
		t.Errorf("full-content item = HTML %d bytes, Text %.40q, want no page and the feed text", len(full.HTML), full.Text)
	}
	for _, it := range []*marsad.RawItem{missing, pdf} {
		if it.HTML != nil || it.Text != it.Summary || it.Summary == "" {
			t.Errorf("item %q with unfetchable page = HTML %q Text %q Summary %q, want the summary as text", it.Title, it.HTML, it.Text, it.Summary)
		}
	}
	if pageHits.Load() != 1 {
		t.Errorf("article pages fetched %d times, want 1 (only the summary-only item)", pageHits.Load())
	}
	if st := statusOf(t, p, srv.URL+"/rss"); st.PageErrors != 2 || st.Failures != 0 {
		t.Errorf("Status() = %+v, want 2 page errors and no feed failure", st)
	}
}

func TestPageFetchOff(t *testing.T) {
	var pageHits atomic.Int32
	mux := http.NewServeMux()
	var srvURL string
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		w.Write(rssDoc("s", testItem{GUID: "x", Link: srvURL + "/a", Title: "ت", Desc: "ملخص"}))
	})
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) { pageHits.Add(1) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	srvURL = srv.URL
	p := mustNew(t, testConfig(newTestClock(), FeedConfig{URL: srv.URL + "/rss"}), nil)
	var c collector
	if err := p.PollOnce(context.Background(), c.emit); err != nil {
		t.Fatal(err)
	}
	if len(c.items) != 1 || c.items[0].Text != "ملخص" || pageHits.Load() != 0 {
		t.Errorf("with FetchPages off: items %+v, page hits %d, want the summary as text and no page fetch", c.items, pageHits.Load())
	}
}

func TestRedirectAndUserAgent(t *testing.T) {
	var ua atomic.Value
	mux := http.NewServeMux()
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/new", http.StatusMovedPermanently) })
	mux.HandleFunc("/new", func(w http.ResponseWriter, r *http.Request) {
		ua.Store(r.Header.Get("User-Agent"))
		w.Write(rssDoc("moved", threeItems()...))
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	cfg := testConfig(newTestClock(), FeedConfig{URL: srv.URL + "/old"}, FeedConfig{URL: srv.URL + "/loop"})
	cfg.ContactURL = "https://marsad.example/contact"
	p := mustNew(t, cfg, nil)
	var c collector
	if err := p.PollOnce(context.Background(), c.emit); err != nil {
		t.Fatal(err)
	}
	if len(c.titles()) != 3 {
		t.Errorf("redirected feed emitted %v, want 3 items", c.titles())
	}
	if got, _ := ua.Load().(string); got != "Marsad/1.0 (+https://marsad.example/contact)" {
		t.Errorf("User-Agent = %q, want Marsad with the contact URL", got)
	}
	if st := statusOf(t, p, srv.URL+"/loop"); !strings.Contains(st.LastError, "redirects") {
		t.Errorf("redirect loop: LastError = %q, want a too-many-redirects error", st.LastError)
	}
}

func TestTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	cfg := testConfig(newTestClock(), FeedConfig{URL: srv.URL})
	cfg.Timeout = 100 * time.Millisecond
	p := mustNew(t, cfg, nil)
	if err := p.PollOnce(context.Background(), (&collector{}).emit); err != nil {
		t.Fatal(err)
	}
	if st := statusOf(t, p, srv.URL); st.LastErrorCode != marsad.EUNAVAILABLE || !strings.Contains(st.LastError, "timeout") || st.Failures != 1 {
		t.Errorf("Status() = %+v, want one unavailable timeout failure", st)
	}
}

func TestStateSurvivesRestart(t *testing.T) {
	var requests, conditional atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		if r.Header.Get("If-None-Match") == `"e1"` {
			conditional.Add(1)
		}
		// Answers 200 even to conditional requests: dedupe must come from
		// the persisted seen ids.
		w.Header().Set("ETag", `"e1"`)
		w.Write(rssDoc("s", threeItems()...))
	}))
	defer srv.Close()
	dir := t.TempDir()
	clock := newTestClock()
	cfg := testConfig(clock, FeedConfig{URL: srv.URL})

	store, err := NewFileStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	p := mustNew(t, cfg, store)
	var c collector
	if err := p.PollOnce(context.Background(), c.emit); err != nil {
		t.Fatal(err)
	}
	if len(c.titles()) != 3 {
		t.Fatalf("first run emitted %v, want 3", c.titles())
	}

	// Restart: a new store and poller over the same directory.
	store2, err := NewFileStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	p2 := mustNew(t, cfg, store2)
	st := statusOf(t, p2, srv.URL)
	if st.ItemsSeen != 3 || st.NextPoll.Sub(clock.Now()) != 5*time.Minute {
		t.Errorf("restarted Status() = %+v, want 3 items seen and next poll in 5m", st)
	}
	c.reset()
	if err := p2.PollOnce(context.Background(), c.emit); err != nil {
		t.Fatal(err)
	}
	if requests.Load() != 1 {
		t.Errorf("restart polled a feed that was not due: %d requests, want 1", requests.Load())
	}
	clock.Advance(5 * time.Minute)
	if err := p2.PollOnce(context.Background(), c.emit); err != nil {
		t.Fatal(err)
	}
	if len(c.titles()) != 0 || conditional.Load() != 1 {
		t.Errorf("after restart: emitted %v, conditional requests %d, want nothing new and 1 conditional request", c.titles(), conditional.Load())
	}
}

func TestEmitErrorStopsAndRedelivers(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"same"`)
		if r.Header.Get("If-None-Match") == `"same"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Write(rssDoc("s", threeItems()...))
	}))
	defer srv.Close()
	clock := newTestClock()
	p := mustNew(t, testConfig(clock, FeedConfig{URL: srv.URL}), nil)
	errFull := errors.New("queue full")
	var got []string
	n := 0
	emit := func(_ context.Context, it *marsad.RawItem) error {
		n++
		if n == 2 {
			return errFull
		}
		got = append(got, it.Title)
		return nil
	}
	if err := p.PollOnce(context.Background(), emit); !errors.Is(err, errFull) {
		t.Fatalf("PollOnce() error = %v, want %v", err, errFull)
	}
	// The validators were not saved, so the next poll gets the full feed
	// again and delivers exactly the two items not yet delivered.
	clock.Advance(time.Hour)
	if err := p.PollOnce(context.Background(), emit); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"الخبر الأول", "الخبر الثاني", "الخبر الثالث"}, got); diff != "" {
		t.Errorf("delivered titles mismatch (-want +got):\n%s", diff)
	}
}

func TestRun(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := hits.Add(1)
		items := threeItems()
		items = append([]testItem{{GUID: fmt.Sprint("new", n), Title: fmt.Sprint("جديد ", n)}}, items...)
		w.Write(rssDoc("s", items...))
	}))
	defer srv.Close()
	cfg := testConfig(newTestClock(), FeedConfig{URL: srv.URL, Interval: 40 * time.Millisecond})
	cfg.Now = nil // real clock
	p := mustNew(t, cfg, nil)
	var c collector
	ctx, cancel := context.WithTimeout(context.Background(), 400*time.Millisecond)
	defer cancel()
	if err := p.Run(ctx, c.emit); err != nil {
		t.Fatalf("Run() error = %v, want nil after cancellation", err)
	}
	h := int(hits.Load())
	if h < 3 {
		t.Errorf("Run polled %d times in 400ms at a 40ms interval, want at least 3", h)
	}
	// 3 old items once, plus one new item per poll.
	if got := len(c.titles()); got != 3+h {
		t.Errorf("Run emitted %d items over %d polls, want %d", got, h, 3+h)
	}

	// An emit failure stops Run with that error.
	p2 := mustNew(t, cfg, nil)
	errStop := errors.New("store down")
	err := p2.Run(context.Background(), func(context.Context, *marsad.RawItem) error { return errStop })
	if !errors.Is(err, errStop) {
		t.Errorf("Run() with failing emit = %v, want %v", err, errStop)
	}
}

// TestRetryAfterHoldsHost checks that a Retry-After from one feed keeps the
// poller away from the whole host: the next feed there is not requested.
func TestRetryAfterHoldsHost(t *testing.T) {
	var bHits atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) {
		bHits.Add(1)
		w.Write(rssDoc("b", threeItems()...))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	clock := newTestClock()
	cfg := testConfig(clock, FeedConfig{URL: srv.URL + "/a"}, FeedConfig{URL: srv.URL + "/b"})
	cfg.Concurrency = 1 // /a first, then /b
	p := mustNew(t, cfg, nil)
	if err := p.PollOnce(context.Background(), (&collector{}).emit); err != nil {
		t.Fatal(err)
	}
	if bHits.Load() != 0 {
		t.Errorf("feed /b on a host inside its Retry-After was requested %d times, want 0", bHits.Load())
	}
	st := statusOf(t, p, srv.URL+"/b")
	if st.LastErrorCode != marsad.EUNAVAILABLE || !strings.Contains(st.LastError, "Retry-After") {
		t.Errorf("Status(/b) = %+v, want an unavailable Retry-After error", st)
	}
	if d := st.NextPoll.Sub(clock.Now()); d < 59*time.Minute {
		t.Errorf("Status(/b) next poll in %v, want about an hour", d)
	}
}

func TestPageSizeLimit(t *testing.T) {
	mux := http.NewServeMux()
	var srvURL string
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		w.Write(rssDoc("s", testItem{GUID: "big", Link: srvURL + "/big", Title: "ص", Desc: "ملخص"}))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body>" + strings.Repeat("<p>نص</p>", 1000) + "</body></html>"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	srvURL = srv.URL
	cfg := testConfig(newTestClock(), FeedConfig{URL: srv.URL + "/rss"})
	cfg.FetchPages = true
	cfg.MaxPageBytes = 2048
	p := mustNew(t, cfg, nil)
	var c collector
	if err := p.PollOnce(context.Background(), c.emit); err != nil {
		t.Fatal(err)
	}
	if len(c.items) != 1 || c.items[0].HTML != nil || c.items[0].Text != "ملخص" {
		t.Errorf("page over MaxPageBytes: items %+v, want the summary and no HTML", c.items)
	}
	if st := statusOf(t, p, srv.URL+"/rss"); st.PageErrors != 1 || !strings.Contains(st.LastPageError, "exceeds the limit of 2048") {
		t.Errorf("Status() page errors = %d, last %q, want 1 naming the 2048-byte limit", st.PageErrors, st.LastPageError)
	}
}

// TestPolitenessFeedAndPages checks that article-page fetches share the host
// gate with the feed fetch: no overlap and the delay between all of them.
func TestPolitenessFeedAndPages(t *testing.T) {
	const delay = 100 * time.Millisecond
	var (
		mu    sync.Mutex
		spans [][2]time.Time
		paths []string
	)
	var srvURL string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		if r.URL.Path == "/rss" {
			w.Write(rssDoc("s",
				testItem{GUID: "1", Link: srvURL + "/p1", Title: "أ", Desc: "قصير", Pub: pub(1)},
				testItem{GUID: "2", Link: srvURL + "/p2", Title: "ب", Desc: "قصير", Pub: pub(2)}))
		} else {
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<html><body><p>صفحة</p></body></html>"))
		}
		mu.Lock()
		spans = append(spans, [2]time.Time{start, time.Now()})
		paths = append(paths, r.URL.Path)
		mu.Unlock()
	}))
	defer srv.Close()
	srvURL = srv.URL
	cfg := testConfig(newTestClock(), FeedConfig{URL: srv.URL + "/rss"})
	cfg.PolitenessDelay = delay
	cfg.FetchPages = true
	p := mustNew(t, cfg, nil)
	var c collector
	if err := p.PollOnce(context.Background(), c.emit); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"/rss", "/p1", "/p2"}, paths); diff != "" {
		t.Fatalf("requests mismatch (-want +got):\n%s", diff)
	}
	for i := 1; i < len(spans); i++ {
		if gap := spans[i][0].Sub(spans[i-1][1]); gap < delay {
			t.Errorf("gap before %s = %v, want >= %v", paths[i], gap, delay)
		}
	}
}
