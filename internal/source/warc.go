package source

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/marsad/marsad"
)

// Limits on a WARC record's header: they bound memory on hostile input.
const (
	warcMaxHeaderLine  = 64 << 10
	warcMaxHeaderBytes = 1 << 20
)

// WARCRecord is one record of a WARC 1.0 or 1.1 file.
type WARCRecord struct {
	Version string // "WARC/1.0", "WARC/1.1"
	// Header holds the named fields with names in lower case
	// ("warc-type", "warc-target-uri", "content-length"); use Get.
	Header map[string]string
	// Offset is where the record starts in the uncompressed stream.
	Offset int64
	// Body reads the record block: exactly Content-Length bytes. Reading
	// past a truncated end returns io.ErrUnexpectedEOF.
	Body io.Reader
	// Length is the Content-Length.
	Length int64
}

// Get returns the header field name (any case), or "".
func (r *WARCRecord) Get(name string) string { return r.Header[strings.ToLower(name)] }

// WARCReader reads records from an uncompressed WARC stream (wrap a
// .warc.gz in gzip.NewReader first: a gzip.Reader reads every member, so
// per-record compression works).
type WARCReader struct {
	br   *bufio.Reader
	off  int64 // bytes consumed from br
	body *warcBody
	buf  []byte
}

// NewWARCReader returns a reader of the WARC records in r.
func NewWARCReader(r io.Reader) *WARCReader {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	return &WARCReader{br: br}
}

// Next returns the next record. It skips whatever the caller left unread
// of the previous record's body. It returns io.EOF at a clean end of input,
// an EINVALID *marsad.Error for a malformed record, and an error wrapping
// io.ErrUnexpectedEOF when the input ends inside a record.
func (w *WARCReader) Next() (*WARCRecord, error) {
	if w.body != nil {
		if _, err := io.Copy(io.Discard, w.body); err != nil {
			return nil, fmt.Errorf("WARC record at offset %d: %w", w.body.start, err)
		}
		w.off += w.body.read
		w.body = nil
	}
	// Records are separated by two CRLFs; tolerate any number of blank lines.
	var line []byte
	var start int64
	for {
		start = w.off
		l, n, tooLong, err := readLine(w.br, warcMaxHeaderLine, w.buf)
		w.off += n
		if err == io.EOF {
			return nil, io.EOF
		}
		if err != nil {
			return nil, fmt.Errorf("WARC input at offset %d: %w", w.off, err)
		}
		if tooLong {
			return nil, marsad.Errorf(marsad.EINVALID, "WARC input at offset %d: not a WARC record (over-long line)", start)
		}
		if len(bytes.TrimSpace(l)) > 0 {
			line = l
			break
		}
	}
	if !bytes.HasPrefix(line, []byte("WARC/")) {
		return nil, marsad.Errorf(marsad.EINVALID, "WARC input at offset %d: not a WARC record (line starts %q)", start, truncate(string(line), 20))
	}
	rec := &WARCRecord{Version: string(bytes.TrimSpace(line)), Header: map[string]string{}, Offset: start}
	var last string
	headerBytes := 0
	for {
		l, n, tooLong, err := readLine(w.br, warcMaxHeaderLine, w.buf)
		w.off += n
		headerBytes += int(n)
		if err == io.EOF {
			return nil, fmt.Errorf("WARC record at offset %d: header: %w", start, io.ErrUnexpectedEOF)
		}
		if err != nil {
			return nil, fmt.Errorf("WARC record at offset %d: header: %w", start, err)
		}
		if tooLong || headerBytes > warcMaxHeaderBytes {
			return nil, marsad.Errorf(marsad.EINVALID, "WARC record at offset %d: header too long", start)
		}
		if len(l) == 0 {
			break
		}
		if (l[0] == ' ' || l[0] == '\t') && last != "" {
			rec.Header[last] += " " + strings.TrimSpace(string(l))
			continue
		}
		name, value, ok := strings.Cut(string(l), ":")
		name = strings.ToLower(strings.TrimSpace(name))
		if !ok || name == "" {
			return nil, marsad.Errorf(marsad.EINVALID, "WARC record at offset %d: malformed header line %q", start, truncate(string(l), 40))
		}
		rec.Header[name] = strings.TrimSpace(value)
		last = name
	}
	cl := rec.Get("Content-Length")
	n, err := strconv.ParseInt(cl, 10, 64)
	if err != nil || n < 0 {
		return nil, marsad.Errorf(marsad.EINVALID, "WARC record at offset %d: bad Content-Length %q", start, truncate(cl, 20))
	}
	rec.Length = n
	w.body = &warcBody{r: w.br, left: n, start: start}
	rec.Body = w.body
	return rec, nil
}

// warcBody reads exactly left bytes, reporting a short input as
// io.ErrUnexpectedEOF.
type warcBody struct {
	r     io.Reader
	left  int64
	read  int64
	start int64
	err   error // the input failed or ended inside the body
}

func (b *warcBody) Read(p []byte) (int, error) {
	if b.left <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	if b.err != nil {
		return 0, b.err
	}
	n, err := b.r.Read(p)
	b.left -= int64(n)
	b.read += int64(n)
	switch {
	case err == io.EOF && b.left > 0:
		b.err = fmt.Errorf("WARC record at offset %d: body ends %d bytes early: %w", b.start, b.left, io.ErrUnexpectedEOF)
	case err == io.EOF:
		err = nil
	case err != nil:
		b.err = err
	}
	if b.err != nil {
		return n, b.err
	}
	return n, err
}

// bodyErr returns the input error met while reading the current record's
// body, if any: the archive is truncated or corrupt from there on.
func (w *WARCReader) bodyErr() error {
	if w.body == nil {
		return nil
	}
	return w.body.err
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !isRuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
