package web_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestUIRuleEditor drives the watch-rule editor in Chromium as an
// administrator: a new rule with bad YAML shows the server's error with its
// line (and selects that line), a good one is saved, listed, written to
// DATA/rules.yaml and tested over the demo articles; a rule name holding
// markup stays text. The labels follow the language toggle.
func TestUIRuleEditor(t *testing.T) {
	base, data := demoServer(t)
	admin := adminToken(t, data)
	ctx := browser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS(`#events tbody tr[data-id]`))); err != nil {
		t.Fatal(err)
	}
	eval[any](t, ctx, fmt.Sprintf(`sessionStorage.setItem('marsad.token', %q)`, admin))
	if got := eval[string](t, ctx, `document.querySelector('#rules-link').textContent`); got != "قواعد المراقبة" {
		t.Errorf("rules link = %q, want the Arabic label", got)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#rules-link`))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.querySelector('#rule-new')`); err != nil {
		t.Fatalf("rule list did not open: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#rule-new`))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.querySelector('#rule-yaml')`); err != nil {
		t.Fatalf("editor did not open: %v", err)
	}
	setYAML := func(y string) {
		t.Helper()
		eval[any](t, ctx, fmt.Sprintf(`(() => { const ta = document.querySelector('#rule-yaml'); ta.value = %q; ta.dispatchEvent(new Event('input')); })()`, y))
	}

	// Bad YAML: an unknown event type on line 3.
	setYAML("id: ui-rule\nname: UI rule\ntypes: [BOMB]\n")
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#rule-validate`))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `(() => { const m = document.querySelector('#rule-msg'); return m && m.className === 'err'; })()`); err != nil {
		t.Fatalf("no validation error shown: %v", err)
	}
	msg := eval[string](t, ctx, `document.querySelector('#rule-msg').textContent`)
	if !strings.HasPrefix(msg, "line 3: rule ui-rule: unknown event type \"BOMB\"") {
		t.Errorf("validation message = %q, want it to start with line 3 and name the type", msg)
	}
	if sel := eval[string](t, ctx, `(() => { const ta = document.querySelector('#rule-yaml'); return ta.value.slice(ta.selectionStart, ta.selectionEnd); })()`); sel != "types: [BOMB]" {
		t.Errorf("selected text after the error = %q, want line 3", sel)
	}
	// Malformed YAML is refused too, with its line.
	setYAML("id: ui-rule\ntypes: [ASSAULT\n")
	chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#rule-save`)))
	if err := waitJS(ctx, `document.querySelector('#rule-msg').className === 'err' && document.querySelector('#rule-msg').textContent.startsWith('line ')`); err != nil {
		t.Fatalf("malformed YAML: %v (message %q)", err, eval[string](t, ctx, `document.querySelector('#rule-msg').textContent`))
	}

	// A good rule whose name is markup: saved and listed, as text.
	hostile := `<img src=x onerror="window.__pwned=1">`
	setYAML("id: ui-rule\nname: '" + hostile + "'\ntypes: [ASSAULT, COERCE]\n")
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#rule-save`))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.querySelector('#rules-list li[data-rule="ui-rule"]')`); err != nil {
		t.Fatalf("saved rule not listed: %v (message %q)", err, eval[string](t, ctx, `(document.querySelector('#rule-msg')||{}).textContent || ''`))
	}
	if li := eval[string](t, ctx, `document.querySelector('#rules-list li[data-rule="ui-rule"]').textContent`); li != "ui-rule · "+hostile {
		t.Errorf("listed rule = %q, want the name as text", li)
	}
	if eval[bool](t, ctx, `window.__pwned === 1 || document.querySelectorAll('#panel img').length > 0`) {
		t.Error("a rule name became markup")
	}
	b, err := os.ReadFile(filepath.Join(data, "rules.yaml"))
	if err != nil || !strings.Contains(string(b), "ui-rule") {
		t.Errorf("DATA/rules.yaml = %q, %v; want the saved rule", b, err)
	}
	resp, err := http.Get(base + "/api/v1/rules/ui-rule")
	if err != nil {
		t.Fatal(err)
	}
	var env struct {
		Data struct {
			Rule struct {
				Types []string `json:"types"`
			} `json:"rule"`
		} `json:"data"`
	}
	json.NewDecoder(resp.Body).Decode(&env)
	resp.Body.Close()
	if fmt.Sprint(env.Data.Rule.Types) != "[ASSAULT COERCE]" {
		t.Errorf("GET /api/v1/rules/ui-rule types = %v", env.Data.Rule.Types)
	}

	// Open it again and test it over the demo's articles.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#rules-list li[data-rule="ui-rule"]`))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.querySelector('#rule-test') && document.querySelector('#rule-yaml').value.includes('ui-rule')`); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#rule-test`))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.querySelectorAll('#rule-results h4').length === 2`); err != nil {
		t.Fatalf("rule test results: %v (message %q)", err, eval[string](t, ctx, `document.querySelector('#rule-msg').textContent`))
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('#rule-matches li').length`); n == 0 {
		t.Errorf("an ASSAULT/COERCE rule matched nothing in the demo: %q", eval[string](t, ctx, `document.querySelector('#rule-msg').textContent`))
	}
	screenshot(t, ctx, "ui-rule-editor.png")

	// English labels after the toggle, the editor kept as it was.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#lang`))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.querySelector('#rules-link').textContent === 'Watch rules' && document.querySelector('#rule-save') && document.querySelector('#rule-save').textContent === 'Save'`); err != nil {
		t.Errorf("English labels: %v", err)
	}
	if v := eval[string](t, ctx, `document.querySelector('#rule-yaml').value`); !strings.Contains(v, "ui-rule") {
		t.Errorf("editor text after the language toggle = %q", v)
	}

	// Delete it (the confirmation accepted): gone from the list and the file.
	eval[any](t, ctx, `window.confirm = () => true`)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#rule-delete`))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.querySelector('#rule-new') && !document.querySelector('#rules-list li[data-rule="ui-rule"]') && document.querySelector('#rule-msg').textContent.includes('ui-rule')`); err != nil {
		t.Errorf("after delete: %v", err)
	}
	if _, err := os.Stat(filepath.Join(data, "rules.yaml")); !os.IsNotExist(err) {
		t.Errorf("DATA/rules.yaml after deleting the only rule: %v, want removed", err)
	}

	// A reader may not edit rules.
	req, _ := http.NewRequest("PUT", base+"/api/v1/rules/x", strings.NewReader("id: x\n"))
	req.Header.Set("Authorization", "Bearer "+readToken(t, data)) // the editor token
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("PUT rule with an editor token = %d, want 403", resp.StatusCode)
	}
}
