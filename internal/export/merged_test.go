package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/export"
)

// mergedRecord is one happening reported by two outlets.
func mergedRecord() export.Record {
	five := 5
	pub := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	return export.Record{
		Event: &marsad.Event{ID: "e1", ArticleID: "a1", Type: "ASSAULT", Count: &five, Date: "2026-11-20", Confidence: 0.8,
			Location: &marsad.Place{Name: "دير الزور", Lat: 35.33, Lon: 40.14, Country: "SYR", Kind: marsad.KindCity}},
		Article: &marsad.Article{ID: "a1", Source: "أ", URL: "https://a.example/1", Published: pub},
		Sources: []export.Source{
			{EventID: "e1", ArticleID: "a1", Outlet: "أ", URL: "https://a.example/1", Published: pub},
			{EventID: "e2", ArticleID: "a2", Outlet: "ب", URL: "https://b.example/2", Published: pub.Add(time.Hour)},
		},
		IndependentSources: 2,
	}
}

func writeOne(t *testing.T, format string, merged bool, r export.Record) string {
	t.Helper()
	var buf bytes.Buffer
	newW := export.New
	if merged {
		newW = export.NewMerged
	}
	w, err := newW(format, &buf)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(r); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestMergedCSV(t *testing.T) {
	out := writeOne(t, "csv", true, mergedRecord())
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("merged CSV = %d rows (%v), want a header and 1 row:\n%s", len(rows), err, out)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for name, want := range map[string]string{"sources": "أ | ب", "independent_sources": "2", "count": "5", "event_id": "e1"} {
		i, ok := col[name]
		if !ok {
			t.Errorf("merged CSV header lacks %q", name)
			continue
		}
		if got := rows[1][i]; got != want {
			t.Errorf("merged CSV %s = %q, want %q", name, got, want)
		}
	}
	// The plain CSV keeps its columns.
	plain := writeOne(t, "csv", false, mergedRecord())
	if strings.Contains(strings.SplitN(plain, "\n", 2)[0], "sources") {
		t.Errorf("plain CSV header = %q, want no sources column", strings.SplitN(plain, "\n", 2)[0])
	}
}

func TestMergedJSONFormats(t *testing.T) {
	for _, format := range []string{"jsonl", "plover", "geojson"} {
		t.Run(format, func(t *testing.T) {
			out := writeOne(t, format, true, mergedRecord())
			var v any
			if err := json.Unmarshal([]byte(out), &v); err != nil {
				t.Fatalf("%s output is not one JSON document: %v\n%s", format, err, out)
			}
			if !strings.Contains(out, `"independent_sources":2`) || !strings.Contains(out, `"outlet":"ب"`) || !strings.Contains(out, `"event_id":"e2"`) {
				t.Errorf("%s output lacks the sources: %s", format, out)
			}
		})
	}
}
