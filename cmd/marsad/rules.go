package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/alert"
	"github.com/marsad/marsad/internal/cluster"
	"github.com/marsad/marsad/internal/pipeline"
	"github.com/marsad/marsad/internal/source"
	"github.com/marsad/marsad/internal/store/sqlite"
)

const rulesUsage = `usage:
  marsad rules check RULES.yaml...            validate rule files
  marsad rules test RULES.yaml ARTICLES.jsonl show which rules fire on which events
  marsad rules test TESTS.yaml                run rule unit tests (expected alerts)`

func runRules(ctx context.Context, e *env) error {
	fs := newFlags("rules", e)
	fs.Usage = func() { fmt.Fprintln(e.stderr, rulesUsage) }
	if err := fs.Parse(e.args); err != nil {
		return errUsage
	}
	args := fs.Args()
	if len(args) == 0 {
		return fmt.Errorf("%w: a subcommand is required\n%s", errUsage, rulesUsage)
	}
	zones, err := alert.DefaultZones()
	if err != nil {
		return err
	}
	switch {
	case args[0] == "check" && len(args) > 1:
		for _, p := range args[1:] {
			f, err := alert.ParseFile(p, zones)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "%s: %d rules, %d webhooks: OK\n", p, len(f.Rules), len(f.Webhooks))
		}
		return nil
	case args[0] == "test" && len(args) == 3:
		f, err := alert.ParseFile(args[1], zones)
		if err != nil {
			return err
		}
		in, err := os.Open(args[2])
		if err != nil {
			return fmt.Errorf("open articles: %w", err)
		}
		defer in.Close()
		items, err := readItems(in, args[2])
		if err != nil {
			return err
		}
		an, err := newAnalyzer()
		if err != nil {
			return err
		}
		return rulesTrace(ctx, e.stdout, an, zones, f, items)
	case args[0] == "test" && len(args) == 2:
		tf, f, err := alert.ParseTestFile(args[1], zones)
		if err != nil {
			return err
		}
		an, err := newAnalyzer()
		if err != nil {
			return err
		}
		return rulesUnitTests(ctx, e.stdout, an, zones, tf, f)
	}
	return fmt.Errorf("%w: %s\n%s", errUsage, strings.Join(args, " "), rulesUsage)
}

