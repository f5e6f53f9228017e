package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/pipeline"
	"github.com/marsad/marsad/internal/queue"
	"github.com/marsad/marsad/internal/queue/jetstream"
)

// The roles one `marsad serve` process can play. A small deployment runs
// them all in one process; a larger one runs ingest, api and many process
// workers as separate processes of the same binary, joined by a queue.
const (
	roleIngest  = "ingest"  // poll feeds and publish their items
	roleProcess = "process" // analyse and store queued items
	roleAPI     = "api"     // the HTTP API, UI and push API
	roleAlert   = "alert"   // evaluate watch rules (on what this process stores, or with a queue on the change feed), notify
)

var allRoles = []string{roleIngest, roleProcess, roleAPI, roleAlert}

// roleSet is the parsed roles setting; empty means all.
type roleSet map[string]bool

func parseRoles(list []string) roleSet {
	rs := roleSet{}
	if len(list) == 0 {
		list = allRoles
	}
	for _, r := range list {
		rs[r] = true
	}
	return rs
}

// validateRoles checks the roles and queue settings together.
func validateRoles(roles []string, q string) error {
	for _, r := range roles {
		switch r {
		case roleIngest, roleProcess, roleAPI, roleAlert:
		default:
			return fmt.Errorf("roles: %q is not one of %s", r, strings.Join(allRoles, ", "))
		}
	}
	rs := parseRoles(roles)
	if q == "" && rs[roleIngest] && !rs[roleProcess] {
		return fmt.Errorf("roles: ingest without process needs a queue (queue: nats://…) to hand items to the process workers")
	}
	if q == "" && rs[roleAlert] && !rs[roleProcess] {
		// Without a queue, rules are evaluated on the pipeline's
		// stored-article hook of this process; with one, the alert role
		// reads the change feed the storing processes publish.
		return fmt.Errorf("roles: alert without process needs a queue (queue: nats://…) to receive what the process workers store")
	}
	if q != "" {
		if _, err := queueConfig(q); err != nil {
			return err
		}
	}
	return nil
}

// queueConfig reads the queue setting: a NATS URL whose query may name the
// streams (prefix=NAME: streams NAME_ITEMS and NAME_DEAD, subjects
// name.items.new and name.dead.items; default MARSAD) and tune delivery
// (ack-wait=30s, max-deliver=5). Several deployments, or tests, can then
// share one NATS server.
func queueConfig(s string) (jetstream.Config, error) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "nats" && u.Scheme != "tls") || u.Host == "" {
		return jetstream.Config{}, fmt.Errorf("queue: %q is not a NATS URL (nats://host:4222); leave it empty for the in-process queue", redactDSN(s))
	}
	cfg := jetstream.Config{}
	qv := u.Query()
	for k := range qv {
		switch k {
		case "prefix", "ack-wait", "max-deliver":
		default:
			return cfg, fmt.Errorf("queue: unknown URL option %q (prefix, ack-wait, max-deliver)", k)
		}
	}
	if p := qv.Get("prefix"); p != "" {
		for _, c := range p {
			if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
				return cfg, fmt.Errorf("queue: prefix %q: use letters, digits and _", p)
			}
		}
		up, low := strings.ToUpper(p), strings.ToLower(p)
		cfg.Stream, cfg.DeadStream = up+"_ITEMS", up+"_DEAD"
		cfg.Subject, cfg.DeadSubject = low+".items.new", low+".dead.items"
		cfg.Consumer = "process"
	}
	if v := qv.Get("ack-wait"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < 100*time.Millisecond {
			return cfg, fmt.Errorf("queue: ack-wait %q: want a duration of at least 100ms", v)
		}
		cfg.AckWait = d
		cfg.BackOff = []time.Duration{d, 2 * d, 4 * d, 8 * d}
	}
	if v := qv.Get("max-deliver"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return cfg, fmt.Errorf("queue: max-deliver %q: want a positive number", v)
		}
		cfg.MaxDeliver = n
	}
	u.RawQuery = ""
	cfg.URL = u.String()
	return cfg, nil
}

// openQueue connects to the configured JetStream server; nil when no queue
// is configured (the process calls the pipeline directly).
func openQueue(ctx context.Context, cfg config, log *slog.Logger) (*jetstream.Queue, error) {
	if cfg.Queue == "" {
		return nil, nil
	}
	qc, err := queueConfig(cfg.Queue)
	if err != nil {
		return nil, err
	}
	qc.Logger = log
	octx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	q, err := jetstream.Open(octx, qc)
	if err != nil {
		return nil, fmt.Errorf("open queue %s: %w", qc.URL, err)
	}
	return q, nil
}

