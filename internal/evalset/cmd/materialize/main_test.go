package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunErrors(t *testing.T) {
	var out, errb bytes.Buffer
	err := run([]string{"-shared", filepath.Join(t.TempDir(), "absent")}, &out, &errb)
	if err == nil || !strings.Contains(err.Error(), "shared data directory not found") || !strings.Contains(err.Error(), "-shared") {
		t.Errorf("run(absent shared) = %v, want a message naming the directory and the flag", err)
	}
	if err := run([]string{"-split", "dev"}, &out, &errb); err == nil || !strings.Contains(err.Error(), "split") {
		t.Errorf("run(-split dev) = %v, want a split error", err)
	}
	if out.Len() != 0 {
		t.Errorf("failed runs wrote %q", out.String())
	}
}

func TestRunWritesHalves(t *testing.T) {
	shared, err := filepath.Abs(filepath.Join("..", "..", "..", "..", "..", "shared"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("shared data absent (%s): skipping", shared)
	}
	lines := map[string]int{}
	for _, split := range []string{"all", "tune", "held", "places", "all2", "tune2", "held2", "all3", "tune3", "held3", "held4", "tune4", "tune5"} {
		path := filepath.Join(t.TempDir(), split+".jsonl")
		var out, errb bytes.Buffer
		if err := run([]string{"-shared", shared, "-split", split, "-o", path}, &out, &errb); err != nil {
			t.Fatalf("run(%s) = %v; %s", split, err, errb.String())
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		lines[split] = bytes.Count(b, []byte("\n"))
	}
	if lines["all"] != lines["tune"]+lines["held"] || lines["tune"] != lines["held"] {
		t.Errorf("lines = %v, want all = tune + held and equal halves", lines)
	}
	if lines["all2"] != lines["tune2"]+lines["held2"] || lines["tune2"] != lines["held2"] || lines["tune2"] < 10 {
		t.Errorf("lines = %v, want all2 = tune2 + held2 and equal halves of at least 10", lines)
	}
	if lines["all3"] != lines["tune3"]+lines["held3"] || lines["tune3"] != 10 || lines["held3"] != 10 {
		t.Errorf("lines = %v, want all3 = tune3 + held3 of 10 articles each", lines)
	}
	if lines["held4"] != 10 {
		t.Errorf("lines = %v, want 10 held4 articles (batch 6, asked for by name only)", lines)
	}
	if lines["tune4"] != 10 {
		t.Errorf("lines = %v, want 10 tune4 articles (batch 7, asked for by name only)", lines)
	}
	if lines["tune5"] != 10 {
		t.Errorf("lines = %v, want 10 tune5 articles (batch 8, asked for by name only)", lines)
	}
	if lines["places"] < 20 {
		t.Errorf("lines = %v, want at least 20 places-only articles (asked for by name only)", lines)
	}
}
