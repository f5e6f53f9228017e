package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
	"github.com/marsad/marsad/internal/pipeline"
	"github.com/marsad/marsad/internal/queue"
	"github.com/marsad/marsad/internal/queue/jetstream"
	"github.com/marsad/marsad/internal/queue/jetstream/jetstreamtest"
	"github.com/marsad/marsad/internal/source"
	"github.com/marsad/marsad/internal/store/sqlite"
)

// TestStandaloneAlertRole runs `serve --roles=process` and `serve
// --roles=api,alert` with a queue: the process worker stores queued
// articles and publishes them to the change feed; the alert process, which
// stores nothing, raises the alerts; an analyst's deletion through its API
// reaches the alerts through the feed too.
func TestStandaloneAlertRole(t *testing.T) {
	if err := validateRoles([]string{"alert"}, ""); err == nil || !strings.Contains(err.Error(), "needs a queue") {
		t.Errorf("validateRoles(alert, no queue) = %v, want a queue asked for", err)
	}
	if err := validateRoles([]string{"alert"}, "nats://127.0.0.1:4222"); err != nil {
		t.Errorf("validateRoles(alert, queue) = %v", err)
	}
	qURL := jetstreamtest.URL(t) + "?prefix=TESTALERT" + jetstreamtest.Suffix()
	qc, err := queueConfig(qURL)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	q, err := jetstream.Open(ctx, qc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Delete(context.Background()); q.Close() })
	// The alert consumer starts at the feed's end: create it before anything is stored.
	if err := q.OpenChangeConsumer(ctx, alertConsumer); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(t.TempDir(), "data")
	os.MkdirAll(data, 0o755)
	os.WriteFile(filepath.Join(data, "rules.yaml"), []byte("rules:\n  - id: anything\n    name: every current event\n"), 0o644)

	serve := func(ctx context.Context, args ...string) (string, <-chan int, *syncBuffer) {
		return startServe(t, ctx, append([]string{"serve", "--addr", "127.0.0.1:0", "--data", data, "--queue", qURL}, args...)...)
	}
	type alertJSON struct {
		ID      string `json:"id"`
		State   string `json:"state"`
		Sources int    `json:"sources"`
		Reports []struct {
			EventID string `json:"event_id"`
		} `json:"reports"`
	}
	alerts := func(base string) []alertJSON {
		t.Helper()
		resp, err := http.Get(base + "/api/v1/alerts")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var env struct {
			Data struct {
				Alerts []alertJSON `json:"alerts"`
			} `json:"data"`
		}
		json.NewDecoder(resp.Body).Decode(&env)
		return env.Data.Alerts
	}

	actx, acancel := context.WithCancel(ctx)
	api, adone, alog := serve(actx, "--roles", "api,alert")
	defer func() { acancel(); <-adone }()
	// An API process without the alert role says where alerts are.
	octx, ocancel := context.WithCancel(ctx)
	other, odone, _ := serve(octx, "--roles", "api")
	resp, err := http.Get(other + "/api/v1/alerts")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(b), "no alert role") {
		t.Errorf("GET /api/v1/alerts on an api-only process = %d %s, want 503 naming the alert role", resp.StatusCode, b)
	}
	ocancel()
	<-odone
	pctx, pcancel := context.WithCancel(ctx)
	proc, pdone, plog := serve(pctx, "--roles", "process", "--workers", "1")
	defer func() { pcancel(); <-pdone }()

	// Our own articles: two outlets' reports of one drone strike, and others.
	f, err := os.Open(filepath.Join("..", "..", "internal", "alert", "testdata", "articles", "border.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		it, err := source.DecodeJSON(sc.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		if err := q.Publish(ctx, &it); err != nil {
			t.Fatal(err)
		}
		n++
	}
	var got []alertJSON
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		got = alerts(api)
		reports := 0
		for _, a := range got {
			reports += len(a.Reports)
		}
		if len(got) > 0 && reports >= n {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("alert process has %d alerts after the process worker stored %d articles\nprocess log: %s\nalert log: %s", len(got), n, plog.String(), alog.String())
		}
	}
	t.Logf("%d articles stored by the process worker; %d alerts in the alert process", n, len(got))
	if resp, err := http.Get(proc + "/metrics"); err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if !regexp.MustCompile(`(?m)^marsad_alert_changes_published_total [1-9]`).Match(b) || !strings.Contains(string(b), "marsad_alert_changes_failed_total 0") {
			t.Errorf("process worker metrics lack published changes: %s", regexp.MustCompile(`(?m)^marsad_alert.*$`).FindAll(b, -1))
		}
	}
	if strings.Contains(plog.String(), "alerts will not see") {
		t.Errorf("publishing to the change feed failed: %s", plog.String())
	}
	// The last change is acknowledged just after it is applied.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		resp, err := http.Get(api + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if strings.Contains(string(b), "marsad_alert_changes_pending 0") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("alert process metrics: %s, want marsad_alert_changes_pending 0", regexp.MustCompile(`(?m)^marsad_alert.*$`).FindAll(b, -1))
		}
	}
	// Delete the event of a one-report alert through the API: the alert resolves.
	var target alertJSON
	for _, a := range got {
		if len(a.Reports) == 1 && a.State == "firing" {
			target = a
		}
	}
	if target.ID == "" {
		t.Fatalf("no firing alert with one report among %+v", got)
	}
	tok, err := os.ReadFile(filepath.Join(data, "token"))
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest("DELETE", api+"/api/v1/events/"+target.Reports[0].EventID+"?note=test", nil)
	req.Header.Set("Authorization", "Bearer "+strings.TrimSpace(string(tok)))
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("DELETE event = %d", resp.StatusCode)
	}
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		state := ""
		for _, a := range alerts(api) {
			if a.ID == target.ID {
				state = a.State
			}
		}
		if state == "resolved" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("alert %s is %q after its only event was deleted, want resolved\nalert log: %s", target.ID, state, alog.String())
		}
	}
}

