package jetstream

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/queue"
)

// Config names the stream and consumer and tunes delivery.
type Config struct {
	URL         string // nats://host:port
	Stream      string // work stream; default MARSAD_ITEMS
	Subject     string // subject items are published to; default marsad.items.new (the stream takes Subject's prefix .>)
	Consumer    string // durable consumer shared by the process workers; default process
	DeadStream  string // dead-letter stream; default MARSAD_DEAD
	DeadSubject string // dead-letter subject; default marsad.dead.items
	// ChangeStream holds what was stored or corrected, for the alert role;
	// default the work stream's name with _CHANGES for _ITEMS
	// (MARSAD_CHANGES). ChangeSubject is its subject prefix; default the
	// work subject's root with .changes (marsad.changes).
	ChangeStream, ChangeSubject string
	ChangeMaxAge                time.Duration // how long changes are kept; default 7 days
	// AdvisoryStream keeps the server's max-deliveries advisories of the
	// work consumer until handled; default the work stream's name with
	// _MAXDELIVER for _ITEMS (MARSAD_MAXDELIVER).
	AdvisoryStream string
	AckWait        time.Duration   // redelivery delay of an unacknowledged message; default 30s (BackOff[0] when BackOff is set)
	BackOff        []time.Duration // redelivery delays after each unacknowledged delivery; default AckWait, 1m, 5m, 15m
	MaxDeliver     int             // deliveries before a dead letter; default 5
	Duplicates     time.Duration   // de-duplication window; default 1h
	MaxMsgSize     int32           // largest message; default the server's max payload
	Prefetch       int             // messages a worker pulls ahead; default 8
	Logger         *slog.Logger
}

