package jetstream_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/queue"
	"github.com/marsad/marsad/internal/queue/jetstream"
	"github.com/marsad/marsad/internal/queue/jetstream/jetstreamtest"
)

// open opens a queue with names of its own on the test server and deletes
// its streams at cleanup.
func open(t *testing.T, url, suffix string, tune func(*jetstream.Config)) *jetstream.Queue {
	t.Helper()
	cfg := jetstream.Config{
		URL:         url,
		Stream:      "TEST_ITEMS_" + suffix,
		Subject:     "test" + suffix + ".items.new",
		Consumer:    "process",
		DeadStream:  "TEST_DEAD_" + suffix,
		DeadSubject: "test" + suffix + ".dead.items",
		AckWait:     2 * time.Second,
		BackOff:     []time.Duration{},
	}
	if tune != nil {
		tune(&cfg)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	q, err := jetstream.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		q.Delete(context.Background())
		q.Close()
	})
	return q
}

func item(i int) *marsad.RawItem {
	return &marsad.RawItem{Origin: "test", URL: fmt.Sprintf("https://example.org/q/%d", i),
		Text: fmt.Sprintf("نص الخبر رقم %d عن اجتماع في المدينة.", i), Published: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)}
}

// consume runs q.Consume with h until stop returns true or the deadline.
func consume(t *testing.T, q queue.Queue, within time.Duration, h func(m queue.Message) (stop bool)) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), within)
	defer cancel()
	err := q.Consume(ctx, func(_ context.Context, m queue.Message) {
		if h(m) {
			cancel()
		}
	})
	if err != nil && ctx.Err() == nil {
		t.Fatalf("Consume: %v", err)
	}
	if ctx.Err() == context.DeadlineExceeded {
		t.Fatalf("Consume: deadline %v passed before the test's condition", within)
	}
}

func TestPublishConsumeAck(t *testing.T) {
	url := jetstreamtest.URL(t)
	q := open(t, url, jetstreamtest.Suffix(), nil)
	ctx := context.Background()
	const n = 20
	for i := 0; i < n; i++ {
		if err := q.Publish(ctx, item(i)); err != nil {
			t.Fatal(err)
		}
	}
	got := map[string]bool{}
	consume(t, q, 20*time.Second, func(m queue.Message) bool {
		if m.Attempt() != 1 {
			t.Errorf("Attempt() = %d, want 1", m.Attempt())
		}
		if !strings.HasPrefix(m.Item().Text, "نص الخبر") || m.Item().Published.IsZero() {
			t.Errorf("Item() = %+v, want the published item", m.Item())
		}
		got[m.Item().URL] = true
		if err := m.Ack(); err != nil {
			t.Errorf("Ack: %v", err)
		}
		return len(got) == n
	})
	lag, err := q.Lag(ctx)
	if err != nil || lag.Pending != 0 || lag.AckPending != 0 {
		t.Errorf("Lag() = %+v, %v; want nothing pending", lag, err)
	}
	if s := q.Stats(); s.Published != n {
		t.Errorf("Stats().Published = %d, want %d", s.Published, n)
	}
}

func TestNakRedeliversAfterDelay(t *testing.T) {
	q := open(t, jetstreamtest.URL(t), jetstreamtest.Suffix(), nil)
	if err := q.Publish(context.Background(), item(1)); err != nil {
		t.Fatal(err)
	}
	const delay = 700 * time.Millisecond
	var first time.Time
	consume(t, q, 20*time.Second, func(m queue.Message) bool {
		if m.Attempt() == 1 {
			first = time.Now()
			m.Nak(delay)
			return false
		}
		if gap := time.Since(first); gap < delay {
			t.Errorf("redelivered after %v, want at least %v", gap, delay)
		}
		if m.Attempt() != 2 {
			t.Errorf("Attempt() = %d, want 2", m.Attempt())
		}
		m.Ack()
		return true
	})
	if s := q.Stats(); s.Redelivered != 1 {
		t.Errorf("Stats().Redelivered = %d, want 1", s.Redelivered)
	}
}

