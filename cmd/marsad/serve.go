package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"golang.org/x/sync/errgroup"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/demo"
	"github.com/marsad/marsad/internal/pipeline"
	"github.com/marsad/marsad/internal/queue"
	"github.com/marsad/marsad/internal/source"
	"github.com/marsad/marsad/internal/source/feed"
	"github.com/marsad/marsad/internal/web"
)

func runServe(ctx context.Context, e *env) error {
	fs := newFlags("serve", e)
	demoMode := fs.Bool("demo", false, "load the bundled sample articles and do not poll feeds")
	load := configFlags(fs, e, "addr", "data", "store", "feeds", "workers", "allow-private", "log-level", "anonymous-read", "queue", "roles")
	if err := fs.Parse(e.args); err != nil {
		return errUsage
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	cfg, err := load()
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	log := newLogger(e, cfg.LogLevel)
	roles := parseRoles(cfg.Roles)
	q, err := openQueue(ctx, cfg, log) // nil: no queue, the pipeline is called directly
	if err != nil {
		return err
	}
	if q != nil {
		defer q.Close()
	}

	tokens, tokenNote, err := writeTokens(cfg)
	if err != nil {
		return err
	}
	alerts, alertAuth, err := newAlerts(e, cfg, log, tokens)
	if err != nil {
		return err
	}
	defer alerts.Close()
	// With a queue, what is stored or corrected goes to the change feed and
	// the alert role (here or in another process) reads it from there;
	// without one, the alerts of this process are called directly.
	var changes queue.ChangeFeed
	var publisher *changePublisher
	if q != nil {
		changes = q
		publisher = newChangePublisher(changes, log)
	}
	var onStored func(context.Context, *marsad.Article, *marsad.Analysis)
	switch {
	case publisher != nil:
		onStored = publisher.stored
	case roles[roleAlert]:
		onStored = alerts.OnStored
	}
	app, err := openApp(ctx, cfg, log, onStored)
	if err != nil {
		return err
	}
	defer app.Close()
	alerts.SetArticles(app.store) // rule tests in the editor replay recent articles

	var poller *feed.Poller
	if !*demoMode && roles[roleIngest] {
		if poller, err = newPoller(cfg, log); err != nil {
			return err
		}
	}
	reg := newMetrics(app.runner)
	if q != nil {
		reg.MustRegister(queue.Collector(q))
		reg.MustRegister(publisher.Collectors()...)
		if roles[roleAlert] {
			reg.MustRegister(changeLagGauge(q))
		}
	}
	latency := newStageLatency(reg)
	deps := web.Deps{
		Store:   app.store,
		Ingest:  app.runner.Process, // the push API answers with the stored ids, so it does not queue
		Decode:  source.DecodeJSON,
		Metrics: reg,
		Logger:  log,
	}
	if poller != nil {
		deps.Feeds = func() any { return poller.Status() }
	}
	switch {
	case publisher != nil:
		deps.OnChange = publisher.correction
	case roles[roleAlert]:
		deps.OnChange = alerts.OnChange
	}
	if q != nil {
		deps.DeadLetters = func(ctx context.Context, limit int) (any, error) { return q.DeadLetters(ctx, limit) }
		deps.DeadLetterEditor = q
	}
	if ts, isTokenStore := app.store.(web.TokenStore); isTokenStore {
		deps.Tokens = ts
		alertAuth.store = ts
	}
	srv, err := web.New(web.Config{WriteTokens: tokens, AnonymousRead: cfg.anonymousRead()}, deps)
	if err != nil {
		return err
	}

	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.Addr, err)
	}
	alertAPI := alerts.Handler()
	if !roles[roleAlert] {
		alertAPI = noAlerts(log)
	}
	handler := withAlerts(srv, alertAPI)
	if !roles[roleAPI] {
		handler = opsHandler(reg)
	}
	hs := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}

	g, ctx := errgroup.WithContext(ctx)
	if roles[roleAlert] {
		g.Go(func() error { return alerts.Run(ctx) })
		if changes != nil {
			g.Go(func() error { return consumeChanges(ctx, changes, app.store, alerts, log) })
		}
	}
	if q != nil && roles[roleProcess] {
		workers := cfg.Workers
		if workers == 0 {
			workers = runtime.GOMAXPROCS(0)
		}
		g.Go(func() error { return consumeItems(ctx, q, app.runner, publisher, app.store, workers, latency, log) })
	}
	g.Go(func() error {
		if err := hs.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	})
	g.Go(func() error {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		return hs.Shutdown(sctx)
	})

	if *demoMode {
		sum, err := loadDemo(ctx, app.runner)
		if err != nil {
			return err
		}
		log.Info("demo articles loaded", "summary", sum.String())
	} else if poller != nil {
		handle := func(ctx context.Context, it *marsad.RawItem) error {
			_, err := app.runner.Process(ctx, it)
			return err
		}
		if q != nil {
			handle = func(ctx context.Context, it *marsad.RawItem) error {
				err := q.Publish(ctx, it)
				if marsad.ErrorCode(err) == marsad.ETOOLARGE {
					log.Warn("item too large for the queue", "source", it.Origin, "err", err)
					return nil
				}
				return err
			}
		}
		g.Go(func() error {
			err := poller.Run(ctx, handle)
			if err != nil && ctx.Err() == nil {
				return fmt.Errorf("feeds: %w", err)
			}
			return nil
		})
	}
	srv.SetReady(true)
	log.Info("marsad is serving", "addr", "http://"+ln.Addr().String(), "data", cfg.Data, "demo", *demoMode, "roles", strings.Join(cfg.Roles, ","), "queue", cfg.Queue)
	fmt.Fprintf(e.stderr, "Marsad listening on http://%s (data in %s)\n%s", ln.Addr(), cfg.Data, tokenNote)
	return g.Wait()
}

