package actor_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/actor"
	"github.com/marsad/marsad/internal/arabic"
	"github.com/marsad/marsad/internal/ner"
)

// goldPath finds ../shared/eval/gold/dev.jsonl beside the repository root.
func goldPath(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared", "eval", "gold", "dev.jsonl")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the test directory")
		}
		dir = parent
	}
}

type goldActor struct {
	Names   []string `json:"names"`
	Country *string  `json:"country"`
	Sector  string   `json:"sector"`
}

type goldArticle struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Events []struct {
		Actor     *goldActor `json:"actor"`
		Recipient *goldActor `json:"recipient"`
	} `json:"events"`
}

// TestGoldActors measures the linker on the actors of the dev gold: for each
// gold actor, the first linked mention that overlaps one of its names in
// the text, and whether its country and sector agree. It reads the shared
// eval kit at run time and skips without it. The floors are loose: the test
// guards against regressions, the log gives the figures.
func TestGoldActors(t *testing.T) {
	path := goldPath(t)
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("dev gold not available (%v); run from a checkout with ../shared", err)
	}
	defer f.Close()
	d, err := actor.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	var tagger *ner.Tagger
	if os.Getenv("MARSAD_ACTOR_EVAL_NER") != "" {
		if tagger, err = ner.Load(); err != nil {
			t.Skipf("ner.Load: %v (the NER model is not available)", err)
		}
	}
	l := actor.NewLinker(d)
	var total, found, country, sector, both int
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a goldArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		toks := arabic.Tokenize(a.Text)
		var ents []marsad.Entity
		if tagger != nil {
			ents = tagger.Entities(a.Text, toks)
		}
		ms := l.Link(a.Text, toks, ents)
		rs := []rune(a.Text)
		for _, ev := range a.Events {
			for _, ga := range []*goldActor{ev.Actor, ev.Recipient} {
				if ga == nil || len(ga.Names) == 0 {
					continue
				}
				total++
				m, ok := firstOverlap(rs, ga.Names, ms)
				if !ok {
					continue
				}
				found++
				wc := ""
				if ga.Country != nil {
					wc = *ga.Country
				}
				okc, oks := m.Actor.Country == wc, m.Actor.Sector == ga.Sector
				if okc {
					country++
				}
				if oks {
					sector++
				}
				if okc && oks {
					both++
				}
				if testing.Verbose() && !(okc && oks) {
					t.Logf("%s: %q → %s/%s, gold %s/%s", a.ID, m.Actor.Name, m.Actor.Country, m.Actor.Sector, wc, ga.Sector)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if total == 0 {
		t.Skip("no gold actors")
	}
	pct := func(n, of int) float64 { return 100 * float64(n) / float64(max(of, 1)) }
	t.Logf("gold actors %d: linked %d (%.1f%%); of linked: country %.1f%%, sector %.1f%%, both %.1f%%",
		total, found, pct(found, total), pct(country, found), pct(sector, found), pct(both, found))
	if pct(found, total) < 50 || pct(both, found) < 50 {
		t.Errorf("gold actors: linked %.1f%%, both right %.1f%%; want at least 50%% each", pct(found, total), pct(both, found))
	}
}

// firstOverlap returns the first mention that overlaps an occurrence of one
// of names in the text and is not a place reading.
func firstOverlap(rs []rune, names []string, ms []actor.Mention) (actor.Mention, bool) {
	text := string(rs)
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		for off := 0; ; {
			i := strings.Index(text[off:], n)
			if i < 0 {
				break
			}
			b := off + i
			s := len([]rune(text[:b]))
			e := s + len([]rune(n))
			for _, m := range ms {
				if !m.Place && m.Span.Start < e && s < m.Span.End {
					return m, true
				}
			}
			off = b + len(n)
		}
	}
	return actor.Mention{}, false
}
