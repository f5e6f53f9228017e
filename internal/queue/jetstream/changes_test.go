package jetstream_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

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
	q := open(t, jetstreamtest.URL(t), jetstreamtest.Suffix(), nil)
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
		return len(got) == 2, nil
	})
	// A restarted consumer goes on after the last acknowledged change.
	consumeChanges(t, q, "alert", 20*time.Second, func(c queue.Change) (bool, error) {
		got = append(got, c.Kind+":"+c.ArticleID)
		if c.Kind == queue.ChangeEvent && (c.Event == nil || c.Event.Action != marsad.ChangeDelete) {
			t.Errorf("change %+v lost its event change", c)
		}
		return len(got) == 4, nil
	})
	if want := "[stored:a0 event:a1 event:a2 event:a3]"; fmt.Sprint(got) != want {
		t.Errorf("changes = %v, want %s (in order, the failed one again, the duplicate dropped)", got, want)
	}
}
