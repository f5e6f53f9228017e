package feed

import (
	"context"
	"fmt"
	"testing"
	"time"
)

func TestHostGatePrunesIdleHosts(t *testing.T) {
	g := newHostGate(time.Millisecond)
	ctx := context.Background()
	rel, err := g.acquire(ctx, "busy.example")
	if err != nil {
		t.Fatal(err)
	}
	held, err := g.acquire(ctx, "held.example")
	if err != nil {
		t.Fatal(err)
	}
	held(time.Hour) // Retry-After: must be remembered
	rel(0)
	for i := range pruneAbove - 2 { // with busy and held: exactly pruneAbove hosts
		r, err := g.acquire(ctx, fmt.Sprintf("h%d.example", i))
		if err != nil {
			t.Fatal(err)
		}
		r(0)
	}
	time.Sleep(5 * time.Millisecond) // every host idle past its delay
	r, err := g.acquire(ctx, "new.example")
	if err != nil {
		t.Fatal(err)
	}
	defer r(0)
	if n := g.size(); n != 2 {
		t.Errorf("gate remembers %d hosts after pruning, want 2 (the held host and the new one)", n)
	}
	if _, err := g.acquire(ctx, "HELD.example"); err == nil {
		t.Errorf("acquire(held.example) inside its Retry-After = nil error, want a wait error (host forgotten by pruning?)")
	}
}

func TestHostGateCancel(t *testing.T) {
	g := newHostGate(time.Hour)
	rel, err := g.acquire(context.Background(), "a.example")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if _, err := g.acquire(ctx, "a.example"); err == nil {
		t.Fatalf("acquire while the host is busy and ctx expires = nil error, want ctx error")
	}
	rel(0)
	// The delay (1h) now applies: a cancelled wait must give the token back.
	ctx2, cancel2 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel2()
	if _, err := g.acquire(ctx2, "a.example"); err == nil {
		t.Fatalf("acquire inside the politeness delay with expiring ctx = nil error, want ctx error")
	}
	g.delay = 0
	r, err := g.acquire(context.Background(), "a.example")
	if err != nil {
		t.Fatalf("acquire after cancelled waits = %v, want the token free again", err)
	}
	r(0)
}
