package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/queue"
	"github.com/marsad/marsad/internal/store/sqlite"
	"github.com/marsad/marsad/internal/web"
)

// deadLetterServer serves the API and UI over a Memory queue holding n dead
// letters (ids "1"…"n"); it returns the server, the queue and an admin token.
func deadLetterServer(t *testing.T, n int) (*httptest.Server, *queue.Memory, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "d.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	q, err := queue.NewMemory(queue.MemoryConfig{Size: 16})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	for i := 1; i <= n; i++ {
		it := &marsad.RawItem{Origin: "test", URL: fmt.Sprintf("https://news.example.org/dead/%d", i), Text: fmt.Sprintf("خبر تجريبي رقم %d", i)}
		if err := q.Publish(ctx, it); err != nil {
			t.Fatal(err)
		}
	}
	cctx, stop := context.WithCancel(ctx)
	q.Consume(cctx, func(_ context.Context, m queue.Message) {
		m.Term("the store refused it")
		if len(q.DeadLetters()) == n {
			stop()
		}
	})
	stop()
	if len(q.DeadLetters()) != n {
		t.Fatalf("%d dead letters, want %d", len(q.DeadLetters()), n)
	}
	admin, err := st.CreateToken(ctx, web.RoleAdmin, "dead letters")
	if err != nil {
		t.Fatal(err)
	}
	// Anonymous reading on: otherwise the page's first request asks for a
	// token with window.prompt, which blocks the page for the test.
	srv, err := web.New(web.Config{WriteTokens: []string{token}, AnonymousRead: true}, web.Deps{
		Store: st, Tokens: st, DeadLetterEditor: q,
		DeadLetters: func(context.Context, int) (any, error) { return q.DeadLetters(), nil },
	})
	if err != nil {
		t.Fatal(err)
	}
	srv.SetReady(true)
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return ts, q, admin
}

// TestDeadLetterReplayAPI: replay puts the item back on the queue once and
// takes it off the list; a second replay, or a discard of a discarded
// letter, is 404; an editor is refused.
func TestDeadLetterReplayAPI(t *testing.T) {
	ts, q, admin := deadLetterServer(t, 2)
	ids := func() string {
		_, env := do(t, "GET", ts.URL+"/api/v1/queue/deadletters", admin, "")
		var dl []queue.DeadLetter
		if err := json.Unmarshal(env.Data, &dl); err != nil {
			t.Fatalf("dead letters: %v in %s", err, env.Data)
		}
		var out []string
		for _, d := range dl {
			out = append(out, d.ID)
		}
		return strings.Join(out, ",")
	}
	if got := ids(); got != "1,2" {
		t.Fatalf("dead letter ids = %q, want 1,2", got)
	}
	tests := []struct {
		method, path, tok string
		code              int
		ids               string // left afterwards
		pending           uint64 // items queued afterwards
	}{
		{"POST", "/api/v1/queue/deadletters/1/replay", token, 403, "1,2", 0}, // editor
		{"POST", "/api/v1/queue/deadletters/1/replay", admin, 200, "2", 1},
		{"POST", "/api/v1/queue/deadletters/1/replay", admin, 404, "2", 1}, // double click
		{"DELETE", "/api/v1/queue/deadletters/9", admin, 404, "2", 1},
		{"DELETE", "/api/v1/queue/deadletters/2", token, 403, "2", 1},
		{"DELETE", "/api/v1/queue/deadletters/2", admin, 200, "", 1},
		{"DELETE", "/api/v1/queue/deadletters/2", admin, 404, "", 1},
		{"POST", "/api/v1/queue/deadletters/" + strings.Repeat("9", 65) + "/replay", admin, 400, "", 1},
	}
	for _, tc := range tests {
		code, env := do(t, tc.method, ts.URL+tc.path, tc.tok, "")
		if code != tc.code {
			t.Errorf("%s %s = %d %+v, want %d", tc.method, tc.path, code, env.Error, tc.code)
		}
		if got := ids(); got != tc.ids {
			t.Errorf("after %s %s: dead letters %q, want %q", tc.method, tc.path, got, tc.ids)
		}
		if lag, _ := q.Lag(context.Background()); lag.Pending != tc.pending {
			t.Errorf("after %s %s: %d queued, want %d", tc.method, tc.path, lag.Pending, tc.pending)
		}
	}
	if s := q.Stats(); s.Replayed != 1 {
		t.Errorf("Stats().Replayed = %d, want 1", s.Replayed)
	}
}

// TestUIDeadLetterReplay: an administrator replays one dead letter and
// discards another from the panel, confirming each; both leave the list,
// the replayed item is back on the queue, and a refused action shows its
// error as text.
func TestUIDeadLetterReplay(t *testing.T) {
	ts, q, admin := deadLetterServer(t, 3)
	ctx := browser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS(`#deadletters`))); err != nil {
		t.Fatal(err)
	}
	eval[any](t, ctx, fmt.Sprintf(`sessionStorage.setItem('marsad.token', %q)`, admin))
	eval[any](t, ctx, `window.confirm = () => true`)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#deadletters`))); err != nil {
		t.Fatal(err)
	}
	rows := func() int {
		return eval[int](t, ctx, `document.querySelectorAll('#panel li[data-dead-id]').length`)
	}
	if err := waitJS(ctx, `document.querySelectorAll('#panel li[data-dead-id] button.dl-replay').length === 3`); err != nil {
		t.Fatalf("dead-letter panel did not list 3 items with a replay button: %v", err)
	}
	screenshot(t, ctx, "ui-deadletters-replay.png")
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#panel li[data-dead-id="2"] button.dl-replay`))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!document.querySelector('#panel li[data-dead-id="2"]') && document.querySelectorAll('#panel li[data-dead-id]').length === 2`); err != nil {
		t.Fatalf("replayed item still listed (%d rows): %v", rows(), err)
	}
	if lag, _ := q.Lag(context.Background()); lag.Pending != 1 {
		t.Errorf("after replay: %d items queued, want 1", lag.Pending)
	}
	// Declining the confirmation does nothing.
	eval[any](t, ctx, `window.confirm = () => false`)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#panel li[data-dead-id="1"] button.dl-discard`))); err != nil {
		t.Fatal(err)
	}
	if n := len(q.DeadLetters()); n != 2 {
		t.Errorf("discard declined: %d dead letters, want 2", n)
	}
	eval[any](t, ctx, `window.confirm = () => true`)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#panel li[data-dead-id="1"] button.dl-discard`))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!document.querySelector('#panel li[data-dead-id="1"]')`); err != nil {
		t.Fatalf("discarded item still listed: %v", err)
	}
	// Gone behind the panel's back: the error is shown as text on the row.
	if err := q.DiscardDeadLetter(context.Background(), "3"); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#panel li[data-dead-id="3"] button.dl-replay`))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `(() => { const e = document.querySelector('#panel li[data-dead-id="3"] .err'); return !!e && e.textContent.includes('dead letter'); })()`); err != nil {
		t.Fatalf("refused replay shows no error on its row: %v", err)
	}
	if n := len(q.DeadLetters()); n != 0 {
		t.Errorf("%d dead letters left, want 0", n)
	}
	screenshot(t, ctx, "ui-deadletters-after.png")
}
