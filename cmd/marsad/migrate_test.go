package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

func TestMigrateCommand(t *testing.T) {
	ctx := context.Background()
	migrate := func(args ...string) (int, string, string) {
		var out, errb bytes.Buffer
		code := run(ctx, append([]string{"migrate"}, args...), strings.NewReader(""), &out, &errb, func(string) string { return "" })
		return code, out.String(), errb.String()
	}
	dir := t.TempDir()
	if code, out, errs := migrate("--data", dir); code != 0 || !strings.Contains(out, "schema version") {
		t.Errorf("migrate --data %s = %d, %q, %q; want 0 and the schema version", dir, code, out, errs)
	}
	if code, _, errs := migrate("--store", "mysql:secret@host"); code != 2 || strings.Contains(errs, "secret") {
		t.Errorf("migrate --store mysql:… = %d, %q; want 2, without echoing the DSN", code, errs)
	}

	dsn := os.Getenv("MARSAD_TEST_POSTGRES")
	if dsn == "" {
		dsn = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
	}
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	conn, err := pgx.Connect(cctx, dsn)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("PostgreSQL is required under CI: %v", err)
		}
		t.Skipf("no PostgreSQL server (MARSAD_TEST_POSTGRES): %v", err)
	}
	defer conn.Close(ctx)
	var b [6]byte
	rand.Read(b[:])
	schema := "test_" + hex.EncodeToString(b[:])
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatal(err)
	}
	defer conn.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`)
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	// The first run migrates to the newest version; the second finds it
	// there and prints the same.
	var first string
	for i := range 2 {
		code, out, errs := migrate("--store", dsn+sep+"search_path="+schema)
		if code != 0 || !strings.HasPrefix(out, "postgres: schema version ") || strings.HasPrefix(out, "postgres: schema version 0") {
			t.Errorf("migrate --store postgres = %d, %q, %q; want 0 and a schema version", code, out, errs)
		}
		if i == 0 {
			first = out
		} else if out != first {
			t.Errorf("second migrate printed %q, want %q again", out, first)
		}
	}
}
