package coding

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

// TestDebugChain prints, for one dev article (MARSAD_ID) or a text
// (MARSAD_TEXT), the sentences holding MARSAD_GREP with their actor
// mentions, places and coded events, through the whole chain as `marsad
// extract` builds it; a development aid, skipped otherwise.
func TestDebugChain(t *testing.T) {
	id, text := os.Getenv("MARSAD_ID"), os.Getenv("MARSAD_TEXT")
	if id == "" && text == "" {
		t.Skip("set MARSAD_ID or MARSAD_TEXT")
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	if id != "" {
		for _, g := range readGold(t, filepath.Join(sharedDir(t), "eval", "gold", "dev.jsonl")) {
			if g.ID == id {
				text = g.Text
				pub, _ = time.Parse("2006-01-02", g.Published)
			}
		}
	}
	cfg := chainConfig(t)
	an, err := NewAnalyzer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	d := newDoc(text, pub, an.coder.lx, an.coder.cal)
	var ents []marsad.Entity
	if cfg.Tagger != nil {
		ents = cfg.Tagger.Entities(text, d.toks)
	}
	d.setMentions(cfg.Linker.Link(text, d.toks, ents))
	d.setPlaces(cfg.Places.Resolve(text, d.toks, ents))
	an.coder.quotes(d)
	if v := an.coder.venue(d); v != nil {
		fmt.Printf("venue: %s\n", v.Name)
	}
	grep := os.Getenv("MARSAD_GREP")
	r := []rune(text)
	for si, s := range d.sents {
		st := string(r[s.cstart:s.cend])
		if grep != "" && !strings.Contains(st, grep) {
			continue
		}
		fmt.Printf("S%d: %s\n   speaker=%q\n", si, st, d.speakerOf[si].name)
		for _, m := range d.mentions {
			if m.TokStart >= s.a && m.TokEnd <= s.b {
				n, _ := d.spanText(m.TokStart, m.TokEnd)
				fmt.Printf("   M %q %s/%s/%s\n", n, m.Actor.Name, m.Actor.Country, m.Actor.Sector)
			}
		}
		for _, p := range d.places {
			if p.a >= s.a && p.b <= s.b {
				fmt.Printf("   P %q %s %s\n", p.Name, p.Country, p.Kind)
			}
		}
		for _, h := range an.coder.findHits(d, si) {
			h := h
			ev, fb := an.coder.event(d, &h, nil)
			nm := func(a *marsad.Actor) string {
				if a == nil {
					return "-"
				}
				return a.Name + "/" + a.Country + "/" + a.Sector
			}
			loc := "-"
			if ev.Location != nil {
				loc = ev.Location.Name
			}
			fmt.Printf("   H %s %q aux=%s A=%s R=%s L=%s n=%s fbA=%s fbR=%s\n", ev.Type, ev.Trigger, ev.Aux, nm(ev.Actor), nm(ev.Recipient), loc, countText(ev.Count), nm(fb.actor), nm(fb.recip))
		}
	}
	out, err := an.Analyze(context.Background(), &marsad.Article{ID: "x", Text: text, Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range out.Events {
		st := string(r[e.Evidence[0].Start:e.Evidence[0].End])
		if grep != "" && !strings.Contains(st, grep) {
			continue
		}
		nm := func(a *marsad.Actor) string {
			if a == nil {
				return "-"
			}
			return a.Name + "/" + a.Country + "/" + a.Sector
		}
		loc := "-"
		if e.Location != nil {
			loc = e.Location.Name
		}
		fmt.Printf("E %s %q aux=%s A=%s R=%s L=%s n=%s ev=%d\n", e.Type, e.Trigger, e.Aux, nm(e.Actor), nm(e.Recipient), loc, countText(e.Count), len(e.Evidence))
	}
}

// countText shows an event's count, "-" when it has none.
func countText(n *int) string {
	if n == nil {
		return "-"
	}
	return fmt.Sprint(*n)
}
