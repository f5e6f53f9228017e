package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
