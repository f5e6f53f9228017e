package source

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"

	"github.com/marsad/marsad"
)

// DefaultMaxItemBytes is the default size cap of one item.
const DefaultMaxItemBytes = 10 << 20

// Options tune Read. The zero value uses the defaults.
type Options struct {
	// MaxItemBytes caps one item: a text or HTML file, a JSON object, a
	// WARC payload. A larger item is rejected with ETOOLARGE and skipped
	// without being loaded. 0 means DefaultMaxItemBytes.
	MaxItemBytes int64
	// MaxLineBytes caps one line of JSON Lines; a longer line is skipped
	// and rejected with ETOOLARGE. 0 means MaxItemBytes.
	MaxLineBytes int64
	// Progress, if set, is called as input is consumed with the bytes read
	// so far (as stored: compressed bytes for .gz) and the total size of
	// all inputs, -1 when unknown (a pipe on stdin). It is called from the
	// goroutine running Read, at least once per file and at most every
	// 256 KiB.
	Progress func(done, total int64)
}

// Validate checks o and fills in defaults.
func (o *Options) Validate() error {
	if o.MaxItemBytes < 0 || o.MaxLineBytes < 0 {
		return marsad.Errorf(marsad.EINVALID, "source: negative size limit")
	}
	if o.MaxItemBytes == 0 {
		o.MaxItemBytes = DefaultMaxItemBytes
	}
	if o.MaxLineBytes == 0 {
		o.MaxLineBytes = o.MaxItemBytes
	}
	return nil
}

// Handler receives what Read finds. Item gets each item in input order; a
// non-nil error from Item stops Read, which returns it (use this for
// infrastructure failure, not for a bad item). Reject gets each item that
// could not be read; the read goes on.
type Handler interface {
	Item(ctx context.Context, it *marsad.RawItem) error
	Reject(r marsad.Rejection)
}

// HandlerFuncs adapts two functions to Handler. A nil OnReject drops
// rejections.
type HandlerFuncs struct {
	OnItem   func(ctx context.Context, it *marsad.RawItem) error
	OnReject func(r marsad.Rejection)
}

// Item calls OnItem.
func (h HandlerFuncs) Item(ctx context.Context, it *marsad.RawItem) error { return h.OnItem(ctx, it) }

// Reject calls OnReject if set.
func (h HandlerFuncs) Reject(r marsad.Rejection) {
	if h.OnReject != nil {
		h.OnReject(r)
	}
}

var _ Handler = HandlerFuncs{}

// Format is an input format.
type Format int

// The formats Read understands.
const (
	Unknown   Format = iota // sniff the content
	Text                    // one article per file; the first line may be its title
	HTML                    // one page per file
	JSON                    // one object, a list of objects, or JSON Lines
	JSONLines               // one object per line
	WARC                    // WARC 1.0/1.1 archive: response and resource records
)

func (f Format) String() string {
	switch f {
	case Text:
		return "text"
	case HTML:
		return "html"
	case JSON:
		return "json"
	case JSONLines:
		return "jsonl"
	case WARC:
		return "warc"
	}
	return "unknown"
}

// FormatOf returns the format a file name implies and whether it is
// gzip-compressed: "x.jsonl.gz" is (JSONLines, true).
func FormatOf(name string) (f Format, gz bool) {
	name = strings.ToLower(name)
	if strings.HasSuffix(name, ".gz") {
		gz = true
		name = strings.TrimSuffix(name, ".gz")
	}
	switch filepath.Ext(name) {
	case ".txt", ".text":
		return Text, gz
	case ".html", ".htm", ".xhtml":
		return HTML, gz
	case ".json":
		return JSON, gz
	case ".jsonl", ".ndjson", ".jsonlines":
		return JSONLines, gz
	case ".warc", ".wet":
		return WARC, gz
	}
	return Unknown, gz
}

// input is one file to read.
type input struct {
	path     string
	size     int64
	explicit bool // named on the command line (sniffed if its extension is unknown)
}

