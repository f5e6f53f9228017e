package main

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/store/sqlite"
)

func TestTokenCreate(t *testing.T) {
	data := t.TempDir()
	for _, role := range []string{"reader", "editor", "admin"} {
		var out bytes.Buffer
		e := &env{args: []string{"create", "--role", role, "--data", data}, stdin: strings.NewReader(""), stdout: &out, stderr: io.Discard, getenv: func(string) string { return "" }}
		if err := runToken(context.Background(), e); err != nil {
			t.Fatalf("token create --role %s: %v", role, err)
		}
		tok := strings.TrimSpace(out.String())
		st, err := sqlite.Open(context.Background(), filepath.Join(data, "marsad.db"), sqlite.Options{})
		if err != nil {
			t.Fatal(err)
		}
		got, err := st.TokenRole(context.Background(), tok)
		st.Close()
		if err != nil || got != role {
			t.Errorf("TokenRole(printed token) = %q, %v, want %q", got, err, role)
		}
	}
	e := &env{args: []string{"create", "--role", "root", "--data", data}, stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }}
	if err := runToken(context.Background(), e); err == nil {
		t.Error("token create --role root succeeded, want an error")
	}
}

func TestAnonymousReadDefault(t *testing.T) {
	yes, no := true, false
	for _, tc := range []struct {
		addr string
		set  *bool
		want bool
	}{
		{"127.0.0.1:8080", nil, true},
		{"localhost:8080", nil, true},
		{"[::1]:8080", nil, true},
		{"0.0.0.0:8080", nil, false},
		{":8080", nil, false},
		{"10.0.0.5:8080", nil, false},
		{"0.0.0.0:8080", &yes, true},
		{"127.0.0.1:8080", &no, false},
	} {
		c := defaultConfig()
		c.Addr, c.AnonymousRead = tc.addr, tc.set
		if got := c.anonymousRead(); got != tc.want {
			t.Errorf("anonymousRead(addr %s, set %v) = %v, want %v", tc.addr, tc.set, got, tc.want)
		}
	}
}
