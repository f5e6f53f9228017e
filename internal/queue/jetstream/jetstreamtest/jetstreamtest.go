package jetstreamtest

import (
	"crypto/rand"
	"encoding/hex"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// URL returns the URL of a NATS server with JetStream for the test.
func URL(t testing.TB) string {
	t.Helper()
	url := os.Getenv("MARSAD_TEST_NATS")
	if url == "" {
		url = "nats://127.0.0.1:4222"
	}
	host := strings.TrimPrefix(url, "nats://")
	if c, err := net.DialTimeout("tcp", host, 500*time.Millisecond); err == nil {
		c.Close()
		return url
	}
	if os.Getenv("CI") == "true" && os.Getenv("MARSAD_TEST_NATS") != "" {
		t.Fatalf("NATS at %s is required under CI", url)
	}
	return Embedded(t)
}

// Embedded starts a nats-server with JetStream inside the test process and
// shuts it down at cleanup.
func Embedded(t testing.TB) string {
	t.Helper()
	s, err := server.NewServer(&server.Options{
		Host:      "127.0.0.1",
		Port:      -1,
		JetStream: true,
		StoreDir:  t.TempDir(),
		NoLog:     true,
		NoSigs:    true,
	})
	if err != nil {
		t.Fatalf("embedded nats-server: %v", err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		t.Fatal("embedded nats-server did not start")
	}
	t.Cleanup(s.Shutdown)
	return s.ClientURL()
}

// Suffix is a random name suffix so that tests sharing a server use their
// own streams and consumers.
func Suffix() string {
	b := make([]byte, 4)
	rand.Read(b)
	return strings.ToUpper(hex.EncodeToString(b))
}
