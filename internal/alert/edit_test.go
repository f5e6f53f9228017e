package alert

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// TestErrorLines: validation errors start with the line of the value at
// fault, in a whole file and in one rule given alone.
func TestErrorLines(t *testing.T) {
	zones := testZones(t)
	file := []struct {
		name, src, want string
	}{
		{"type", "rules:\n  - id: a\n    types:\n      - ASSAULT\n      - BOMB\n", "line 5: rule a: unknown event type \"BOMB\""},
		{"zone", "rules:\n  - id: a\n  - id: b\n    places:\n      - zone: {name: nowhere, within_km: 5}\n", "line 5: rule b: places[0]: unknown zone \"nowhere\""},
		{"duplicate", "rules:\n  - id: a\n  - id: a\n", "line 3: rules[1]: duplicate rule id \"a\""},
		{"for", "rules:\n  - id: a\n    for: soon\n", "line 3: rule a: for \"soon\" is not a positive duration"},
		{"unknown field", "rules:\n  - id: a\n    typo: 1\n", "line 3, column 5: unknown field \"typo\""},
		{"empty actor", "rules:\n  - id: a\n    actors:\n      - {role: actor}\n", "line 4: rule a: actors[0]: give at least one of"},
	}
	for _, tc := range file {
		_, err := Parse([]byte(tc.src), zones)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: Parse = %v, want an error starting %q", tc.name, err, tc.want)
		}
	}
	hooks := []Webhook{{ID: "ops", URL: "https://hooks.example.org/x"}}
	one := []struct {
		name, src, want string
	}{
		{"type", "id: a\ntypes: [ASSAULT, BOMB]\n", "line 2: rule a: unknown event type \"BOMB\""},
		{"notify", "id: a\nnotify:\n  - ops\n  - pager\n", "line 4: rule a: notify: unknown webhook \"pager\""},
		{"id", "name: no id\n", "rule: id \"\" must be"},
		{"confidence", "id: a\n\nmin_confidence: 2\n", "line 3: rule a: min_confidence 2 must be between 0 and 1"},
		{"not yaml", "id: a\ntypes: [ASSAULT\n", "line 2"},
	}
	for _, tc := range one {
		_, err := ParseRule([]byte(tc.src), zones, hooks)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) || marsad.ErrorCode(err) != marsad.EINVALID {
			t.Errorf("%s: ParseRule = %v (%s), want EINVALID starting %q", tc.name, err, marsad.ErrorCode(err), tc.want)
		}
	}
	r, err := ParseRule([]byte("id: a\nnotify: [ops]\nfor: 2h\n"), zones, hooks)
	if err != nil || r.ID != "a" || r.holdFor() != 2*time.Hour {
		t.Errorf("ParseRule(good) = %+v, %v", r, err)
	}
}

// memArticles is an ArticleSource over a slice, newest first, in pages of 2.
type memArticles struct {
	arts []*marsad.Article
	ans  map[string]*marsad.Analysis
}

func (s *memArticles) Articles(ctx context.Context, q marsad.ArticleQuery) (marsad.ArticlePage, error) {
	start := 0
	if q.Cursor != "" {
		for i, a := range s.arts {
			if a.ID == q.Cursor {
				start = i
			}
		}
	}
	end := min(len(s.arts), start+2)
	p := marsad.ArticlePage{Articles: s.arts[start:end]}
	if end < len(s.arts) {
		p.Next = s.arts[end].ID
	}
	return p, nil
}

func (s *memArticles) Analysis(ctx context.Context, id string) (*marsad.Analysis, error) {
	if an, ok := s.ans[id]; ok {
		return an, nil
	}
	return nil, marsad.Errorf(marsad.ENOTFOUND, "no analysis")
}

