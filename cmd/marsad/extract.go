package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/source"
)

// extractInput is one article of `marsad extract`'s input (the evaluation
// kit's contract). It is decoded here rather than with source.DecodeJSON
// because extract answers every article, even one with an empty text.
// Corpora often carry the publication date under another name
// ("date_iso", "date"): those are read when "published" is absent, since
// dates, weekdays and the history filter all depend on it.
type extractInput struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Published string `json:"published"`
	DateISO   string `json:"date_iso"`
	Date      string `json:"date"`
	Title     string `json:"title"`
	URL       string `json:"url"`
}

// published is the article's publication time from the first date field
// that parses.
func (in *extractInput) published() (time.Time, bool) {
	for _, s := range []string{in.Published, in.DateISO, in.Date} {
		if t, ok := source.ParseDate(s); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

func runExtract(ctx context.Context, e *env) error {
	fs := newFlags("extract", e)
	data := dataDir(fs, e)
	if err := fs.Parse(e.args); err != nil {
		return errUsage
	}
	an, err := newAnalyzerIn(*data)
	if err != nil {
		return err
	}
	return extractStream(ctx, an, e.stdin, e.stdout, e.stderr)
}

// extract analyses each JSON line of r and writes one result line to w. A bad
// line is reported on errw and skipped; the run goes on.
func extractStream(ctx context.Context, an marsad.Analyzer, r io.Reader, w, errw io.Writer) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	line, good, bad := 0, 0, 0
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return err
		}
		line++
		raw := sc.Bytes()
		if len(trimSpace(raw)) == 0 {
			continue
		}
		var in extractInput
		if err := json.Unmarshal(raw, &in); err != nil {
			bad++
			fmt.Fprintf(errw, "line %d: rejected: invalid JSON: %v\n", line, err)
			continue
		}
		a := &marsad.Article{ID: in.ID, ExternalID: in.ID, Text: in.Text, Title: in.Title, URL: in.URL}
		if t, ok := in.published(); ok {
			a.Published = t
		}
		res, err := analyzeSafely(ctx, an, a)
		if err != nil {
			bad++
			fmt.Fprintf(errw, "line %d (%s): rejected: %v\n", line, in.ID, err)
			continue
		}
		if err := enc.Encode(toContract(in.ID, res)); err != nil {
			return fmt.Errorf("write result: %w", err)
		}
		good++
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read input after line %d: %w", line, err)
	}
	if good == 0 && bad > 0 {
		return fmt.Errorf("no article could be processed (%d rejected)", bad)
	}
	return nil
}

// analyzeSafely is an.Analyze with a panic turned into an error, so that
// one article that trips a bug is reported and the run goes on.
func analyzeSafely(ctx context.Context, an marsad.Analyzer, a *marsad.Article) (res *marsad.Analysis, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, marsad.Errorf(marsad.EINTERNAL, "analyzer panic: %v (at %s)", p, panicSite())
		}
	}()
	return an.Analyze(ctx, a)
}

// panicSite is the function, file and line where the panic being
// recovered was raised (the first frame outside the runtime), for the
// bug report.
func panicSite() string {
	pcs := make([]uintptr, 32)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(3, pcs)])
	for {
		f, more := frames.Next()
		if !strings.HasPrefix(f.Function, "runtime.") {
			return fmt.Sprintf("%s %s:%d", f.Function, filepath.Base(f.File), f.Line)
		}
		if !more {
			return "unknown"
		}
	}
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r' || b[len(b)-1] == '\n') {
		b = b[:len(b)-1]
	}
	return b
}
