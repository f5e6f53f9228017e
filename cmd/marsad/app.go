package main

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
	"github.com/marsad/marsad/internal/extract"
	"github.com/marsad/marsad/internal/pipeline"
	"github.com/marsad/marsad/internal/store/postgres"
	"github.com/marsad/marsad/internal/store/sqlite"
)

// app is the wired core that serve and ingest share: the store and the
// pipeline runner in front of it.
type app struct {
	store  marsad.Store
	runner *pipeline.Runner
}

// openStore opens the configured engine: SQLite under the data directory
// by default, PostgreSQL when store is a DSN.
func openStore(ctx context.Context, cfg config) (marsad.Store, error) {
	if cfg.Store != "" {
		st, err := postgres.Open(ctx, cfg.Store, postgres.Options{})
		if err != nil {
			return nil, fmt.Errorf("open PostgreSQL store %s: %w", redactDSN(cfg.Store), err)
		}
		return st, nil
	}
	st, err := sqlite.Open(ctx, filepath.Join(cfg.Data, "marsad.db"), sqlite.Options{})
	if err != nil {
		return nil, fmt.Errorf("open store in %s: %w", cfg.Data, err)
	}
	return st, nil
}

// openApp opens the store under cfg.Data and builds the pipeline; onStored
// (may be nil) is called after each article is stored (alerts).
func openApp(ctx context.Context, cfg config, log *slog.Logger, onStored func(context.Context, *marsad.Article, *marsad.Analysis)) (*app, error) {
	return newApp(ctx, cfg, log, true, onStored)
}

func openAppWith(ctx context.Context, cfg config, log *slog.Logger, analyze bool) (*app, error) {
	return newApp(ctx, cfg, log, analyze, nil)
}

func newApp(ctx context.Context, cfg config, log *slog.Logger, analyze bool, onStored func(context.Context, *marsad.Article, *marsad.Analysis)) (*app, error) {
	st, err := openStore(ctx, cfg)
	if err != nil {
		return nil, err
	}
	var an marsad.Analyzer
	if analyze {
		if an, err = newAnalyzerIn(cfg.Data); err != nil {
			st.Close()
			return nil, fmt.Errorf("load analyzer: %w", err)
		}
	}
	x, err := extract.New(extract.Config{MaxBytes: cfg.MaxPageBytes})
	if err != nil {
		st.Close()
		return nil, err
	}
	r, err := pipeline.New(pipeline.Config{Workers: cfg.Workers, Analyze: analyze}, pipeline.Deps{
		Store:     st,
		Extractor: pipelineExtractor(x),
		Prepare:   cluster.Prepare,
		Analyzer:  an,
		Logger:    log,
		OnStored:  onStored,
	})
	if err != nil {
		st.Close()
		return nil, err
	}
	return &app{store: st, runner: r}, nil
}

func (a *app) Close() error { return a.store.Close() }

// pipelineExtractor adapts internal/extract to the pipeline's Extractor.
func pipelineExtractor(x *extract.Extractor) pipeline.Extractor {
	return pipeline.ExtractorFunc(func(html []byte, pageURL string) (*pipeline.Page, error) {
		r, err := x.Extract(html, pageURL)
		if err != nil {
			return nil, err
		}
		return &pipeline.Page{Title: r.Title, Text: r.Text, Author: r.Author, SiteName: r.SiteName,
			Lang: r.Lang, Published: r.Published, CanonicalURL: r.CanonicalURL}, nil
	})
}