// TestRuleEditingAPI drives the rule editor's endpoints: validate, create,
// read back as YAML, rename, test over recent articles, delete; the file
// on disk follows every change.
func TestRuleEditingAPI(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "rules.yaml")
	zones := testZones(t)
	f, err := Parse([]byte("webhooks:\n  - id: ops\n    url: https://hooks.example.org/x\n    secret: k3y\nrules:\n  - id: border\n    types: [ASSAULT]\n    notify: [ops]\n"), zones)
	if err != nil {
		t.Fatal(err)
	}
	m, err := New(Config{RulesPath: path, Authorize: func(r *http.Request, write bool) error {
		if write && r.Header.Get("Authorization") != "Bearer admin" {
			return marsad.Errorf(marsad.EFORBIDDEN, "editing rules needs an admin token")
		}
		return nil
	}}, zones, Compile(f, zones))
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	// Three outlets report one strike over three days; one article has no analysis.
	src := &memArticles{ans: map[string]*marsad.Analysis{}}
	for i, o := range []string{"aawsat.com", "enabbaladi.net", "alaraby.co.uk", "skip.example"} {
		a, an := report("a"+string(rune('1'+i)), o, "", "2026-11-2"+string(rune('5'+i)), 34.45, 40.92, []uint64{0x1, 0xffff0000, 0xffff00000000ffff, 0x0f0f0f0f0f0f0f0f}[i])
		src.arts = append([]*marsad.Article{a}, src.arts...) // newest first
		if o != "skip.example" {
			src.ans[a.ID] = an
		}
	}
	m.SetArticles(src)
	srv := httptest.NewServer(m.Handler())
	defer srv.Close()

	do := func(method, path, body, token string, wantStatus int) map[string]any {
		t.Helper()
		req, _ := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != wantStatus {
			t.Fatalf("%s %s = %d %s, want %d", method, path, resp.StatusCode, b, wantStatus)
		}
		var env map[string]any
		if err := json.Unmarshal(b, &env); err != nil {
			t.Fatalf("%s %s: %v", method, path, err)
		}
		return env
	}
	msg := func(env map[string]any) string { return env["error"].(map[string]any)["message"].(string) }

	if env := do("POST", "/api/v1/rules/validate", "id: x\ntypes: [BOMB]\n", "admin", 400); !strings.HasPrefix(msg(env), "line 2: rule x: unknown event type") {
		t.Errorf("validate bad = %q", msg(env))
	}
	do("POST", "/api/v1/rules/validate", "id: x\ntypes: [ASSAULT]\n", "", 403)
	if env := do("POST", "/api/v1/rules/validate", "id: x\ntypes: [ASSAULT]\nnotify: [ops]\n", "admin", 200); env["data"].(map[string]any)["rule"].(map[string]any)["id"] != "x" {
		t.Errorf("validate good = %v", env)
	}

	// Test before saving: two sources within a day make a firing alert; the
	// third report, two days after the first, is a new happening.
	res := do("POST", "/api/v1/rules/test?articles=10", "id: strikes\ntypes: [ASSAULT]\nmin_sources: 2\nresolve_after: 48h\nnotify: [ops]\n", "admin", 200)["data"].(map[string]any)
	if res["articles"].(float64) != 3 || res["matched"].(float64) != 3 || len(res["matches"].([]any)) != 3 {
		t.Errorf("test = %v articles, %v matched, want 3 and 3", res["articles"], res["matched"])
	}
	alerts := res["alerts"].([]any)
	if len(alerts) != 2 || alerts[0].(map[string]any)["state"] != "firing" || alerts[0].(map[string]any)["sources"].(float64) != 2 {
		t.Errorf("test alerts = %v, want a firing alert with 2 sources, then a pending one", alerts)
	}
	do("POST", "/api/v1/rules/test?articles=0", "id: strikes\n", "admin", 400)
	if len(m.Rules().File().Rules) != 1 {
		t.Fatal("a rule test changed the rules")
	}

	// Create, read back, rename, delete.
	do("PUT", "/api/v1/rules/protests", "# my rule\nid: protests\ntypes: [PROTEST]\nfor: 1h\n", "", 403)
	if env := do("PUT", "/api/v1/rules/protests", "id: protests\ntypes: [PROTESTS]\n", "admin", 400); !strings.HasPrefix(msg(env), "line 2:") {
		t.Errorf("PUT bad rule = %q", msg(env))
	}
	do("PUT", "/api/v1/rules/protests", "id: protests\nname: Protests\ntypes: [PROTEST]\nfor: 1h\n", "admin", 200)
	got := do("GET", "/api/v1/rules/protests", "", "", 200)["data"].(map[string]any)
	y := got["yaml"].(string)
	if r, err := ParseRule([]byte(y), zones, nil); err != nil || r.For != "1h" || r.Name != "Protests" {
		t.Errorf("GET rule YAML %q parses to %+v, %v", y, r, err)
	}
	saved, err := ParseFile(path, zones)
	if err != nil || len(saved.Rules) != 2 || saved.Webhooks[0].Secret != "k3y" {
		t.Fatalf("saved file = %+v, %v; want 2 rules and the webhook secret kept", saved, err)
	}
	do("PUT", "/api/v1/rules/protests", "id: border\ntypes: [PROTEST]\n", "admin", 409)
	do("PUT", "/api/v1/rules/protests", "id: crowds\ntypes: [PROTEST]\n", "admin", 200)
	if m.Rules().Rule("crowds") == nil || m.Rules().File().ruleIndex("protests") >= 0 {
		t.Error("rename did not replace protests with crowds")
	}
	do("PUT", "/api/v1/rules/off", "id: off\ndisabled: true\n", "admin", 200)
	if do("GET", "/api/v1/rules/off", "", "", 200)["data"].(map[string]any)["rule"].(map[string]any)["disabled"] != true {
		t.Error("a disabled rule cannot be opened")
	}
	do("GET", "/api/v1/rules/nope", "", "", 404)
	do("DELETE", "/api/v1/rules/nope", "", "admin", 404)
	do("DELETE", "/api/v1/rules/crowds", "", "", 403)
	do("DELETE", "/api/v1/rules/crowds", "", "admin", 200)
	do("DELETE", "/api/v1/rules/off", "", "admin", 200)
	if env := do("DELETE", "/api/v1/rules/border", "", "admin", 409); !strings.Contains(msg(env), "disable the rule") {
		t.Errorf("deleting the last rule with webhooks = %q", msg(env))
	}
	saved, err = ParseFile(path, zones)
	if err != nil || len(saved.Rules) != 1 || saved.Rules[0].ID != "border" {
		t.Errorf("saved file after deletes = %+v, %v", saved, err)
	}
}

