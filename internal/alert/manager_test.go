package alert

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// receiver is a loopback webhook endpoint that records what it gets.
type receiver struct {
	srv    *httptest.Server
	secret []byte
	fail   atomic.Int32 // answer 500 to this many requests first
	mu     sync.Mutex
	got    []Notification
	bad    int // requests with a wrong signature
	hits   atomic.Int32
	notify chan struct{}
}

func newReceiver(t *testing.T, secret string) *receiver {
	r := &receiver{secret: []byte(secret), notify: make(chan struct{}, 100)}
	r.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		r.hits.Add(1)
		body, _ := io.ReadAll(req.Body)
		if r.fail.Load() > 0 {
			r.fail.Add(-1)
			http.Error(w, "down", http.StatusInternalServerError)
			return
		}
		r.mu.Lock()
		defer r.mu.Unlock()
		if !Verify(r.secret, body, req.Header.Get(SignatureHeader)) {
			r.bad++
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		var n Notification
		if err := json.Unmarshal(body, &n); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		r.got = append(r.got, n)
		r.notify <- struct{}{}
	}))
	t.Cleanup(r.srv.Close)
	return r
}

func (r *receiver) wait(t *testing.T, n int) []Notification {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		r.mu.Lock()
		if len(r.got) >= n {
			out := append([]Notification(nil), r.got...)
			r.mu.Unlock()
			return out
		}
		r.mu.Unlock()
		select {
		case <-r.notify:
		case <-deadline:
			t.Fatalf("receiver got %d notifications, want %d", len(r.got), n)
		}
	}
}

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

func rulesWithHook(t *testing.T, url, extra string) *Rules {
	t.Helper()
	zones := testZones(t)
	src := fmt.Sprintf(`
webhooks:
  - id: test
    url: %s
    secret: s3cret
rules:
  - id: border
    name: Border strip
    types: [ASSAULT]
    places:
      - zone: {name: iraq-syria-border, within_km: 20}
    resolve_after: 6h
    notify: [test]
%s`, url, extra)
	f, err := Parse([]byte(src), zones)
	if err != nil {
		t.Fatal(err)
	}
	return Compile(f, zones)
}

// report builds an article and its analysis: one ASSAULT at lat/lon.
func report(id, source, story, date string, lat, lon float64, simhash uint64) (*marsad.Article, *marsad.Analysis) {
	text := "قصفت طائرة مسيرة موقعا لفصيل مسلح قرب البوكمال على الحدود العراقية السورية."
	a := &marsad.Article{ID: id, Source: source, URL: "https://" + source + "/news/" + id, Title: "قصف قرب البوكمال",
		Text: text, StoryID: story, SimHash: simhash}
	if t, err := time.Parse("2006-01-02", date); err == nil {
		a.Published = t.Add(9 * time.Hour)
	}
	an := &marsad.Analysis{ArticleID: id, Events: []marsad.Event{{
		ID: "ev-" + id, ArticleID: id, Type: "ASSAULT", Mode: "aerial", Date: date, Confidence: 0.8,
		Evidence: []marsad.Span{{Start: 0, End: 30}},
		Location: &marsad.Place{Name: "البوكمال", Lat: lat, Lon: lon, Country: "SYR", Admin1: "SY-DZ", Precision: 1, Kind: "city"},
	}}}
	return a, an
}

func newTestManager(t *testing.T, dir string, rs *Rules, c *clock) (*Manager, context.CancelFunc) {
	t.Helper()
	m, err := New(Config{DataDir: dir, AllowPrivate: true, Backoff: 5 * time.Millisecond, MaxBackoff: 20 * time.Millisecond,
		MaxAttempts: 3, Now: c.now, EvalInterval: time.Hour}, testZones(t), rs)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { m.Run(ctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done; m.Close() })
	return m, cancel
}

