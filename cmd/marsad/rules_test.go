package main

import (
	"context"
	"crypto/sha256"
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

func TestRulesCommand(t *testing.T) {
	const td = "../../internal/alert/testdata"
	bad := filepath.Join(t.TempDir(), "fail.yaml")
	os.WriteFile(bad, []byte(`rule_files: [`+filepath.Join(mustAbs(t, td), "rules/good/border.yaml")+`]
tests:
  - name: expects an alert that cannot come
    articles:
      - {id: x, source: sana.sy, text: "استقبل وزير الخارجية السوري في دمشق اليوم نظيره العماني وبحث معه العلاقات الثنائية."}
    expect_alerts:
      - {rule: iraq-syria-border, state: firing}
`), 0o644)
	tests := []struct {
		name     string
		args     []string
		wantCode int
		want     []string
	}{
		{"check good", []string{"rules", "check", td + "/rules/good/border.yaml", td + "/rules/good/full.yaml"}, 0, []string{"border.yaml: 1 rules, 1 webhooks: OK", "full.yaml: 3 rules"}},
		{"check bad", []string{"rules", "check", td + "/rules/bad/unknown-zone.yaml"}, 1, []string{`unknown zone "iraq-kuwait"`}},
		{"trace", []string{"rules", "test", td + "/rules/good/border.yaml", td + "/articles/border.jsonl"}, 0,
			[]string{"article b1 (enabbaladi.net", "rules: iraq-syria-border", "1 alerts", "firing", "sources 2, reports 2"}},
		{"unit tests", []string{"rules", "test", td + "/ruletests/border.yaml"}, 0, []string{"ok: 3 rule tests"}},
		{"unit tests of for", []string{"rules", "test", td + "/ruletests/for.yaml"}, 0, []string{"PASS held for 2h", "PASS one report, evaluated an hour later", "ok: 3 rule tests"}},
		{"failing unit test", []string{"rules", "test", bad}, 1, []string{"FAIL expects an alert", "missing alert: rule iraq-syria-border state firing"}},
		{"usage", []string{"rules"}, 2, []string{"rules check RULES.yaml"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, "", tt.args...)
			if code != tt.wantCode {
				t.Fatalf("marsad %s = exit %d, want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(tt.args, " "), code, tt.wantCode, out, errOut)
			}
			for _, w := range tt.want {
				if !strings.Contains(out+errOut, w) {
					t.Errorf("marsad %s output lacks %q:\n%s%s", strings.Join(tt.args, " "), w, out, errOut)
				}
			}
		})
	}
}

func mustAbs(t *testing.T, p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestServeAlerts runs serve --demo with a rule file in the data directory:
// demo events raise alerts visible in the API and the rule's Atom feed, and
// state is kept in DATA/alerts.db.
func TestServeAlerts(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	data := filepath.Join(t.TempDir(), "data")
	os.MkdirAll(data, 0o755)
	os.WriteFile(filepath.Join(data, "rules.yaml"), []byte("rules:\n  - id: anything\n    name: every current event\n"), 0o644)
	base, done, errb := startServe(t, ctx, "serve", "--demo", "--addr", "127.0.0.1:0", "--data", data)
	get := func(path string) (int, string) {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("/api/v1/alerts?state=firing"); code != 200 || !strings.Contains(body, `"rule_id":"anything"`) {
		t.Errorf("/api/v1/alerts = %d %.300s, want firing alerts of rule anything", code, body)
	}
	if code, body := get("/feeds/rules/anything.atom"); code != 200 || !strings.Contains(body, "<entry>") {
		t.Errorf("/feeds/rules/anything.atom = %d %.300s", code, body)
	}
	if code, _ := get("/api/v1/stats"); code != 200 {
		t.Errorf("/api/v1/stats = %d: the web server is no longer reached", code)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exited %d after shutdown: %s", code, errb.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
	if _, err := os.Stat(filepath.Join(data, "alerts.db")); err != nil {
		t.Errorf("no alert state file: %v", err)
	}
}

func TestAlertAuth(t *testing.T) {
	a := &alertAuth{tokens: [][32]byte{sha256.Sum256([]byte("editor-token"))}}
	tests := []struct {
		name      string
		anonymous bool
		token     string
		write     bool
		want      string // error code, "" for allowed
	}{
		{"anonymous read, allowed", true, "", false, ""},
		{"anonymous read, refused", false, "", false, marsad.EUNAUTHORIZED},
		{"editor reads", false, "editor-token", false, ""},
		{"editor cannot edit rules", false, "editor-token", true, marsad.EFORBIDDEN},
		{"anonymous cannot edit", true, "", true, marsad.EUNAUTHORIZED},
		{"unknown token", true, "nope", false, marsad.EUNAUTHORIZED},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a.anonymousRead = tt.anonymous
			r := httptest.NewRequest(http.MethodGet, "/api/v1/alerts", nil)
			if tt.token != "" {
				r.Header.Set("Authorization", "Bearer "+tt.token)
			}
			err := a.authorize(r, tt.write)
			if got := codeOf(err); got != tt.want {
				t.Errorf("authorize(%s) = %v, want code %q", tt.name, err, tt.want)
			}
		})
	}
}

func codeOf(err error) string {
	if err == nil {
		return ""
	}
	return marsad.ErrorCode(err)
}