// stageLatency is the per-stage latency of a process worker: the wait in
// the queue (publish to delivery) and the handling (analysis and store).
type stageLatency struct {
	handle *prometheus.HistogramVec
}

func newStageLatency(reg prometheus.Registerer) *stageLatency {
	h := prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "marsad_process_seconds",
		Help:    "Time a process worker spent on one queued item, by outcome (ack, nak, term).",
		Buckets: prometheus.ExponentialBuckets(0.005, 2, 14),
	}, []string{"outcome"})
	if reg != nil {
		reg.MustRegister(h)
	}
	return &stageLatency{handle: h}
}

// consumeItems is the process role: workers goroutines each take items
// from q and run them through the pipeline, until ctx is done.
//
// With pub set (the process publishes to the alert role's change feed), an
// item is acknowledged only once its change is published: a failed publish
// is a Nak, and the redelivery, which the store reports as a duplicate,
// publishes the stored article's change again (st reads it).
func consumeItems(ctx context.Context, q queue.Queue, r *pipeline.Runner, pub *changePublisher, st marsad.Store, workers int, lat *stageLatency, log *slog.Logger) error {
	if workers <= 0 {
		workers = 1
	}
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = q.Consume(ctx, func(ctx context.Context, m queue.Message) {
				handleItem(ctx, r, pub, st, m, lat, log)
			})
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil && ctx.Err() == nil {
			return err
		}
	}
	return nil
}

// handleItem processes one queued item and settles its message: Ack once
// its effects are stored (a rejection is data: counted, then acknowledged);
// Nak with back-off when the infrastructure failed (store down); Term, which
// keeps it as a dead letter, when the store refuses it for good.
func handleItem(ctx context.Context, r *pipeline.Runner, pub *changePublisher, st marsad.Store, m queue.Message, lat *stageLatency, log *slog.Logger) {
	start := time.Now()
	outcome := "ack"
	defer func() {
		if lat != nil {
			lat.handle.WithLabelValues(outcome).Observe(time.Since(start).Seconds())
		}
	}()
	it := m.Item()
	var pubErr error
	res, err := r.Process(withPublishFailure(ctx, &pubErr), it)
	if err == nil && pub != nil && pubErr == nil && m.Attempt() > 1 && res.Article != nil &&
		(res.Status == marsad.DuplicateURL || res.Status == marsad.DuplicateText) {
		pubErr = pub.republish(ctx, st, res.Article.ID)
	}
	if err == nil && pubErr != nil {
		err = fmt.Errorf("publish change: %w", pubErr)
	}
	switch {
	case err == nil:
		if res.Rejection != nil {
			log.Debug("item rejected", "source", it.Origin, "stage", res.Rejection.Stage, "reason", res.Rejection.Reason)
		}
		if err := m.Ack(); err != nil {
			log.Warn("ack failed; the item will be delivered again", "source", it.Origin, "err", err)
		}
	case permanent(err):
		outcome = "term"
		if err := m.Term(marsad.ErrorMessage(err)); err != nil {
			log.Error("dead letter failed", "source", it.Origin, "err", err)
		}
	default:
		outcome = "nak"
		if ctx.Err() != nil {
			m.Nak(0) // shutting down: let another worker take it now
			return
		}
		log.Warn("processing failed; retrying later", "source", it.Origin, "attempt", m.Attempt(), "err", err)
		m.Nak(retryDelay(m.Attempt()))
	}
}

// permanent reports an error that a retry cannot fix.
func permanent(err error) bool {
	switch marsad.ErrorCode(err) {
	case marsad.EINVALID, marsad.ETOOLARGE, marsad.ECONFLICT:
		return true
	}
	return false
}

// retryDelay is the back-off after the attempt-th failed delivery: 1s, 2s,
// 4s … up to a minute.
func retryDelay(attempt int) time.Duration {
	d := time.Second
	for i := 1; i < attempt && d < time.Minute; i++ {
		d *= 2
	}
	return min(d, time.Minute)
}

// opsHandler is the HTTP surface of a process without the api role:
// /metrics and /healthz only.
func opsHandler(reg *prometheus.Registry) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "ok") })
	return mux
}
