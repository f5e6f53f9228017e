package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/pipeline"
	"github.com/marsad/marsad/internal/queue/jetstream"
	"github.com/marsad/marsad/internal/source"
)

func runIngest(ctx context.Context, e *env) error {
	fs := newFlags("ingest", e)
	noAnalyze := fs.Bool("no-analyze", false, "store articles without analysing them")
	quiet := fs.Bool("quiet", false, "no progress bar")
	load := configFlags(fs, e, "data", "store", "workers", "log-level", "queue")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: marsad ingest [flags] PATH... (files, directories, - for stdin)\n\nFormats: .txt .html .htm .json .jsonl .jsonl.gz .warc .warc.gz")
		fs.PrintDefaults()
	}
	if err := fs.Parse(e.args); err != nil {
		return errUsage
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: no PATH given", errUsage)
	}
	cfg, err := load()
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	log := newLogger(e, cfg.LogLevel)
	if cfg.Queue != "" {
		return publishItems(ctx, e, cfg, log, fs.Args())
	}
	app, err := openAppWith(ctx, cfg, log, !*noAnalyze)
	if err != nil {
		return err
	}
	defer app.Close()

	h := &ingestHandler{runner: app.runner}
	opts := source.Options{}
	if f, ok := e.stderr.(*os.File); ok && !*quiet && term.IsTerminal(int(f.Fd())) {
		bar := progressbar.NewOptions64(-1,
			progressbar.OptionSetWriter(e.stderr),
			progressbar.OptionShowBytes(true),
			progressbar.OptionSetDescription("ingest"),
			progressbar.OptionThrottle(200_000_000),
			progressbar.OptionClearOnFinish(),
		)
		opts.Progress = func(done, total int64) {
			if total > 0 && bar.GetMax64() != total {
				bar.ChangeMax64(total)
			}
			bar.Set64(done)
		}
		defer bar.Finish()
	}

	app.runner.Start(ctx)
	readErr := source.Read(ctx, fs.Args(), e.stdin, opts, h)
	sum, storeErr := app.runner.Close()
	fmt.Fprintln(e.stdout, sum.String())
	if storeErr != nil {
		return storeErr
	}
	if readErr != nil {
		return readErr
	}
	if sum.Read == 0 {
		return fmt.Errorf("nothing to ingest in %v", fs.Args())
	}
	if sum.Stored+sum.Duplicates() == 0 {
		return fmt.Errorf("no item could be processed (%d rejected)", sum.Rejected)
	}
	return nil
}

// ingestHandler hands a source's items and rejections to the runner.
type ingestHandler struct {
	runner *pipeline.Runner
}

func (h *ingestHandler) Item(ctx context.Context, it *marsad.RawItem) error {
	return h.runner.Submit(ctx, it)
}

func (h *ingestHandler) Reject(r marsad.Rejection) { h.runner.Reject(r) }

// publishItems is `marsad ingest --queue`: read the inputs and publish each
// item to the work queue for the process workers, storing nothing here.
func publishItems(ctx context.Context, e *env, cfg config, log *slog.Logger, paths []string) error {
	q, err := openQueue(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer q.Close()
	h := &publishHandler{q: q}
	readErr := source.Read(ctx, paths, e.stdin, source.Options{}, h)
	st := q.Stats()
	fmt.Fprintf(e.stdout, "read %d, published %d, duplicates %d, rejected %d\n", h.read, st.Published, st.Duplicates, h.rejected)
	if readErr != nil {
		return readErr
	}
	if h.read == 0 {
		return fmt.Errorf("nothing to ingest in %v", paths)
	}
	return nil
}

// publishHandler publishes a source's items; items over the queue's
// message limit are counted as rejected, like any other bad item.
type publishHandler struct {
	q              *jetstream.Queue
	read, rejected int
}

func (h *publishHandler) Item(ctx context.Context, it *marsad.RawItem) error {
	h.read++
	err := h.q.Publish(ctx, it)
	if marsad.ErrorCode(err) == marsad.ETOOLARGE {
		h.rejected++
		return nil
	}
	return err
}

func (h *publishHandler) Reject(marsad.Rejection) { h.read++; h.rejected++ }
