package alert

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// forRules is one border rule with the given extra settings.
func forRules(t *testing.T, extra string) *Rules {
	t.Helper()
	zones := testZones(t)
	f, err := Parse([]byte(fmt.Sprintf(`
rules:
  - id: border
    types: [ASSAULT]
    places:
      - zone: {name: iraq-syria-border, within_km: 20}
%s`, extra)), zones)
	if err != nil {
		t.Fatal(err)
	}
	return Compile(f, zones)
}

// states lists the manager's alerts as "state/sources" and its notes as
// "status", for compact comparison.
func states(m *Manager) (alerts []string, notes []string) {
	for _, a := range m.Alerts("", "") {
		alerts = append(alerts, fmt.Sprintf("%s/%d", a.State, a.Sources))
	}
	for _, n := range m.Notes(0) {
		s := string(n.Status)
		if n.Update {
			s += "+"
		}
		notes = append(notes, s)
	}
	return alerts, notes
}

func expect(t *testing.T, m *Manager, step string, wantAlerts, wantNotes string) {
	t.Helper()
	a, n := states(m)
	if got := fmt.Sprint(a); got != wantAlerts {
		t.Errorf("%s: alerts = %s, want %s", step, got, wantAlerts)
	}
	if got := fmt.Sprint(n); got != wantNotes {
		t.Errorf("%s: notes = %s, want %s", step, got, wantNotes)
	}
}

