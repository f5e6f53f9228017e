package source

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/marsad/marsad"
)

// jsonlGenerator produces JSON Lines on the fly without holding a line:
// n lines with a text of lineBytes, line bigAt (1-based) of bigBytes.
type jsonlGenerator struct {
	n, bigAt            int
	lineBytes, bigBytes int
	i                   int
	head                []byte // what is left of the current line's prefix
	body                int    // text bytes left to produce
	tail                []byte
}

func (g *jsonlGenerator) Read(p []byte) (int, error) {
	if len(g.head) == 0 && g.body == 0 && len(g.tail) == 0 {
		if g.i >= g.n {
			return 0, io.EOF
		}
		g.i++
		g.head = []byte(fmt.Sprintf(`{"id":"%d","text":"`, g.i))
		g.body = g.lineBytes
		if g.i == g.bigAt {
			g.body = g.bigBytes
		}
		g.tail = []byte("\"}\n")
	}
	switch {
	case len(g.head) > 0:
		n := copy(p, g.head)
		g.head = g.head[n:]
		return n, nil
	case g.body > 0:
		n := min(len(p), g.body)
		for i := range n {
			p[i] = 'a'
		}
		g.body -= n
		return n, nil
	}
	n := copy(p, g.tail)
	g.tail = g.tail[n:]
	return n, nil
}

// TestRead200MB streams 200 MB of JSON Lines with one 30 MB line: every
// normal line is read, the giant one is rejected as too large, and the
// live heap never holds more than a few lines.
func TestRead200MB(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 200 MB")
	}
	g := &jsonlGenerator{n: 170, bigAt: 85, lineBytes: 1 << 20, bigBytes: 30 << 20}
	var items int
	var rejects []marsad.Rejection
	var peak uint64
	var ms runtime.MemStats
	h := HandlerFuncs{
		OnItem: func(ctx context.Context, it *marsad.RawItem) error {
			items++
			if items%20 == 0 {
				runtime.GC()
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapAlloc)
			}
			return nil
		},
		OnReject: func(r marsad.Rejection) { rejects = append(rejects, r) },
	}
	if err := ReadStream(context.Background(), g, "gen", JSONLines, Options{}, h); err != nil {
		t.Fatal(err)
	}
	if items != 169 || len(rejects) != 1 || rejects[0].Code != marsad.ETOOLARGE || rejects[0].Origin != "gen:85" {
		t.Errorf("ReadStream(200 MB) = %d items, rejections %+v; want 169 and one too_large at gen:85", items, rejects)
	}
	t.Logf("peak live heap while streaming 200 MB: %d MB", peak>>20)
	if peak > 48<<20 {
		t.Errorf("live heap reached %d MB while streaming, want under 48 MB", peak>>20)
	}
}

// TestReadHugeSingleItemFile checks a 200 MB one-item file (sparse, so it
// costs no disk) is refused after reading just past the limit, and counts
// as fully done for progress.
func TestReadHugeSingleItemFile(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for _, name := range []string{"huge.txt", "huge.html", "huge.json"} {
		p := filepath.Join(dir, name)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		// Text first, so that the size limit is what refuses the file;
		// the .json one stays all NULs and is refused as binary.
		if name != "huge.json" {
			f.WriteString(strings.Repeat("نص ", 2000))
		}
		if err := f.Truncate(200 << 20); err != nil {
			t.Fatal(err)
		}
		f.Close()
		paths = append(paths, p)
	}
	c := &collector{}
	var done, total int64
	opts := Options{Progress: func(d, tot int64) { done, total = d, tot }}
	if err := Read(context.Background(), paths, nil, opts, c); err != nil {
		t.Fatal(err)
	}
	_, rejects := c.summary()
	for i := range rejects {
		rejects[i] = strings.TrimPrefix(rejects[i], dir+string(filepath.Separator))
	}
	want := []string{
		"huge.txt too_large: item over the 10485760-byte limit",
		"huge.html too_large: item over the 10485760-byte limit",
		"huge.json invalid: binary content",
	}
	if strings.Join(rejects, "\n") != strings.Join(want, "\n") || len(c.items) != 0 {
		t.Errorf("Read(200 MB files) rejections =\n%s\nwant\n%s", strings.Join(rejects, "\n"), strings.Join(want, "\n"))
	}
	if done != 600<<20 || total != 600<<20 {
		t.Errorf("progress = %d/%d, want %d/%d", done, total, 600<<20, 600<<20)
	}
}
