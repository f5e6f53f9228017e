package source

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/marsad/marsad"
)

func FuzzDecodeJSON(f *testing.F) {
	for _, line := range strings.Split(string(mustRead(f, "articles.jsonl")), "\n") {
		f.Add([]byte(line))
	}
	f.Add([]byte(`{"content":[["x"],{"name":"y"},"z"],"date":1e99,"author":{"name":5}}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		it, err := DecodeJSON(line)
		if err != nil {
			var me *marsad.Error
			if !errors.As(err, &me) || me.Code != marsad.EINVALID {
				t.Fatalf("DecodeJSON(%q) error %v, want an EINVALID *marsad.Error", line, err)
			}
			return
		}
		if strings.TrimSpace(it.Text) == "" && len(bytes.TrimSpace(it.HTML)) == 0 {
			t.Fatalf("DecodeJSON(%q) accepted an item without text", line)
		}
		for _, s := range []string{it.ID, it.Text, it.URL, it.Title, it.Author, it.Source, it.Summary} {
			if !utf8.ValidString(s) {
				t.Fatalf("DecodeJSON(%q) returned invalid UTF-8 %q", line, s)
			}
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2018-02-18T21:35:43+04:00", "Sun, 18 Feb 2018 21:35:43 +0400", "1518975343", "20180218",
		"18/02/2018", "18 فبراير 2018", "الأحد، 18 شباط/فبراير 2018", "٣ تشرين الثاني ٢٠٢٠", "2006-01-02 15:04:05", "1518975343.25"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := ParseDate(s)
		if ok && (got.Year() < 1900 || got.Year() > 2200) {
			t.Fatalf("ParseDate(%q) = %v, outside 1900..2200", s, got)
		}
		if !ok && !got.IsZero() {
			t.Fatalf("ParseDate(%q) = %v, false; want the zero time", s, got)
		}
	})
}

func FuzzWARCReader(f *testing.F) {
	recs := sampleWARC(nil)
	f.Add(bytes.Join(recs, nil))
	f.Add(recs[2])
	f.Add([]byte("WARC/1.0\r\nContent-Length: 5\r\n\r\nabc"))
	f.Add([]byte("WARC/1.0\r\nContent-Length: -1\r\n\r\n"))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\n X-cont: y\r\nContent-Type: application/http\r\nContent-Length: 19\r\n\r\nHTTP/1.1 200 OK\r\n\r\n\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		wr := NewWARCReader(bytes.NewReader(data))
		for i := 0; i < 1000; i++ {
			rec, err := wr.Next()
			if err != nil {
				return
			}
			if rec.Length < 0 {
				t.Fatalf("record %d has negative length %d", i, rec.Length)
			}
			n, err := io.Copy(io.Discard, rec.Body)
			if err == nil && n != rec.Length {
				t.Fatalf("record %d body read %d bytes without error, Content-Length %d", i, n, rec.Length)
			}
			if n > rec.Length {
				t.Fatalf("record %d body read %d bytes, over Content-Length %d", i, n, rec.Length)
			}
		}
	})
}

// FuzzReadStream feeds arbitrary bytes to the stream reader in each
// format: it must never panic, and every item it delivers must carry text
// or HTML.
func FuzzReadStream(f *testing.F) {
	f.Add(mustRead(f, "articles.jsonl"), uint8(JSONLines))
	f.Add(mustRead(f, "list.json"), uint8(JSON))
	f.Add(mustRead(f, "pretty.json"), uint8(Unknown))
	f.Add(mustRead(f, "article.txt"), uint8(Text))
	f.Add(bytes.Join(sampleWARC(nil), nil), uint8(WARC))
	f.Add([]byte("{\"text\":\"a\"}\n\xff\n[1]\n"), uint8(Unknown))
	f.Fuzz(func(t *testing.T, data []byte, format uint8) {
		fm := Format(format % 6)
		h := HandlerFuncs{
			OnItem: func(ctx context.Context, it *marsad.RawItem) error {
				if strings.TrimSpace(it.Text) == "" && len(it.HTML) == 0 {
					t.Fatalf("ReadStream(%v) delivered an empty item %+v", fm, it)
				}
				if it.Origin == "" {
					t.Fatalf("ReadStream(%v) delivered an item without origin", fm)
				}
				return nil
			},
			OnReject: func(r marsad.Rejection) {
				if r.Code == "" || r.Reason == "" || r.Origin == "" {
					t.Fatalf("ReadStream(%v) rejection %+v lacks origin, code or reason", fm, r)
				}
			},
		}
		if err := ReadStream(context.Background(), bytes.NewReader(data), "fuzz", fm, Options{MaxItemBytes: 1 << 16}, h); err != nil {
			t.Fatalf("ReadStream(%v) error: %v", fm, err)
		}
	})
}

func mustRead(f *testing.F, name string) []byte {
	b, err := readTestdata(name)
	if err != nil {
		f.Fatal(err)
	}
	return b
}

// FuzzUnquote checks the fast string decoder against encoding/json on
// every well-formed, valid UTF-8 JSON string literal.
func FuzzUnquote(f *testing.F) {
	for _, s := range []string{`"plain"`, `"a\"b\\c\/d\b\f\n\r\t"`, `"\u0627\u0644\u062e\u0628\u0631"`, `"\ud83d\ude00"`, `"\ud83d x"`, `"\udc00"`, `"نص \n نص"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, lit []byte) {
		lit = bytes.TrimSpace(lit) // as jsonString does
		if !utf8.Valid(lit) || !json.Valid(lit) || len(lit) < 2 || lit[0] != '"' {
			return
		}
		var want string
		if err := json.Unmarshal(lit, &want); err != nil {
			return
		}
		got, ok := unquote(lit)
		if !ok {
			t.Fatalf("unquote(%s) refused a valid literal", lit)
		}
		if got != want {
			t.Fatalf("unquote(%s) = %q, want %q", lit, got, want)
		}
	})
}
