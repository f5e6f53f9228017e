package jetstream_test

import (
	"context"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/marsad/marsad/internal/queue"
)

// TestConsumerSurvivesServerRestart restarts an embedded nats-server (same
// port, same store) under a running consumer: the consumer reconnects and
// gets the item published after the restart.
func TestConsumerSurvivesServerRestart(t *testing.T) {
	store := t.TempDir()
	start := func(port int) *server.Server {
		s, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: port, JetStream: true, StoreDir: store, NoLog: true, NoSigs: true})
		if err != nil {
			t.Fatal(err)
		}
		go s.Start()
		if !s.ReadyForConnections(10 * time.Second) {
			t.Fatal("nats-server did not start")
		}
		return s
	}
	s := start(-1)
	url := s.ClientURL()
	q := open(t, url, "RESTART", nil)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var mu sync.Mutex
	got := map[string]bool{}
	done := make(chan error, 1)
	go func() {
		done <- q.Consume(ctx, func(_ context.Context, m queue.Message) {
			mu.Lock()
			got[m.Item().URL] = true
			n := len(got)
			mu.Unlock()
			m.Ack()
			if n == 2 {
				cancel()
			}
		})
	}()
	if err := q.Publish(ctx, item(1)); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		mu.Lock()
		n := len(got)
		mu.Unlock()
		if n == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("first item not consumed")
		}
	}
	port := s.Addr().(*net.TCPAddr).Port
	s.Shutdown()
	s.WaitForShutdown()
	s = start(port)
	defer s.Shutdown()
	var err error
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		if err = q.Publish(context.Background(), item(2)); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("publish after restart: %v", err)
		}
	}
	<-done
	mu.Lock()
	defer mu.Unlock()
	if !got[item(2).URL] {
		t.Fatalf("after the server restart the consumer got %v, want item 2 too", got)
	}
}
