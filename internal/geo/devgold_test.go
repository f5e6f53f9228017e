package geo

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// mentionKey is score.py's name normalisation: orthographic variants, the
// article and clitic-article prefixes (وال بال فال كال لل ال) do not count.
func mentionKey(s string) string {
	var out []string
	for _, w := range strings.Fields(nameKey(s)) {
		for _, p := range []string{"وال", "بال", "فال", "كال", "لل", "ال"} {
			if strings.HasPrefix(w, p) && utf8.RuneCountInString(w)-utf8.RuneCountInString(p) >= 2 {
				w = w[len(p):]
				break
			}
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

var devOut = flag.String("devout", "", "where TestDevGold writes its predictions (default: a temp file)")

// TestDevGold runs the resolver over the evaluation kit's dev articles,
// writes predictions in the contract format and scores them with
// ../shared/eval/score.py (places metric).
func TestDevGold(t *testing.T) {
	shared := sharedDir(t)
	gold := filepath.Join(shared, "eval", "gold", "dev.jsonl")
	f, err := os.Open(gold)
	if err != nil {
		t.Skipf("dev gold not available: %v", err)
	}
	defer f.Close()
	res, err := NewResolver(nil)
	if err != nil {
		t.Fatal(err)
	}
	out := *devOut
	if out == "" {
		out = filepath.Join(t.TempDir(), "geo-dev.jsonl")
	}
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	type place struct {
		Start   int     `json:"start"`
		End     int     `json:"end"`
		Lat     float64 `json:"lat"`
		Lon     float64 `json:"lon"`
		Country string  `json:"country"`
		Name    string  `json:"name"`
		Kind    string  `json:"kind"`
	}
	n := 0
	g := res.Gazetteer()
	countries, countriesOK := 0, 0
	for sc.Scan() {
		var a struct {
			ID     string `json:"id"`
			Text   string `json:"text"`
			Places []struct {
				Mention string `json:"mention"`
				Country string `json:"country"`
			} `json:"places"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		ps := []place{}
		got := map[string]string{} // mention key → country of the first prediction
		for _, p := range res.Resolve(a.Text, arabic.Tokenize(a.Text), Options{}) {
			ps = append(ps, place{p.Start, p.End, p.Lat, p.Lon, p.Country, p.Name, p.Kind})
			if _, ok := got[mentionKey(p.Name)]; !ok {
				got[mentionKey(p.Name)] = p.Country
			}
		}
		// country mentions: gold names that our gazetteer knows as countries.
		for _, gp := range a.Places {
			isCountry := false
			for _, e := range g.Lookup(gp.Mention) {
				if e.Kind == marsad.KindCountry {
					isCountry = true
				}
			}
			if isCountry {
				countries++
				if c, ok := got[mentionKey(gp.Mention)]; ok && c == gp.Country {
					countriesOK++
				}
			}
		}
		if err := enc.Encode(map[string]any{"id": a.ID, "places": ps, "events": []any{}, "quotes": []any{}}); err != nil {
			t.Fatal(err)
		}
		n++
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d articles → %s", n, out)
	t.Logf("country mentions right: %d of %d (%.1f%%)", countriesOK, countries, 100*float64(countriesOK)/float64(max(1, countries)))
	if countriesOK*100 < countries*99 {
		t.Errorf("country mentions right: %d of %d, want ≥ 99%%", countriesOK, countries)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not available to run score.py")
	}
	cmd := exec.Command(py, filepath.Join(shared, "eval", "score.py"), "events", gold, out)
	b, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, b)
	}
	var places []byte
	for _, l := range regexp.MustCompile(`(?m)^.*places.*$`).FindAll(b, -1) {
		places = append(places, l...)
		places = append(places, '\n')
	}
	t.Logf("score.py places:\n%s", places)
	m := regexp.MustCompile(`(?m)^\s*places: \{"precision": ([0-9.]+), "recall": ([0-9.]+)`).FindSubmatch(b)
	if m == nil {
		t.Fatalf("no places line in score.py output:\n%s", b)
	}
	p, _ := strconv.ParseFloat(string(m[1]), 64)
	r, _ := strconv.ParseFloat(string(m[2]), 64)
	if p < 0.95 || r < 0.95 {
		t.Errorf("places P=%.3f R=%.3f, want both ≥ 0.95", p, r)
	}
}
