package queue

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/marsad/marsad"
)

// MemoryConfig tunes a Memory queue.
type MemoryConfig struct {
	Size       int           // items buffered; default 1024
	MaxDeliver int           // deliveries before an item is a dead letter; default 5
	Duplicates time.Duration // de-duplication window; default 2 minutes
}

// Validate reports a configuration that cannot work.
func (c MemoryConfig) Validate() error {
	if c.Size < 0 || c.MaxDeliver < 0 || c.Duplicates < 0 {
		return marsad.Errorf(marsad.EINVALID, "queue: negative setting")
	}
	return nil
}

// Memory is the in-process queue: a bounded channel between the roles of
// one process. Nothing survives a restart.
type Memory struct {
	cfg    MemoryConfig
	ch     chan *memMsg
	closed chan struct{}
	once   sync.Once
	timers sync.WaitGroup // delayed redeliveries in flight

	mu     sync.Mutex
	seen   map[string]time.Time
	dead   []memDead // oldest first
	deadN  uint64    // dead letters so far: the next one's id
	stats  Stats
	now    func() time.Time
	inAck  int
	retain int // items waiting on a delayed redelivery
}

var (
	_ Queue            = (*Memory)(nil)
	_ Lagger           = (*Memory)(nil)
	_ DeadLetterEditor = (*Memory)(nil)
)

// memDead is a dead letter with its place in the order of dying.
type memDead struct {
	seq uint64
	DeadLetter
}

// NewMemory builds an in-process queue.
func NewMemory(cfg MemoryConfig) (*Memory, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.Size == 0 {
		cfg.Size = 1024
	}
	if cfg.MaxDeliver == 0 {
		cfg.MaxDeliver = 5
	}
	if cfg.Duplicates == 0 {
		cfg.Duplicates = 2 * time.Minute
	}
	return &Memory{cfg: cfg, ch: make(chan *memMsg, cfg.Size), closed: make(chan struct{}),
		seen: map[string]time.Time{}, now: time.Now}, nil
}

// ErrClosed is returned by Publish on a closed queue.
var ErrClosed = errors.New("queue: closed")

// Publish enqueues it, blocking while the queue is full.
func (q *Memory) Publish(ctx context.Context, it *marsad.RawItem) error {
	if it == nil {
		return marsad.Errorf(marsad.EINVALID, "queue: nil item")
	}
	id := ItemID(it)
	now := q.now()
	q.mu.Lock()
	for k, t := range q.seen {
		if now.Sub(t) > q.cfg.Duplicates {
			delete(q.seen, k)
		}
	}
	if _, dup := q.seen[id]; dup {
		q.stats.Duplicates++
		q.mu.Unlock()
		return nil
	}
	q.seen[id] = now
	q.stats.Published++
	q.mu.Unlock()
	return q.put(ctx, &memMsg{q: q, it: it, attempt: 1})
}

func (q *Memory) put(ctx context.Context, m *memMsg) error {
	select {
	case <-q.closed:
		return ErrClosed
	default:
	}
	select {
	case q.ch <- m:
		return nil
	case <-q.closed:
		return ErrClosed
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Consume handles messages one at a time until ctx is done or the queue
// is closed.
func (q *Memory) Consume(ctx context.Context, h Handler) error {
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-q.closed:
			return nil
		case m := <-q.ch:
			q.mu.Lock()
			q.inAck++
			if m.attempt > 1 {
				q.stats.Redelivered++
			}
			q.mu.Unlock()
			h(ctx, m)
			q.mu.Lock()
			if !m.done {
				// Left alone: deliver again, as a broker would after its ack wait.
				m.done = true
				q.mu.Unlock()
				m.redeliver(0)
			} else {
				q.mu.Unlock()
			}
			q.mu.Lock()
			q.inAck--
			q.mu.Unlock()
		}
	}
}

// Lag reports items buffered and items being handled.
func (q *Memory) Lag(context.Context) (Lag, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	return Lag{Pending: uint64(len(q.ch) + q.retain), AckPending: uint64(q.inAck)}, nil
}

// Stats returns the counts so far.
func (q *Memory) Stats() Stats {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.stats
}

