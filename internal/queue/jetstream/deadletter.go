package jetstream

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/queue"
)

var _ queue.DeadLetterEditor = (*Queue)(nil)

// advisoryConsumer is the durable consumer, shared by all processes, that
// moves max-delivered messages to the dead letters.
const advisoryConsumer = "deadletters"

// advisorySubject is where the server announces a work message that
// reached MaxDeliver.
func (q *Queue) advisorySubject() string {
	return "$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES." + q.cfg.Stream + "." + q.cfg.Consumer
}

// watchDeliveries, once per Queue, sweeps what earlier runs missed and
// starts moving announced max-delivered messages to the dead letters.
func (q *Queue) watchDeliveries(ctx context.Context) error {
	q.advOnce.Do(func() {
		sctx, cancel := context.WithTimeout(ctx, time.Minute)
		defer cancel()
		if n, err := q.Sweep(sctx); err != nil {
			q.log.Warn("dead-letter sweep", "err", err)
		} else if n > 0 {
			q.log.Info("dead-letter sweep moved missed messages", "messages", n)
		}
		cons, err := q.js.CreateOrUpdateConsumer(ctx, q.cfg.AdvisoryStream, jetstream.ConsumerConfig{
			Durable:     advisoryConsumer,
			Description: "Marsad workers moving max-delivered items to the dead letters",
			AckPolicy:   jetstream.AckExplicitPolicy,
			AckWait:     30 * time.Second,
		})
		if err != nil {
			q.advErr = fmt.Errorf("jetstream: advisory consumer: %w", err)
			return
		}
		q.advCons, err = cons.Consume(q.handleAdvisory)
		if err != nil {
			q.advErr = fmt.Errorf("jetstream: advisory consumer: %w", err)
		}
	})
	return q.advErr
}

// handleAdvisory moves the announced message to the dead letters, then
// acknowledges the advisory; on failure the advisory comes again.
func (q *Queue) handleAdvisory(m jetstream.Msg) {
	var adv struct {
		StreamSeq  uint64 `json:"stream_seq"`
		Deliveries int    `json:"deliveries"`
	}
	if err := json.Unmarshal(m.Data(), &adv); err != nil || adv.StreamSeq == 0 {
		q.log.Error("max deliveries advisory", "err", err)
		m.Term()
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	reason := fmt.Sprintf("not acknowledged after %d deliveries", adv.Deliveries)
	if err := q.moveToDead(ctx, adv.StreamSeq, adv.Deliveries, reason); err != nil {
		q.log.Error("dead letter", "seq", adv.StreamSeq, "err", err)
		m.NakWithDelay(5 * time.Second)
		return
	}
	m.Ack()
}

// moveToDead publishes work message seq to the dead letters and deletes it
// from the work stream. A message already gone was moved (or acknowledged)
// by someone else: nothing to do.
func (q *Queue) moveToDead(ctx context.Context, seq uint64, attempts int, reason string) error {
	raw, err := q.stream.GetMsg(ctx, seq)
	if errors.Is(err, jetstream.ErrMsgNotFound) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("fetch: %w", err)
	}
	if err := q.deadLetter(ctx, raw.Data, seq, attempts, reason); err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	if err := q.stream.DeleteMsg(ctx, seq); err != nil && !errors.Is(err, jetstream.ErrMsgNotFound) {
		return fmt.Errorf("delete: %w", err)
	}
	return nil
}

// Sweep moves to the dead letters the work messages that reached
// MaxDeliver without their advisory being handled (announced before the
// advisory stream existed, or lost). Such a message stays in the work stream
// but is never delivered again. It can only be told apart from one in
// flight when nothing is in flight: with messages awaiting acknowledgement,
// Sweep moves nothing and leaves them to the advisory stream. Consume sweeps
// once at start; it returns how many messages it moved.
func (q *Queue) Sweep(ctx context.Context) (int, error) {
	info, err := q.cons.Info(ctx)
	if err != nil {
		return 0, fmt.Errorf("jetstream: sweep: consumer info: %w", err)
	}
	if info.NumAckPending > 0 {
		return 0, nil
	}
	// Every message at or below the last delivered sequence was delivered
	// and, with nothing pending, will not be again.
	last := info.Delivered.Stream
	n := 0
	for seq := uint64(1); seq <= last; {
		raw, err := q.stream.GetMsg(ctx, seq, jetstream.WithGetMsgSubject(q.cfg.Subject))
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			break
		}
		if err != nil {
			return n, fmt.Errorf("jetstream: sweep: %w", err)
		}
		if raw.Sequence > last {
			break
		}
		reason := fmt.Sprintf("not acknowledged after %d deliveries (found by the sweep)", q.cfg.MaxDeliver)
		if err := q.moveToDead(ctx, raw.Sequence, q.cfg.MaxDeliver, reason); err != nil {
			return n, fmt.Errorf("jetstream: sweep: %w", err)
		}
		n++
		seq = raw.Sequence + 1
	}
	return n, nil
}

