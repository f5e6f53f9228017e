package geo

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
	"github.com/marsad/marsad/internal/evalset"
)

// TestUnseenCountries measures, on the blind-annotated unseen articles
// (internal/evalset, materialised from ../shared at run time), how many
// gold country mentions the resolver alone gets right: the mention found
// with the gold country code. It prints counts only (the held half is
// scored, never inspected) and fails when the tune half falls below 99%.
func TestUnseenCountries(t *testing.T) {
	shared := sharedDir(t)
	anns, err := evalset.Unseen()
	if err != nil {
		t.Fatal(err)
	}
	res, err := NewResolver(nil)
	if err != nil {
		t.Fatal(err)
	}
	g := res.Gazetteer()
	for _, split := range []string{"tune", "held", "all"} {
		sel, err := evalset.Select(anns, split)
		if err != nil {
			t.Fatal(err)
		}
		golds, err := evalset.Materialise(shared, sel)
		if err != nil {
			t.Fatalf("materialise %s: %v", split, err)
		}
		n, ok := unseenCountries(res, g, golds)
		t.Logf("%s: country mentions right: %d of %d (%.1f%%)", split, ok, n, 100*float64(ok)/float64(max(1, n)))
		if line := unseenPlacesScore(t, shared, res, golds); line != "" {
			t.Logf("%s: score.py (resolver alone) %s", split, line)
		}
		if n == 0 {
			t.Errorf("%s: no country mention in gold", split)
		}
		if split == "tune" && ok*100 < n*99 {
			t.Errorf("tune: country mentions right: %d of %d, want ≥ 99%%", ok, n)
		}
	}
}

// unseenCountries counts the gold place mentions that are countries (a
// name our gazetteer knows as a country, or a place gold gives a country
// and no coordinates) and those the resolver finds with that country.
func unseenCountries(res *Resolver, g *Gazetteer, golds []evalset.Gold) (n, ok int) {
	for _, a := range golds {
		got := map[string]string{} // mention key → country of the first prediction
		for _, p := range res.Resolve(a.Text, arabic.Tokenize(a.Text), Options{}) {
			if _, seen := got[mentionKey(p.Name)]; !seen {
				got[mentionKey(p.Name)] = p.Country
			}
		}
		for _, gp := range a.Places {
			if gp.Country == nil || *gp.Country == "" {
				continue
			}
			country := gp.Lat == nil
			for _, e := range g.Lookup(gp.Mention) {
				if e.Kind == marsad.KindCountry {
					country = true
				}
			}
			if !country {
				continue
			}
			n++
			if c, found := got[mentionKey(gp.Mention)]; found && c == *gp.Country {
				ok++
			}
		}
	}
	return n, ok
}

// unseenPlacesScore writes the gold and the resolver's places in the
// evaluation kit's formats and returns score.py's places line ("" without
// python3).
func unseenPlacesScore(t *testing.T, shared string, res *Resolver, golds []evalset.Gold) string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		return ""
	}
	dir := t.TempDir()
	gf, err := os.Create(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if err := evalset.Write(gf, golds); err != nil {
		t.Fatal(err)
	}
	if err := gf.Close(); err != nil {
		t.Fatal(err)
	}
	pf, err := os.Create(filepath.Join(dir, "pred.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(pf)
	enc.SetEscapeHTML(false)
	for _, a := range golds {
		ps := []map[string]any{}
		for _, p := range res.Resolve(a.Text, arabic.Tokenize(a.Text), Options{}) {
			ps = append(ps, map[string]any{"start": p.Start, "end": p.End, "lat": p.Lat, "lon": p.Lon, "country": p.Country, "name": p.Name, "kind": p.Kind})
		}
		if err := enc.Encode(map[string]any{"id": a.ID, "places": ps, "events": []any{}, "quotes": []any{}}); err != nil {
			t.Fatal(err)
		}
	}
	if err := pf.Close(); err != nil {
		t.Fatal(err)
	}
	b, err := exec.Command(py, filepath.Join(shared, "eval", "score.py"), "events", gf.Name(), pf.Name()).CombinedOutput()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, b)
	}
	m := regexp.MustCompile(`(?m)^\s*places: .*$`).Find(b)
	if m == nil {
		t.Fatalf("no places line in score.py output:\n%s", b)
	}
	return string(m)
}
