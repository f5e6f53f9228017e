package feed

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/marsad/marsad"
)

// pruneAbove is the number of remembered hosts above which idle ones are
// forgotten (article pages can come from many hosts).
const pruneAbove = 256

// hostGate serialises requests per host: at most one in flight, and at
// least delay between the end of one request and the start of the next.
// Feed fetches and article-page fetches share it.
type hostGate struct {
	delay time.Duration

	mu    sync.Mutex
	hosts map[string]*hostSlot
}

type hostSlot struct {
	token chan struct{} // capacity 1: holding it means a request is in flight
	refs  int           // goroutines holding or waiting for token; guarded by hostGate.mu
	last  time.Time     // end of the previous request (real time)
	until time.Time     // the host asked (Retry-After) not to be called before this
}

// waitError is returned, without a request, for a host that asked to be left
// alone (429/503 with Retry-After) until a time not yet reached.
type waitError struct {
	Host string
	Wait time.Duration
}

func (e *waitError) Error() string {
	return fmt.Sprintf("%s asked not to be called for another %v (Retry-After)", e.Host, e.Wait.Round(time.Second))
}

func (e *waitError) retryDelay() time.Duration { return e.Wait }

func newHostGate(delay time.Duration) *hostGate {
	return &hostGate{delay: delay, hosts: make(map[string]*hostSlot)}
}

// get returns host's slot with a reference taken; put gives it back.
func (g *hostGate) get(host string) *hostSlot {
	g.mu.Lock()
	defer g.mu.Unlock()
	s, ok := g.hosts[host]
	if !ok {
		if len(g.hosts) >= pruneAbove {
			g.prune()
		}
		s = &hostSlot{token: make(chan struct{}, 1)}
		g.hosts[host] = s
	}
	s.refs++
	return s
}

func (g *hostGate) put(s *hostSlot) {
	g.mu.Lock()
	s.refs--
	g.mu.Unlock()
}

// prune forgets hosts nobody is using whose delay and Retry-After have
// passed: a fresh slot for them would behave the same. g.mu is held; with
// refs == 0 nobody writes last or until.
func (g *hostGate) prune() {
	for h, s := range g.hosts {
		if s.refs == 0 && time.Since(s.last) > g.delay && time.Now().After(s.until) {
			delete(g.hosts, h)
		}
	}
}

// size returns the number of remembered hosts.
func (g *hostGate) size() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.hosts)
}

// acquire waits for host's turn. The returned release must be called when
// the request, body included, is finished, with the host's Retry-After when
// it sent one (0 otherwise). A host still inside its Retry-After period is
// refused at once with an EUNAVAILABLE *waitError.
func (g *hostGate) acquire(ctx context.Context, host string) (release func(retryAfter time.Duration), err error) {
	host = strings.ToLower(host)
	s := g.get(host)
	select {
	case s.token <- struct{}{}:
	case <-ctx.Done():
		g.put(s)
		return nil, ctx.Err()
	}
	giveUp := func() {
		<-s.token
		g.put(s)
	}
	// s.last and s.until are only touched while holding the token.
	if wait := time.Until(s.until); wait > 0 {
		giveUp()
		return nil, &marsad.Error{Code: marsad.EUNAVAILABLE, Message: "fetch skipped", Err: &waitError{Host: host, Wait: wait}}
	}
	if wait := g.delay - time.Since(s.last); !s.last.IsZero() && wait > 0 {
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			giveUp()
			return nil, ctx.Err()
		}
	}
	var once sync.Once
	return func(retryAfter time.Duration) {
		once.Do(func() {
			s.last = time.Now()
			if retryAfter > 0 {
				s.until = s.last.Add(retryAfter)
			}
			giveUp()
		})
	}, nil
}