func (c *Config) defaults() {
	if c.Stream == "" {
		c.Stream = "MARSAD_ITEMS"
	}
	if c.Subject == "" {
		c.Subject = "marsad.items.new"
	}
	if c.Consumer == "" {
		c.Consumer = "process"
	}
	if c.DeadStream == "" {
		c.DeadStream = "MARSAD_DEAD"
	}
	if c.DeadSubject == "" {
		c.DeadSubject = "marsad.dead.items"
	}
	if c.ChangeStream == "" {
		c.ChangeStream = strings.TrimSuffix(c.Stream, "_ITEMS") + "_CHANGES"
	}
	if c.ChangeSubject == "" {
		root := subjectPrefix(subjectPrefix(c.Subject)) // marsad.items.new → marsad
		if root == "" {
			root = subjectPrefix(c.Subject) + "_"
		}
		c.ChangeSubject = root + ".changes"
	}
	if c.AdvisoryStream == "" {
		c.AdvisoryStream = strings.TrimSuffix(c.Stream, "_ITEMS") + "_MAXDELIVER"
	}
	if c.ChangeMaxAge == 0 {
		c.ChangeMaxAge = 7 * 24 * time.Hour
	}
	if c.AckWait == 0 {
		c.AckWait = 30 * time.Second
	}
	if c.BackOff == nil {
		c.BackOff = []time.Duration{c.AckWait, time.Minute, 5 * time.Minute, 15 * time.Minute}
	}
	if c.MaxDeliver == 0 {
		c.MaxDeliver = 5
	}
	if len(c.BackOff) >= c.MaxDeliver { // the server wants MaxDeliver > len(BackOff)
		c.BackOff = c.BackOff[:c.MaxDeliver-1]
	}
	if len(c.BackOff) > 0 {
		c.AckWait = c.BackOff[0]
	}
	if c.Duplicates == 0 {
		c.Duplicates = time.Hour
	}
	if c.Prefetch == 0 {
		c.Prefetch = 8
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
}

// Validate reports a configuration that cannot work.
func (c Config) Validate() error {
	if c.URL == "" {
		return marsad.Errorf(marsad.EINVALID, "jetstream: no server URL")
	}
	if c.AckWait < 0 || c.MaxDeliver < 0 || c.Duplicates < 0 || c.MaxMsgSize < 0 || c.Prefetch < 0 {
		return marsad.Errorf(marsad.EINVALID, "jetstream: negative setting")
	}
	for _, d := range c.BackOff {
		if d <= 0 {
			return marsad.Errorf(marsad.EINVALID, "jetstream: back-off delays must be positive")
		}
	}
	if c.Subject != "" && subjectPrefix(c.Subject) == "" {
		return marsad.Errorf(marsad.EINVALID, "jetstream: subject %q needs at least two tokens (marsad.items.new)", c.Subject)
	}
	return nil
}

// subjectPrefix is "a.b" for "a.b.c": the stream holds prefix.>.
func subjectPrefix(s string) string {
	for i := len(s) - 1; i > 0; i-- {
		if s[i] == '.' {
			return s[:i]
		}
	}
	return ""
}

// Queue is a queue.Queue on NATS JetStream.
type Queue struct {
	cfg    Config
	log    *slog.Logger
	nc     *nats.Conn
	js     jetstream.JetStream
	stream jetstream.Stream
	dead   jetstream.Stream
	cons   jetstream.Consumer

	changes jetstream.Stream
	max     int

	advisories jetstream.Stream // MAX_DELIVERIES advisories of the work consumer, kept until handled
	advOnce    sync.Once
	advCons    jetstream.ConsumeContext
	advErr     error

	published, duplicates, redelivered, deadLetters, replayed atomic.Uint64
}

var (
	_ queue.Queue      = (*Queue)(nil)
	_ queue.Lagger     = (*Queue)(nil)
	_ queue.Statser    = (*Queue)(nil)
	_ queue.ChangeFeed = (*Queue)(nil)
)

// Open connects to the server and creates (or updates) the streams and the
// durable consumer.
func Open(ctx context.Context, cfg Config) (*Queue, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg.defaults()
	nc, err := nats.Connect(cfg.URL, nats.Name("marsad"), nats.MaxReconnects(-1), nats.RetryOnFailedConnect(false))
	if err != nil {
		return nil, marsad.Errorf(marsad.EUNAVAILABLE, "jetstream: connect %s: %v", cfg.URL, err)
	}
	q := &Queue{cfg: cfg, log: cfg.Logger, nc: nc}
	if err := q.setup(ctx); err != nil {
		nc.Close()
		return nil, err
	}
	return q, nil
}

func (q *Queue) setup(ctx context.Context) error {
	js, err := jetstream.New(q.nc)
	if err != nil {
		return fmt.Errorf("jetstream: %w", err)
	}
	q.js = js
	q.max = int(q.nc.MaxPayload())
	if q.cfg.MaxMsgSize > 0 && int(q.cfg.MaxMsgSize) < q.max {
		q.max = int(q.cfg.MaxMsgSize)
	}
	q.stream, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        q.cfg.Stream,
		Description: "Marsad raw items waiting for analysis",
		Subjects:    []string{subjectPrefix(q.cfg.Subject) + ".>"},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  q.cfg.Duplicates,
		MaxMsgSize:  int32(q.max),
	})
	if err != nil {
		return fmt.Errorf("jetstream: stream %s: %w", q.cfg.Stream, err)
	}
	q.dead, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        q.cfg.DeadStream,
		Description: "Marsad items given up on, with the reason",
		Subjects:    []string{q.cfg.DeadSubject},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  q.cfg.Duplicates,
		MaxAge:      30 * 24 * time.Hour,
	})
	if err != nil {
		return fmt.Errorf("jetstream: stream %s: %w", q.cfg.DeadStream, err)
	}
	q.changes, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        q.cfg.ChangeStream,
		Description: "Marsad articles stored and events corrected, for the alert role",
		Subjects:    []string{q.cfg.ChangeSubject + ".>"},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  q.cfg.Duplicates,
		MaxAge:      q.cfg.ChangeMaxAge,
	})
	if err != nil {
		return fmt.Errorf("jetstream: stream %s: %w", q.cfg.ChangeStream, err)
	}
	// The server announces a message that reached MaxDeliver once, on a
	// core subject: a stream keeps the announcement until a worker has
	// moved the message to the dead letters, even if none was running.
	q.advisories, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        q.cfg.AdvisoryStream,
		Description: "Marsad work items that reached max deliveries, until dead-lettered",
		Subjects:    []string{q.advisorySubject()},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		MaxAge:      30 * 24 * time.Hour,
	})
	if err != nil {
		return fmt.Errorf("jetstream: stream %s: %w", q.cfg.AdvisoryStream, err)
	}
	q.cons, err = js.CreateOrUpdateConsumer(ctx, q.cfg.Stream, jetstream.ConsumerConfig{
		Durable:       q.cfg.Consumer,
		Description:   "Marsad process workers",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       q.cfg.AckWait,
		BackOff:       q.cfg.BackOff,
		MaxDeliver:    q.cfg.MaxDeliver,
		FilterSubject: q.cfg.Subject,
		MaxAckPending: 10000,
	})
	if err != nil {
		return fmt.Errorf("jetstream: consumer %s: %w", q.cfg.Consumer, err)
	}
	return nil
}

