package coding

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/sharedtest"
)

// sharedDir finds ../shared beside the repository root.
func sharedDir(t testing.TB) string {
	t.Helper()
	return sharedtest.Dir(t)
}

type goldArticle struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Published string `json:"published"`
	DateISO   string `json:"date_iso"` // the corpora's name for it
}

// pub is the article's publication day, from "published" or else
// "date_iso" (as `marsad extract` reads it); zero when neither parses.
func (g goldArticle) pub() time.Time {
	for _, s := range []string{g.Published, g.DateISO} {
		if t, err := time.Parse("2006-01-02", s[:min(len(s), 10)]); err == nil {
			return t
		}
	}
	return time.Time{}
}

func readGold(t testing.TB, path string) []goldArticle {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("gold absent: %v", err)
	}
	defer f.Close()
	var out []goldArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var g goldArticle
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		out = append(out, g)
	}
	return out
}

// TestDumpDev prints every coded event of the dev gold with its trigger
// (MARSAD_DUMP=1); a development aid, skipped otherwise.
func TestDumpDev(t *testing.T) {
	if os.Getenv("MARSAD_DUMP") == "" {
		t.Skip("set MARSAD_DUMP=1 to dump")
	}
	arts := readGold(t, filepath.Join(sharedDir(t), "eval", "gold", "dev.jsonl"))
	an, err := NewAnalyzer(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range arts {
		res, err := an.Analyze(context.Background(), &marsad.Article{ID: g.ID, Text: g.Text, Published: g.pub()})
		if err != nil {
			t.Fatal(err)
		}
		r := []rune(g.Text)
		for _, e := range res.Events {
			name := func(a *marsad.Actor) string {
				if a == nil {
					return "-"
				}
				return a.Name + "/" + a.Country + "/" + a.Sector
			}
			sp := e.Evidence[0]
			ex := string(r[sp.Start:min(sp.End, sp.Start+70)])
			fmt.Printf("%s %s %s aux=%s trig=%q A=%s R=%s d=%s n=%v | %s\n", g.ID[:min(len(g.ID), 12)], e.Type, e.Mode, e.Aux, e.Trigger, name(e.Actor), name(e.Recipient), e.Date, e.Count, ex)
		}
		for _, q := range res.Quotes {
			fmt.Printf("%s QUOTE [%s] %q\n", g.ID[:min(len(g.ID), 12)], q.Speaker.Name, string(r[q.Start:min(q.End, q.Start+60)]))
		}
	}
}