func TestDeadLetterAfterMaxDeliver(t *testing.T) {
	q := open(t, jetstreamtest.URL(t), jetstreamtest.Suffix(), func(c *jetstream.Config) {
		c.MaxDeliver = 3
		c.BackOff = []time.Duration{300 * time.Millisecond, 300 * time.Millisecond}
	})
	ctx := context.Background()
	if err := q.Publish(ctx, item(7)); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	attempts := 0
	cctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		done <- q.Consume(cctx, func(_ context.Context, m queue.Message) {
			mu.Lock()
			attempts++
			mu.Unlock()
			// Neither ack nor nak: as if the worker hung or died.
		})
	}()
	var dead []queue.DeadLetter
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline) && len(dead) == 0; time.Sleep(100 * time.Millisecond) {
		var err error
		if dead, err = q.DeadLetters(ctx, 10); err != nil {
			t.Fatal(err)
		}
	}
	cancel()
	<-done
	if len(dead) != 1 {
		t.Fatalf("DeadLetters() = %d letters, want 1", len(dead))
	}
	if dead[0].Item == nil || dead[0].Item.URL != item(7).URL || dead[0].Attempts != 3 || !strings.Contains(dead[0].Reason, "3 deliveries") {
		t.Errorf("DeadLetters()[0] = %+v, want item 7 after 3 deliveries", dead[0])
	}
	mu.Lock()
	defer mu.Unlock()
	if attempts != 3 {
		t.Errorf("handler called %d times, want MaxDeliver = 3", attempts)
	}
	if lag, err := q.Lag(ctx); err != nil || lag.Pending != 0 || lag.AckPending != 0 {
		t.Errorf("Lag() = %+v, %v; want nothing pending", lag, err)
	}
}

func TestTermIsDeadLetter(t *testing.T) {
	q := open(t, jetstreamtest.URL(t), jetstreamtest.Suffix(), nil)
	ctx := context.Background()
	q.Publish(ctx, item(3))
	consume(t, q, 20*time.Second, func(m queue.Message) bool {
		if err := m.Term("text is not Arabic"); err != nil {
			t.Errorf("Term: %v", err)
		}
		return true
	})
	dead, err := q.DeadLetters(ctx, 10)
	if err != nil || len(dead) != 1 || dead[0].Reason != "text is not Arabic" || dead[0].Attempts != 1 {
		t.Fatalf("DeadLetters() = %+v, %v; want one with the reason", dead, err)
	}
	if s := q.Stats(); s.DeadLetters != 1 {
		t.Errorf("Stats().DeadLetters = %d, want 1", s.DeadLetters)
	}
}

func TestPublishDeduplicates(t *testing.T) {
	q := open(t, jetstreamtest.URL(t), jetstreamtest.Suffix(), nil)
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		if err := q.Publish(ctx, item(5)); err != nil {
			t.Fatal(err)
		}
	}
	q.Publish(ctx, item(6))
	lag, err := q.Lag(ctx)
	if err != nil || lag.Pending != 2 {
		t.Errorf("Lag().Pending = %d, %v; want 2 (item 5 once, item 6)", lag.Pending, err)
	}
	if s := q.Stats(); s.Published != 2 || s.Duplicates != 2 {
		t.Errorf("Stats() = %+v, want 2 published, 2 duplicates", s)
	}
}

func TestTooLarge(t *testing.T) {
	q := open(t, jetstreamtest.URL(t), jetstreamtest.Suffix(), func(c *jetstream.Config) { c.MaxMsgSize = 64 << 10 })
	it := item(1)
	it.HTML = []byte(strings.Repeat("<p>كبير</p>", 10000))
	err := q.Publish(context.Background(), it)
	if marsad.ErrorCode(err) != marsad.ETOOLARGE {
		t.Fatalf("Publish(120 KB item) = %v, want %s", err, marsad.ETOOLARGE)
	}
}

// TestDurableAcrossRestart: a second process opening the same consumer
// continues where the first stopped.
func TestDurableAcrossRestart(t *testing.T) {
	url := jetstreamtest.URL(t)
	suffix := jetstreamtest.Suffix()
	q1 := open(t, url, suffix, nil)
	ctx := context.Background()
	for i := 0; i < 10; i++ {
		q1.Publish(ctx, item(i))
	}
	first := map[string]bool{}
	consume(t, q1, 20*time.Second, func(m queue.Message) bool {
		first[m.Item().URL] = true
		m.Ack()
		return len(first) == 4
	})
	q1.Close()

	q2 := open(t, url, suffix, nil)
	rest := map[string]bool{}
	consume(t, q2, 20*time.Second, func(m queue.Message) bool {
		if first[m.Item().URL] {
			t.Errorf("%s delivered again after it was acknowledged", m.Item().URL)
		}
		rest[m.Item().URL] = true
		m.Ack()
		return len(first)+len(rest) == 10
	})
}

func TestConfigValidate(t *testing.T) {
	for _, tc := range []struct {
		cfg  jetstream.Config
		want string
	}{
		{jetstream.Config{}, "no server URL"},
		{jetstream.Config{URL: "nats://x", BackOff: []time.Duration{0}}, "back-off"},
		{jetstream.Config{URL: "nats://x", Subject: "items"}, "two tokens"},
		{jetstream.Config{URL: "nats://x", MaxDeliver: -1}, "negative"},
	} {
		err := tc.cfg.Validate()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Validate(%+v) = %v, want an error containing %q", tc.cfg, err, tc.want)
		}
	}
	if err := (jetstream.Config{URL: "nats://x"}).Validate(); err != nil {
		t.Errorf("Validate(URL only) = %v, want nil", err)
	}
}