// Publish sends it with its deterministic id as Nats-Msg-Id: a re-publish
// within the duplicate window is acknowledged and dropped by the server.
func (q *Queue) Publish(ctx context.Context, it *marsad.RawItem) error {
	data, err := queue.Encode(it)
	if err != nil {
		return err
	}
	if len(data) > q.max-512 { // leave room for headers
		return marsad.Errorf(marsad.ETOOLARGE, "jetstream: item %s is %d bytes encoded, over the %d-byte message limit", it.Origin, len(data), q.max-512)
	}
	ack, err := q.js.PublishMsg(ctx, &nats.Msg{Subject: q.cfg.Subject, Data: data}, jetstream.WithMsgID(queue.ItemID(it)))
	if err != nil {
		return marsad.Errorf(marsad.EUNAVAILABLE, "jetstream: publish: %v", err)
	}
	if ack.Duplicate {
		q.duplicates.Add(1)
	} else {
		q.published.Add(1)
	}
	return nil
}

// Consume pulls from the durable consumer and calls h for each message,
// one at a time, until ctx is done. While h runs the message is kept in
// progress, so a slow article is not redelivered to another worker.
func (q *Queue) Consume(ctx context.Context, h queue.Handler) error {
	if err := q.watchDeliveries(ctx); err != nil {
		return err
	}
	return q.pull(ctx, q.cons, "message", func(m jetstream.Msg) { q.handle(ctx, m, h) })
}

// pull hands each message of cons to handle until ctx is done. Missed
// heartbeats and the like while the connection reconnects are waited out
// (the iterator goes on, so do we); a deleted consumer or a closed
// connection ends it with an error naming what (message, change).
func (q *Queue) pull(ctx context.Context, cons jetstream.Consumer, what string, handle func(jetstream.Msg)) error {
	it, err := cons.Messages(jetstream.PullMaxMessages(q.cfg.Prefetch))
	if err != nil {
		return fmt.Errorf("jetstream: consume %ss: %w", what, err)
	}
	stop := context.AfterFunc(ctx, it.Stop)
	defer stop()
	defer it.Stop()
	for {
		m, err := it.Next()
		if err != nil {
			switch {
			case ctx.Err() != nil || errors.Is(err, jetstream.ErrMsgIteratorClosed):
				return ctx.Err()
			case errors.Is(err, jetstream.ErrConsumerDeleted), errors.Is(err, nats.ErrConnectionClosed):
				return fmt.Errorf("jetstream: next %s: %w", what, err)
			}
			q.log.Warn("queue: waiting for "+what+"s", "err", err)
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(time.Second):
			}
			continue
		}
		handle(m)
	}
}

func (q *Queue) handle(ctx context.Context, m jetstream.Msg, h queue.Handler) {
	md, err := m.Metadata()
	if err != nil {
		m.Term()
		return
	}
	msg := &message{q: q, m: m, attempt: int(md.NumDelivered), seq: md.Sequence.Stream}
	if msg.attempt > 1 {
		q.redelivered.Add(1)
	}
	item, err := queue.Decode(m.Data())
	if err != nil {
		msg.Term("undecodable message: " + err.Error())
		return
	}
	msg.item = item
	// Keep the message in progress while the handler runs.
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(q.cfg.AckWait / 3)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				m.InProgress()
			}
		}
	}()
	h(ctx, msg)
	close(done)
	wg.Wait()
}

