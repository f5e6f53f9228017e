package web_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath is where Debian's chromium package (installed by .ci/run)
// puts the browser.
const chromiumPath = "/usr/bin/chromium"

// artifactsDir is where UI screenshots go: $MARSAD_ARTIFACTS, else a
// temporary directory named in the log.
func artifactsDir(t *testing.T) string {
	t.Helper()
	if d := os.Getenv("MARSAD_ARTIFACTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	d := filepath.Join(os.TempDir(), "marsad-ui-artifacts")
	os.MkdirAll(d, 0o755)
	return d
}

// adminToken creates an administrator token in the demo server's data
// directory with the server's own binary (`marsad token create`).
func adminToken(t *testing.T, data string) string {
	t.Helper()
	bin := filepath.Join(filepath.Dir(data), "marsad")
	out, err := exec.Command(bin, "token", "create", "--role", "admin", "--data", data).Output()
	if err != nil {
		t.Fatalf("token create: %v", err)
	}
	return strings.TrimSpace(string(out))
}

// demoServer builds the marsad binary and runs `marsad serve --demo` on a
// free loopback port: the same program an analyst runs. It returns the base
// URL and the data directory (which holds the write token).
func demoServer(t *testing.T) (string, string) {
	t.Helper()
	root := repoRoot(t)
	dir := t.TempDir()
	bin := filepath.Join(dir, "marsad")
	build := exec.Command("go", "build", "-o", bin, "./cmd/marsad")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/marsad: %v\n%s", err, out)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	data := filepath.Join(dir, "data")
	cmd := exec.Command(bin, "serve", "--demo", "--addr", addr, "--data", data)
	logf, _ := os.Create(filepath.Join(dir, "serve.log"))
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-done
		}
		logf.Close()
	})
	base := "http://" + addr
	deadline := time.Now().Add(90 * time.Second)
	for {
		resp, err := http.Get(base + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		if time.Now().After(deadline) {
			b, _ := os.ReadFile(filepath.Join(dir, "serve.log"))
			t.Fatalf("demo server not ready after 90 s; log:\n%s", b)
		}
		time.Sleep(200 * time.Millisecond)
	}
	return base, data
}

func repoRoot(t *testing.T) string {
	t.Helper()
	d, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			t.Fatal("go.mod not found above the test directory")
		}
		d = parent
	}
}

