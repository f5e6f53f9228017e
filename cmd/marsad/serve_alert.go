package main

import (
	"context"
	"log/slog"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/alert"
	"github.com/marsad/marsad/internal/queue"
)

// alertConsumer is the durable name under which alert processes read the
// change feed. Alert state lives in each process's data directory, so run
// one alert process per deployment (two would split the changes between
// them).
const alertConsumer = "alert"

// publishStored is the pipeline's stored-article hook of a process with a
// queue: it tells the alert role, wherever it runs, what was stored.
func publishStored(feed queue.ChangeFeed, log *slog.Logger) func(context.Context, *marsad.Article, *marsad.Analysis) {
	return func(ctx context.Context, a *marsad.Article, an *marsad.Analysis) {
		if a == nil || an == nil || len(an.Events) == 0 {
			return // nothing a rule could match
		}
		c := queue.Change{Kind: queue.ChangeStored, ArticleID: a.ID, Events: len(an.Events)}
		publishChange(ctx, feed, c, c.ID(an), log)
	}
}

// publishCorrection is the web server's OnChange hook of a process with a
// queue: an analyst's correction or deletion goes to the alert role.
func publishCorrection(feed queue.ChangeFeed, log *slog.Logger) func(context.Context, *marsad.Article, marsad.EventChange) {
	return func(ctx context.Context, a *marsad.Article, ch marsad.EventChange) {
		if a == nil {
			return
		}
		c := queue.Change{Kind: queue.ChangeEvent, ArticleID: a.ID, Event: &ch}
		publishChange(ctx, feed, c, c.ID(nil), log)
	}
}

// publishChange publishes with its own deadline: the article is stored
// already, so a request that ends does not cancel telling the alerts.
func publishChange(ctx context.Context, feed queue.ChangeFeed, c queue.Change, id string, log *slog.Logger) {
	pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := feed.PublishChange(pctx, c, id); err != nil {
		log.Error("alerts will not see this change", "article", c.ArticleID, "kind", c.Kind, "err", err)
	}
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
