package coding

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

func TestScoreNorm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"الحكومة العراقية", "حكومه عراقيه"},
		{"«داعش»", "داعش"},
		{"وزارة الخارجية-القطرية", "وزاره خارجيه قطريه"},
		{"لِلأمم", "امم"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := ScoreNorm(tc.in); got != tc.want {
			t.Errorf("ScoreNorm(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if !NamesMatch("الخبير السياسي رمضان البدران", []string{"رمضان البدران"}) {
		t.Error("NamesMatch(longer phrase, name) = false, want true")
	}
	if NamesMatch("عباس", []string{"حماس"}) {
		t.Error("NamesMatch(عباس, حماس) = true, want false")
	}
}

// predictionLine writes an analysis in the evaluation contract.
func predictionLine(id string, an *marsad.Analysis) []byte {
	actor := func(a *marsad.Actor) any {
		if a == nil {
			return nil
		}
		m := map[string]any{"name": a.Name, "sector": a.Sector, "country": nil}
		if a.Country != "" {
			m["country"] = a.Country
		}
		return m
	}
	var evs []any
	for _, e := range an.Events {
		if e.Aux != "" {
			continue
		}
		m := map[string]any{"type": e.Type, "evidence": e.Evidence, "actor": actor(e.Actor), "recipient": actor(e.Recipient), "date": e.Date}
		if e.Count != nil {
			m["count"] = *e.Count
		}
		if e.Location != nil {
			m["location"] = map[string]any{"name": e.Location.Name, "lat": e.Location.Lat, "lon": e.Location.Lon, "country": e.Location.Country}
		}
		evs = append(evs, m)
	}
	var qs []any
	for _, q := range an.Quotes {
		sp := ""
		if q.Speaker != nil {
			sp = q.Speaker.Name
		}
		qs = append(qs, map[string]any{"start": q.Start, "end": q.End, "speaker": sp})
	}
	var ps []any
	for _, p := range an.Places {
		ps = append(ps, map[string]any{"start": p.Start, "end": p.End, "lat": p.Lat, "lon": p.Lon, "country": p.Country})
	}
	b, _ := json.Marshal(map[string]any{"id": id, "events": evs, "quotes": qs, "places": ps})
	return append(b, '\n')
}

// TestScorerAgreesWithKit runs the kit's score.py and our port on the same
// predictions (our analysis of the dev gold, plus a hand-made file with edge
// cases) and requires identical output.
func TestScorerAgreesWithKit(t *testing.T) {
	shared := sharedDir(t)
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	goldPath := filepath.Join(shared, "eval", "gold", "dev.jsonl")
	script := filepath.Join(shared, "eval", "score.py")
	arts := readGold(t, goldPath)
	an, err := NewAnalyzer(Config{})
	if err != nil {
		t.Fatal(err)
	}
	var preds bytes.Buffer
	for _, g := range arts {
		pub, _ := time.Parse("2006-01-02", g.Published)
		res, err := an.Analyze(context.Background(), &marsad.Article{ID: g.ID, Text: g.Text, Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		preds.Write(predictionLine(g.ID, res))
	}
	edge := `{"id": "dev-0001", "events": [{"type": "COERCE", "evidence": [{"start": 0, "end": 5000}], "actor": {"name": "x", "country": "USA", "sector": "MIL"}, "location": {"name": "الحسكة", "lat": 36.5, "lon": 40.7}, "date": "2026-01-21", "count": 150}, {"type": "ASSAULT", "evidence": {"start": 10, "end": 20}, "date": "2020-01-01"}, {"type": "CONSULT", "evidence": [{"start": 5, "end": 2}]}], "quotes": [{"start": 0, "end": 4000, "speaker": "البدران"}], "places": [{"start": 0, "end": 6, "lat": 33.1, "lon": 44.2, "country": "IRQ"}, {"start": 0, "end": 6, "country": "IRQ"}]}
`
	for name, content := range map[string]string{"analysis": preds.String(), "edge": edge} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "pred.jsonl")
			if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(py, script, "events", goldPath, path, "--verbose").Output()
			if err != nil {
				t.Fatalf("score.py: %v", err)
			}
			gf, _ := os.Open(goldPath)
			defer gf.Close()
			rep, err := NewScorer().Score(gf, strings.NewReader(content), true)
			if err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := rep.WriteText(&got); err != nil {
				t.Fatal(err)
			}
			wl, gl := strings.Split(string(out), "\n"), strings.Split(got.String(), "\n")
			for i := 0; i < max(len(wl), len(gl)); i++ {
				var w, g string
				if i < len(wl) {
					w = wl[i]
				}
				if i < len(gl) {
					g = gl[i]
				}
				if w != g {
					t.Errorf("line %d:\n Go:  %s\n kit: %s", i+1, g, w)
				}
			}
		})
	}
}

// TestRound4 checks Python's round(x, 4) on values whose x*1e4 lands on a
// half: 2pr/(p+r) for 131/165 and 131/155 is just below 0.81875.
func TestRound4(t *testing.T) {
	p, r := 131.0/165, 131.0/155
	tests := []struct{ in, want float64 }{
		{2 * p * r / (p + r), 0.8187},
		{0.12345, 0.1235}, // the double is just above the half
		{0.5, 0.5},
		{1.0 / 3, 0.3333},
	}
	for _, tc := range tests {
		if got := round4(tc.in); got != tc.want {
			t.Errorf("round4(%v) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
