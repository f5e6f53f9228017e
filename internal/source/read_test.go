package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad"
)

// collector is a Handler that keeps everything it gets.
type collector struct {
	items   []marsad.RawItem
	rejects []marsad.Rejection
	failAt  int // return an error from the failAt-th item (1-based); 0 never
}

func (c *collector) Item(ctx context.Context, it *marsad.RawItem) error {
	c.items = append(c.items, *it)
	if c.failAt > 0 && len(c.items) == c.failAt {
		return errors.New("store is down")
	}
	return nil
}

func (c *collector) Reject(r marsad.Rejection) { c.rejects = append(c.rejects, r) }

// summary is a compact, comparable view of a read: one string per item
// and per rejection.
func (c *collector) summary() (items, rejects []string) {
	for _, it := range c.items {
		s := it.Origin
		if it.ID != "" {
			s += " id=" + it.ID
		}
		if it.Title != "" {
			s += " title=" + it.Title
		}
		if it.URL != "" {
			s += " url=" + it.URL
		}
		if !it.Published.IsZero() {
			s += " published=" + it.Published.UTC().Format(time.RFC3339)
		}
		if it.Text != "" {
			s += fmt.Sprintf(" text=%d", len([]rune(it.Text)))
		}
		if len(it.HTML) > 0 {
			s += fmt.Sprintf(" html=%d", len(it.HTML))
		}
		items = append(items, s)
	}
	for _, r := range c.rejects {
		rejects = append(rejects, r.Origin+" "+r.Code+": "+r.Reason)
	}
	return items, rejects
}