// loadDemo stores the bundled sample articles through the normal pipeline.
func loadDemo(ctx context.Context, r *pipeline.Runner) (pipeline.Summary, error) {
	sc := bufio.NewScanner(bytes.NewReader(demo.Articles()))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		it, err := source.DecodeJSON(sc.Bytes())
		if err != nil {
			return pipeline.Summary{}, fmt.Errorf("demo article: %w", err)
		}
		it.Origin = "demo"
		if _, err := r.Process(ctx, &it); err != nil {
			return pipeline.Summary{}, err
		}
	}
	return r.Summary(), sc.Err()
}

func newPoller(cfg config, log *slog.Logger) (*feed.Poller, error) {
	var feeds []feed.FeedConfig
	var err error
	if cfg.Feeds != "" {
		feeds, err = feed.LoadFeedsFile(cfg.Feeds)
	} else {
		feeds, err = feed.DefaultFeeds()
	}
	if err != nil {
		return nil, err
	}
	state, err := feed.NewFileStore(filepath.Join(cfg.Data, "feeds"))
	if err != nil {
		return nil, err
	}
	return feed.New(feed.Config{
		Feeds:           feeds,
		Interval:        cfg.PollInterval,
		UserAgent:       cfg.UserAgent,
		PolitenessDelay: cfg.Politeness,
		MaxFeedBytes:    cfg.MaxFeedBytes,
		MaxPageBytes:    cfg.MaxPageBytes,
		AllowPrivate:    cfg.AllowPrivate,
		FetchPages:      cfg.FetchPages,
	}, state, log)
}

// writeTokens returns the write tokens: the configured ones, else one kept in
// DATA/token (created with mode 0600 on first start), and a note for the
// operator saying where it is.
func writeTokens(cfg config) ([]string, string, error) {
	if len(cfg.Tokens) > 0 {
		return cfg.Tokens, "", nil
	}
	path := filepath.Join(cfg.Data, "token")
	b, err := os.ReadFile(path)
	if err == nil && len(strings.TrimSpace(string(b))) >= 16 {
		return []string{strings.TrimSpace(string(b))}, "Write token (push API) is in " + path + "\n", nil
	}
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, "", fmt.Errorf("read token: %w", err)
	}
	raw := make([]byte, 24)
	rand.Read(raw)
	tok := hex.EncodeToString(raw)
	if err := os.MkdirAll(cfg.Data, 0o755); err != nil {
		return nil, "", err
	}
	if err := os.WriteFile(path, []byte(tok+"\n"), 0o600); err != nil {
		return nil, "", fmt.Errorf("write token: %w", err)
	}
	return []string{tok}, "A write token for the push API was created in " + path + "\n", nil
}

func newLogger(e *env, level string) *slog.Logger {
	var l slog.Level
	l.UnmarshalText([]byte(level))
	return slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: l}))
}

// newMetrics is the Prometheus registry of a serving process: Go and
// process collectors, and the pipeline's counts.
func newMetrics(r *pipeline.Runner) *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	counter := func(name, help string, get func(pipeline.Summary) int) {
		reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{Name: name, Help: help},
			func() float64 { return float64(get(r.Summary())) }))
	}
	counter("marsad_items_read_total", "Items received from sources and the push API.", func(s pipeline.Summary) int { return s.Read })
	counter("marsad_articles_stored_total", "Articles stored (near duplicates included).", func(s pipeline.Summary) int { return s.Stored })
	counter("marsad_articles_duplicate_total", "Items not stored because they were already stored.", func(s pipeline.Summary) int { return s.Duplicates() })
	counter("marsad_items_rejected_total", "Items rejected with a reason.", func(s pipeline.Summary) int { return s.Rejected })
	counter("marsad_events_total", "Current events found in stored articles.", func(s pipeline.Summary) int { return s.Events })
	return reg
}
