package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalEvents(t *testing.T) {
	gold := filepath.Join(filepath.Dir(sharedData()), "eval", "gold", "dev.jsonl")
	if _, err := os.Stat(gold); err != nil {
		t.Skipf("dev gold absent (%v)", err)
	}
	// a prediction file with one right event: the scorer must count it
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	line := `{"id": "dev-0001", "events": [{"type": "COERCE", "evidence": [{"start": 0, "end": 4000}]}], "quotes": [], "places": []}` + "\n"
	if err := os.WriteFile(pred, []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errw bytes.Buffer
	code := run(context.Background(), []string{"eval", "events", "--gold", gold, "--pred", pred}, nil, &out, &errw, func(string) string { return "" })
	if code != 0 {
		t.Fatalf("marsad eval events = exit %d, stderr %s", code, errw.String())
	}
	for _, want := range []string{"articles: 31\n", `events: {"precision": 1.0, `, "quotes: ", "by_type: "} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("marsad eval events output lacks %q:\n%s", want, out.String())
		}
	}
	if code := run(context.Background(), []string{"eval", "events"}, nil, &out, &errw, func(string) string { return "" }); code != 2 {
		t.Errorf("marsad eval events without --gold = exit %d, want 2", code)
	}
	if code := run(context.Background(), []string{"eval", "nope"}, nil, &out, &errw, func(string) string { return "" }); code != 2 {
		t.Errorf("marsad eval nope = exit %d, want 2", code)
	}
}