// browser starts headless Chromium, or skips (fails under CI=true) when it
// is not installed.
func browser(t *testing.T) context.Context {
	t.Helper()
	if testing.Short() {
		t.Skip("browser tests skipped in -short mode")
	}
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("chromium is required under CI (apt-get install chromium): %v", err)
		}
		t.Skipf("chromium not installed at %s (apt-get install chromium); skipping the browser tests", chromiumPath)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 900),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancel3)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	path := filepath.Join(artifactsDir(t), name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

// waitJS polls a JavaScript expression until it is true.
func waitJS(ctx context.Context, expr string) error {
	for {
		okv, err := chromedp.Run(ctx, chromedp.Evaluate[bool](expr))
		if err != nil {
			return err
		}
		if okv {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for %s: %w", expr, ctx.Err())
		case <-time.After(150 * time.Millisecond):
		}
	}
}

// TestUIEndToEnd drives the UI in Chromium over the demo: the map, table
// and timeline load; filtering by type narrows the table; clicking a marker
// opens its article with the event's evidence highlighted at the right
// code-point offsets.
func TestUIEndToEnd(t *testing.T) {
	base, data := demoServer(t)
	ctx := browser(t)

	if err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS(`#events tbody tr[data-id]`)),
	); err != nil {
		t.Fatalf("load UI: %v", err)
	}
	if err := waitJS(ctx, `document.querySelectorAll('#map path.leaflet-interactive, #map .marker-cluster').length > 0 && document.querySelectorAll('#timeline rect[data-day]').length > 0 && document.querySelectorAll('#map path').length > 100`); err != nil {
		t.Fatalf("map, basemap and timeline: %v", err)
	}
	dir := eval[string](t, ctx, `document.documentElement.dir`)
	if dir != "rtl" {
		t.Errorf("document dir = %q, want rtl (Arabic first)", dir)
	}
	screenshot(t, ctx, "ui-overview.png")

	// Country-, province- and region-level events are areas, never pins.
	wantAreas := impreciseEvents(t, base)
	t.Logf("imprecise (area) events: %d", wantAreas)
	if got := eval[int](t, ctx, `document.querySelectorAll('#map path.ev-area').length`); got != wantAreas {
		t.Errorf("map draws %d imprecise areas, want %d (one per current country/province/region-level event)", got, wantAreas)
	}

	// Filter by type: every row shown is then of that type.
	want := eval[string](t, ctx, `(() => { const c = {}; for (const r of document.querySelectorAll('#events tbody tr[data-id]')) c[r.dataset.type] = (c[r.dataset.type]||0)+1; return Object.entries(c).sort((a,b)=>b[1]-a[1])[0][0]; })()`)
	before := eval[int](t, ctx, `document.querySelectorAll('#events tbody tr[data-id]').length`)
	if err := chromedp.Do(ctx, chromedp.SetValue(chromedp.CSS(`#f-type`), want)); err != nil {
		t.Fatal(err)
	}
	eval[bool](t, ctx, `document.querySelector('#f-type').dispatchEvent(new Event('change'))`)
	if err := waitJS(ctx, fmt.Sprintf(`(() => { const rows = Array.from(document.querySelectorAll('#events tbody tr[data-id]')); return rows.length > 0 && rows.every(r => r.dataset.type === %q); })()`, want)); err != nil {
		t.Fatalf("filter by type %s: %v", want, err)
	}
	after := eval[int](t, ctx, `document.querySelectorAll('#events tbody tr[data-id]').length`)
	t.Logf("type %s: %d rows of %d", want, after, before)

	// Click a marker: zoom into clusters until an exact pin (or, for an
	// imprecise event, its area) is on the map, then click it.
	clicked := false
	for range 8 {
		// The centre of the first marker (or area) inside the map's view,
		// and what element the browser finds there.
		pt := eval[struct {
			X, Y float64
			Hit  string
		}](t, ctx, `(() => {
			const m = document.querySelector('#map').getBoundingClientRect();
			for (const p of document.querySelectorAll('#map path.ev-marker, #map path.ev-area')) {
				const r = p.getBoundingClientRect();
				const x = r.left + r.width / 2, y = r.top + r.height / 2;
				if (x > m.left + 40 && x < m.right - 10 && y > m.top + 80 && y < m.bottom - 60) {
					const hit = document.elementFromPoint(x, y);
					return {x, y, hit: hit ? hit.getAttribute('class') || hit.tagName : ''};
				}
			}
			return {x: -1, y: -1, hit: ''};
		})()`)
		if pt.X >= 0 && strings.Contains(pt.Hit, "ev-") {
			if err := chromedp.Do(ctx, chromedp.MouseClickXY(pt.X, pt.Y)); err != nil {
				t.Fatalf("click marker: %v", err)
			}
			clicked = true
			break
		}
		if eval[int](t, ctx, `document.querySelectorAll('#map .marker-cluster').length`) == 0 {
			time.Sleep(300 * time.Millisecond)
			continue
		}
		chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#map .marker-cluster`)))
		time.Sleep(700 * time.Millisecond)
	}
	if !clicked {
		t.Fatal("no event marker could be clicked on the map")
	}
	if err := waitJS(ctx, `!document.querySelector('#panel').hidden && document.querySelectorAll('#panel .article-text .evidence-selected').length > 0`); err != nil {
		screenshot(t, ctx, "ui-failed-click.png")
		t.Fatalf("evidence not highlighted after clicking a marker: %v", err)
	}
	got := eval[struct {
		Article string `json:"article"`
		Event   string `json:"event"`
		Text    string `json:"text"`
	}](t, ctx, `(() => { const s = Array.from(document.querySelectorAll('#panel .article-text .evidence-selected')); return {article: document.body.dataset.article, event: document.body.dataset.event, text: s.map(x => x.textContent).join('')}; })()`)
	// The highlighted text is the evidence cut from the article by code points.
	want2 := evidenceText(t, base, got.Article, got.Event)
	if got.Text != want2 {
		t.Errorf("highlighted evidence = %q, want %q", got.Text, want2)
	}
	screenshot(t, ctx, "ui-evidence.png")

	// Correct the event in the UI as an editor; the API then serves the
	// corrected coding with the original kept.
	eval[any](t, ctx, fmt.Sprintf(`sessionStorage.setItem('marsad.token', %q)`, readToken(t, data)))
	newType := "PROTEST"
	if want == newType {
		newType = "AGREE"
	}
	if err := chromedp.Do(ctx, chromedp.SetValue(chromedp.CSS(`#edit-type`), newType), chromedp.SetValue(chromedp.CSS(`#edit-note`), "e2e correction"), chromedp.Click(chromedp.CSS(`#edit-save`))); err != nil {
		t.Fatalf("correct in the UI: %v", err)
	}
	if err := waitJS(ctx, fmt.Sprintf(`(() => { const li = document.querySelector('#panel .event-list li[data-id=%q] .badge'); return !!li && li.textContent === %q; })()`, got.Event, "احتجاج")); err != nil && newType == "PROTEST" {
		t.Errorf("corrected type not shown in the article view: %v", err)
	}
	resp, err := http.Get(base + "/api/v1/events/" + got.Event)
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		Data struct {
			Event, Original struct{ Type string }
			Changes         []struct{ Who, Note string }
		}
	}
	json.NewDecoder(resp.Body).Decode(&d)
	resp.Body.Close()
	if d.Data.Event.Type != newType || d.Data.Original.Type != want || len(d.Data.Changes) != 1 || d.Data.Changes[0].Note != "e2e correction" {
		t.Errorf("after the UI correction: event %s, original %s, changes %+v; want %s, %s, one change", d.Data.Event.Type, d.Data.Original.Type, d.Data.Changes, newType, want)
	}

	// Brush the timeline: pressing and releasing on one day's bar filters
	// the table to that day.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#panel-close`)), chromedp.Click(chromedp.CSS(`#f-reset`))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.querySelector('#panel').hidden && document.querySelectorAll('#events tbody tr[data-id]').length > 10 && document.querySelectorAll('#timeline rect[data-day]').length > 0`); err != nil {
		t.Fatalf("reset filters: %v", err)
	}
	bar := eval[struct {
		X, Y float64
		Day  string
	}](t, ctx, `(() => { let best = null; for (const r of document.querySelectorAll('#timeline rect[data-day]')) { const b = r.getBoundingClientRect(); if (!best || b.height > best.h) best = {x: b.left + b.width / 2, y: b.top + b.height / 2, day: r.dataset.day, h: b.height}; } return best; })()`)
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(bar.X, bar.Y)); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, fmt.Sprintf(`document.querySelector('#f-since').value === %[1]q && document.querySelector('#f-until').value === %[1]q && (() => { const rows = Array.from(document.querySelectorAll('#events tbody tr[data-id]')); return rows.length > 0 && rows.every(r => r.firstChild.textContent === %[1]q); })()`, bar.Day)); err != nil {
		t.Errorf("brushing day %s did not filter the table to it: %v", bar.Day, err)
	}
}

