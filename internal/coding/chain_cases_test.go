package coding

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/actor"
	"github.com/marsad/marsad/internal/geo"
)

// TestChainCases runs testdata/chain_cases.txt through the coder with the
// real actor linker and place resolver (no entity tagger, whose model keeps
// changing): argument attachment that needs known actors, such as falling
// back from a phrase that names no party to the party the context names.
// The format is that of cases.txt; a case may span several sentences.
func TestChainCases(t *testing.T) {
	cases := runChainCases(t, "testdata/chain_cases.txt")
	known := 0
	for _, tc := range cases {
		if tc.known {
			known++
		}
	}
	if known*10 > len(cases) {
		t.Errorf("%d of %d chain cases are known weaknesses, want at most 10%%", known, len(cases))
	}
}

// runChainLines writes lines (case lines as readCases reads them) to a
// file named name in a temporary directory and runs them with
// runChainCases.
func runChainLines(t *testing.T, name string, lines []string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	runChainCases(t, path)
}

// runChainCases runs a case file (the format of cases.txt) through the
// coder with the real actor linker and place resolver, one subtest a line,
// and returns its cases: a case must pass unless marked "?" as a known
// weakness, and a marked case that passes must lose its mark.
func runChainCases(t *testing.T, path string) []codingCase {
	t.Helper()
	an := chainAnalyzer(t)
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	cases := readCases(t, path)
	for _, tc := range cases {
		t.Run(strconv.Itoa(tc.line), func(t *testing.T) {
			r, err := an.Analyze(context.Background(), &marsad.Article{ID: "c", Text: tc.text, Published: pub})
			if err != nil {
				t.Fatal(err)
			}
			got, ok := matchCase(tc, r.Events)
			switch {
			case !ok && !tc.known:
				t.Errorf("Analyze(%s) = %s, want %v", tc.text, describe(got), tc.events)
			case ok && tc.known:
				t.Errorf("Analyze(%s) passes now: remove its \"?\" mark", tc.text)
			case !ok:
				t.Logf("known weakness: Analyze(%s) = %s, want %v", tc.text, describe(got), tc.events)
			}
		})
	}
	return cases
}

// chainAnalyzer is the coder with the real actor linker and place resolver.
func chainAnalyzer(t *testing.T) *Analyzer {
	t.Helper()
	return chainAnalyzerWith(t, nil)
}

// chainAnalyzerWith is chainAnalyzer with the actor linker wrapped by wrap
// (a stand-in for a tagger's reading), when wrap is not nil.
func chainAnalyzerWith(t *testing.T, wrap func(ActorLinker) ActorLinker) *Analyzer {
	t.Helper()
	dict, err := actor.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	gaz, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	res, err := geo.NewResolver(gaz)
	if err != nil {
		t.Fatal(err)
	}
	var linker ActorLinker = benchLinker{actor.NewLinker(dict)}
	if wrap != nil {
		linker = wrap(linker)
	}
	// the dateline-reading adapter, as cmd/marsad builds it
	an, err := NewAnalyzer(Config{Linker: linker, Places: datelinePlaces{benchPlaces{res}}})
	if err != nil {
		t.Fatal(err)
	}
	return an
}

// TestChainQuotes: speakers that need known actors.
func TestChainQuotes(t *testing.T) {
	an := chainAnalyzer(t)
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name, text, quote, speaker string
	}{
		{"a post abroad, then the name", "وقال سفير روسيا في بيروت سيرغي لافروف إن بلاده سترد على العقوبات الجديدة.", "بلاده سترد", "سيرغي لافروف"},
		{"the antecedent of «التي قالت»", "وقال وزير الخارجية الإيراني إن المفاوضات متوقفة. وانضمت إلى المقاطعة حركة حماس التي قالت إنها لن تشارك في الاجتماعات المقبلة.", "لن تشارك", "حماس"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, err := an.Analyze(context.Background(), &marsad.Article{ID: "q", Text: tc.text, Published: pub})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, q := range r.Quotes {
				sp := ""
				if q.Speaker != nil {
					sp = q.Speaker.Name
				}
				got = append(got, sp+": "+q.Text)
				if strings.Contains(q.Text, tc.quote) && NamesMatch(sp, []string{tc.speaker}) {
					return
				}
			}
			t.Errorf("Analyze(%s) quotes = %q, want %q said by %s", tc.text, got, tc.quote, tc.speaker)
		})
	}
}
