package alert

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/marsad/marsad"
)

// TestFile is a rule unit-test file, after Prometheus' `promtool test
// rules`: rule files, and test cases that feed articles through the real
// analyser and pipeline and list the alerts expected at the end.
//
//	rule_files: [border.yaml]
//	tests:
//	  - name: two outlets report one strike
//	    articles:
//	      - {id: a1, source: enabbaladi.net, published: 2026-11-29, title: …, text: …}
//	    expect_alerts:
//	      - {rule: iraq-syria-border, state: firing, type: ASSAULT, sources: 2, reports: 2}
type TestFile struct {
	RuleFiles []string   `yaml:"rule_files"`
	Tests     []TestCase `yaml:"tests"`
}

// TestCase is one unit test: articles in, alerts out. Each case starts with
// no alerts. The clock follows the articles' publication times; EvalAfter
// moves it on past the last one before the alerts are compared (as
// promtool's eval_time), so that for and resolve_after can act.
type TestCase struct {
	Name         string          `yaml:"name"`
	Articles     []TestArticle   `yaml:"articles"`
	EvalAfter    string          `yaml:"eval_after,omitempty"` // Go duration
	ExpectAlerts []ExpectedAlert `yaml:"expect_alerts"`
}

// EvalDelay is the case's eval_after (validated by ParseTestFile), or 0.
func (tc *TestCase) EvalDelay() time.Duration {
	d, _ := time.ParseDuration(tc.EvalAfter)
	return max(d, 0)
}

// TestArticle is one article of a test case.
type TestArticle struct {
	ID        string `yaml:"id"`
	Source    string `yaml:"source,omitempty"`
	URL       string `yaml:"url,omitempty"`
	Published string `yaml:"published,omitempty"` // RFC 3339 or YYYY-MM-DD
	Title     string `yaml:"title,omitempty"`
	Text      string `yaml:"text"`
}

// ExpectedAlert is an alert a test case must end with. Zero fields are not
// checked, except Rule.
type ExpectedAlert struct {
	Rule    string `yaml:"rule"`
	State   State  `yaml:"state,omitempty"`
	Type    string `yaml:"type,omitempty"`
	Sources int    `yaml:"sources,omitempty"`
	Reports int    `yaml:"reports,omitempty"`
}

// ParseTestFile reads a rule unit-test file and the rule files it names
// (relative to it), merged into one.
func ParseTestFile(path string, zones *Zones) (*TestFile, *File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("read rule tests: %w", err)
	}
	var tf TestFile
	if err := decodeYAML(b, &tf); err != nil {
		return nil, nil, marsad.Errorf(marsad.EINVALID, "%s: %s", path, yamlMessage(err))
	}
	if len(tf.RuleFiles) == 0 || len(tf.Tests) == 0 {
		return nil, nil, marsad.Errorf(marsad.EINVALID, "%s: needs rule_files and tests", path)
	}
	merged := &File{}
	for _, rf := range tf.RuleFiles {
		if !filepath.IsAbs(rf) {
			rf = filepath.Join(filepath.Dir(path), rf)
		}
		f, err := ParseFile(rf, zones)
		if err != nil {
			return nil, nil, err
		}
		merged.Webhooks = append(merged.Webhooks, f.Webhooks...)
		merged.Rules = append(merged.Rules, f.Rules...)
	}
	if err := merged.Validate(zones); err != nil {
		return nil, nil, fmt.Errorf("%s: rule files together: %w", path, err)
	}
	for i, tc := range tf.Tests {
		if len(tc.Articles) == 0 {
			return nil, nil, marsad.Errorf(marsad.EINVALID, "%s: tests[%d] (%s): no articles", path, i, tc.Name)
		}
		if d, err := time.ParseDuration(tc.EvalAfter); tc.EvalAfter != "" && (err != nil || d < 0) {
			return nil, nil, marsad.Errorf(marsad.EINVALID, "%s: tests[%d] (%s): eval_after %q is not a duration such as 2h", path, i, tc.Name, tc.EvalAfter)
		}
		for _, ea := range tc.ExpectAlerts {
			if merged.rule(ea.Rule) == nil {
				return nil, nil, marsad.Errorf(marsad.EINVALID, "%s: tests[%d] (%s): unknown rule %q", path, i, tc.Name, ea.Rule)
			}
		}
	}
	return &tf, merged, nil
}

func (f *File) rule(id string) *Rule {
	for i := range f.Rules {
		if f.Rules[i].ID == id {
			return &f.Rules[i]
		}
	}
	return nil
}

// CheckAlerts compares the alerts a test case ended with to the expected
// ones, as multisets, and describes each difference.
func CheckAlerts(got []Alert, want []ExpectedAlert) []string {
	used := make([]bool, len(got))
	var problems []string
	for _, w := range want {
		found := false
		for i, g := range got {
			if used[i] || g.RuleID != w.Rule {
				continue
			}
			if (w.State != "" && g.State != w.State) || (w.Type != "" && g.Event.Type != w.Type) ||
				(w.Sources != 0 && g.Sources != w.Sources) || (w.Reports != 0 && len(g.Reports) != w.Reports) {
				continue
			}
			used[i] = true
			found = true
			break
		}
		if !found {
			problems = append(problems, fmt.Sprintf("missing alert: rule %s state %s type %s sources %d reports %d",
				w.Rule, orAny(string(w.State)), orAny(w.Type), w.Sources, w.Reports))
		}
	}
	var extra []string
	for i, g := range got {
		if !used[i] {
			extra = append(extra, fmt.Sprintf("unexpected alert: rule %s state %s type %s sources %d reports %d",
				g.RuleID, g.State, g.Event.Type, g.Sources, len(g.Reports)))
		}
	}
	sort.Strings(extra)
	return append(problems, extra...)
}

func orAny(s string) string {
	if s == "" {
		return "(any)"
	}
	return s
}