// evidenceText cuts an event's evidence from its article's text through the
// API, counting code points.
func evidenceText(t *testing.T, base, article, event string) string {
	t.Helper()
	resp, err := http.Get(base + "/api/v1/articles/" + article)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var env struct {
		Data struct {
			Text     string `json:"text"`
			Analysis struct {
				Events []struct {
					ID       string `json:"id"`
					Evidence []struct{ Start, End int }
				} `json:"events"`
			} `json:"analysis"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
		t.Fatal(err)
	}
	r := []rune(env.Data.Text)
	for _, ev := range env.Data.Analysis.Events {
		if ev.ID != event {
			continue
		}
		var b strings.Builder
		for _, s := range ev.Evidence {
			b.WriteString(string(r[s.Start:s.End]))
		}
		return b.String()
	}
	t.Fatalf("event %s not in article %s", event, article)
	return ""
}

// TestUIHostileArticle pushes articles whose title and text are markup and
// script, opens them in the UI, and checks that nothing ran and the text
// shows as text.
func TestUIHostileArticle(t *testing.T) {
	base, data := demoServer(t)
	ctx := browser(t)
	tok := readToken(t, data)
	hostile := []string{
		`<img src=x onerror="window.__pwned='img'">`,
		`<script>window.__pwned='script'</script>`,
		`"><svg onload="window.__pwned='svg'">`,
		`<a href="javascript:window.__pwned='href'">اضغط</a>`,
	}
	var ids []string
	for i, h := range hostile {
		body, _ := json.Marshal(map[string]any{
			"id": fmt.Sprintf("hostile-%d", i), "source": h, "url": "javascript:window.__pwned='url'",
			"title": h, "published": "2026-11-27T10:00:00Z",
			"text": "قصفت القوات الحكومية مدينة حلب يوم الأربعاء. " + h + " وقال المتحدث إن الهجوم " + h + " استهدف مواقع للمعارضة.",
		})
		req, _ := http.NewRequest("POST", base+"/api/v1/articles", strings.NewReader(string(body)))
		req.Header.Set("Authorization", "Bearer "+tok)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var env struct {
			Data struct {
				Results []struct{ ID, Status string }
			}
		}
		json.NewDecoder(resp.Body).Decode(&env)
		resp.Body.Close()
		if resp.StatusCode != 200 || len(env.Data.Results) != 1 || env.Data.Results[0].ID == "" {
			t.Fatalf("push hostile article %d: status %d, %+v", i, resp.StatusCode, env.Data.Results)
		}
		ids = append(ids, env.Data.Results[0].ID)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS(`#events tbody tr[data-id]`))); err != nil {
		t.Fatal(err)
	}
	for i, id := range ids {
		eval[string](t, ctx, fmt.Sprintf(`location.hash = 'article=%s'`, id))
		if err := waitJS(ctx, fmt.Sprintf(`document.body.dataset.article === %q`, id)); err != nil {
			t.Fatalf("article %s did not open: %v", id, err)
		}
		res := eval[struct {
			Pwned    any    `json:"pwned"`
			Text     string `json:"text"`
			Title    string `json:"title"`
			Injected int    `json:"injected"`
		}](t, ctx, `({pwned: window.__pwned || null, text: document.querySelector('#panel .article-text').textContent, title: document.querySelector('#panel h3').textContent, injected: document.querySelectorAll('#panel img, #panel script, #panel svg, #panel a[href^="javascript"]').length})`)
		if res.Pwned != nil {
			t.Errorf("hostile article %d ran script: window.__pwned = %v", i, res.Pwned)
		}
		if res.Injected != 0 {
			t.Errorf("hostile article %d: %d elements from article markup in the page", i, res.Injected)
		}
		if !strings.Contains(res.Text, hostile[i]) || res.Title != hostile[i] {
			t.Errorf("hostile article %d: markup not shown as text: title %q, text %q", i, res.Title, res.Text)
		}
	}
	// The hostile source names also reach the events table as text.
	eval[string](t, ctx, `location.hash = ''`)
	if err := chromedp.Do(ctx, chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS(`#events tbody tr[data-id]`))); err != nil {
		t.Fatal(err)
	}
	pwned := eval[any](t, ctx, `window.__pwned || null`)
	if pwned != nil {
		t.Errorf("window.__pwned = %v after loading the table", pwned)
	}
	screenshot(t, ctx, "ui-hostile.png")
}