func TestAlertLifecycle(t *testing.T) {
	recv := newReceiver(t, "s3cret")
	c := &clock{t: time.Date(2026, 11, 29, 6, 0, 0, 0, time.UTC)}
	dir := t.TempDir()
	m, _ := newTestManager(t, dir, rulesWithHook(t, recv.srv.URL, ""), c)
	ctx := context.Background()

	// First report: fires (min_sources defaults to 1).
	on(m)(report("a1", "enabbaladi.net", "s1", "2026-11-29", 34.453, 40.918, 0x0f0f))
	got := recv.wait(t, 1)
	if got[0].Status != StateFiring || got[0].Update || got[0].Alert.Sources != 1 {
		t.Fatalf("first notification = %s update=%v sources=%d, want firing, new, 1 source", got[0].Status, got[0].Update, got[0].Alert.Sources)
	}
	first := got[0].Alert.ID

	// A second outlet, other story, same happening 8 km away, next day: same alert, update.
	c.add(time.Hour)
	on(m)(report("a2", "aawsat.com", "s2", "2026-11-30", 34.40, 40.99, 0xf0f0f0f0f0f0))
	got = recv.wait(t, 2)
	if got[1].Alert.ID != first || !got[1].Update || got[1].Alert.Sources != 2 {
		t.Errorf("second notification = alert %s update=%v sources=%d, want alert %s, update, 2 sources", got[1].Alert.ID, got[1].Update, got[1].Alert.Sources, first)
	}
	// A wire copy in the first story from a third outlet: one more report, no new independent source.
	on(m)(report("a3", "alsumaria.tv", "s1", "2026-11-29", 34.453, 40.918, 0x0f0f))
	// The same article re-analysed with an unchanged event: nothing changes.
	on(m)(report("a1", "enabbaladi.net", "s1", "2026-11-29", 34.453, 40.918, 0x0f0f))
	// Same type, 3 days later: a different happening.
	on(m)(report("a4", "aawsat.com", "s4", "2026-12-03", 34.453, 40.918, 0xabc))
	// Same day but far from a2's place (al-Qaim → Rabia): a different happening.
	on(m)(report("a5", "rudaw.net", "s5", "2026-11-29", 36.80, 42.10, 0xdef))
	got = recv.wait(t, 4)
	alerts := m.Alerts("border", StateFiring)
	if len(alerts) != 3 {
		t.Fatalf("firing alerts = %d, want 3", len(alerts))
	}
	var main Alert
	for _, a := range alerts {
		if a.ID == first {
			main = a
		}
	}
	if len(main.Reports) != 3 || main.Sources != 2 {
		t.Errorf("alert %s has %d reports, %d sources; want 3 reports, 2 sources", first, len(main.Reports), main.Sources)
	}
	if recv.bad != 0 {
		t.Errorf("receiver saw %d bad signatures", recv.bad)
	}
	if len(m.Notes(0)) != 4 {
		t.Errorf("Notes(0) = %d notes, want 4", len(m.Notes(0)))
	}

	// Quiet for resolve_after: resolved, and the receiver is told.
	c.add(7 * time.Hour)
	m.Resolve(ctx)
	got = recv.wait(t, 7)
	resolved := 0
	for _, n := range got {
		if n.Status == StateResolved {
			resolved++
		}
	}
	if resolved != 3 {
		t.Errorf("resolved notifications = %d, want 3", resolved)
	}
	if n := len(m.Alerts("border", StateResolved)); n != 3 {
		t.Errorf("resolved alerts = %d, want 3", n)
	}
	// Past the retention (30 days by default) resolved alerts are forgotten.
	c.add(31 * 24 * time.Hour)
	m.Resolve(ctx)
	if n := len(m.Alerts("", "")); n != 0 {
		t.Errorf("alerts after retention = %d, want 0", n)
	}
}

func TestAlertStateSurvivesRestart(t *testing.T) {
	recv := newReceiver(t, "s3cret")
	c := &clock{t: time.Date(2026, 11, 29, 6, 0, 0, 0, time.UTC)}
	dir := t.TempDir()
	rs := rulesWithHook(t, recv.srv.URL, "")
	m, err := New(Config{DataDir: dir, AllowPrivate: true, Now: c.now}, testZones(t), rs)
	if err != nil {
		t.Fatal(err)
	}
	on(m)(report("a1", "enabbaladi.net", "s1", "2026-11-29", 34.453, 40.918, 1))
	m.sender.dead(&delivery{hook: Webhook{ID: "test", URL: recv.srv.URL}, ruleID: "border", alertID: "x", attempts: 6}, "gave up")
	m.Close()

	m2, err := New(Config{DataDir: dir, AllowPrivate: true, Now: c.now}, testZones(t), rs)
	if err != nil {
		t.Fatal(err)
	}
	defer m2.Close()
	if n := len(m2.Alerts("border", StatePending)) + len(m2.Alerts("border", StateFiring)); n != 1 {
		t.Fatalf("after restart: %d active alerts, want 1", n)
	}
	// A second report after the restart joins the saved alert.
	on(m2)(report("a2", "aawsat.com", "s2", "2026-11-29", 34.46, 40.92, 2))
	as := m2.Alerts("border", "")
	if len(as) != 1 || len(as[0].Reports) != 2 {
		t.Errorf("after restart and a new report: %d alerts (reports %v), want 1 alert with 2 reports", len(as), as)
	}
	dl, err := m2.DeadLetters()
	if err != nil || len(dl) != 1 || dl[0].Reason != "gave up" {
		t.Errorf("DeadLetters() after restart = %v, %v; want the one saved", dl, err)
	}
}

func TestMinSourcesPending(t *testing.T) {
	recv := newReceiver(t, "s3cret")
	c := &clock{t: time.Date(2026, 11, 29, 6, 0, 0, 0, time.UTC)}
	rs := rulesWithHook(t, recv.srv.URL, `  - id: two-sources
    types: [ASSAULT]
    min_sources: 2
    notify: [test]
`)
	m, _ := newTestManager(t, "", rs, c)
	on(m)(report("a1", "enabbaladi.net", "s1", "2026-11-29", 34.453, 40.918, 0x0f0f))
	on(m)(report("a3", "alsumaria.tv", "s1", "2026-11-29", 34.453, 40.918, 0x0f0f)) // wire copy
	if n := len(m.Alerts("two-sources", StatePending)); n != 1 {
		t.Fatalf("pending alerts of two-sources = %d, want 1", n)
	}
	on(m)(report("a2", "aawsat.com", "s2", "2026-11-29", 34.40, 40.99, 0xf0f0f0f0f0))
	if n := len(m.Alerts("two-sources", StateFiring)); n != 1 {
		t.Fatalf("firing alerts of two-sources = %d, want 1", n)
	}
	// border fired at a1 (new), updated at a2 (second source); two-sources fired at a2.
	recv.wait(t, 3)
}

