package alert

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/marsad/marsad"
)

func TestHandler(t *testing.T) {
	recv := newReceiver(t, "s3cret")
	c := &clock{t: time.Date(2026, 11, 29, 6, 0, 0, 0, time.UTC)}
	rs := rulesWithHook(t, recv.srv.URL, "")
	m, err := New(Config{AllowPrivate: true, Now: c.now, Authorize: func(r *http.Request, write bool) error {
		if write && r.Header.Get("Authorization") != "Bearer tok" {
			return marsad.Errorf(marsad.EUNAUTHORIZED, "a bearer token is required")
		}
		return nil
	}}, testZones(t), rs)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	on(m)(report("a1", "enabbaladi.net", "s1", "2026-11-29", 34.453, 40.918, 1))
	on(m)(report("a2", "aawsat.com", "s2", "2026-11-29", 34.46, 40.93, 0xffff0000))
	srv := httptest.NewServer(m.Handler())
	defer srv.Close()

	get := func(path string, wantStatus int) map[string]any {
		t.Helper()
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != wantStatus {
			t.Fatalf("GET %s = %d, want %d", path, resp.StatusCode, wantStatus)
		}
		var env map[string]any
		if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		return env
	}
	env := get("/api/v1/alerts?state=firing", 200)
	alerts := env["data"].(map[string]any)["alerts"].([]any)
	if env["status"] != "success" || len(alerts) != 1 {
		t.Errorf("GET /api/v1/alerts = %v, want success with 1 alert", env)
	}
	if env := get("/api/v1/alerts?state=bogus", 400); env["status"] != "error" {
		t.Errorf("GET /api/v1/alerts?state=bogus = %v, want error envelope", env)
	}
	rules := get("/api/v1/rules", 200)["data"].(map[string]any)
	if b, _ := json.Marshal(rules); strings.Contains(string(b), "s3cret") {
		t.Errorf("GET /api/v1/rules leaks the webhook secret: %s", b)
	}
	if n := len(get("/api/v1/alerts/notifications?after=0", 200)["data"].(map[string]any)["notifications"].([]any)); n != 2 {
		t.Errorf("notifications = %d, want 2 (fired, updated)", n)
	}
	get("/api/v1/alerts/deadletters", 200)
	get("/feeds/rules/nope.atom", 404)

	// The Atom feed parses with a real feed library.
	resp, err := http.Get(srv.URL + "/feeds/rules/border.atom")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/atom+xml") {
		t.Errorf("feed Content-Type = %q", ct)
	}
	feed, err := gofeed.NewParser().Parse(resp.Body)
	if err != nil {
		t.Fatalf("gofeed cannot parse the rule feed: %v", err)
	}
	if feed.FeedType != "atom" || len(feed.Items) != 1 {
		t.Fatalf("feed = %s with %d items, want atom with 1", feed.FeedType, len(feed.Items))
	}
	it := feed.Items[0]
	if !strings.Contains(it.Title, "ASSAULT") || it.Link != "https://enabbaladi.net/news/a1" || it.UpdatedParsed == nil {
		t.Errorf("feed item = title %q link %q updated %v", it.Title, it.Link, it.UpdatedParsed)
	}
	if !strings.Contains(it.Description, "2 independent source") || !strings.Contains(it.Description, "قصفت طائرة") {
		t.Errorf("feed item summary = %q, want sources and evidence", it.Description)
	}

	// Editing: refused without a token, bad YAML is a 400, good YAML replaces the rules.
	put := func(body, token string) int {
		req, _ := http.NewRequest(http.MethodPut, srv.URL+"/api/v1/rules", strings.NewReader(body))
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if s := put("rules:\n  - id: x\n", ""); s != 401 {
		t.Errorf("PUT without token = %d, want 401", s)
	}
	if s := put("rules:\n  - id: x\n    types: [BOMB]\n", "tok"); s != 400 {
		t.Errorf("PUT bad rules = %d, want 400", s)
	}
	if s := put("rules:\n  - id: protests\n    types: [PROTEST]\n", "tok"); s != 200 {
		t.Errorf("PUT good rules = %d, want 200", s)
	}
	if m.Rules().Rule("protests") == nil || m.Rules().Rule("border") != nil {
		t.Error("PUT did not replace the rules")
	}
}

func TestEditingDisabled(t *testing.T) {
	m, err := New(Config{}, testZones(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodPut, "/api/v1/rules", strings.NewReader("rules: []")))
	if rec.Code != http.StatusForbidden {
		t.Errorf("PUT with editing disabled = %d, want 403", rec.Code)
	}
}