func readToken(t *testing.T, data string) string {
	t.Helper()
	f, err := os.Open(filepath.Join(data, "token"))
	if err != nil {
		t.Fatalf("read the write token: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan()
	return strings.TrimSpace(sc.Text())
}

// eval runs a JavaScript expression in the page and returns its value.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// impreciseEvents counts the current events placed only at country,
// province or region level.
func impreciseEvents(t *testing.T, base string) int {
	t.Helper()
	resp, err := http.Get(base + "/api/v1/events?limit=1000")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var env struct {
		Data struct {
			Events []struct {
				Aux      string `json:"aux"`
				Location *struct {
					Kind      string  `json:"kind"`
					Precision int     `json:"precision"`
					Lat, Lon  float64 `json:"-"`
				} `json:"location"`
			} `json:"events"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range env.Data.Events {
		if e.Aux != "" || e.Location == nil {
			continue
		}
		if e.Location.Precision >= 3 || e.Location.Kind == "country" || e.Location.Kind == "province" || e.Location.Kind == "region" {
			n++
		}
	}
	return n
}

// TestUIDeadLetters opens the dead-letter panel as an administrator: both
// lists (work queue and webhooks) load, and a reader is refused.
func TestUIDeadLetters(t *testing.T) {
	base, data := demoServer(t)
	admin := adminToken(t, data)
	ctx := browser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS(`#events tbody tr[data-id]`))); err != nil {
		t.Fatal(err)
	}
	eval[any](t, ctx, fmt.Sprintf(`sessionStorage.setItem('marsad.token', %q)`, admin))
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#deadletters`))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `(() => document.querySelectorAll('#panel h4').length === 2)()`); err != nil {
		t.Fatalf("dead-letter panel did not open: %v", err)
	}
	got := eval[struct {
		Errors int `json:"errors"`
		Empty  int `json:"empty"`
	}](t, ctx, `(() => ({errors: document.querySelectorAll('#panel .err').length, empty: document.querySelectorAll('#panel p.meta').length}))()`)
	if got.Errors != 0 || got.Empty != 2 {
		t.Errorf("dead-letter panel: %d errors, %d empty lists; want 0 errors and both lists empty on the demo", got.Errors, got.Empty)
	}
	screenshot(t, ctx, "ui-deadletters.png")
	// A reader may not see them.
	req, _ := http.NewRequest("GET", base+"/api/v1/queue/deadletters", nil)
	req.Header.Set("Authorization", "Bearer "+readToken(t, data)) // the editor token
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("dead letters with an editor token = %d, want 403", resp.StatusCode)
	}
}