func TestWebhookRetriesAndDeadLetters(t *testing.T) {
	c := &clock{t: time.Date(2026, 11, 29, 6, 0, 0, 0, time.UTC)}
	t.Run("recovers after retries", func(t *testing.T) {
		recv := newReceiver(t, "s3cret")
		recv.fail.Store(2)
		m, _ := newTestManager(t, "", rulesWithHook(t, recv.srv.URL, ""), c)
		on(m)(report("a1", "x.org", "s1", "2026-11-29", 34.453, 40.918, 1))
		recv.wait(t, 1)
		if h := recv.hits.Load(); h != 3 {
			t.Errorf("receiver hits = %d, want 3 (2 failures, 1 success)", h)
		}
	})
	t.Run("dead letter after max attempts", func(t *testing.T) {
		recv := newReceiver(t, "s3cret")
		recv.fail.Store(100)
		m, _ := newTestManager(t, "", rulesWithHook(t, recv.srv.URL, ""), c)
		on(m)(report("a1", "x.org", "s1", "2026-11-29", 34.453, 40.918, 1))
		deadline := time.Now().Add(10 * time.Second)
		for {
			dl, _ := m.DeadLetters()
			if len(dl) == 1 {
				if dl[0].Attempts != 3 || !strings.Contains(dl[0].Reason, "HTTP 500") {
					t.Errorf("dead letter = %d attempts, %q; want 3 attempts, HTTP 500", dl[0].Attempts, dl[0].Reason)
				}
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("no dead letter after 10 s")
			}
			time.Sleep(5 * time.Millisecond)
		}
	})
	t.Run("private address refused", func(t *testing.T) {
		recv := newReceiver(t, "s3cret")
		m, err := New(Config{MaxAttempts: 1, Now: c.now}, testZones(t), rulesWithHook(t, recv.srv.URL, ""))
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { m.Run(ctx); close(done) }()
		defer func() { cancel(); <-done }()
		on(m)(report("a1", "x.org", "s1", "2026-11-29", 34.453, 40.918, 1))
		deadline := time.Now().Add(10 * time.Second)
		for {
			dl, _ := m.DeadLetters()
			if len(dl) == 1 {
				if !strings.Contains(dl[0].Reason, "not public") {
					t.Errorf("dead letter reason = %q, want 'not public'", dl[0].Reason)
				}
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("no dead letter after 10 s")
			}
			time.Sleep(5 * time.Millisecond)
		}
		if recv.hits.Load() != 0 {
			t.Errorf("receiver on loopback was reached %d times without allow-private", recv.hits.Load())
		}
	})
	t.Run("full queue never blocks", func(t *testing.T) {
		block := make(chan struct{})
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-block }))
		defer srv.Close()
		defer close(block)
		m, err := New(Config{AllowPrivate: true, Workers: 1, Queue: 2, Now: c.now}, testZones(t), rulesWithHook(t, srv.URL, ""))
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		for i := range 10 { // far apart: 10 alerts, 10 deliveries; nothing consumes the queue
			on(m)(report(fmt.Sprint("a", i), "x.org", fmt.Sprint("s", i), fmt.Sprintf("2026-11-%02d", 1+3*i%28), 34.453, 40.918, uint64(i)))
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("OnStored with a full queue took %v", d)
		}
		dl, _ := m.DeadLetters()
		if len(dl) != 8 || dl[0].Reason != "delivery queue full" {
			t.Errorf("dead letters = %d (first %+v), want 8 with reason 'delivery queue full'", len(dl), dl)
		}
	})
}

func TestSign(t *testing.T) {
	// HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), RFC 4231-style known answer.
	got := Sign([]byte("key"), []byte("The quick brown fox jumps over the lazy dog"))
	want := "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"
	if got != want {
		t.Errorf("Sign = %s, want %s", got, want)
	}
	if Verify([]byte("other"), []byte("x"), Sign([]byte("key"), []byte("x"))) {
		t.Error("Verify accepted a signature made with another key")
	}
}

func TestBackoff(t *testing.T) {
	for n := 1; n <= 10; n++ {
		nominal := min(time.Second<<(n-1), time.Minute)
		for range 50 {
			d := backoff(time.Second, time.Minute, n)
			if d < nominal/2 || d > nominal {
				t.Fatalf("backoff(1s, 1m, %d) = %v, want in [%v, %v]", n, d, nominal/2, nominal)
			}
		}
	}
}

// on adapts OnStored to take report's two results directly.
func on(m *Manager) func(*marsad.Article, *marsad.Analysis) {
	return func(a *marsad.Article, an *marsad.Analysis) { m.OnStored(context.Background(), a, an) }
}
