package jetstream_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	natsjs "github.com/nats-io/nats.go/jetstream"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/queue"
	"github.com/marsad/marsad/internal/queue/jetstream/jetstreamtest"
)

// consumeChanges runs ConsumeChanges until h says stop or the deadline.
func consumeChanges(t *testing.T, q queue.ChangeFeed, name string, within time.Duration, h func(c queue.Change) (stop bool, err error)) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), within)
	defer cancel()
	err := q.ConsumeChanges(ctx, name, func(_ context.Context, c queue.Change) error {
		stop, err := h(c)
		if stop {
			cancel()
		}
		return err
	})
	if err != nil && ctx.Err() == nil {
		t.Fatalf("ConsumeChanges: %v", err)
	}
	if ctx.Err() == context.DeadlineExceeded {
		t.Fatalf("ConsumeChanges: deadline %v passed before the test's condition", within)
	}
}

// TestChangeFeed: changes arrive in order through a durable consumer, a
// failed one is delivered again, a re-published one (same id) is kept once,
// and a consumer restarted under the same name goes on where it stopped.
func TestChangeFeed(t *testing.T) {
	url, suffix := jetstreamtest.URL(t), jetstreamtest.Suffix()
	q := open(t, url, suffix, nil)
	ctx := context.Background()
	// The consumer starts at the stream's end: what was published before
	// it existed is not delivered.
	if err := q.PublishChange(ctx, queue.Change{Kind: queue.ChangeStored, ArticleID: "before"}, ""); err != nil {
		t.Fatal(err)
	}
	if err := q.OpenChangeConsumer(ctx, "alert"); err != nil {
		t.Fatal(err)
	}
	an := &marsad.Analysis{ArticleID: "a0", Events: []marsad.Event{{ID: "e0", Type: "ASSAULT"}}}
	first := queue.Change{Kind: queue.ChangeStored, ArticleID: "a0", Events: 1}
	for i := 0; i < 2; i++ { // published twice: kept once
		if err := q.PublishChange(ctx, first, first.ID(an)); err != nil {
			t.Fatal(err)
		}
	}
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, _ := natsjs.New(nc)
	st, err := js.Stream(ctx, "TEST_ITEMS_"+suffix+"_CHANGES")
	if err != nil {
		t.Fatal(err)
	}
	if info, err := st.Info(ctx); err != nil || info.State.Msgs != 2 {
		t.Fatalf("change stream after publishing one change twice (and one before) = %+v, %v; want 2 messages", info.State, err)
	}
	// Stopped while failing: delivered again to the next consumer.
	consumeChanges(t, q, "alert", 20*time.Second, func(c queue.Change) (bool, error) { return true, errors.New("shutting down") })
	for i := 1; i <= 3; i++ {
		ch := queue.Change{Kind: queue.ChangeEvent, ArticleID: fmt.Sprint("a", i),
			Event: &marsad.EventChange{Seq: int64(i), EventID: fmt.Sprint("e", i), Action: marsad.ChangeDelete}}
		if err := q.PublishChange(ctx, ch, ch.ID(nil)); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	failed := false
	consumeChanges(t, q, "alert", 20*time.Second, func(c queue.Change) (bool, error) {
		if c.ArticleID == "a1" && !failed { // the store is down once: retried, order kept
			failed = true
			return false, errors.New("store unavailable")
		}
		got = append(got, c.Kind+":"+c.ArticleID)
		return c.ArticleID == "a1", nil
	})
	// A restarted consumer goes on after the last acknowledged change.
	consumeChanges(t, q, "alert", 20*time.Second, func(c queue.Change) (bool, error) {
		got = append(got, c.Kind+":"+c.ArticleID)
		if c.Kind == queue.ChangeEvent && (c.Event == nil || c.Event.Action != marsad.ChangeDelete) {
			t.Errorf("change %+v lost its event change", c)
		}
		return c.ArticleID == "a3", nil
	})
	if lag, err := q.ChangeLag(ctx, "alert"); err != nil || lag.Pending != 0 || lag.AckPending != 0 {
		t.Errorf("ChangeLag() = %+v, %v; want nothing left", lag, err)
	}
	if _, err := q.ChangeLag(ctx, "nobody"); err == nil {
		t.Error("ChangeLag of a missing consumer: no error")
	}
	// Delivery is at least once: a change handed to a consumer that was
	// stopping may come twice in a row (the alert manager applies a change
	// twice to the same effect); the order is kept.
	var seq []string
	for _, g := range got {
		if len(seq) == 0 || seq[len(seq)-1] != g {
			seq = append(seq, g)
		}
	}
	if want := "[stored:a0 event:a1 event:a2 event:a3]"; fmt.Sprint(seq) != want {
		t.Errorf("changes = %v, want %s (in order, the failed ones again)", got, want)
	}
}