// flakyFeed fails its first fail publishes.
type flakyFeed struct {
	fail int
	got  []queue.Change
}

func (f *flakyFeed) PublishChange(ctx context.Context, c queue.Change, id string) error {
	if f.fail > 0 {
		f.fail--
		return marsad.Errorf(marsad.EUNAVAILABLE, "nats down")
	}
	f.got = append(f.got, c)
	return nil
}

func (f *flakyFeed) ConsumeChanges(ctx context.Context, name string, h queue.ChangeHandler) error {
	return nil
}

// TestChangePublisherRetries: publishing is retried twice; a change that
// still fails is counted and logged, never silently lost.
func TestChangePublisherRetries(t *testing.T) {
	a := &marsad.Article{ID: "a1"}
	an := &marsad.Analysis{ArticleID: "a1", Events: []marsad.Event{{ID: "e1", Type: "AID"}}}
	var logb strings.Builder
	for _, tc := range []struct {
		fail              int
		published, failed float64
	}{{0, 1, 0}, {2, 1, 0}, {3, 0, 1}} {
		feed := &flakyFeed{fail: tc.fail}
		logb.Reset()
		p := newChangePublisher(feed, slog.New(slog.NewTextHandler(&logb, nil)))
		p.retry = time.Millisecond
		p.stored(context.Background(), a, an)
		p.stored(context.Background(), a, &marsad.Analysis{ArticleID: "a1"}) // no events: nothing to tell
		if got, fail := counterValue(t, p.published), counterValue(t, p.failed); got != tc.published || fail != tc.failed {
			t.Errorf("%d failures: published %v, failed %v; want %v, %v", tc.fail, got, fail, tc.published, tc.failed)
		}
		if tc.failed > 0 && !strings.Contains(logb.String(), "publishing a change failed") {
			t.Errorf("a lost change is not logged: %s", logb.String())
		}
	}
	feed := &flakyFeed{}
	p := newChangePublisher(feed, slog.New(slog.DiscardHandler))
	p.correction(context.Background(), a, marsad.EventChange{Seq: 7, EventID: "e1", Action: marsad.ChangeDelete})
	if len(feed.got) != 1 || feed.got[0].Kind != queue.ChangeEvent || feed.got[0].Event.Seq != 7 || feed.got[0].ArticleID != "a1" {
		t.Errorf("correction published %+v", feed.got)
	}
}

