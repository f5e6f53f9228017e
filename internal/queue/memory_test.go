package queue_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/queue"
)

func item(i int) *marsad.RawItem {
	return &marsad.RawItem{Origin: "test", URL: fmt.Sprintf("https://example.org/m/%d", i), Text: fmt.Sprintf("خبر رقم %d", i)}
}

// publishedMemory is a memory queue (8 slots, 3 deliveries) holding items
// 0..n-1, closed when the test ends, with a 10 s context and its cancel.
func publishedMemory(t *testing.T, n int) (*queue.Memory, context.Context, context.CancelFunc) {
	t.Helper()
	q, err := queue.NewMemory(queue.MemoryConfig{Size: 8, MaxDeliver: 3})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	for i := 0; i < n; i++ {
		if err := q.Publish(ctx, item(i)); err != nil {
			t.Fatal(err)
		}
	}
	return q, ctx, cancel
}

func TestMemoryAckNakTerm(t *testing.T) {
	q, ctx, cancel := publishedMemory(t, 4)
	q.Publish(ctx, item(0)) // duplicate within the window
	acked := map[string]int{}
	err := q.Consume(ctx, func(ctx context.Context, m queue.Message) {
		switch m.Item().URL {
		case item(1).URL: // nak once, then ack
			if m.Attempt() == 1 {
				m.Nak(50 * time.Millisecond)
				return
			}
		case item(2).URL:
			m.Term("never")
			return
		case item(3).URL: // left alone every time: dead after MaxDeliver
			return
		}
		m.Ack()
		acked[m.Item().URL] = m.Attempt()
		if len(acked) == 2 && len(q.DeadLetters()) == 2 {
			cancel()
		}
	})
	if ctx.Err() != context.Canceled {
		t.Fatalf("Consume ended with %v before the expected outcome (acked %v, dead %d)", err, acked, len(q.DeadLetters()))
	}
	if acked[item(0).URL] != 1 || acked[item(1).URL] != 2 {
		t.Errorf("acked attempts = %v, want item 0 on 1, item 1 on 2", acked)
	}
	dead := q.DeadLetters()
	reasons := []string{dead[0].Reason, dead[1].Reason}
	if !strings.Contains(strings.Join(reasons, "|"), "never") || !strings.Contains(strings.Join(reasons, "|"), "maximum deliveries") {
		t.Errorf("dead letter reasons = %q", reasons)
	}
	want := queue.Stats{Published: 4, Duplicates: 1, Redelivered: 3, DeadLetters: 2}
	if got := q.Stats(); got != want {
		t.Errorf("Stats() = %+v, want %+v", got, want)
	}
	reg := prometheus.NewPedanticRegistry()
	reg.MustRegister(queue.Collector(q))
	mfs, err := reg.Gather()
	if err != nil || len(mfs) != 8 {
		t.Fatalf("Collector: %d metric families, %v; want 8 (lag 3, counters 5)", len(mfs), err)
	}
	for _, mf := range mfs {
		if mf.GetName() == "marsad_queue_dead_letters_total" {
			if v := mf.GetMetric()[0].GetCounter().GetValue(); v != 2 {
				t.Errorf("marsad_queue_dead_letters_total = %v, want 2", v)
			}
		}
	}
}