// Read walks each path (a file, a directory read recursively in name
// order, or "-" for stdin) and hands every item to h. Formats come from
// file extensions (.txt, .html/.htm, .json, .jsonl/.ndjson, .warc, each
// optionally .gz) and, for stdin and unknown extensions, from the content.
// In a directory, hidden files are skipped and files of unknown type are
// rejected. Read returns an error for a path that does not exist, for ctx
// cancellation and for an error from h.Item; bad items are rejected
// through h.Reject and the read goes on.
func Read(ctx context.Context, paths []string, stdin io.Reader, opts Options, h Handler) error {
	if err := opts.Validate(); err != nil {
		return err
	}
	var inputs []input
	var total int64
	for _, p := range paths {
		if p == "-" {
			size := int64(-1)
			if f, ok := stdin.(*os.File); ok {
				if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
					size = st.Size()
				}
			}
			inputs = append(inputs, input{path: "-", size: size, explicit: true})
			continue
		}
		found, err := listFiles(p)
		if err != nil {
			return err
		}
		inputs = append(inputs, found...)
	}
	for _, in := range inputs {
		if in.size < 0 {
			total = -1
			break
		}
		total += in.size
	}
	r := &reader{ctx: ctx, opts: opts, h: h, total: total}
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := r.readInput(in, stdin); err != nil {
			return err
		}
	}
	r.report(true)
	return nil
}

// ReadStream reads items of the given format (Unknown: sniff) from one
// stream, naming them after name ("stdin", "upload.jsonl"). It is Read for
// a body that is not a file, such as an HTTP upload.
func ReadStream(ctx context.Context, rd io.Reader, name string, format Format, opts Options, h Handler) error {
	if err := opts.Validate(); err != nil {
		return err
	}
	r := &reader{ctx: ctx, opts: opts, h: h, total: -1}
	cr := &countingReader{r: rd, rd: r}
	err := r.readStream(cr, name, format, false)
	r.report(true)
	return err
}

// listFiles expands a path into the files to read.
func listFiles(p string) ([]input, error) {
	st, err := os.Stat(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, marsad.Errorf(marsad.ENOTFOUND, "no such file or directory: %s", p)
		}
		return nil, &marsad.Error{Code: marsad.EINVALID, Message: "cannot read " + p, Err: err}
	}
	if !st.IsDir() {
		return []input{{path: p, size: st.Size(), explicit: true}}, nil
	}
	var out []input
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			// An unreadable subdirectory becomes a rejection when read.
			out = append(out, input{path: path})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		name := d.Name()
		if path != p && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		info, err := d.Info()
		size := int64(0)
		if err == nil {
			size = info.Size()
		}
		out = append(out, input{path: path, size: size})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("walk %s: %w", p, err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].path < out[j].path })
	return out, nil
}

// reader carries the state of one Read.
type reader struct {
	ctx      context.Context
	opts     Options
	h        Handler
	done     int64
	reported int64
	total    int64
}

func (r *reader) report(force bool) {
	if r.opts.Progress == nil {
		return
	}
	if force || r.done-r.reported >= 256<<10 {
		r.reported = r.done
		r.opts.Progress(r.done, r.total)
	}
}

func (r *reader) reject(origin, code, reason string) {
	r.h.Reject(marsad.Rejection{Origin: origin, Stage: "read", Code: code, Reason: reason})
}

func (r *reader) rejectErr(origin string, err error) {
	r.reject(origin, marsad.ErrorCode(err), marsad.ErrorMessage(err))
}

func (r *reader) item(it *marsad.RawItem) error {
	if err := r.ctx.Err(); err != nil {
		return err
	}
	if err := r.h.Item(r.ctx, it); err != nil {
		return fmt.Errorf("%s: %w", it.Origin, err)
	}
	return nil
}

// countingReader counts bytes for the progress report.
type countingReader struct {
	r  io.Reader
	rd *reader
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.rd.done += int64(n)
	c.rd.report(false)
	return n, err
}

func (r *reader) readInput(in input, stdin io.Reader) error {
	name := in.path
	var src io.Reader
	if in.path == "-" {
		name = "stdin"
		if stdin == nil {
			r.reject(name, marsad.EINVALID, "no standard input")
			return nil
		}
		src = stdin
	} else {
		f, err := os.Open(in.path)
		if err != nil {
			r.reject(name, marsad.EINVALID, "cannot open: "+errText(err))
			return nil
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			r.reject(name, marsad.EINVALID, "cannot read directory")
			return nil
		}
		src = f
	}
	before := r.done
	format, gz := FormatOf(in.path)
	if in.path == "-" {
		format, gz = Unknown, false
	} else if format == Unknown && !in.explicit {
		r.reject(name, marsad.EINVALID, "unsupported file type "+strconv.Quote(filepath.Ext(in.path)))
		r.done += in.size
		return nil
	}
	err := r.readStream(&countingReader{r: src, rd: r}, name, format, gz)
	if in.size >= 0 && r.done < before+in.size {
		// Parts not read (a rejected large file) still count as done.
		r.done = before + in.size
	}
	r.report(true)
	return err
}

