package jetstream

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/queue"
)

// PublishChange sends c to the change stream (subject CHANGES.<kind>); a
// non-empty id is its Nats-Msg-Id, so the same change published twice
// within the duplicate window is kept once.
func (q *Queue) PublishChange(ctx context.Context, c queue.Change, id string) error {
	data, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("jetstream: encode change: %w", err)
	}
	var opts []jetstream.PublishOpt
	if id != "" {
		opts = append(opts, jetstream.WithMsgID(id))
	}
	if _, err := q.js.PublishMsg(ctx, &nats.Msg{Subject: q.cfg.ChangeSubject + "." + c.Kind, Data: data}, opts...); err != nil {
		return marsad.Errorf(marsad.EUNAVAILABLE, "jetstream: publish change: %v", err)
	}
	return nil
}

// ConsumeChanges reads the change stream through the durable consumer name
// (created on first use at the stream's end: an alert process started for
// the first time does not replay old articles) and calls h for each change
// in order. A change h fails on is delivered again after a back-off; one
// that cannot be decoded is acknowledged and logged.
func (q *Queue) ConsumeChanges(ctx context.Context, name string, h queue.ChangeHandler) error {
	cons, err := q.changeConsumer(ctx, name)
	if err != nil {
		return err
	}
	return q.pull(ctx, cons, "change", func(m jetstream.Msg) { q.handleChange(ctx, m, h) })
}

// OpenChangeConsumer creates the durable change consumer name if it does
// not exist yet, positioned at the stream's end; ConsumeChanges does it
// too. Changes published after it returns reach the consumer.
func (q *Queue) OpenChangeConsumer(ctx context.Context, name string) error {
	_, err := q.changeConsumer(ctx, name)
	return err
}

func (q *Queue) changeConsumer(ctx context.Context, name string) (jetstream.Consumer, error) {
	cons, err := q.js.CreateOrUpdateConsumer(ctx, q.cfg.ChangeStream, jetstream.ConsumerConfig{
		Durable:       name,
		Description:   "Marsad alert role",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       q.cfg.AckWait,
		DeliverPolicy: jetstream.DeliverNewPolicy,
		MaxAckPending: 1, // in order: the first report of a happening defines it
		FilterSubject: q.cfg.ChangeSubject + ".>",
	})
	if err != nil {
		return nil, fmt.Errorf("jetstream: change consumer %s: %w", name, err)
	}
	return cons, nil
}

// handleChange applies one change and settles its message. The ack and nak
// do not use ctx: a change applied while shutting down is still
// acknowledged.
func (q *Queue) handleChange(ctx context.Context, m jetstream.Msg, h queue.ChangeHandler) {
	var c queue.Change
	if err := json.Unmarshal(m.Data(), &c); err != nil || c.ArticleID == "" {
		q.log.Error("undecodable change; skipped", "subject", m.Subject(), "err", err)
		m.Term()
		return
	}
	attempt := 1
	if md, err := m.Metadata(); err == nil {
		attempt = int(md.NumDelivered)
	}
	if err := h(ctx, c); err != nil {
		if ctx.Err() != nil {
			m.Nak()
			return
		}
		q.log.Warn("change not applied; retrying later", "article", c.ArticleID, "attempt", attempt, "err", err)
		m.NakWithDelay(changeRetry(attempt))
		return
	}
	actx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := m.DoubleAck(actx); err != nil {
		q.log.Warn("change ack failed; it will be delivered again", "article", c.ArticleID, "err", err)
	}
}

// changeRetry is the delay before the next delivery of a change that
// failed attempt times: 1s, 2s, 4s … up to a minute.
func changeRetry(attempt int) time.Duration {
	d := time.Second
	for i := 1; i < attempt && d < time.Minute; i++ {
		d *= 2
	}
	return min(d, time.Minute)
}

// ChangeLag is how far the change consumer name is behind: changes not yet
// delivered and delivered but not acknowledged.
func (q *Queue) ChangeLag(ctx context.Context, name string) (queue.Lag, error) {
	cons, err := q.js.Consumer(ctx, q.cfg.ChangeStream, name)
	if err != nil {
		return queue.Lag{}, fmt.Errorf("jetstream: change consumer %s: %w", name, err)
	}
	info, err := cons.Info(ctx)
	if err != nil {
		return queue.Lag{}, fmt.Errorf("jetstream: change consumer %s: %w", name, err)
	}
	return queue.Lag{Pending: info.NumPending, AckPending: uint64(info.NumAckPending)}, nil
}