// readItems reads JSON Lines articles (the push API's shape).
func readItems(r io.Reader, name string) ([]marsad.RawItem, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var items []marsad.RawItem
	line := 0
	for sc.Scan() {
		line++
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		it, err := source.DecodeJSON(sc.Bytes())
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		it.Origin = fmt.Sprintf("%s:%d", name, line)
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return items, nil
}

// quiet is a rule file without deliveries: testing rules must not call
// anyone's webhook.
func quiet(f *alert.File) *alert.File {
	q := &alert.File{Rules: append([]alert.Rule(nil), f.Rules...)}
	for i := range q.Rules {
		q.Rules[i].Notify = nil
	}
	return q
}

// rulesRun stores items through the real pipeline (a temporary SQLite
// store, the real analyser, near-duplicate stories) with an alert manager
// on its OnStored hook, and returns the manager. The manager's clock
// follows the items' publication times (never going back) and its
// evaluation runs before each item, so resolve_after and for act as they
// would have; evalAfter moves the clock on past the last item for a last
// evaluation. trace, if set, sees each stored article.
func rulesRun(ctx context.Context, an marsad.Analyzer, zones *alert.Zones, f *alert.File, items []marsad.RawItem, evalAfter time.Duration,
	trace func(a *marsad.Article, x *marsad.Analysis, rs *alert.Rules)) (*alert.Manager, error) {
	dir, err := os.MkdirTemp("", "marsad-rules-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	st, err := sqlite.Open(ctx, dir+"/marsad.db", sqlite.Options{})
	if err != nil {
		return nil, err
	}
	defer st.Close()
	rs := alert.Compile(quiet(f), zones)
	var clock time.Time
	m, err := alert.New(alert.Config{Now: func() time.Time { return clock }}, zones, rs)
	if err != nil {
		return nil, err
	}
	r, err := pipeline.New(pipeline.Config{Workers: 1, Analyze: true}, pipeline.Deps{
		Store: st, Prepare: cluster.Prepare, Analyzer: an,
		OnStored: func(ctx context.Context, a *marsad.Article, x *marsad.Analysis) {
			if trace != nil {
				trace(a, x, rs)
			}
			m.OnStored(ctx, a, x)
		},
	})
	if err != nil {
		return nil, err
	}
	for i := range items {
		t := items[i].Published
		if t.IsZero() {
			t = items[i].Fetched
		}
		if t.IsZero() {
			t = time.Now()
		}
		if t.After(clock) {
			clock = t
		}
		m.Resolve(ctx)
		res, err := r.Process(ctx, &items[i])
		if err != nil {
			return nil, err
		}
		if res.Rejection != nil && trace != nil {
			trace(&marsad.Article{ID: items[i].Origin, Title: "rejected: " + res.Rejection.Reason}, nil, rs)
		}
	}
	if evalAfter > 0 {
		clock = clock.Add(evalAfter)
		m.Resolve(ctx)
	}
	return m, nil
}

func rulesTrace(ctx context.Context, w io.Writer, an marsad.Analyzer, zones *alert.Zones, f *alert.File, items []marsad.RawItem) error {
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	m, err := rulesRun(ctx, an, zones, f, items, 0, func(a *marsad.Article, x *marsad.Analysis, rs *alert.Rules) {
		name := a.ExternalID
		if name == "" {
			name = a.ID
		}
		if x == nil {
			fmt.Fprintf(bw, "article %s: %s\n", name, a.Title)
			return
		}
		fmt.Fprintf(bw, "article %s (%s, story %s): %d events\n", name, orDash(a.Source), short(a.StoryID), len(x.Events))
		for i := range x.Events {
			ev := &x.Events[i]
			var ids []string
			for _, r := range rs.Match(ev, a) {
				ids = append(ids, r.ID)
			}
			fired := "no rule"
			if len(ids) > 0 {
				fired = "rules: " + strings.Join(ids, ", ")
			}
			fmt.Fprintf(bw, "  %s → %s\n", describeEvent(ev), fired)
		}
	})
	if err != nil {
		return err
	}
	alerts := m.Alerts("", "")
	fmt.Fprintf(bw, "\n%d alerts\n", len(alerts))
	for _, al := range alerts {
		var arts []string
		for _, rep := range al.Reports {
			arts = append(arts, rep.ArticleID[:min(8, len(rep.ArticleID))])
		}
		fmt.Fprintf(bw, "  %-24s %-8s %s  sources %d, reports %d [%s]\n", al.RuleID, al.State, describeEvent(&al.Event),
			al.Sources, len(al.Reports), strings.Join(arts, " "))
	}
	return nil
}

func rulesUnitTests(ctx context.Context, w io.Writer, an marsad.Analyzer, zones *alert.Zones, tf *alert.TestFile, f *alert.File) error {
	failed := 0
	for _, tc := range tf.Tests {
		var items []marsad.RawItem
		for _, ta := range tc.Articles {
			it := marsad.RawItem{Origin: tc.Name + "/" + ta.ID, ID: ta.ID, URL: ta.URL, Source: ta.Source, Title: ta.Title, Text: ta.Text}
			if ta.Published != "" {
				t, ok := source.ParseDate(ta.Published)
				if !ok {
					return marsad.Errorf(marsad.EINVALID, "test %q article %s: bad published date %q", tc.Name, ta.ID, ta.Published)
				}
				it.Published = t
			}
			it.Fetched = time.Now()
			items = append(items, it)
		}
		m, err := rulesRun(ctx, an, zones, f, items, tc.EvalDelay(), nil)
		if err != nil {
			return err
		}
		problems := alert.CheckAlerts(m.Alerts("", ""), tc.ExpectAlerts)
		m.Close()
		if len(problems) == 0 {
			fmt.Fprintf(w, "PASS %s\n", tc.Name)
			continue
		}
		failed++
		fmt.Fprintf(w, "FAIL %s\n", tc.Name)
		for _, p := range problems {
			fmt.Fprintf(w, "  %s\n", p)
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d rule tests failed", failed, len(tf.Tests))
	}
	fmt.Fprintf(w, "ok: %d rule tests\n", len(tf.Tests))
	return nil
}

func describeEvent(ev *marsad.Event) string {
	var b strings.Builder
	b.WriteString(ev.Type)
	if ev.Mode != "" {
		b.WriteString("/" + ev.Mode)
	}
	if ev.Aux != "" {
		b.WriteString(" (" + ev.Aux + ")")
	}
	if ev.Actor != nil {
		b.WriteString(" actor=" + actorLabel(ev.Actor))
	}
	if ev.Recipient != nil {
		b.WriteString(" recipient=" + actorLabel(ev.Recipient))
	}
	if ev.Location != nil {
		fmt.Fprintf(&b, " at %s (%.3f,%.3f)", ev.Location.Name, ev.Location.Lat, ev.Location.Lon)
	}
	if ev.Date != "" {
		b.WriteString(" on " + ev.Date)
	}
	fmt.Fprintf(&b, " conf %.2f", ev.Confidence)
	return b.String()
}

func actorLabel(a *marsad.Actor) string {
	s := a.Name
	if a.Country != "" || a.Sector != "" {
		s += "[" + a.Country + " " + a.Sector + "]"
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func short(s string) string {
	if s == "" {
		return "-"
	}
	return s[:min(8, len(s))]
}
