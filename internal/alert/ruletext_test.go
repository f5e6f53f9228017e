package alert

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const commented = `# Marsad watch rules (ops team)
webhooks:
  - id: ops
    url: https://hooks.example.org/x
    secret: k3y
rules:
  # Strikes on the border.
  - id: border
    types: [ASSAULT]   # only attacks
    notify: [ops]

  # Water.
  - id: water
    keywords: [سد الموصل]
# end of rules
`

// TestEditKeepsComments: editing one rule through the API changes that
// rule's lines only; the file's other comments stay. A layout the splice
// does not handle is rewritten in canonical form, still valid.
func TestEditKeepsComments(t *testing.T) {
	zones := testZones(t)
	tests := []struct {
		name, file, method, id, body string
		keep, gone                   []string // text the saved file must (not) contain
	}{
		{"replace", commented, "PUT", "water", "# dams\nid: water\nkeywords: [سد الموصل, نهر الفرات]\n",
			[]string{"# Marsad watch rules (ops team)", "types: [ASSAULT]   # only attacks", "# Strikes on the border.", "# Water.\n  # dams\n  - id: water\n    keywords: [سد الموصل, نهر الفرات]\n# end of rules", "secret: k3y"}, nil},
		{"append", commented, "PUT", "new", "id: new\ntypes: [PROTEST]\n",
			[]string{"# only attacks", "keywords: [سد الموصل]\n  - id: new\n    types: [PROTEST]\n# end of rules"}, nil},
		{"rename", commented, "PUT", "border", "id: frontier\ntypes: [ASSAULT, COERCE]\n",
			[]string{"# Strikes on the border.\n  - id: frontier", "# Water."}, []string{"# only attacks", "id: border"}},
		{"delete", commented, "DELETE", "border", "",
			[]string{"# Marsad watch rules (ops team)", "# Water.", "- id: water"}, []string{"# only attacks", "id: border"}},
		{"no indent, webhooks last", "rules:\n- id: a   # first\n- id: b\n  types: [AID]\nwebhooks:\n- id: ops\n  url: https://hooks.example.org/x\n", "PUT", "a", "id: a\ntypes: [AGREE]\n",
			[]string{"- id: a\n  types: [AGREE]\n- id: b", "webhooks:"}, []string{"# first"}},
		{"flow style: rewritten", "# flow\nrules: [{id: a}, {id: b}]\n", "PUT", "a", "id: a\ntypes: [AGREE]\n",
			[]string{"- id: a\n  types:\n  - AGREE\n- id: b"}, []string{"# flow"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "rules.yaml")
			os.WriteFile(path, []byte(tc.file), 0o600)
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
			m.Handler().ServeHTTP(rec, httptest.NewRequest(tc.method, "/api/v1/rules/"+tc.id, strings.NewReader(tc.body)))
			if rec.Code != 200 {
				t.Fatalf("%s = %d %s", tc.method, rec.Code, rec.Body)
			}
			b, _ := os.ReadFile(path)
			saved, err := Parse(b, zones)
			if err != nil {
				t.Fatalf("saved file does not parse: %v\n%s", err, b)
			}
			if !sameFile(saved, m.Rules().File()) {
				t.Errorf("saved file differs from the rules in use:\n%s", b)
			}
			for _, k := range tc.keep {
				if !strings.Contains(string(b), k) {
					t.Errorf("saved file lacks %q:\n%s", k, b)
				}
			}
			for _, g := range tc.gone {
				if strings.Contains(string(b), g) {
					t.Errorf("saved file still has %q:\n%s", g, b)
				}
			}
		})
	}
}

// TestRuleTextAsWritten: GET of a rule shows it as written in the file,
// comments included, when the file is the one in use.
func TestRuleTextAsWritten(t *testing.T) {
	zones := testZones(t)
	path := filepath.Join(t.TempDir(), "rules.yaml")
	os.WriteFile(path, []byte(commented), 0o600)
	f, err := ParseFile(path, zones)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ruleText(path, f, zones, "border")
	if want := "id: border\ntypes: [ASSAULT]   # only attacks\nnotify: [ops]\n"; err != nil || string(got) != want {
		t.Errorf("ruleText(border) = %q, %v; want %q", got, err, want)
	}
	// A file changed on disk since it was loaded: the rule in use, canonical.
	os.WriteFile(path, []byte(strings.Replace(commented, "[ASSAULT]", "[AID]", 1)), 0o600)
	got, _ = ruleText(path, f, zones, "border")
	if strings.Contains(string(got), "#") || !strings.Contains(string(got), "ASSAULT") {
		t.Errorf("ruleText after the file changed = %q, want the rule in use", got)
	}
}

// FuzzEditRuleText: whatever the rule file's text, a one-rule edit either
// gives a file that parses to exactly the intended rules or is declined.
func FuzzEditRuleText(f *testing.F) {
	f.Add([]byte(commented), "water")
	f.Add([]byte("rules:\n- id: a\n-   id: b\n    types: [AID]\n"), "b")
	f.Add([]byte("rules: [{id: a}]\n"), "a")
	f.Add([]byte("rules:\n  -\n    id: a\n  - id: b # x\n"), "a")
	zones := testZones(f)
	f.Fuzz(func(t *testing.T, b []byte, id string) {
		path := filepath.Join(t.TempDir(), "rules.yaml")
		os.WriteFile(path, b, 0o600)
		cur, err := Parse(b, zones)
		if err != nil {
			return
		}
		r := Rule{ID: "zz", Types: []string{"AID"}}
		for _, text := range [][]byte{[]byte("# c\nid: zz\ntypes: [AID]\n"), nil} {
			want := cur.replaceRule(id, r)
			if text == nil {
				want, _ = cur.WithoutRule(id)
			}
			out, ok := editRuleText(path, cur, want, zones, id, text)
			if !ok {
				continue
			}
			got, err := Parse(out, zones)
			if err != nil || !sameFile(got, want) {
				t.Fatalf("edit of %q accepted but gives %v:\n%s", b, err, out)
			}
		}
		if i := cur.ruleIndex(id); i >= 0 {
			ruleText(path, cur, zones, id)
		}
	})
}
