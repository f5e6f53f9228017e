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
