package web_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestUIMergedReports: "merge reports" is on when the page opens, so the
// table lists one row per happening with its sources, the timeline counts
// happenings and the CSV link exports the merged view; unticked, every
// report is a row again.
func TestUIMergedReports(t *testing.T) {
	ts := newMergeServer(t)
	if code, env := do(t, "POST", ts.URL+"/api/v1/articles", token, deirA+"\n"+deirB+"\n"+aleppo); code != 200 {
		t.Fatalf("push = %d %+v", code, env.Error)
	}
	ctx := browser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS(`#events tbody tr[data-id]`))); err != nil {
		t.Fatal(err)
	}
	// Merged is the default: one row per happening with its sources, and
	// the timeline counts happenings.
	if err := waitJS(ctx, `document.querySelectorAll('#events tbody tr[data-id]').length === 2 && document.querySelectorAll('#events tbody .sources').length === 2`); err != nil {
		n := eval[int](t, ctx, `document.querySelectorAll('#events tbody tr[data-id]').length`)
		t.Fatalf("merged table: %v (%d rows)", err, n)
	}
	if err := waitJS(ctx, `document.querySelector('#timeline-svg') && document.querySelector('#timeline-svg').dataset.total === '2'`); err != nil {
		t.Errorf("merged timeline total = %s, want 2 happenings: %v", eval[string](t, ctx, `document.querySelector('#timeline-svg').dataset.total`), err)
	}
	texts := eval[[]string](t, ctx, `Array.from(document.querySelectorAll('#events tbody .sources')).map((e) => e.textContent)`)
	if len(texts) != 2 || texts[0] != "1 مصدر · 1 مستقل" || texts[1] != "2 مصادر · 2 مستقلة" {
		t.Errorf("sources cells = %q, want the Aleppo row with 1 source, then Deir ez-Zor with 2 (nouns agreeing with the numbers)", texts)
	}
	if href := eval[string](t, ctx, `document.querySelector('#export-csv').getAttribute('href')`); !strings.Contains(href, "merged=true") {
		t.Errorf("export link = %q, want merged=true", href)
	}
	screenshot(t, ctx, "ui-merged.png")
	// Switched off: every report is a row, and the timeline counts reports.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#f-merged`))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.querySelectorAll('#events tbody tr[data-id]').length === 3 && document.querySelectorAll('#events tbody .sources').length === 0`); err != nil {
		t.Fatalf("plain table: %v", err)
	}
	if err := waitJS(ctx, `document.querySelector('#timeline-svg').dataset.total === '3'`); err != nil {
		t.Errorf("plain timeline total = %s, want 3 reports: %v", eval[string](t, ctx, `document.querySelector('#timeline-svg').dataset.total`), err)
	}
	if href := eval[string](t, ctx, `document.querySelector('#export-csv').getAttribute('href')`); strings.Contains(href, "merged=true") {
		t.Errorf("export link = %q, want no merged=true", href)
	}

}