// deadSeq reads a dead letter's id: its sequence in the dead-letter stream.
func deadSeq(id string) (uint64, error) {
	seq, err := strconv.ParseUint(id, 10, 64)
	if err != nil || seq == 0 {
		return 0, marsad.Errorf(marsad.ENOTFOUND, "jetstream: no dead letter %q (ids are dead-letter stream sequences)", id)
	}
	return seq, nil
}

// ReplayDeadLetter publishes dead letter id to the work subject again and
// deletes it from the dead-letter stream. The message id is
// replay-<dead stream>-<dead sequence>: not the item's id, whose
// duplicate window may still be open, and the same for every replay of
// this dead letter, so a double click (or a retry after the delete failed)
// is dropped by the server as a duplicate. The item is published before the
// dead letter is deleted: a failure in between leaves both, never neither.
// A dead letter that is not an item (undecodable) is refused: replaying it
// would only make it a dead letter again.
func (q *Queue) ReplayDeadLetter(ctx context.Context, id string) error {
	seq, err := deadSeq(id)
	if err != nil {
		return err
	}
	raw, err := q.dead.GetMsg(ctx, seq)
	if errors.Is(err, jetstream.ErrMsgNotFound) {
		return marsad.Errorf(marsad.ENOTFOUND, "jetstream: no dead letter %s (already replayed or discarded?)", id)
	}
	if err != nil {
		return marsad.Errorf(marsad.EUNAVAILABLE, "jetstream: dead letter %s: %v", id, err)
	}
	if _, err := queue.Decode(raw.Data); err != nil {
		return marsad.Errorf(marsad.EINVALID, "jetstream: dead letter %s is not an item and cannot be replayed (discard it): %v", id, err)
	}
	m := nats.NewMsg(q.cfg.Subject)
	m.Data = raw.Data
	m.Header.Set("Marsad-Replay-Of", q.cfg.DeadStream+"-"+id)
	ack, err := q.js.PublishMsg(ctx, m, jetstream.WithMsgID("replay-"+q.cfg.DeadStream+"-"+id))
	if err != nil {
		return marsad.Errorf(marsad.EUNAVAILABLE, "jetstream: replay dead letter %s: %v", id, err)
	}
	if _, err := q.deleteDead(ctx, seq); err != nil {
		return marsad.Errorf(marsad.EUNAVAILABLE, "jetstream: dead letter %s was queued again but not removed from the list (a second replay will not queue it twice): %v", id, err)
	}
	if !ack.Duplicate {
		q.replayed.Add(1)
	}
	return nil
}

// DiscardDeadLetter deletes dead letter id from the dead-letter stream.
func (q *Queue) DiscardDeadLetter(ctx context.Context, id string) error {
	seq, err := deadSeq(id)
	if err != nil {
		return err
	}
	found, err := q.deleteDead(ctx, seq)
	if !found {
		return marsad.Errorf(marsad.ENOTFOUND, "jetstream: no dead letter %s (already replayed or discarded?)", id)
	}
	if err != nil {
		return marsad.Errorf(marsad.EUNAVAILABLE, "jetstream: discard dead letter %s: %v", id, err)
	}
	return nil
}

// deleteDead deletes dead letter seq; found is false when it was not there.
// The server answers a delete of a missing message with a generic failure,
// so a failed delete is told apart by asking for the message.
func (q *Queue) deleteDead(ctx context.Context, seq uint64) (found bool, err error) {
	err = q.dead.DeleteMsg(ctx, seq)
	if err == nil {
		return true, nil
	}
	if _, gerr := q.dead.GetMsg(ctx, seq); errors.Is(gerr, jetstream.ErrMsgNotFound) {
		return false, nil
	}
	return true, err
}