// gz compresses b. t may be nil (fuzz seeds): writing to a buffer cannot
// fail.
func gz(t *testing.T, b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// gzMembers compresses each part as its own gzip member, the way .warc.gz
// files compress each record.
func gzMembers(t *testing.T, parts ...[]byte) []byte {
	var out []byte
	for _, p := range parts {
		out = append(out, gz(t, p)...)
	}
	return out
}

// warcRecord builds one WARC record with a correct Content-Length.
func warcRecord(version, typ, uri, contentType string, block []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08x-0000-0000-0000-000000000000>\r\nWARC-Date: 2024-05-06T07:08:09Z\r\n", version, typ, len(block))
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n", contentType, len(block))
	b.Write(block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

func httpResponse(status, ctype string, extra string, body []byte) []byte {
	return []byte(fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\n%sContent-Length: %d\r\n\r\n%s", status, ctype, extra, len(body), body))
}

const pageA = `<html><head><title>أ</title></head><body><p>صفحة أولى في الأرشيف</p></body></html>`
const pageB = `<html><body><p>صفحة ثانية في الأرشيف</p></body></html>`

// sampleWARC is a small archive: warcinfo, a request, an HTML response, an
// image response, a redirect, an HTML resource, a gzip-encoded response.
func sampleWARC(t *testing.T) [][]byte {
	return [][]byte{
		warcRecord("WARC/1.1", "warcinfo", "", "application/warc-fields", []byte("software: marsad-test\r\n")),
		warcRecord("WARC/1.1", "request", "https://example.org/a", "application/http; msgtype=request", []byte("GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n")),
		warcRecord("WARC/1.1", "response", "https://example.org/a", "application/http; msgtype=response", httpResponse("200 OK", "text/html; charset=utf-8", "", []byte(pageA))),
		warcRecord("WARC/1.1", "response", "https://example.org/logo.png", "application/http; msgtype=response", httpResponse("200 OK", "image/png", "", []byte("\x89PNG\r\n\x1a\n"))),
		warcRecord("WARC/1.1", "response", "https://example.org/old", "application/http; msgtype=response", httpResponse("301 Moved Permanently", "text/html", "Location: /a\r\n", nil)),
		warcRecord("WARC/1.0", "resource", "<https://example.org/b>", "text/html", []byte(pageB)),
		warcRecord("WARC/1.1", "response", "https://example.org/z", "application/http; msgtype=response", httpResponse("200 OK", "text/html", "Content-Encoding: gzip\r\n", gz(t, []byte(pageA)))),
	}
}

func TestRead(t *testing.T) {
	bigLine := `{"id":"big","text":"` + strings.Repeat("ن", 600) + `"}`
	tests := []struct {
		name    string
		files   map[string][]byte // written to a temporary directory
		paths   []string          // relative to it; "" = the directory itself
		stdin   []byte
		opts    Options
		items   []string
		rejects []string
	}{
		{
			name:  "jsonl",
			files: map[string][]byte{"a.jsonl": readFile(t, "articles.jsonl")},
			paths: []string{"a.jsonl"},
			items: []string{
				"a.jsonl:1 id=a1 title=الأمطار تغمر شوارع المدينة الساحلية url=https://example.org/rain published=2024-01-16T17:05:00Z text=104",
				"a.jsonl:2 id=b2 title=افتتاح معرض الكتاب السنوي url=https://example.org/books published=2018-02-18T17:35:43Z text=59",
				"a.jsonl:6 id=5 published=2019-07-01T00:00:00Z html=68",
				"a.jsonl:8 id=f6 published=2023-11-14T22:13:20Z text=48",
			},
			rejects: []string{
				"a.jsonl:4 invalid: malformed JSON: unexpected end of JSON input",
				"a.jsonl:5 invalid: empty text",
				"a.jsonl:7 invalid: not a JSON object",
			},
		},
		{
			name:  "jsonl.gz same as jsonl",
			files: map[string][]byte{"a.jsonl.gz": gz(t, readFile(t, "articles.jsonl"))},
			paths: []string{"a.jsonl.gz"},
			items: []string{
				"a.jsonl.gz:1 id=a1 title=الأمطار تغمر شوارع المدينة الساحلية url=https://example.org/rain published=2024-01-16T17:05:00Z text=104",
				"a.jsonl.gz:2 id=b2 title=افتتاح معرض الكتاب السنوي url=https://example.org/books published=2018-02-18T17:35:43Z text=59",
				"a.jsonl.gz:6 id=5 published=2019-07-01T00:00:00Z html=68",
				"a.jsonl.gz:8 id=f6 published=2023-11-14T22:13:20Z text=48",
			},
			rejects: []string{
				"a.jsonl.gz:4 invalid: malformed JSON: unexpected end of JSON input",
				"a.jsonl.gz:5 invalid: empty text",
				"a.jsonl.gz:7 invalid: not a JSON object",
			},
		},
		{
			name: "truncated gzip keeps what was read",
			files: map[string][]byte{"t.jsonl.gz": func() []byte {
				var lines []byte
				for i := 1; i <= 200; i++ {
					lines = append(lines, fmt.Sprintf(`{"id":"%d","text":"خبر رقم %d عن حدث ما في مكان ما"}`+"\n", i, i)...)
				}
				z := gz(t, lines)
				return z[:len(z)*2/3]
			}()},
			paths: []string{"t.jsonl.gz"},
		},
		{
			name:    "long line skipped, next line read",
			files:   map[string][]byte{"l.jsonl": []byte(bigLine + "\n" + `{"id":"ok","text":"نص قصير"}` + "\n")},
			paths:   []string{"l.jsonl"},
			opts:    Options{MaxLineBytes: 100},
			items:   []string{"l.jsonl:2 id=ok text=7"},
			rejects: []string{"l.jsonl:1 too_large: line over the 100-byte limit"},
		},
		{
			name:    "invalid utf-8 line",
			files:   map[string][]byte{"u.jsonl": []byte("{\"id\":\"x\",\"text\":\"\xff\xfe\"}\n{\"id\":\"y\",\"text\":\"سليم\"}\n")},
			paths:   []string{"u.jsonl"},
			items:   []string{"u.jsonl:2 id=y text=4"},
			rejects: []string{"u.jsonl:1 invalid: invalid UTF-8"},
		},
		{
			name:  "text with title",
			files: map[string][]byte{"a.txt": readFile(t, "article.txt"), "b.txt": readFile(t, "notitle.txt")},
			paths: []string{""},
			items: []string{
				"a.txt title=المزارعون يبدؤون موسم قطاف الزيتون text=155",
				"b.txt text=61",
			},
		},
		{
			name:    "text: invalid utf-8, binary, empty, too large",
			files:   map[string][]byte{"bad.txt": []byte("نص \xc3\x28 مكسور"), "bin.txt": []byte("ab\x00\x01\x02"), "empty.txt": []byte(" \n\n "), "huge.txt": bytes.Repeat([]byte("كلمة "), 100)},
			paths:   []string{""},
			opts:    Options{MaxItemBytes: 500},
			rejects: []string{"bad.txt invalid: invalid UTF-8", "bin.txt invalid: binary content", "empty.txt invalid: empty text", "huge.txt too_large: item over the 500-byte limit"},
		},
		{
			name:    "directory: html, json list, pretty json, unknown and hidden files",
			files:   map[string][]byte{"d/page.html": readFile(t, "page.html"), "d/list.json": readFile(t, "list.json"), "d/sub/pretty.json": readFile(t, "pretty.json"), "d/notes.csv": []byte("a,b\n"), "d/.hidden.txt": []byte("سر")},
			paths:   []string{"d"},
			items:   []string{"d/list.json#1 id=l1 title=الخبر الأول published=2020-05-04T10:00:00Z text=15", "d/list.json#2 id=l2 title=الخبر الثاني published=2020-05-05T00:00:00Z text=16", "d/page.html html=250", "d/sub/pretty.json#1 id=p1 title=خبر في ملف واحد url=https://example.org/pretty published=2021-03-02T00:00:00Z text=44"},
			rejects: []string{`d/notes.csv invalid: unsupported file type ".csv"`},
		},
		{
			name:  "stdin jsonl sniffed",
			stdin: []byte(`{"id":"s1","text":"من المدخل القياسي"}` + "\n" + `{"id":"s2","text":"سطر ثان"}` + "\n"),
			paths: []string{"-"},
			items: []string{"stdin:1 id=s1 text=17", "stdin:2 id=s2 text=7"},
		},
		{
			name:  "stdin gzip warc sniffed",
			stdin: gzMembers(t, sampleWARC(t)...),
			paths: []string{"-"},
			items: []string{"stdin#3 url=https://example.org/a html=100", "stdin#6 url=https://example.org/b html=72", "stdin#7 url=https://example.org/z html=100"},
		},
		{
			name:  "stdin text sniffed",
			stdin: []byte("عنوان قصير\nنص الخبر هنا."),
			paths: []string{"-"},
			items: []string{"stdin title=عنوان قصير text=13"},
		},
		{
			name:    "stdin binary",
			stdin:   []byte("\x00\x01\x02\x03binary"),
			paths:   []string{"-"},
			rejects: []string{"stdin invalid: binary content"},
		},
		{
			name:  "warc and multi-member warc.gz",
			files: map[string][]byte{"a.warc": bytes.Join(sampleWARC(t), nil), "b.warc.gz": gzMembers(t, sampleWARC(t)...)},
			paths: []string{"a.warc", "b.warc.gz"},
			items: []string{
				"a.warc#3 url=https://example.org/a html=100", "a.warc#6 url=https://example.org/b html=72", "a.warc#7 url=https://example.org/z html=100",
				"b.warc.gz#3 url=https://example.org/a html=100", "b.warc.gz#6 url=https://example.org/b html=72", "b.warc.gz#7 url=https://example.org/z html=100",
			},
		},
		{
			name: "WET conversion records give text items",
			files: map[string][]byte{"a.warc.wet.gz": gzMembers(t,
				warcRecord("WARC/1.0", "warcinfo", "", "application/warc-fields", []byte("isPartOf: test\r\n")),
				warcRecord("WARC/1.0", "conversion", "https://example.org/n1", "text/plain", []byte("عنوان\nنص الخبر المستخرج من الصفحة.")),
				warcRecord("WARC/1.0", "conversion", "https://example.org/n2", "text/plain", []byte("نص \xc3\x28 مكسور")),
				warcRecord("WARC/1.0", "resource", "https://example.org/v.mp4", "video/mp4", bytes.Repeat([]byte{0}, 5000)),
			)},
			paths:   []string{"a.warc.wet.gz"},
			opts:    Options{MaxItemBytes: 1000},
			items:   []string{"a.warc.wet.gz#2 url=https://example.org/n1 text=34"},
			rejects: []string{"a.warc.wet.gz#3 invalid: invalid UTF-8"},
		},
		{
			name: "truncated warc keeps earlier records",
			files: map[string][]byte{"t.warc": func() []byte {
				b := bytes.Join(sampleWARC(t), nil)
				return b[:len(b)-60]
			}()},
			paths:   []string{"t.warc"},
			items:   []string{"t.warc#3 url=https://example.org/a html=100", "t.warc#6 url=https://example.org/b html=72"},
			rejects: []string{"t.warc#7 invalid: WARC input truncated or corrupt, rest of file skipped: WARC record at offset 1880: body ends 56 bytes early: unexpected EOF"},
		},
		{
			name: "warc page over the limit",
			files: map[string][]byte{"big.warc": bytes.Join([][]byte{
				warcRecord("WARC/1.0", "resource", "https://example.org/big", "text/html", bytes.Repeat([]byte("<p>كبير</p>"), 100)),
				warcRecord("WARC/1.0", "resource", "https://example.org/small", "text/html", []byte("<p>صغير</p>")),
			}, nil)},
			paths:   []string{"big.warc"},
			opts:    Options{MaxItemBytes: 200},
			items:   []string{"big.warc#2 url=https://example.org/small html=15"},
			rejects: []string{"big.warc#1 too_large: page over the 200-byte limit"},
		},
		{
			name:    "not a warc",
			files:   map[string][]byte{"x.warc": []byte("hello\r\nworld\r\n")},
			paths:   []string{"x.warc"},
			rejects: []string{`x.warc#1 invalid: WARC input truncated or corrupt, rest of file skipped: WARC input at offset 0: not a WARC record (line starts "hello")`},
		},
		{
			name:    "bad gzip",
			files:   map[string][]byte{"x.jsonl.gz": []byte("this is not gzip at all")},
			paths:   []string{"x.jsonl.gz"},
			rejects: []string{"x.jsonl.gz invalid: not a valid gzip file: gzip: invalid header"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, b := range tt.files {
				p := filepath.Join(dir, name)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var paths []string
			for _, p := range tt.paths {
				if p == "-" {
					paths = append(paths, p)
				} else {
					paths = append(paths, filepath.Join(dir, p))
				}
			}
			c := &collector{}
			err := Read(context.Background(), paths, bytes.NewReader(tt.stdin), tt.opts, c)
			if err != nil {
				t.Fatalf("Read(%v) error: %v", tt.paths, err)
			}
			items, rejects := c.summary()
			for i := range items {
				items[i] = strings.TrimPrefix(items[i], dir+string(filepath.Separator))
			}
			for i := range rejects {
				rejects[i] = strings.TrimPrefix(rejects[i], dir+string(filepath.Separator))
			}
			if tt.name == "truncated gzip keeps what was read" {
				// How many lines survive depends on the compressor; check the
				// shape: a run of good items, then one rejection of the rest.
				if len(items) < 50 || len(rejects) != 1 || !strings.Contains(rejects[0], "rest of file skipped") {
					t.Fatalf("Read(truncated gzip) = %d items, rejects %q; want >= 50 items and one rest-of-file rejection", len(items), rejects)
				}
				return
			}
			if diff := cmp.Diff(tt.items, items); diff != "" {
				t.Errorf("Read(%v) items (-want +got):\n%s", tt.paths, diff)
			}
			if diff := cmp.Diff(tt.rejects, rejects); diff != "" {
				t.Errorf("Read(%v) rejections (-want +got):\n%s", tt.paths, diff)
			}
		})
	}
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := readTestdata(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func readTestdata(name string) ([]byte, error) { return os.ReadFile(filepath.Join("testdata", name)) }

func TestReadErrors(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.jsonl")
	if err := os.WriteFile(good, []byte(`{"id":"1","text":"أ"}`+"\n"+`{"id":"2","text":"ب"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Run("missing path", func(t *testing.T) {
		err := Read(context.Background(), []string{filepath.Join(dir, "nope.jsonl")}, nil, Options{}, &collector{})
		if marsad.ErrorCode(err) != marsad.ENOTFOUND {
			t.Errorf("Read(missing) error = %v, want code %s", err, marsad.ENOTFOUND)
		}
	})
	t.Run("handler error stops the read", func(t *testing.T) {
		c := &collector{failAt: 1}
		err := Read(context.Background(), []string{good}, nil, Options{}, c)
		if err == nil || !strings.Contains(err.Error(), "store is down") || len(c.items) != 1 {
			t.Errorf("Read with failing handler = %v after %d items, want the handler's error after 1", err, len(c.items))
		}
	})
	t.Run("cancelled context", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		c := &collector{}
		err := Read(ctx, []string{good}, nil, Options{}, c)
		if !errors.Is(err, context.Canceled) || len(c.items) != 0 {
			t.Errorf("Read(cancelled) = %v with %d items, want context.Canceled and none", err, len(c.items))
		}
	})
	t.Run("bad options", func(t *testing.T) {
		err := Read(context.Background(), []string{good}, nil, Options{MaxItemBytes: -1}, &collector{})
		if marsad.ErrorCode(err) != marsad.EINVALID {
			t.Errorf("Read(MaxItemBytes -1) error = %v, want code %s", err, marsad.EINVALID)
		}
	})
}

func TestReadProgress(t *testing.T) {
	dir := t.TempDir()
	var b bytes.Buffer
	for i := 0; i < 20000; i++ {
		fmt.Fprintf(&b, `{"id":"%d","text":"خبر رقم %d"}`+"\n", i, i)
	}
	p := filepath.Join(dir, "many.jsonl")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var calls int
	var last, total int64
	opts := Options{Progress: func(done, tot int64) {
		if done < last {
			t.Errorf("progress went back from %d to %d", last, done)
		}
		calls++
		last, total = done, tot
	}}
	c := &collector{}
	if err := Read(context.Background(), []string{p}, nil, opts, c); err != nil {
		t.Fatal(err)
	}
	if len(c.items) != 20000 {
		t.Errorf("Read(many.jsonl) = %d items, want 20000", len(c.items))
	}
	if last != int64(b.Len()) || total != int64(b.Len()) || calls < 2 {
		t.Errorf("progress ended at %d/%d after %d calls, want %d/%d after several", last, total, calls, b.Len(), b.Len())
	}
}

// TestReadLargeFileStreams reads a file far over MaxItemBytes: the lines
// are small, so every one is read, and memory stays bounded by the line
// size (the file is never loaded whole).
func TestReadLargeFileStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 24 MB file")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "big.jsonl")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	line := []byte(`{"id":"x","text":"` + strings.Repeat("ن", 100) + `"}` + "\n")
	n := 24 << 20 / len(line)
	for i := 0; i < n; i++ {
		f.Write(line)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	count := 0
	h := HandlerFuncs{OnItem: func(ctx context.Context, it *marsad.RawItem) error { count++; return nil }}
	if err := Read(context.Background(), []string{p}, nil, Options{MaxItemBytes: 1 << 20}, h); err != nil {
		t.Fatal(err)
	}
	if count != n {
		t.Errorf("Read(24 MB jsonl) = %d items, want %d", count, n)
	}
}

func TestReadStream(t *testing.T) {
	c := &collector{}
	body := `[{"id":"1","text":"أول"},{"id":"2","text":"ثان"}]`
	if err := ReadStream(context.Background(), strings.NewReader(body), "upload", Unknown, Options{}, c); err != nil {
		t.Fatal(err)
	}
	items, _ := c.summary()
	want := []string{"upload#1 id=1 text=3", "upload#2 id=2 text=3"}
	if diff := cmp.Diff(want, items); diff != "" {
		t.Errorf("ReadStream items (-want +got):\n%s", diff)
	}
}

func TestFormatOf(t *testing.T) {
	tests := []struct {
		name string
		f    Format
		gz   bool
	}{
		{"a.jsonl.gz", JSONLines, true}, {"A.JSONL", JSONLines, false}, {"x.ndjson", JSONLines, false},
		{"b.json", JSON, false}, {"c.warc.gz", WARC, true}, {"c.warc.wet.gz", WARC, true}, {"d.htm", HTML, false}, {"e.txt", Text, false},
		{"f.csv", Unknown, false}, {"g.gz", Unknown, true},
	}
	for _, tt := range tests {
		if f, gz := FormatOf(tt.name); f != tt.f || gz != tt.gz {
			t.Errorf("FormatOf(%q) = %v, %v; want %v, %v", tt.name, f, gz, tt.f, tt.gz)
		}
	}
}

func TestReadLine(t *testing.T) {
	// A tiny bufio buffer forces the over-long-line path through
	// bufio.ErrBufferFull.
	in := "short\r\n" + strings.Repeat("x", 100) + "\nlast"
	br := bufioSize(strings.NewReader(in), 16)
	var got []string
	for {
		line, _, tooLong, err := readLine(br, 20, nil)
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%s/%v", line, tooLong))
	}
	want := []string{"short/false", strings.Repeat("x", 20) + "/true", "last/false"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("readLine (-want +got):\n%s", diff)
	}
}

func bufioSize(r io.Reader, n int) *bufio.Reader { return bufio.NewReaderSize(r, n) }
