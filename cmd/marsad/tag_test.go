package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTagCoNLL(t *testing.T) {
	// ANERcorp's layout (token SPACE label), a bare-token sentence and
	// doubled blank lines, written for this test.
	in := "واشنطن B-LOC\n(د O\nب O\nأ) O\nقال O\nالرئيس O\n\n\nزار\nوزير\nالخارجية\nبغداد\n.\n"
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"tag", "--conll"}, strings.NewReader(in), &out, &errb, func(string) string { return "" })
	if code != 0 {
		t.Fatalf("marsad tag --conll: exit %d, stderr %s", code, errb.String())
	}
	inLines := strings.Split(in, "\n")
	outLines := strings.Split(out.String(), "\n")
	if len(outLines) != len(inLines) {
		t.Fatalf("marsad tag --conll: %d lines, want %d", len(outLines), len(inLines))
	}
	for i := range inLines {
		if (inLines[i] == "") != (outLines[i] == "") {
			t.Errorf("line %d = %q, want blank iff input %q is blank", i+1, outLines[i], inLines[i])
		}
		if inLines[i] != "" && !strings.HasPrefix(outLines[i], strings.Fields(inLines[i])[0]+"\t") {
			t.Errorf("line %d = %q, want token %q and a tab", i+1, outLines[i], strings.Fields(inLines[i])[0])
		}
	}
}

func TestTagCoNLLFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "in.conll")
	if err := os.WriteFile(p, []byte("القاهرة\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"tag", "--conll", p}, strings.NewReader(""), &out, &errb, func(string) string { return "" }); code != 0 {
		t.Fatalf("marsad tag --conll FILE: exit %d, stderr %s", code, errb.String())
	}
	if !strings.HasPrefix(out.String(), "القاهرة\t") {
		t.Errorf("marsad tag --conll FILE = %q, want a tagged token", out.String())
	}
	if code := run(context.Background(), []string{"tag"}, strings.NewReader(""), &out, &errb, func(string) string { return "" }); code != 2 {
		t.Errorf("marsad tag without --conll: exit %d, want 2", code)
	}
}
