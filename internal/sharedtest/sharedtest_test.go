package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDir(t *testing.T) {
	root, err := moduleRoot()
	if err != nil {
		t.Fatalf("module root not found from the package folder: %v", err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("moduleRoot = %s without go.mod", root)
	}
	d := Dir(t, "eval")
	if filepath.Base(d) != "eval" || filepath.Base(filepath.Dir(d)) != "shared" {
		t.Errorf("Dir(eval) = %s", d)
	}
}