// readStream reads one stream in the given format. It returns only errors
// that stop the whole read.
func (r *reader) readStream(src io.Reader, name string, format Format, gz bool) error {
	br := bufio.NewReaderSize(src, 64<<10)
	head, _ := br.Peek(2)
	if gz || len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			r.reject(name, marsad.EINVALID, "not a valid gzip file: "+errText(err))
			return nil
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 64<<10)
	}
	if format == Unknown {
		var ok bool
		if format, ok = sniff(br); !ok {
			r.reject(name, marsad.EINVALID, "binary content")
			return nil
		}
	} else if format != WARC {
		// A named format is still checked: NUL bytes mean a binary file
		// (UTF-16 text aside).
		if head, _ := br.Peek(4096); bytes.IndexByte(head, 0) >= 0 && !(format == Text && isUTF16(head)) {
			r.reject(name, marsad.EINVALID, "binary content")
			return nil
		}
	}
	switch format {
	case Text:
		return r.readText(br, name)
	case HTML:
		return r.readHTML(br, name)
	case JSON:
		return r.readJSON(br, name)
	case JSONLines:
		return r.readJSONLines(br, name)
	case WARC:
		return r.readWARC(br, name)
	}
	r.reject(name, marsad.EINVALID, "unsupported format")
	return nil
}

// sniff guesses the format of a stream from its first bytes; ok is false
// for binary content.
func sniff(br *bufio.Reader) (f Format, ok bool) {
	head, _ := br.Peek(4096)
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if bytes.HasPrefix(trimmed, []byte("WARC/")) {
		return WARC, true // records may hold binary payloads
	}
	if bytes.IndexByte(head, 0) >= 0 && !isUTF16(head) {
		return Unknown, false
	}
	switch {
	case len(trimmed) > 0 && (trimmed[0] == '{' || trimmed[0] == '['):
		return JSON, true
	case len(trimmed) > 0 && trimmed[0] == '<':
		return HTML, true
	case isUTF16(head):
		return Text, true
	}
	ct := http.DetectContentType(head)
	if !strings.HasPrefix(ct, "text/") && ct != "application/octet-stream" {
		return Unknown, false
	}
	return Text, true
}

func isUTF16(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xff, 0xfe}) || bytes.HasPrefix(b, []byte{0xfe, 0xff})
}

// readAll reads a whole one-item stream, refusing one over MaxItemBytes
// without reading further.
func (r *reader) readAll(br io.Reader, name string) ([]byte, bool) {
	b, err := io.ReadAll(io.LimitReader(br, r.opts.MaxItemBytes+1))
	if err != nil {
		r.reject(name, marsad.EINVALID, "read failed (truncated or corrupt input): "+errText(err))
		return nil, false
	}
	if int64(len(b)) > r.opts.MaxItemBytes {
		r.reject(name, marsad.ETOOLARGE, fmt.Sprintf("item over the %d-byte limit", r.opts.MaxItemBytes))
		return nil, false
	}
	return b, true
}

// readText reads one article from a plain-text file.
func (r *reader) readText(br *bufio.Reader, name string) error {
	b, ok := r.readAll(br, name)
	if !ok {
		return nil
	}
	text, err := decodeText(b)
	if err != nil {
		r.rejectErr(name, err)
		return nil
	}
	title, body := splitTitle(text)
	if strings.TrimSpace(body) == "" {
		r.reject(name, marsad.EINVALID, "empty text")
		return nil
	}
	return r.item(&marsad.RawItem{Origin: name, Title: title, Text: body})
}

// decodeText checks b is text and returns it as a UTF-8 string: a UTF-8
// byte-order mark is dropped, UTF-16 with a byte-order mark is decoded.
func decodeText(b []byte) (string, error) {
	if isUTF16(b) {
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", marsad.Errorf(marsad.EINVALID, "invalid UTF-16")
		}
		b = out
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(b, 0) >= 0 {
		return "", marsad.Errorf(marsad.EINVALID, "binary content")
	}
	if !utf8.Valid(b) {
		return "", marsad.Errorf(marsad.EINVALID, "invalid UTF-8")
	}
	return string(b), nil
}