func TestItemIDAndWire(t *testing.T) {
	a := &marsad.RawItem{Origin: "f.jsonl:1", URL: "https://x/1", Text: "نص", HTML: []byte{0, 1, 0xff}, Published: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	b := *a
	b.Text = "نص آخر"
	if queue.ItemID(a) == queue.ItemID(&b) {
		t.Error("ItemID: different texts give the same id")
	}
	c := *a
	if queue.ItemID(a) != queue.ItemID(&c) {
		t.Error("ItemID: equal items give different ids")
	}
	data, err := queue.Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	got, err := queue.Decode(data)
	if err != nil || got.Text != a.Text || string(got.HTML) != string(a.HTML) || !got.Published.Equal(a.Published) {
		t.Errorf("Decode(Encode(a)) = %+v, %v; want a", got, err)
	}
	if _, err := queue.Decode([]byte("{not json")); marsad.ErrorCode(err) != marsad.EINVALID {
		t.Errorf("Decode(bad) = %v, want %s", err, marsad.EINVALID)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"url":"https://x","text":"نص","html":"AAE="}`))
	f.Add([]byte(`{"published":"2026-01-02T03:04:05Z"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		it, err := queue.Decode(b)
		if err != nil {
			return
		}
		b2, err := queue.Encode(it)
		if err != nil {
			t.Fatalf("Encode(Decode(x)) = %v", err)
		}
		it2, err := queue.Decode(b2)
		if err != nil || queue.ItemID(it) != queue.ItemID(it2) {
			t.Fatalf("round trip changed the item: %v", err)
		}
	})
}

// TestMemoryReplayDiscard: a replayed dead letter comes back as a first
// delivery of the same item although it is inside the de-duplication
// window, leaves the list, and a second replay of it is ENOTFOUND; a
// discarded one is gone; a replay that cannot queue keeps the dead letter.
func TestMemoryReplayDiscard(t *testing.T) {
	q, ctx, cancel := publishedMemory(t, 3)
	// Kill all three, then replay item 1 (id 2): it comes back once.
	var replayed []int
	err := q.Consume(ctx, func(ctx context.Context, m queue.Message) {
		if m.Item().URL == item(1).URL && len(q.DeadLetters()) == 2 {
			replayed = append(replayed, m.Attempt())
			m.Ack()
			cancel()
			return
		}
		m.Term("bad item")
		if len(q.DeadLetters()) == 3 {
			dead := q.DeadLetters()
			if dead[1].ID != "2" || dead[1].Item.URL != item(1).URL {
				t.Errorf("DeadLetters()[1] = %+v, want id 2 for item 1", dead[1])
			}
			if err := q.ReplayDeadLetter(ctx, "2"); err != nil {
				t.Errorf("ReplayDeadLetter(2): %v", err)
			}
			if err := q.ReplayDeadLetter(ctx, "2"); marsad.ErrorCode(err) != marsad.ENOTFOUND {
				t.Errorf("second ReplayDeadLetter(2) = %v, want ENOTFOUND", err)
			}
		}
	})
	if ctx.Err() != context.Canceled {
		t.Fatalf("Consume ended with %v before the replayed item came back", err)
	}
	if len(replayed) != 1 || replayed[0] != 1 {
		t.Errorf("replayed item delivered on attempts %v, want once, as attempt 1", replayed)
	}
	ids := func() []string {
		var out []string
		for _, d := range q.DeadLetters() {
			out = append(out, d.ID)
		}
		return out
	}
	if got := strings.Join(ids(), ","); got != "1,3" {
		t.Errorf("dead letters after the replay = %s, want 1,3", got)
	}
	if s := q.Stats(); s.Replayed != 1 || s.Published != 3 {
		t.Errorf("Stats() = %+v, want 3 published, 1 replayed", s)
	}
	if err := q.DiscardDeadLetter(context.Background(), "1"); err != nil {
		t.Errorf("DiscardDeadLetter(1): %v", err)
	}
	if err := q.DiscardDeadLetter(context.Background(), "1"); marsad.ErrorCode(err) != marsad.ENOTFOUND {
		t.Errorf("second DiscardDeadLetter(1) = %v, want ENOTFOUND", err)
	}
	if err := q.ReplayDeadLetter(context.Background(), "x"); marsad.ErrorCode(err) != marsad.ENOTFOUND {
		t.Errorf("ReplayDeadLetter(x) = %v, want ENOTFOUND", err)
	}
	// A closed queue cannot take the item back: the dead letter stays.
	q.Close()
	if err := q.ReplayDeadLetter(context.Background(), "3"); err == nil {
		t.Error("ReplayDeadLetter on a closed queue succeeded")
	}
	if got := strings.Join(ids(), ","); got != "3" {
		t.Errorf("dead letters after a failed replay = %s, want 3", got)
	}
}
