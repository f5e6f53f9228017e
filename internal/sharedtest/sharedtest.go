// Package sharedtest finds the shared data folder (../shared beside the
// repository: the evaluation kit and the corpora) for tests that read it at
// run time. Nothing from it is copied into the repository.
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns ../shared beside the repository root, joined with elem. When
// that path is absent the test is skipped with a message naming it, except
// under CI=true, where CI provides the folder and its absence fails the
// test rather than silently skipping what it measures.
func Dir(t testing.TB, elem ...string) string {
	t.Helper()
	root, err := moduleRoot()
	if err != nil {
		t.Skipf("repository root (go.mod) not found: %v", err)
	}
	p := filepath.Join(append([]string{root, "..", "shared"}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared data missing under CI: %v", err)
		}
		t.Skipf("shared data not found at %s: skipping", p)
	}
	return p
}

// moduleRoot is the nearest folder upwards from the working directory that
// holds go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}
