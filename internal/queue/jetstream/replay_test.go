package jetstream_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/queue"
	"github.com/marsad/marsad/internal/queue/jetstream/jetstreamtest"
)

// TestReplayDeadLetter: an item terminated moments ago (its own duplicate
// window still open) is replayed twice at once, as by a double click: it
// is on the work stream once, comes back as attempt 1 and leaves the dead
// letters; terminated again it is a new dead letter, which is discarded.
func TestReplayDeadLetter(t *testing.T) {
	q := open(t, jetstreamtest.URL(t), jetstreamtest.Suffix(), nil)
	ctx := context.Background()
	if err := q.Publish(ctx, item(5)); err != nil {
		t.Fatal(err)
	}
	consume(t, q, 20*time.Second, func(m queue.Message) bool {
		if err := m.Term("store refused it"); err != nil {
			t.Errorf("Term: %v", err)
		}
		return true
	})
	dead, err := q.DeadLetters(ctx, 10)
	if err != nil || len(dead) != 1 || dead[0].ID == "" {
		t.Fatalf("DeadLetters() = %+v, %v; want one with an id", dead, err)
	}
	id := dead[0].ID

	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = q.ReplayDeadLetter(ctx, id)
		}()
	}
	wg.Wait()
	okN := 0
	for _, err := range errs {
		switch {
		case err == nil:
			okN++
		case marsad.ErrorCode(err) != marsad.ENOTFOUND:
			t.Errorf("ReplayDeadLetter(%s) twice at once: %v, want nil or ENOTFOUND", id, err)
		}
	}
	if okN == 0 {
		t.Fatalf("ReplayDeadLetter(%s) twice at once: %v; want at least one success", id, errs)
	}
	if lag, err := q.Lag(ctx); err != nil || lag.Pending != 1 {
		t.Errorf("Lag() after a double replay = %+v, %v; want 1 pending (queued once)", lag, err)
	}
	if dead, err := q.DeadLetters(ctx, 10); err != nil || len(dead) != 0 {
		t.Errorf("DeadLetters() after the replay = %+v, %v; want none", dead, err)
	}
	if err := q.ReplayDeadLetter(ctx, id); marsad.ErrorCode(err) != marsad.ENOTFOUND {
		t.Errorf("ReplayDeadLetter(%s) after the replay = %v, want ENOTFOUND", id, err)
	}
	if s := q.Stats(); s.Replayed != 1 || s.Published != 1 {
		t.Errorf("Stats() = %+v, want 1 published, 1 replayed", s)
	}

	// Back as a first delivery of the same item; it fails again.
	consume(t, q, 20*time.Second, func(m queue.Message) bool {
		if m.Item().URL != item(5).URL || m.Attempt() != 1 {
			t.Errorf("replayed message = %s attempt %d, want %s attempt 1", m.Item().URL, m.Attempt(), item(5).URL)
		}
		if err := m.Term("refused again"); err != nil {
			t.Errorf("Term: %v", err)
		}
		return true
	})
	dead, err = q.DeadLetters(ctx, 10)
	if err != nil || len(dead) != 1 || dead[0].ID == id || dead[0].Reason != "refused again" {
		t.Fatalf("DeadLetters() after a second failure = %+v, %v; want one new dead letter", dead, err)
	}
	if err := q.DiscardDeadLetter(ctx, dead[0].ID); err != nil {
		t.Errorf("DiscardDeadLetter(%s): %v", dead[0].ID, err)
	}
	if err := q.DiscardDeadLetter(ctx, dead[0].ID); marsad.ErrorCode(err) != marsad.ENOTFOUND {
		t.Errorf("second DiscardDeadLetter(%s) = %v, want ENOTFOUND", dead[0].ID, err)
	}
	if left, err := q.DeadLetters(ctx, 10); err != nil || len(left) != 0 {
		t.Errorf("DeadLetters() after the discard = %+v, %v; want none", left, err)
	}
	for _, bad := range []string{"", "0", "abc", "-1"} {
		if err := q.ReplayDeadLetter(ctx, bad); marsad.ErrorCode(err) != marsad.ENOTFOUND {
			t.Errorf("ReplayDeadLetter(%q) = %v, want ENOTFOUND", bad, err)
		}
	}
	// Term is not confirmed by the server: give it a moment.
	var lag queue.Lag
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		lag, err = q.Lag(ctx)
		if err == nil && lag == (queue.Lag{}) || time.Now().After(deadline) {
			break
		}
	}
	if err != nil || lag.Pending != 0 || lag.AckPending != 0 {
		t.Errorf("Lag() at the end = %+v, %v; want nothing pending", lag, err)
	}
}
