package main

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/alert"
	"github.com/marsad/marsad/internal/queue"
	"github.com/marsad/marsad/internal/web/envelope"
)

// alertConsumer is the durable name under which alert processes read the
// change feed. Alert state lives in each process's data directory, so run
// one alert process per deployment (two would split the changes between
// them).
const alertConsumer = "alert"

// changePublisher tells the alert role, wherever it runs, what this
// process stored or recorded: stored is the pipeline's stored-article hook
// and correction the web server's OnChange hook of a process with a queue.
type changePublisher struct {
	feed              queue.ChangeFeed
	log               *slog.Logger
	published, failed prometheus.Counter
	retry             time.Duration // first wait between attempts; default 500ms
}

func newChangePublisher(feed queue.ChangeFeed, log *slog.Logger) *changePublisher {
	return &changePublisher{feed: feed, log: log,
		published: prometheus.NewCounter(prometheus.CounterOpts{Name: "marsad_alert_changes_published_total",
			Help: "Stored articles and corrections published to the alert role's change feed."}),
		failed: prometheus.NewCounter(prometheus.CounterOpts{Name: "marsad_alert_changes_failed_total",
			Help: "Changes the alert role will not see: publishing failed after retries."}),
		retry: 500 * time.Millisecond,
	}
}

// Collectors are the publisher's metrics.
func (p *changePublisher) Collectors() []prometheus.Collector {
	return []prometheus.Collector{p.published, p.failed}
}

// publishFailure is where stored reports a change it could not publish
// when its caller (a queue worker, through withPublishFailure) wants to
// settle the item accordingly.
type publishFailure struct{}

// withPublishFailure returns a context under which stored records a failed
// publish in *err instead of only logging it, so the queue worker can Nak
// the item and have the change published on redelivery.
func withPublishFailure(ctx context.Context, err *error) context.Context {
	return context.WithValue(ctx, publishFailure{}, err)
}

func (p *changePublisher) stored(ctx context.Context, a *marsad.Article, an *marsad.Analysis) {
	if a == nil || an == nil || len(an.Events) == 0 {
		return // nothing a rule could match
	}
	c := queue.Change{Kind: queue.ChangeStored, ArticleID: a.ID, Events: len(an.Events)}
	err := p.publish(ctx, c, c.ID(an))
	if slot, ok := ctx.Value(publishFailure{}).(*error); ok && err != nil {
		*slot = err
	}
}

// republish publishes the change of an article stored on an earlier
// delivery of the same queue item, whose publish may have failed: the
// store has it, so the pipeline saw a duplicate and called no hook. The
// change id is the same as the first attempt's, so if that one did reach
// the feed, the feed drops this one.
func (p *changePublisher) republish(ctx context.Context, st marsad.Store, articleID string) error {
	a, err := st.Article(ctx, articleID)
	if marsad.ErrorCode(err) == marsad.ENOTFOUND {
		return nil // a duplicate of another article: that one's change was published
	}
	if err != nil {
		return err
	}
	an, err := st.Analysis(ctx, articleID)
	if marsad.ErrorCode(err) == marsad.ENOTFOUND {
		return nil // stored without analysis: the resume path will publish it
	}
	if err != nil {
		return err
	}
	var failed error
	p.stored(withPublishFailure(ctx, &failed), a, an)
	return failed
}

func (p *changePublisher) correction(ctx context.Context, a *marsad.Article, ch marsad.EventChange) {
	if a == nil {
		return
	}
	c := queue.Change{Kind: queue.ChangeEvent, ArticleID: a.ID, Event: &ch}
	// The correction is recorded already; a failure is counted and logged.
	_ = p.publish(ctx, c, c.ID(nil))
}

// publish tries three times within 10 s, on its own deadline: the article
// is stored already, so a request that ends does not cancel telling the
// alerts. The message id makes a retry after a lost answer harmless.
func (p *changePublisher) publish(ctx context.Context, c queue.Change, id string) error {
	pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	var err error
	wait := p.retry
	for attempt := 1; attempt <= 3; attempt++ {
		if err = p.feed.PublishChange(pctx, c, id); err == nil {
			p.published.Inc()
			return nil
		}
		if attempt < 3 {
			select {
			case <-pctx.Done():
			case <-time.After(wait):
			}
			wait *= 2
		}
	}
	p.failed.Inc()
	p.log.Error("publishing a change failed", "article", c.ArticleID, "kind", c.Kind, "err", err)
	return err
}

// consumeChanges is the alert role with a queue: it reads the change feed
// and evaluates each stored article or correction against the rules,
// reading the article and its analysis from the shared store. A store
// error leaves the change to be delivered again; an article no longer
// stored is skipped.
func consumeChanges(ctx context.Context, feed queue.ChangeFeed, store marsad.Store, alerts *alert.Manager, log *slog.Logger) error {
	return feed.ConsumeChanges(ctx, alertConsumer, func(ctx context.Context, c queue.Change) error {
		a, err := store.Article(ctx, c.ArticleID)
		if marsad.ErrorCode(err) == marsad.ENOTFOUND {
			log.Warn("change of an article not in the store; skipped", "article", c.ArticleID, "kind", c.Kind)
			return nil
		}
		if err != nil {
			return err
		}
		switch c.Kind {
		case queue.ChangeStored:
			an, err := store.Analysis(ctx, c.ArticleID)
			if marsad.ErrorCode(err) == marsad.ENOTFOUND {
				return nil
			}
			if err != nil {
				return err
			}
			alerts.OnStored(ctx, a, an)
		case queue.ChangeEvent:
			if c.Event != nil {
				alerts.OnChange(ctx, a, *c.Event)
			}
		default:
			log.Warn("unknown change kind; skipped", "article", c.ArticleID, "kind", c.Kind)
		}
		return nil
	})
}

// changeLagGauge reports the alert role's backlog on the change feed at
// each scrape: changes not yet applied (-1 when the server cannot say).
func changeLagGauge(q interface {
	ChangeLag(ctx context.Context, name string) (queue.Lag, error)
}) prometheus.Collector {
	return prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "marsad_alert_changes_pending",
		Help: "Changes (stored articles, corrections) the alert role has not applied yet."}, func() float64 {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		lag, err := q.ChangeLag(ctx, alertConsumer)
		if err != nil {
			return -1
		}
		return float64(lag.Pending + lag.AckPending)
	})
}

// noAlerts answers the alerting API and feeds of a process without the
// alert role: its alert manager evaluates nothing, so its lists would be
// empty and rule edits would not reach the process that evaluates rules.
func noAlerts(log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		envelope.Fail(w, r, log, marsad.Errorf(marsad.EUNAVAILABLE,
			"this process does not evaluate watch rules (no alert role): alerts, rules and rule feeds are served by the process with the alert role"))
	})
}
