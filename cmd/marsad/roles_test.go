package main

import (
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/queue/jetstream"
	"github.com/marsad/marsad/internal/queue/jetstream/jetstreamtest"
)

// TestServeRoles runs `serve --roles=ingest,api --queue …` on a local feed:
// its item is published, not stored; then `serve --roles=process` on the
// same data directory takes it from the queue and stores it, and the api
// process serves it.
func TestServeRoles(t *testing.T) {
	rss := `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>موقع تجريبي</title><link>http://example.invalid/</link>
<item><title>افتتاح مدرسة جديدة</title><link>http://example.invalid/r/1</link><guid>r1</guid><pubDate>Fri, 27 Nov 2026 10:00:00 +0000</pubDate>
<description><![CDATA[<p>افتتحت مديرية التربية في مدينة كركوك مدرسة جديدة تتسع لستمائة طالب، بعد عامين من أعمال البناء. وقال مدير التربية إن المدرسة ستخفف الاكتظاظ في الأحياء الجنوبية، مضيفا أن ثلاث مدارس أخرى ستفتتح قبل نهاية العام الدراسي. وأكد أولياء أمور أن الطلاب كانوا يقطعون مسافات طويلة للوصول إلى أقرب مدرسة.</p>]]></description>
</item></channel></rss>`
	ts := httptestServer(t, rss)
	dir := t.TempDir()
	feeds := filepath.Join(dir, "feeds.yaml")
	os.WriteFile(feeds, []byte("version: 1\nfeeds:\n  - name: تجريبي\n    url: "+ts+"/rss\n    country: IQ\n    lang: ar\n"), 0o644)
	qURL := jetstreamtest.URL(t) + "?prefix=TESTROLES" + jetstreamtest.Suffix()
	qc, err := queueConfig(qURL)
	if err != nil {
		t.Fatal(err)
	}
	q, err := jetstream.Open(context.Background(), qc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Delete(context.Background()); q.Close() })
	data := filepath.Join(dir, "data")

	serve := func(ctx context.Context, args ...string) (string, <-chan int, *syncBuffer) {
		return startServe(t, ctx, append([]string{"serve", "--addr", "127.0.0.1:0", "--data", data, "--queue", qURL}, args...)...)
	}
	get := func(url string) string {
		resp, err := http.Get(url)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}

	actx, acancel := context.WithCancel(context.Background())
	api, adone, aerr := serve(actx, "--roles", "ingest,api", "--feeds", feeds, "--allow-private", "true")
	defer func() { acancel(); <-adone }()
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		if lag, err := q.Lag(context.Background()); err == nil && lag.Pending == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the feed item was not published; log: %s", aerr.String())
		}
	}
	if s := get(api + "/api/v1/stats"); !strings.Contains(s, `"articles":0`) {
		t.Fatalf("the ingest role stored the item itself: %s", s)
	}

	pctx, pcancel := context.WithCancel(context.Background())
	proc, pdone, _ := serve(pctx, "--roles", "process")
	defer func() { pcancel(); <-pdone }()
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		if strings.Contains(get(api+"/api/v1/stats"), `"articles":1`) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the process role did not store the queued item")
		}
	}
	if s := get(proc + "/api/v1/stats"); !strings.Contains(s, "404") && !strings.Contains(strings.ToLower(s), "not found") {
		t.Errorf("a process without the api role serves the API: %.200s", s)
	}
	// the message is acknowledged after the article is stored: wait for it
	wants := []string{"marsad_queue_pending 0", "marsad_process_seconds_count{outcome=\"ack\"} 1"}
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		m, missing := get(proc+"/metrics"), ""
		for _, want := range wants {
			if !strings.Contains(m, want) {
				missing = want
			}
		}
		if missing == "" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("process /metrics lacks %q", missing)
		}
	}
}
