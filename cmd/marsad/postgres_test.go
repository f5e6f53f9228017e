package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad/internal/demo"
)

// TestIngestPostgres runs `marsad ingest --store postgres://…` twice into a
// fresh schema of the local PostgreSQL: everything stored once, nothing on
// the second run.
func TestIngestPostgres(t *testing.T) {
	base := os.Getenv("MARSAD_TEST_POSTGRES")
	if base == "" {
		base = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("PostgreSQL is required under CI: %v", err)
		}
		t.Skipf("no PostgreSQL at %s: %v", base, err)
	}
	defer conn.Close(context.Background())
	b := make([]byte, 6)
	rand.Read(b)
	schema := "test_cmd_" + hex.EncodeToString(b)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE") })
	dsn := base + "&search_path=" + schema

	for i, want := range []string{"stored 12 ", "stored 0 "} {
		code, out, errOut := runCmd(t, string(demo.Articles()), "ingest", "--store", dsn, "--data", t.TempDir(), "-")
		if code != 0 || !strings.Contains(out, want) {
			t.Fatalf("run %d: exit %d, %q %s; want %q", i+1, code, out, errOut, want)
		}
	}
	code, tok, errOut := runCmd(t, "", "token", "create", "--role", "reader", "--store", dsn)
	if code != 0 || len(strings.TrimSpace(tok)) < 16 {
		t.Fatalf("token create --store postgres: %d %q %s", code, tok, errOut)
	}
	if code, list, _ := runCmd(t, "", "token", "list", "--store", dsn); code != 0 || !strings.Contains(list, "reader") || strings.Contains(list, strings.TrimSpace(tok)) {
		t.Errorf("token list --store postgres = %d %q: want the reader listed, the token itself never", code, list)
	}
	var events int
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM "+schema+".events").Scan(&events); err != nil || events == 0 {
		t.Errorf("events in PostgreSQL = %d, %v; want the demo's events", events, err)
	}
}