// deadLetter publishes data to the dead-letter subject with the reason. Its
// message id is the work stream sequence, so two workers that both see the
// same advisory store it once.
func (q *Queue) deadLetter(ctx context.Context, data []byte, seq uint64, attempts int, reason string) error {
	m := nats.NewMsg(q.cfg.DeadSubject)
	m.Data = data
	m.Header.Set("Marsad-Reason", reason)
	m.Header.Set("Marsad-Attempts", strconv.Itoa(attempts))
	m.Header.Set("Marsad-Stream-Seq", strconv.FormatUint(seq, 10))
	ack, err := q.js.PublishMsg(ctx, m, jetstream.WithMsgID(q.cfg.Stream+"-"+strconv.FormatUint(seq, 10)))
	if err != nil {
		return err
	}
	if !ack.Duplicate {
		q.deadLetters.Add(1)
	}
	return nil
}

// DeadLetters returns up to limit of the newest dead letters, newest first.
func (q *Queue) DeadLetters(ctx context.Context, limit int) ([]queue.DeadLetter, error) {
	info, err := q.dead.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("jetstream: dead letters: %w", err)
	}
	var out []queue.DeadLetter
	for seq := info.State.LastSeq; seq >= info.State.FirstSeq && seq > 0 && len(out) < limit; seq-- {
		raw, err := q.dead.GetMsg(ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue
		}
		if err != nil {
			return out, fmt.Errorf("jetstream: dead letter %d: %w", seq, err)
		}
		it, err := queue.Decode(raw.Data)
		if err != nil {
			it = nil
		}
		n, _ := strconv.Atoi(raw.Header.Get("Marsad-Attempts"))
		out = append(out, queue.DeadLetter{ID: strconv.FormatUint(raw.Sequence, 10), Item: it, Reason: raw.Header.Get("Marsad-Reason"), Attempts: n, Time: raw.Time.UTC()})
	}
	return out, nil
}

// Lag asks the server for the consumer's pending and unacknowledged counts.
func (q *Queue) Lag(ctx context.Context) (queue.Lag, error) {
	info, err := q.cons.Info(ctx)
	if err != nil {
		return queue.Lag{}, fmt.Errorf("jetstream: consumer info: %w", err)
	}
	return queue.Lag{Pending: info.NumPending, AckPending: uint64(info.NumAckPending)}, nil
}

// Stats returns the counts of this process.
func (q *Queue) Stats() queue.Stats {
	return queue.Stats{Published: q.published.Load(), Duplicates: q.duplicates.Load(),
		Redelivered: q.redelivered.Load(), DeadLetters: q.deadLetters.Load(), Replayed: q.replayed.Load()}
}

// Delete removes the streams (and with them the consumer): for tests and
// for an operator resetting a deployment.
func (q *Queue) Delete(ctx context.Context) error {
	err1 := q.js.DeleteStream(ctx, q.cfg.Stream)
	err2 := q.js.DeleteStream(ctx, q.cfg.DeadStream)
	err3 := q.js.DeleteStream(ctx, q.cfg.ChangeStream)
	err4 := q.js.DeleteStream(ctx, q.cfg.AdvisoryStream)
	return errors.Join(err1, err2, err3, err4)
}

// Close drains the connection.
func (q *Queue) Close() error {
	if q.advCons != nil {
		q.advCons.Stop()
		<-q.advCons.Closed()
	}
	return q.nc.Drain()
}

type message struct {
	q       *Queue
	m       jetstream.Msg
	item    *marsad.RawItem
	attempt int
	seq     uint64
}

func (m *message) Item() *marsad.RawItem { return m.item }
func (m *message) Attempt() int          { return m.attempt }

// Ack waits for the server's confirmation: once it returns, the message
// will not be delivered again.
func (m *message) Ack() error { return m.m.DoubleAck(context.Background()) }

func (m *message) Nak(delay time.Duration) error { return m.m.NakWithDelay(delay) }

// Term stores the item as a dead letter, then terminates the message.
func (m *message) Term(reason string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := m.q.deadLetter(ctx, m.m.Data(), m.seq, m.attempt, reason); err != nil {
		// Leave the message to be redelivered rather than lose it.
		return fmt.Errorf("jetstream: dead letter: %w", err)
	}
	// Plain +TERM: the reason is in the dead letter already, and a server
	// before 2.10 does not understand "+TERM reason" and delivers the
	// message again (measured on 2.9.10).
	return m.m.Term()
}