// TestForPending: with for, an alert stays pending until its condition (it
// has min_sources and stays active) has held that long; the fake clock
// moves, nothing sleeps.
func TestForPending(t *testing.T) {
	ctx := context.Background()
	t0 := time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)

	t.Run("fires after for", func(t *testing.T) {
		c := &clock{t: t0}
		m, _ := newTestManager(t, "", forRules(t, "    for: 2h\n"), c)
		on(m)(report("a1", "enabbaladi.net", "", "2026-11-28", 34.453, 40.918, 1))
		expect(t, m, "first report", "[pending/1]", "[]")
		c.add(time.Hour)
		m.Resolve(ctx)
		on(m)(report("a2", "aawsat.com", "", "2026-11-28", 34.46, 40.93, 0xffff0000))
		expect(t, m, "after 1h and a second outlet", "[pending/2]", "[]")
		c.add(59 * time.Minute)
		m.Resolve(ctx)
		expect(t, m, "after 1h59m", "[pending/2]", "[]")
		c.add(time.Minute)
		m.Resolve(ctx)
		expect(t, m, "after 2h", "[firing/2]", "[firing]")
		if a := m.Alerts("", "")[0]; !a.FiredAt.Equal(t0.Add(2*time.Hour)) || !a.HoldsSince.Equal(t0) {
			t.Errorf("fired at %v holding since %v, want %v and %v", a.FiredAt, a.HoldsSince, t0.Add(2*time.Hour), t0)
		}
	})

	t.Run("a report after for fires at once", func(t *testing.T) {
		c := &clock{t: t0}
		m, _ := newTestManager(t, "", forRules(t, "    for: 30m\n"), c)
		on(m)(report("a1", "enabbaladi.net", "", "2026-11-28", 34.453, 40.918, 1))
		c.add(45 * time.Minute) // no tick in between
		on(m)(report("a2", "aawsat.com", "", "2026-11-28", 34.46, 40.93, 0xffff0000))
		expect(t, m, "second report after for", "[firing/2]", "[firing]")
	})

	t.Run("the for clock starts at min_sources", func(t *testing.T) {
		c := &clock{t: t0}
		m, _ := newTestManager(t, "", forRules(t, "    min_sources: 2\n    for: 1h\n"), c)
		on(m)(report("a1", "enabbaladi.net", "", "2026-11-28", 34.453, 40.918, 1))
		c.add(50 * time.Minute)
		m.Resolve(ctx)
		on(m)(report("a2", "aawsat.com", "", "2026-11-28", 34.46, 40.93, 0xffff0000))
		c.add(time.Hour - time.Second)
		m.Resolve(ctx)
		expect(t, m, "1h50m after the first, 59m59s after the second source", "[pending/2]", "[]")
		c.add(time.Second)
		m.Resolve(ctx)
		expect(t, m, "1h after the second source", "[firing/2]", "[firing]")
	})

	t.Run("quiet before for: resolves without firing", func(t *testing.T) {
		c := &clock{t: t0}
		m, _ := newTestManager(t, "", forRules(t, "    for: 30h\n    resolve_after: 12h\n"), c)
		on(m)(report("a1", "enabbaladi.net", "", "2026-11-28", 34.453, 40.918, 1))
		c.add(12 * time.Hour)
		m.Resolve(ctx)
		expect(t, m, "12h of silence", "[resolved/1]", "[]")
	})

	t.Run("kept reported for longer than resolve_after: fires", func(t *testing.T) {
		c := &clock{t: t0}
		m, _ := newTestManager(t, "", forRules(t, "    for: 30h\n    resolve_after: 12h\n"), c)
		// A story re-reported every 10 hours (the same story id keeps it one happening).
		for i, o := range []string{"enabbaladi.net", "aawsat.com", "alaraby.co.uk", "bbc.com"} {
			a, an := report(fmt.Sprint("a", i), o, "story-1", "2026-11-28", 34.453, 40.918, uint64(i+1)*0x1111111111111111)
			m.OnStored(ctx, a, an)
			if i < 3 {
				c.add(10 * time.Hour)
				m.Resolve(ctx)
			}
		}
		expect(t, m, "reports at 0h, 10h, 20h, then 30h", "[firing/4]", "[firing firing+]") // fired on the tick at 30h, updated by the fourth outlet
	})

	t.Run("a late tick fires then resolves", func(t *testing.T) {
		c := &clock{t: t0}
		m, _ := newTestManager(t, "", forRules(t, "    for: 1h\n    resolve_after: 6h\n"), c)
		on(m)(report("a1", "enabbaladi.net", "", "2026-11-28", 34.453, 40.918, 1))
		c.add(10 * time.Hour)
		m.Resolve(ctx)
		expect(t, m, "first tick 10h later", "[resolved/1]", "[firing resolved]")
		if a := m.Alerts("", "")[0]; !a.FiredAt.Equal(t0.Add(time.Hour)) {
			t.Errorf("fired at %v, want %v (when for ran out)", a.FiredAt, t0.Add(time.Hour))
		}
	})

	t.Run("a deletion inside for stops it", func(t *testing.T) {
		c := &clock{t: t0}
		m, _ := newTestManager(t, "", forRules(t, "    for: 2h\n"), c)
		a, an := report("a1", "enabbaladi.net", "", "2026-11-28", 34.453, 40.918, 1)
		m.OnStored(ctx, a, an)
		c.add(time.Hour)
		m.OnChange(ctx, a, marsad.EventChange{EventID: an.Events[0].ID, Action: marsad.ChangeDelete})
		c.add(2 * time.Hour)
		m.Resolve(ctx)
		expect(t, m, "deleted after 1h", "[resolved/0]", "[]")
	})

	t.Run("state survives a restart", func(t *testing.T) {
		dir := t.TempDir()
		c := &clock{t: t0}
		rs := forRules(t, "    for: 2h\n")
		m, stop := newTestManager(t, dir, rs, c)
		on(m)(report("a1", "enabbaladi.net", "", "2026-11-28", 34.453, 40.918, 1))
		stop()
		m2, err := New(Config{DataDir: dir, Now: c.now}, testZones(t), rs)
		if err != nil {
			t.Fatal(err)
		}
		defer m2.Close()
		c.add(2 * time.Hour)
		m2.Resolve(ctx)
		expect(t, m2, "2h after, restarted", "[firing/1]", "[firing]")
	})
}

// TestEvalAfter: a rule unit test's eval_after must be a duration.
func TestEvalAfter(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "r.yaml"), []byte("rules:\n  - id: a\n"), 0o600)
	for _, tc := range []struct{ eval, want string }{{"90m", ""}, {"soon", `eval_after "soon" is not a duration`}, {"-1h", `eval_after "-1h"`}} {
		path := filepath.Join(dir, "t.yaml")
		os.WriteFile(path, []byte("rule_files: [r.yaml]\ntests:\n  - name: x\n    eval_after: "+tc.eval+"\n    articles: [{id: a, text: نص}]\n"), 0o600)
		tf, _, err := ParseTestFile(path, testZones(t))
		switch {
		case tc.want == "" && (err != nil || tf.Tests[0].EvalDelay() != 90*time.Minute):
			t.Errorf("eval_after %s: %v, delay %v", tc.eval, err, tf.Tests[0].EvalDelay())
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("eval_after %s = %v, want %q", tc.eval, err, tc.want)
		}
	}
}