// TestDeleteLastRule: without webhooks, deleting the last rule removes the
// file (an empty rule file would not load).
func TestDeleteLastRule(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rules.yaml")
	zones := testZones(t)
	os.WriteFile(path, []byte("rules:\n  - id: only\n"), 0o600)
	f, err := ParseFile(path, zones)
	if err != nil {
		t.Fatal(err)
	}
	m, err := New(Config{RulesPath: path, Authorize: func(*http.Request, bool) error { return nil }}, zones, Compile(f, zones))
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("DELETE", "/api/v1/rules/only", nil))
	if rec.Code != 200 {
		t.Fatalf("DELETE = %d %s", rec.Code, rec.Body)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("rules file after deleting the last rule: %v, want it removed", err)
	}
	if len(m.Rules().File().Rules) != 0 {
		t.Error("rules left in memory")
	}
}

// TestRuleTestNeedsStore: without an article source the test is refused
// with a clear reason.
func TestRuleTestNeedsStore(t *testing.T) {
	m, err := New(Config{}, testZones(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	_, err = m.TestRule(context.Background(), &Rule{ID: "a"}, 10)
	if marsad.ErrorCode(err) != marsad.EUNAVAILABLE {
		t.Errorf("TestRule without a store = %v, want EUNAVAILABLE", err)
	}
}

// FuzzParseRule: one rule given alone either parses, and then survives a
// round trip through MarshalRule, or is refused as EINVALID.
func FuzzParseRule(f *testing.F) {
	for _, s := range []string{"id: a\ntypes: [ASSAULT]\nfor: 2h\n", "id: b\nplaces:\n  - zone: {name: iraq-syria-border, within_km: 20}\n",
		"id: c\nname: '<b>x</b>'\nkeywords: [سد الموصل]\nnotify: [ops]\n", "id: d\ntypes: [BOMB]\n", "- id: e\n"} {
		f.Add([]byte(s))
	}
	zones := testZones(f)
	hooks := []Webhook{{ID: "ops", URL: "https://hooks.example.org/x"}}
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := ParseRule(b, zones, hooks)
		if err != nil {
			if marsad.ErrorCode(err) != marsad.EINVALID {
				t.Fatalf("ParseRule error code = %s, want EINVALID: %v", marsad.ErrorCode(err), err)
			}
			return
		}
		y, err := MarshalRule(r)
		if err != nil {
			t.Fatalf("MarshalRule(%+v): %v", r, err)
		}
		r2, err := ParseRule(y, zones, hooks)
		if err != nil {
			t.Fatalf("round trip of %q: %v\n%s", b, err, y)
		}
		a, _ := json.Marshal(r)
		c, _ := json.Marshal(r2)
		if string(a) != string(c) {
			t.Fatalf("round trip changed the rule:\n%s\n%s", a, c)
		}
	})
}