// splitTitle takes the first line of a text file as its title when it
// looks like one: short, followed by more text, and not ending like a
// sentence.
func splitTitle(text string) (title, body string) {
	text = strings.TrimSpace(strings.ReplaceAll(text, "\r\n", "\n"))
	first, rest, ok := strings.Cut(text, "\n")
	if !ok || strings.TrimSpace(rest) == "" {
		return "", text
	}
	first = strings.TrimSpace(first)
	n := utf8.RuneCountInString(first)
	if n == 0 || n > 150 || strings.HasSuffix(first, ".") || strings.HasSuffix(first, ":") || strings.HasSuffix(first, "،") {
		return "", text
	}
	return first, strings.TrimSpace(rest)
}

// readHTML reads one page from an HTML file; extraction happens later.
func (r *reader) readHTML(br *bufio.Reader, name string) error {
	b, ok := r.readAll(br, name)
	if !ok {
		return nil
	}
	if len(bytes.TrimSpace(b)) == 0 {
		r.reject(name, marsad.EINVALID, "empty page")
		return nil
	}
	if bytes.IndexByte(b[:min(len(b), 8<<10)], 0) >= 0 {
		r.reject(name, marsad.EINVALID, "binary content")
		return nil
	}
	return r.item(&marsad.RawItem{Origin: name, HTML: b})
}

// readJSON reads a .json stream: a list of objects, JSON Lines, or one or
// more (possibly pretty-printed) objects.
func (r *reader) readJSON(br *bufio.Reader, name string) error {
	// Skip leading white space and a UTF-8 byte-order mark, by peeking
	// (an UnreadByte after a Peek would fail and lose the byte).
	var start byte
	for {
		b, err := br.Peek(1)
		if len(b) == 0 {
			if err == nil || err == io.EOF {
				r.reject(name, marsad.EINVALID, "empty file")
			} else {
				r.reject(name, marsad.EINVALID, "read failed: "+errText(err))
			}
			return nil
		}
		if c := b[0]; c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			br.Discard(1)
			continue
		}
		if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\xef\xbb\xbf")) {
			br.Discard(3)
			continue
		}
		start = b[0]
		break
	}
	if start == '[' {
		return r.readJSONArray(br, name)
	}
	// JSON Lines if the first line is a whole object, else a stream of
	// objects spanning lines.
	first, _, tooLong, err := readLine(br, r.opts.MaxLineBytes, nil)
	if err == nil && !tooLong && json.Valid(first) {
		if err := r.jsonLine(name, 1, first); err != nil {
			return err
		}
		return r.jsonLines(br, name, 1)
	}
	if tooLong {
		r.reject(name+":1", marsad.ETOOLARGE, fmt.Sprintf("line over the %d-byte limit", r.opts.MaxLineBytes))
		return r.jsonLines(br, name, 1)
	}
	if err != nil {
		r.reject(name, marsad.EINVALID, "input truncated or corrupt: "+errText(err))
		return nil
	}
	// A malformed first line followed by a whole object on the second is
	// JSON Lines with one bad line.
	first = bytes.Clone(first)
	second, _, tooLong2, err2 := readLine(br, r.opts.MaxLineBytes, nil)
	if err2 == nil && !tooLong2 && len(bytes.TrimSpace(second)) > 0 && json.Valid(second) {
		if err := r.jsonLine(name, 1, first); err != nil {
			return err
		}
		if err := r.jsonLine(name, 2, second); err != nil {
			return err
		}
		return r.jsonLines(br, name, 2)
	}
	if tooLong2 {
		r.reject(name, marsad.ETOOLARGE, fmt.Sprintf("JSON value over the %d-byte limit", r.opts.MaxLineBytes))
		return nil
	}
	rest := io.MultiReader(bytes.NewReader(first), strings.NewReader("\n"), bytes.NewReader(second), strings.NewReader("\n"), br)
	lv := &limitedValues{r: rest, max: r.opts.MaxItemBytes + 1<<20}
	dec := json.NewDecoder(lv)
	for i := 1; ; i++ {
		var raw json.RawMessage
		lv.base = dec.InputOffset()
		if err := dec.Decode(&raw); err != nil {
			if err == io.EOF {
				return nil
			}
			r.jsonStreamFailed(fmt.Sprintf("%s#%d", name, i), err)
			return nil
		}
		if err := r.jsonObject(fmt.Sprintf("%s#%d", name, i), raw); err != nil {
			return err
		}
	}
}

