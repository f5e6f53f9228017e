package feed

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/marsad/marsad"
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
// the request, body included, is finished, with the host's Retry-After when
// it sent one (0 otherwise). A host still inside its Retry-After period is
// refused at once with an EUNAVAILABLE *waitError.
func (g *hostGate) acquire(ctx context.Context, host string) (release func(retryAfter time.Duration), err error) {
	s := g.slot(host)
	select {
	case s.token <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	// s.last and s.until are only touched while holding the token.
	if wait := time.Until(s.until); wait > 0 {
		<-s.token
		return nil, &marsad.Error{Code: marsad.EUNAVAILABLE, Message: "fetch skipped", Err: &waitError{Host: host, Wait: wait}}
	}
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
	return func(retryAfter time.Duration) {
		once.Do(func() {
			s.last = time.Now()
			if retryAfter > 0 {
				s.until = s.last.Add(retryAfter)
			}
			<-s.token
		})
	}, nil
}
