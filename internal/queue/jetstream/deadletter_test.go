package jetstream_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	natsjs "github.com/nats-io/nats.go/jetstream"

	"github.com/marsad/marsad/internal/queue"
	"github.com/marsad/marsad/internal/queue/jetstream"
	"github.com/marsad/marsad/internal/queue/jetstream/jetstreamtest"
)

// exhaust delivers the work stream's messages through the durable consumer
// behind the Queue's back, never acknowledging them, until each has had
// maxDeliver deliveries and the server has given up on it: what a worker
// that hangs and is killed maxDeliver times does, with no Consume running
// to hear the server's advisory.
func exhaust(t *testing.T, url, suffix string, maxDeliver int) (natsjs.JetStream, func()) {
	t.Helper()
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	js, err := natsjs.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	cons, err := js.Consumer(ctx, "TEST_ITEMS_"+suffix, "process")
	if err != nil {
		t.Fatal(err)
	}
	deliveries := 0
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); {
		b, err := cons.Fetch(10, natsjs.FetchMaxWait(500*time.Millisecond))
		if err != nil {
			t.Fatal(err)
		}
		for range b.Messages() {
			deliveries++
		}
		// Once every delivery is spent, a further pull makes the server
		// notice and announce it.
		if info, err := cons.Info(ctx); err == nil && deliveries >= maxDeliver && info.NumAckPending == 0 {
			return js, nc.Close
		}
	}
	t.Fatalf("messages not exhausted after %d deliveries", deliveries)
	return nil, nil
}

func waitDead(t *testing.T, q *jetstream.Queue, n int) []queue.DeadLetter {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		dead, err := q.DeadLetters(context.Background(), 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(dead) >= n {
			return dead
		}
		if time.Now().After(deadline) {
			t.Fatalf("DeadLetters() = %d letters after 20 s, want %d", len(dead), n)
		}
	}
}

func tuneDead(c *jetstream.Config) {
	c.MaxDeliver = 2
	c.BackOff = []time.Duration{200 * time.Millisecond}
}

// TestMaxDeliveriesWhileNoWorkerRuns: the server's advisory for a message
// that reached MaxDeliver while no worker listened is kept, and the next
// worker to start moves the message to the dead letters.
func TestMaxDeliveriesWhileNoWorkerRuns(t *testing.T) {
	url, suffix := jetstreamtest.URL(t), jetstreamtest.Suffix()
	q := open(t, url, suffix, tuneDead)
	ctx := context.Background()
	if err := q.Publish(ctx, item(11)); err != nil {
		t.Fatal(err)
	}
	js, done := exhaust(t, url, suffix, 2)
	defer done()
	adv, err := js.Stream(ctx, "TEST_ITEMS_"+suffix+"_MAXDELIVER")
	if err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		if info, err := adv.Info(ctx); err == nil && info.State.Msgs == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the max-deliveries advisory was not kept")
		}
	}
	cctx, cancel := context.WithCancel(ctx)
	stopped := make(chan error, 1)
	go func() {
		stopped <- q.Consume(cctx, func(_ context.Context, m queue.Message) {
			t.Errorf("a message past max deliveries was delivered again: %s", m.Item().URL)
			m.Ack()
		})
	}()
	dead := waitDead(t, q, 1)
	cancel()
	<-stopped
	if dead[0].Item == nil || dead[0].Item.URL != item(11).URL || dead[0].Attempts != 2 || !strings.Contains(dead[0].Reason, "2 deliveries") {
		t.Errorf("dead letter = %+v, want item 11 after 2 deliveries", dead[0])
	}
	if info, err := adv.Info(ctx); err != nil || info.State.Msgs != 0 {
		t.Errorf("advisory stream after handling = %+v, %v; want empty", info.State, err)
	}
	if n, err := q.Sweep(ctx); err != nil || n != 0 {
		t.Errorf("Sweep() after the advisory was handled = %d, %v; want 0", n, err)
	}
}

// TestSweepFindsMissedDeadLetters: a message that reached MaxDeliver and
// whose advisory was lost (announced before the advisory stream existed)
// is found by the sweep, but only when nothing is in flight.
func TestSweepFindsMissedDeadLetters(t *testing.T) {
	url, suffix := jetstreamtest.URL(t), jetstreamtest.Suffix()
	q := open(t, url, suffix, tuneDead)
	ctx := context.Background()
	if err := q.Publish(ctx, item(21)); err != nil {
		t.Fatal(err)
	}
	js, done := exhaust(t, url, suffix, 2)
	defer done()
	adv, err := js.Stream(ctx, "TEST_ITEMS_"+suffix+"_MAXDELIVER")
	if err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		if info, err := adv.Info(ctx); err == nil && info.State.Msgs == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the max-deliveries advisory was not kept")
		}
	}
	if err := adv.Purge(ctx); err != nil { // the advisory is lost
		t.Fatal(err)
	}

	// A second item in flight (delivered, not acknowledged): the sweep
	// cannot tell it from the exhausted one and moves nothing.
	if err := q.Publish(ctx, item(22)); err != nil {
		t.Fatal(err)
	}
	cons, err := js.Consumer(ctx, "TEST_ITEMS_"+suffix, "process")
	if err != nil {
		t.Fatal(err)
	}
	b, err := cons.Fetch(1, natsjs.FetchMaxWait(2*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	var inFlight natsjs.Msg
	for m := range b.Messages() {
		inFlight = m
	}
	if inFlight == nil || !strings.Contains(string(inFlight.Data()), "/q/22") {
		t.Fatalf("fetched %v, want item 22", inFlight)
	}
	if n, err := q.Sweep(ctx); err != nil || n != 0 {
		t.Errorf("Sweep() with a message in flight = %d, %v; want 0", n, err)
	}
	if err := inFlight.DoubleAck(ctx); err != nil {
		t.Fatal(err)
	}
	n, err := q.Sweep(ctx)
	if err != nil || n != 1 {
		t.Fatalf("Sweep() = %d, %v; want 1", n, err)
	}
	dead := waitDead(t, q, 1)
	if len(dead) != 1 || dead[0].Item == nil || dead[0].Item.URL != item(21).URL || !strings.Contains(dead[0].Reason, "found by the sweep") {
		t.Errorf("dead letters = %+v, want only item 21, found by the sweep", dead)
	}
	if lag, err := q.Lag(ctx); err != nil || lag.Pending != 0 || lag.AckPending != 0 {
		t.Errorf("Lag() = %+v, %v; want nothing left", lag, err)
	}
	work, err := js.Stream(ctx, "TEST_ITEMS_"+suffix)
	if err != nil {
		t.Fatal(err)
	}
	if info, err := work.Info(ctx); err != nil || info.State.Msgs != 0 {
		t.Errorf("work stream after the sweep = %+v, %v; want empty", info.State, err)
	}
	if n, err := q.Sweep(ctx); err != nil || n != 0 {
		t.Errorf("second Sweep() = %d, %v; want 0", n, err)
	}
}
