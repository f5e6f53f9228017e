package web_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestUINotifications: a rule whose name is markup fires on an article we
// push; the header bell counts the unseen notification, its list shows the
// rule's name as text (no element, no script), opening the list marks it
// seen, and clicking the entry opens the event's article with its evidence.
func TestUINotifications(t *testing.T) {
	base, data := demoServer(t)
	admin := adminToken(t, data)
	hostile := `<img src=x onerror="window.__pwned=1">`
	put := func(method, path, tok, body string) int {
		t.Helper()
		req, _ := http.NewRequest(method, base+path, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+tok)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := put("PUT", "/api/v1/rules/note-rule", admin, "id: note-rule\nname: '"+hostile+"'\n"); code != 200 {
		t.Fatalf("PUT rule = %d", code)
	}
	// Our own sentence: an air strike with deaths, an event of some type.
	article := `{"id":"note-1","source":"مرصد-اختبار","url":"https://test.example/note-1","published":"2026-11-25T09:00:00Z","text":"قصفت طائرات حربية مواقع في ريف إدلب صباح اليوم، وأسفر القصف عن مقتل 3 مدنيين بحسب الدفاع المدني."}`
	if code := put("POST", "/api/v1/articles", readToken(t, data), article+"\n"); code != 200 && code != 202 {
		t.Fatalf("push article = %d", code)
	}
	deadline := time.Now().Add(30 * time.Second)
	for notifications(t, base) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("the rule did not fire on the pushed article within 30 s")
		}
		time.Sleep(200 * time.Millisecond)
	}

	ctx := browser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS(`#events tbody tr[data-id]`))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `(() => { const c = document.querySelector('#notes-count'); return !!c && !c.hidden && Number(c.textContent) >= 1; })()`); err != nil {
		t.Fatalf("bell shows no unseen count: %v", err)
	}
	if got := eval[string](t, ctx, `document.querySelector('#notes-bell').textContent`); !strings.Contains(got, "تنبيهات") {
		t.Errorf("bell = %q, want the Arabic label تنبيهات", got)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#notes-bell`))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.querySelector('#notes-list li[data-alert]')`); err != nil {
		t.Fatalf("notification list did not open: %v", err)
	}
	if got := eval[string](t, ctx, `document.querySelector('#notes-list li[data-alert] .note-rule').textContent`); got != hostile {
		t.Errorf("listed rule name = %q, want %q as text", got, hostile)
	}
	if eval[bool](t, ctx, `window.__pwned === 1 || document.querySelectorAll('#notes img').length > 0`) {
		t.Error("a rule name became markup")
	}
	if got := eval[string](t, ctx, `document.querySelector('#notes-list li[data-alert] .note-state').textContent`); got != "نشط" {
		t.Errorf("state = %q, want نشط (firing)", got)
	}
	if !eval[bool](t, ctx, `getComputedStyle(document.querySelector('#notes-count')).display === 'none'`) {
		t.Error("the count still shows after opening the list")
	}
	screenshot(t, ctx, "ui-notifications.png")

	want := eval[string](t, ctx, `document.querySelector('#notes-list li.linked').dataset.article`)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#notes-list li.linked`))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, fmt.Sprintf(`!document.querySelector('#panel').hidden && document.body.dataset.article === %q && !!document.querySelector('#panel .evidence-selected')`, want)); err != nil {
		t.Fatalf("entry did not open article %q with its evidence: %v (opened %q)", want, err, eval[string](t, ctx, `document.body.dataset.article || ''`))
	}
	if txt := eval[string](t, ctx, `document.querySelector('#panel .article-text').textContent`); !strings.Contains(txt, "ريف إدلب") {
		t.Errorf("opened article text = %q, want the pushed article", txt)
	}
	screenshot(t, ctx, "ui-notifications-article.png")
	if eval[bool](t, ctx, `!!document.querySelector('#notes-list')`) {
		t.Error("the list stays open after opening an entry")
	}

	// A later notification is picked up by the next poll (every 10 s).
	second := `{"id":"note-2","source":"مرصد-اختبار","url":"https://test.example/note-2","published":"2026-11-26T10:00:00Z","text":"هاجم مسلحون دورية للشرطة في مدينة الرمادي مساء أمس وأصابوا 2 من عناصرها."}`
	if code := put("POST", "/api/v1/articles", readToken(t, data), second+"\n"); code != 200 && code != 202 {
		t.Fatalf("push second article = %d", code)
	}
	if err := waitJS(ctx, `getComputedStyle(document.querySelector('#notes-count')).display !== 'none' && Number(document.querySelector('#notes-count').textContent) >= 1`); err != nil {
		t.Fatalf("a later notification was not counted (server has %d): %v", notifications(t, base), err)
	}
	chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#notes-bell`)))
	if err := waitJS(ctx, `document.querySelectorAll('#notes-list li[data-alert]').length >= 2 && document.querySelectorAll('#notes-list li.unseen').length >= 1`); err != nil {
		t.Errorf("list after the second notification: %v", err)
	}
	chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#notes-bell`))) // closed again

	// Seen survives a reload; the English label follows the toggle.
	if err := chromedp.Do(ctx, chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS(`#notes-bell`))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `Number(document.querySelector('#notes').dataset.seq) >= 1`); err != nil {
		t.Fatalf("first poll after the reload: %v", err)
	}
	if eval[bool](t, ctx, `getComputedStyle(document.querySelector('#notes-count')).display !== 'none'`) {
		t.Error("seen notifications counted again after a reload")
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#lang`))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.querySelector('#notes-bell').textContent.includes('Alerts')`); err != nil {
		t.Errorf("English label: %v", err)
	}
}

// notifications counts the server's in-UI notifications.
func notifications(t *testing.T, base string) int {
	t.Helper()
	resp, err := http.Get(base + "/api/v1/alerts/notifications")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var env struct {
		Data struct {
			Notifications []json.RawMessage `json:"notifications"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
		t.Fatal(fmt.Errorf("decode notifications: %w", err))
	}
	return len(env.Data.Notifications)
}

// TestUINotificationsOff: a server without the alert API answers the
// notification poll with an error status; the bell is disabled with a short
// message instead of polling on.
func TestUINotificationsOff(t *testing.T) {
	ts := newMergeServer(t) // the web server alone: no alert handler
	ctx := browser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS(`#notes-bell`))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.querySelector('#notes-msg')`); err != nil {
		t.Fatalf("no message when the server has no alerts: %v", err)
	}
	if got := eval[string](t, ctx, `document.querySelector('#notes-msg').textContent`); got != "التنبيهات غير مفعّلة على هذا الخادم" {
		t.Errorf("message = %q", got)
	}
	if !eval[bool](t, ctx, `document.querySelector('#notes-bell').disabled`) {
		t.Error("the bell stays enabled without an alert API")
	}
}