// DeadLetters returns the items given up on, oldest first.
func (q *Memory) DeadLetters() []DeadLetter {
	q.mu.Lock()
	defer q.mu.Unlock()
	out := make([]DeadLetter, len(q.dead))
	for i, d := range q.dead {
		out[i] = d.DeadLetter
	}
	return out
}

// ReplayDeadLetter puts dead letter id back on the queue as a first
// delivery, bypassing the de-duplication window (the item was published
// before), and removes it from the dead letters. The dead letter leaves the
// list before the item is queued, so a second replay of the same id finds
// nothing; if the item cannot be queued (closed queue, ctx done) the dead
// letter is put back where it was.
func (q *Memory) ReplayDeadLetter(ctx context.Context, id string) error {
	d, err := q.takeDead(id)
	if err != nil {
		return err
	}
	if err := q.put(ctx, &memMsg{q: q, it: d.Item, attempt: 1}); err != nil {
		q.mu.Lock()
		i := sort.Search(len(q.dead), func(i int) bool { return q.dead[i].seq > d.seq })
		q.dead = slices.Insert(q.dead, i, d)
		q.mu.Unlock()
		return fmt.Errorf("queue: replay dead letter %s: %w", id, err)
	}
	q.mu.Lock()
	q.stats.Replayed++
	q.mu.Unlock()
	return nil
}

// DiscardDeadLetter drops dead letter id.
func (q *Memory) DiscardDeadLetter(_ context.Context, id string) error {
	_, err := q.takeDead(id)
	return err
}

// takeDead removes dead letter id from the list and returns it.
func (q *Memory) takeDead(id string) (memDead, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for i, d := range q.dead {
		if d.ID == id {
			q.dead = slices.Delete(q.dead, i, i+1)
			return d, nil
		}
	}
	return memDead{}, marsad.Errorf(marsad.ENOTFOUND, "queue: no dead letter %q (already replayed or discarded?)", id)
}

// Close stops consumers and waits for delayed redeliveries to be dropped.
func (q *Memory) Close() error {
	q.once.Do(func() { close(q.closed) })
	q.timers.Wait()
	return nil
}

type memMsg struct {
	q       *Memory
	it      *marsad.RawItem
	attempt int
	done    bool // guarded by q.mu
}

func (m *memMsg) Item() *marsad.RawItem { return m.it }
func (m *memMsg) Attempt() int          { return m.attempt }

func (m *memMsg) settle() error {
	m.q.mu.Lock()
	defer m.q.mu.Unlock()
	if m.done {
		return errors.New("queue: message already acknowledged")
	}
	m.done = true
	return nil
}

func (m *memMsg) Ack() error { return m.settle() }

func (m *memMsg) Nak(delay time.Duration) error {
	if err := m.settle(); err != nil {
		return err
	}
	m.redeliver(delay)
	return nil
}

func (m *memMsg) Term(reason string) error {
	if err := m.settle(); err != nil {
		return err
	}
	m.q.kill(m, reason)
	return nil
}

func (q *Memory) kill(m *memMsg, reason string) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.deadN++
	q.dead = append(q.dead, memDead{seq: q.deadN, DeadLetter: DeadLetter{ID: strconv.FormatUint(q.deadN, 10),
		Item: m.it, Reason: reason, Attempts: m.attempt, Time: q.now().UTC()}})
	q.stats.DeadLetters++
}

// redeliver puts the item back after delay, or makes it a dead letter when
// it has been delivered MaxDeliver times.
func (m *memMsg) redeliver(delay time.Duration) {
	q := m.q
	if m.attempt >= q.cfg.MaxDeliver {
		q.kill(m, "maximum deliveries reached")
		return
	}
	next := &memMsg{q: q, it: m.it, attempt: m.attempt + 1}
	q.mu.Lock()
	q.retain++
	q.mu.Unlock()
	q.timers.Add(1)
	go func() {
		defer q.timers.Done()
		t := time.NewTimer(delay)
		defer t.Stop()
		select {
		case <-t.C:
		case <-q.closed:
		}
		q.mu.Lock()
		q.retain--
		q.mu.Unlock()
		q.put(context.Background(), next)
	}()
}