// limitedValues stops a json.Decoder from buffering one giant value: the
// read fails once more than max bytes were read past base, the offset
// where the current value starts.
type limitedValues struct {
	r    io.Reader
	max  int64
	read int64
	base int64
}

func (l *limitedValues) Read(p []byte) (int, error) {
	if l.read-l.base > l.max {
		return 0, marsad.Errorf(marsad.ETOOLARGE, "JSON value over the size limit")
	}
	n, err := l.r.Read(p)
	l.read += int64(n)
	return n, err
}

// jsonStreamFailed rejects the rest of a JSON stream after a decoding
// error.
func (r *reader) jsonStreamFailed(origin string, err error) {
	if marsad.ErrorCode(err) == marsad.ETOOLARGE {
		r.reject(origin, marsad.ETOOLARGE, fmt.Sprintf("JSON value over the %d-byte limit, rest of file skipped", r.opts.MaxItemBytes))
		return
	}
	r.reject(origin, marsad.EINVALID, "malformed JSON, rest of file skipped: "+errText(err))
}

func (r *reader) readJSONArray(br *bufio.Reader, name string) error {
	lv := &limitedValues{r: br, max: r.opts.MaxItemBytes + 1<<20}
	dec := json.NewDecoder(lv)
	if _, err := dec.Token(); err != nil {
		r.reject(name, marsad.EINVALID, "malformed JSON: "+errText(err))
		return nil
	}
	for i := 1; dec.More(); i++ {
		var raw json.RawMessage
		lv.base = dec.InputOffset()
		if err := dec.Decode(&raw); err != nil {
			r.jsonStreamFailed(fmt.Sprintf("%s#%d", name, i), err)
			return nil
		}
		if err := r.jsonObject(fmt.Sprintf("%s#%d", name, i), raw); err != nil {
			return err
		}
	}
	return nil
}

func (r *reader) jsonObject(origin string, raw []byte) error {
	if int64(len(raw)) > r.opts.MaxItemBytes {
		r.reject(origin, marsad.ETOOLARGE, fmt.Sprintf("item over the %d-byte limit", r.opts.MaxItemBytes))
		return nil
	}
	it, err := DecodeJSON(raw)
	if err != nil {
		r.rejectErr(origin, err)
		return nil
	}
	it.Origin = origin
	return r.item(&it)
}

func (r *reader) readJSONLines(br *bufio.Reader, name string) error {
	return r.jsonLines(br, name, 0)
}

