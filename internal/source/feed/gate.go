package feed

import (
	"context"
	"strings"
	"sync"
	"time"
)

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
	last  time.Time     // end of the previous request (real time)
}

func newHostGate(delay time.Duration) *hostGate {
	return &hostGate{delay: delay, hosts: make(map[string]*hostSlot)}
}

func (g *hostGate) slot(host string) *hostSlot {
	host = strings.ToLower(host)
	g.mu.Lock()
	defer g.mu.Unlock()
	s, ok := g.hosts[host]
	if !ok {
		s = &hostSlot{token: make(chan struct{}, 1)}
		g.hosts[host] = s
	}
	return s
}

// acquire waits for host's turn. The returned release must be called when
// the request, body included, is finished.
func (g *hostGate) acquire(ctx context.Context, host string) (release func(), err error) {
	s := g.slot(host)
	select {
	case s.token <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	// s.last is only touched while holding the token.
	if wait := g.delay - time.Since(s.last); !s.last.IsZero() && wait > 0 {
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			<-s.token
			return nil, ctx.Err()
		}
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			s.last = time.Now()
			<-s.token
		})
	}, nil
}