func counterValue(t *testing.T, c interface{ Write(*dto.Metric) error }) float64 {
	t.Helper()
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetCounter().GetValue()
}

// oneEvent codes every article as one AID event.
type oneEvent struct{}

func (oneEvent) Analyze(_ context.Context, a *marsad.Article) (*marsad.Analysis, error) {
	return &marsad.Analysis{ArticleID: a.ID, Events: []marsad.Event{{Type: "AID", Evidence: []marsad.Span{{Start: 0, End: 3}}}}}, nil
}

// testMessage is one delivery of a queued item; it records how it was settled.
type testMessage struct {
	it      *marsad.RawItem
	attempt int
	settled string
}

func (m *testMessage) Item() *marsad.RawItem { return m.it }
func (m *testMessage) Attempt() int          { return m.attempt }
func (m *testMessage) Ack() error            { m.settled = "ack"; return nil }
func (m *testMessage) Nak(time.Duration) error {
	m.settled = "nak"
	return nil
}
func (m *testMessage) Term(string) error { m.settled = "term"; return nil }

// TestQueuedItemWaitsForItsChange: a queue worker acknowledges an item only
// once the alert role's change for it is published. When publishing fails
// the item is Nak'ed, although the article is stored; the redelivery, which
// the store sees as a duplicate, publishes the stored article's change.
func TestQueuedItemWaitsForItsChange(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "marsad.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	feed := &flakyFeed{fail: 3} // every attempt of the first delivery fails
	pub := newChangePublisher(feed, slog.New(slog.DiscardHandler))
	pub.retry = time.Millisecond
	r, err := pipeline.New(pipeline.Config{Analyze: true}, pipeline.Deps{Store: st, Prepare: cluster.Prepare, Analyzer: oneEvent{}, OnStored: pub.stored})
	if err != nil {
		t.Fatal(err)
	}
	it := &marsad.RawItem{Origin: "test", URL: "https://example.org/a/1", Title: "خبر", Text: "وصلت قافلة مساعدات إلى المدينة صباح اليوم.", Published: time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)}
	log := slog.New(slog.DiscardHandler)

	first := &testMessage{it: it, attempt: 1}
	handleItem(ctx, r, pub, st, first, nil, log)
	if first.settled != "nak" || len(feed.got) != 0 {
		t.Fatalf("first delivery with the feed down: settled %q, published %d; want nak, 0", first.settled, len(feed.got))
	}
	page, err := st.Articles(ctx, marsad.ArticleQuery{})
	if err != nil || len(page.Articles) != 1 {
		t.Fatalf("the article was not stored on the first delivery: %v %d", err, len(page.Articles))
	}
	second := &testMessage{it: it, attempt: 2}
	handleItem(ctx, r, pub, st, second, nil, log)
	if second.settled != "ack" || len(feed.got) != 1 {
		t.Fatalf("redelivery: settled %q, published %d; want ack, 1", second.settled, len(feed.got))
	}
	if c := feed.got[0]; c.Kind != queue.ChangeStored || c.ArticleID != page.Articles[0].ID || c.Events != 1 {
		t.Errorf("published %+v", c)
	}
	// A third delivery (the ack was lost) publishes again under the same id,
	// which the feed drops; the item is acknowledged.
	third := &testMessage{it: it, attempt: 3}
	handleItem(ctx, r, pub, st, third, nil, log)
	if third.settled != "ack" {
		t.Errorf("third delivery settled %q", third.settled)
	}
	// Without a publisher (no queue) nothing changes for the worker.
	fresh := &testMessage{it: &marsad.RawItem{Origin: "test", URL: "https://example.org/a/2", Text: "نص آخر عن قافلة ثانية.", Published: it.Published}, attempt: 1}
	handleItem(ctx, r, nil, st, fresh, nil, log)
	if fresh.settled != "ack" {
		t.Errorf("without a publisher: settled %q", fresh.settled)
	}
}
