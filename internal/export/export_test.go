package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
	"github.com/marsad/marsad/internal/export"
	"github.com/marsad/marsad/internal/store/sqlite"
)

const text = "قصفت طائرات حربية مواقع في مدينة الرقة، ما أسفر عن مقتل 4 أشخاص. وأدانت الحكومة السورية القصف."

// seed stores n articles, each with two events: a located ASSAULT with a
// count and a country-level ACCUSE.
func seed(t testing.TB, n int) marsad.Store {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "x.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for i := 0; i < n; i++ {
		a := &marsad.Article{URL: fmt.Sprintf("https://example.org/%d", i), Source: "مصدر", Title: "قصف",
			Published: time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC), Text: fmt.Sprintf("%s (%d)", text, i)}
		cluster.Prepare(a)
		if _, err := st.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
		four := 4
		an := &marsad.Analysis{ArticleID: a.ID, Events: []marsad.Event{
			{ID: a.ID + "-1", ArticleID: a.ID, Type: "ASSAULT", Mode: "aerial", Evidence: []marsad.Span{{Start: 0, End: 65}},
				Location: &marsad.Place{Name: "الرقة", Lat: 35.95, Lon: 39.01, Country: "SYR", Admin1: "الرقة", Kind: marsad.KindCity},
				Date:     "2026-11-19", Count: &four, Confidence: 0.8},
			{ID: a.ID + "-2", ArticleID: a.ID, Type: "ACCUSE", Evidence: []marsad.Span{{Start: 66, End: 97}},
				Actor:    &marsad.Actor{Name: "الحكومة السورية", ID: "SYR_GOV", Country: "SYR", Sector: "GOV"},
				Location: &marsad.Place{Name: "سوريا", Lat: 35, Lon: 38, Country: "SYR", Kind: marsad.KindCountry}, Confidence: 0.7},
		}}
		if err := st.PutAnalysis(ctx, an); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

func exportAll(t *testing.T, st marsad.Store, format string, q marsad.EventQuery) (string, int) {
	t.Helper()
	var buf bytes.Buffer
	w, err := export.New(format, &buf)
	if err != nil {
		t.Fatal(err)
	}
	n, err := export.Stream(context.Background(), st, q, w)
	if err != nil {
		t.Fatal(err)
	}
	return buf.String(), n
}

func TestCSV(t *testing.T) {
	st := seed(t, 3)
	out, n := exportAll(t, st, "csv", marsad.EventQuery{Limit: 2}) // small pages: the cursor is followed
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if n != 6 || len(rows) != 7 {
		t.Fatalf("exported %d events in %d rows, want 6 and a header", n, len(rows))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, name := range []string{"event_id", "event_date", "type", "sub_type", "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "count"} {
		if _, ok := col[name]; !ok {
			t.Errorf("CSV header lacks %q", name)
		}
	}
	for _, r := range rows[1:] {
		switch r[col["type"]] {
		case "ASSAULT":
			if r[col["latitude"]] != "35.95000" || r[col["geo_precision"]] != "1" || r[col["count"]] != "4" || r[col["event_date"]] != "2026-11-19" {
				t.Errorf("ASSAULT row = %v", r)
			}
			if !strings.HasPrefix(r[col["notes"]], "قصفت طائرات حربية") {
				t.Errorf("notes = %q, want the evidence sentence", r[col["notes"]])
			}
		case "ACCUSE":
			// A country is never a point.
			if r[col["latitude"]] != "" || r[col["geo_precision"]] != "3" || r[col["actor1"]] != "الحكومة السورية" || r[col["event_date"]] != "2026-11-20" {
				t.Errorf("ACCUSE row = %v", r)
			}
		}
	}
}

func TestJSONLAndPLOVER(t *testing.T) {
	st := seed(t, 2)
	out, n := exportAll(t, st, "plover", marsad.EventQuery{Types: []string{"ASSAULT"}})
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if n != 2 || len(lines) != 2 {
		t.Fatalf("plover: %d events, %d lines; want 2", n, len(lines))
	}
	var p struct {
		ID       string
		Date     string
		Event    []string
		Mode     []string
		QuadCode int `json:"quad_code"`
		EventLoc struct {
			Lat, Lon    float64
			Resolution  int
			CountryCode string `json:"country_code"`
		} `json:"event_loc"`
		EventText []string `json:"event_text"`
		Size      map[string]int
		Actor     []any
	}
	if err := json.Unmarshal([]byte(lines[0]), &p); err != nil {
		t.Fatal(err)
	}
	if p.Event[0] != "ASSAULT" || p.Mode[0] != "aerial" || p.QuadCode != 4 || p.EventLoc.Resolution != 4 || p.EventLoc.CountryCode != "SYR" ||
		p.Size["dead"] != 4 || len(p.EventText) != 1 || p.Actor == nil || p.Date != "2026-11-19" {
		t.Errorf("plover record = %+v", p)
	}
	out, _ = exportAll(t, st, "jsonl", marsad.EventQuery{})
	var m map[string]any
	if err := json.Unmarshal([]byte(strings.Split(out, "\n")[0]), &m); err != nil || m["evidence_text"] == nil || m["source"] != "مصدر" {
		t.Errorf("jsonl record = %v, %v", m, err)
	}
}

func TestGeoJSON(t *testing.T) {
	st := seed(t, 2)
	out, _ := exportAll(t, st, "geojson", marsad.EventQuery{})
	var fc struct {
		Type     string
		Features []struct {
			Type     string
			Geometry *struct {
				Type        string
				Coordinates []float64
			}
			Properties map[string]any
		}
	}
	if err := json.Unmarshal([]byte(out), &fc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != 4 {
		t.Fatalf("got %s with %d features, want a FeatureCollection of 4", fc.Type, len(fc.Features))
	}
	points := 0
	for _, f := range fc.Features {
		if f.Geometry != nil {
			points++
			if f.Geometry.Coordinates[0] != 39.01 || f.Geometry.Coordinates[1] != 35.95 {
				t.Errorf("coordinates = %v, want [lon, lat] = [39.01, 35.95]", f.Geometry.Coordinates)
			}
		}
	}
	if points != 2 {
		t.Errorf("%d point features, want 2 (country-level events carry no point)", points)
	}
	// An empty export is still a valid document.
	empty, _ := exportAll(t, st, "geojson", marsad.EventQuery{Types: []string{"AGREE"}})
	if err := json.Unmarshal([]byte(empty), &fc); err != nil || len(fc.Features) != 0 {
		t.Errorf("empty export = %q, %v", empty, err)
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := export.New("xlsx", &bytes.Buffer{}); marsad.ErrorCode(err) != marsad.EINVALID {
		t.Errorf("New(xlsx) error = %v, want EINVALID", err)
	}
}

func BenchmarkStreamCSV(b *testing.B) {
	st := seed(b, 200)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var buf bytes.Buffer
		w, _ := export.New("csv", &buf)
		if _, err := export.Stream(context.Background(), st, marsad.EventQuery{}, w); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(400*b.N)/b.Elapsed().Seconds(), "events/s")
}