// jsonLines reads JSON Lines from br; lineNo lines were read before.
func (r *reader) jsonLines(br *bufio.Reader, name string, lineNo int) error {
	var buf []byte
	for {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		line, _, tooLong, err := readLine(br, r.opts.MaxLineBytes, buf)
		if err == io.EOF {
			return nil
		}
		lineNo++
		origin := name + ":" + strconv.Itoa(lineNo)
		if err != nil {
			r.reject(origin, marsad.EINVALID, "input truncated or corrupt, rest of file skipped: "+errText(err))
			return nil
		}
		buf = line[:0]
		if tooLong {
			r.reject(origin, marsad.ETOOLARGE, fmt.Sprintf("line over the %d-byte limit", r.opts.MaxLineBytes))
			continue
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if err := r.jsonLine(name, lineNo, line); err != nil {
			return err
		}
	}
}

func (r *reader) jsonLine(name string, lineNo int, line []byte) error {
	origin := name + ":" + strconv.Itoa(lineNo)
	it, err := DecodeJSON(line)
	if err != nil {
		r.rejectErr(origin, err)
		return nil
	}
	it.Origin = origin
	return r.item(&it)
}

// readWARC reads the pages of a WARC stream: response records with an
// HTML payload, resource records typed text/html, and resource or
// conversion records typed text/plain (the extracted text of WET files).
// Other records (requests, metadata, images, redirects) are skipped; broken
// ones are rejected.
func (r *reader) readWARC(br *bufio.Reader, name string) error {
	wr := NewWARCReader(br)
	for i := 1; ; i++ {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		rec, err := wr.Next()
		if err == io.EOF {
			return nil
		}
		origin := fmt.Sprintf("%s#%d", name, i)
		if err != nil {
			r.reject(origin, marsad.EINVALID, "WARC input truncated or corrupt, rest of file skipped: "+errText(err))
			return nil
		}
		it, err := r.warcItem(rec)
		if berr := wr.bodyErr(); berr != nil {
			r.reject(origin, marsad.EINVALID, "WARC input truncated or corrupt, rest of file skipped: "+errText(berr))
			return nil
		}
		if err != nil {
			r.rejectErr(origin, err)
			continue
		}
		if it == nil {
			continue
		}
		it.Origin = origin
		if err := r.item(it); err != nil {
			return err
		}
	}
}

// warcItem turns a record into an item, or nil for a record that is not a
// page. A payload whose declared type is neither HTML nor (for resource
// and conversion records) plain text is skipped without being read.
func (r *reader) warcItem(rec *WARCRecord) (*marsad.RawItem, error) {
	uri := strings.Trim(rec.Get("WARC-Target-URI"), "<>")
	var payload io.Reader
	var ctype string
	textOK := false
	switch strings.ToLower(rec.Get("WARC-Type")) {
	case "response":
		if !strings.Contains(strings.ToLower(rec.Get("Content-Type")), "http") {
			return nil, nil // e.g. a DNS response
		}
		resp, err := http.ReadResponse(bufio.NewReader(rec.Body), nil)
		if err != nil {
			return nil, &marsad.Error{Code: marsad.EINVALID, Message: "malformed HTTP response in WARC record", Err: err}
		}
		defer resp.Body.Close()
		if resp.StatusCode < 200 || resp.StatusCode > 299 {
			return nil, nil
		}
		ctype = resp.Header.Get("Content-Type")
		if ctype != "" && !isHTMLType(ctype) {
			return nil, nil
		}
		body, err := decodeContent(resp.Body, resp.Header.Get("Content-Encoding"))
		if err != nil {
			return nil, err
		}
		payload = body
	case "resource", "conversion":
		ctype = rec.Get("Content-Type")
		textOK = mediaType(ctype) == "text/plain"
		if ctype != "" && !isHTMLType(ctype) && !textOK {
			return nil, nil
		}
		payload = rec.Body
	default:
		return nil, nil
	}
	b, err := io.ReadAll(io.LimitReader(payload, r.opts.MaxItemBytes+1))
	if err != nil {
		return nil, &marsad.Error{Code: marsad.EINVALID, Message: "unreadable WARC payload", Err: err}
	}
	if int64(len(b)) > r.opts.MaxItemBytes {
		return nil, marsad.Errorf(marsad.ETOOLARGE, "page over the %d-byte limit", r.opts.MaxItemBytes)
	}
	if textOK {
		text, err := decodeText(b)
		if err != nil {
			return nil, err
		}
		if strings.TrimSpace(text) == "" {
			return nil, marsad.Errorf(marsad.EINVALID, "empty text")
		}
		return &marsad.RawItem{URL: uri, Text: strings.TrimSpace(text), Fetched: warcDate(rec)}, nil
	}
	if ctype == "" && !isHTMLType(http.DetectContentType(b)) {
		return nil, nil
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, marsad.Errorf(marsad.EINVALID, "empty page")
	}
	return &marsad.RawItem{URL: uri, HTML: b, Fetched: warcDate(rec)}, nil
}

// warcDate is the capture time of a record: when the page was fetched, not
// when it was published.
func warcDate(rec *WARCRecord) time.Time {
	t, _ := time.Parse(time.RFC3339, strings.TrimSpace(rec.Get("WARC-Date")))
	return t
}

// mediaType returns the lower-case media type of a Content-Type value.
func mediaType(ctype string) string {
	mt, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(ctype, ";")[0]))
	}
	return mt
}

// isHTMLType reports whether a Content-Type is an HTML page.
func isHTMLType(ctype string) bool {
	mt := mediaType(ctype)
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// decodeContent undoes an HTTP Content-Encoding.
func decodeContent(body io.Reader, enc string) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "", "identity", "none":
		return body, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if err != nil {
			return nil, &marsad.Error{Code: marsad.EINVALID, Message: "bad gzip payload in WARC record", Err: err}
		}
		return zr, nil
	case "deflate":
		br := bufio.NewReader(body)
		if head, _ := br.Peek(2); len(head) == 2 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 {
			zr, err := zlib.NewReader(br)
			if err == nil {
				return zr, nil
			}
		}
		return flate.NewReader(br), nil
	}
	return nil, marsad.Errorf(marsad.EINVALID, "unsupported content encoding %q in WARC record", enc)
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
