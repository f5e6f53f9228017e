package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/geo"
)

func TestGazetteerImportCommand(t *testing.T) {
	dir := t.TempDir()
	fix := filepath.Join("..", "..", "internal", "geo", "testdata", "geonames")
	var out, errb bytes.Buffer
	getenv := func(string) string { return "" }
	code := run(context.Background(), []string{"gazetteer", "import", "--data", dir,
		"--alternate", filepath.Join(fix, "alternateNamesV2.txt"), filepath.Join(fix, "allCountries.txt")},
		strings.NewReader(""), &out, &errb, getenv)
	if code != 0 {
		t.Fatalf("gazetteer import exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "wrote 4 places") || !strings.Contains(errb.String(), "100.0%") {
		t.Errorf("stdout %q, stderr %q: want a summary and progress", out.String(), errb.String())
	}
	if _, err := os.Stat(filepath.Join(dir, geo.OverlayFile)); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	code = run(context.Background(), []string{"gazetteer", "lookup", "--data", dir, "القبير"}, strings.NewReader(""), &out, &errb, getenv)
	if code != 0 || !strings.Contains(out.String(), `"id":"gn:9990002"`) {
		t.Errorf("gazetteer lookup exit %d, output %q", code, out.String())
	}
	if code := run(context.Background(), []string{"gazetteer", "import", "--data", dir}, strings.NewReader(""), &out, &errb, getenv); code != 2 {
		t.Errorf("gazetteer import without a file: exit %d, want 2", code)
	}
}

// TestImportedPlacesReachExtract checks that a gazetteer imported into the
// data directory is used by `marsad extract --data DIR`.
func TestImportedPlacesReachExtract(t *testing.T) {
	dir := t.TempDir()
	fix := filepath.Join("..", "..", "internal", "geo", "testdata", "geonames")
	getenv := func(string) string { return "" }
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"gazetteer", "import", "--data", dir,
		"--alternate", filepath.Join(fix, "alternateNamesV2.txt"), filepath.Join(fix, "allCountries.txt")},
		strings.NewReader(""), &out, &errb, getenv); code != 0 {
		t.Fatalf("import: %s", errb.String())
	}
	in := `{"id":"g1","published":"2026-11-20","text":"اقتحمت قوات الأمن، الخميس، قرية القبير في ريف حماة واعتقلت أربعة أشخاص."}`
	for _, tt := range []struct {
		data string
		want bool
	}{{t.TempDir(), false}, {dir, true}} {
		out.Reset()
		if code := run(context.Background(), []string{"extract", "--data", tt.data}, strings.NewReader(in), &out, &errb, getenv); code != 0 {
			t.Fatalf("extract: %s", errb.String())
		}
		if got := strings.Contains(out.String(), `"gazetteer_id":"gn:9990002"`); got != tt.want {
			t.Errorf("extract --data %s: imported place found = %v, want %v\n%s", tt.data, got, tt.want, out.String())
		}
	}
}
