package geo

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

// eachCorpusText calls fn with the text of each article of the gzipped JSON
// Lines corpus named by the environment variable env, up to the number in
// env+"_N" (default n). It skips the test when env is unset: the surveys
// that use it are tools run by hand, not checks.
func eachCorpusText(t *testing.T, env string, n int, fn func(text string)) {
	t.Helper()
	path := os.Getenv(env)
	if path == "" {
		t.Skipf("set %s to a JSONL(.gz) corpus", env)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Sscan(os.Getenv(env+"_N"), &n)
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for i := 0; i < n && sc.Scan(); i++ {
		var a struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &a) == nil {
			fn(a.Text)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}
