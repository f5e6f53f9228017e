package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/store/storetest"
)

const defaultTestDSN = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// testDSN is the server the tests use: $MARSAD_TEST_POSTGRES, else a local
// server with trust authentication and a database named test.
func testDSN() string {
	if dsn := os.Getenv("MARSAD_TEST_POSTGRES"); dsn != "" {
		return dsn
	}
	return defaultTestDSN
}

// needServer returns a connection to the test server, skipping the test
// when there is none (failing it when $CI is true: there, the engine must
// be tested).
func needServer(tb testing.TB) *pgx.Conn {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, testDSN())
	if err != nil {
		msg := "no PostgreSQL server for the tests (set MARSAD_TEST_POSTGRES to a DSN; default " + defaultTestDSN + "): " + err.Error()
		if os.Getenv("CI") == "true" {
			tb.Fatal(msg)
		}
		tb.Skip(msg)
	}
	return conn
}

// testSchema creates a fresh schema, dropped when the test ends, and
// returns a DSN whose connections use it.
func testSchema(tb testing.TB) string {
	tb.Helper()
	conn := needServer(tb)
	ctx := context.Background()
	var b [6]byte
	rand.Read(b[:])
	schema := "test_" + hex.EncodeToString(b[:])
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		conn.Close(ctx)
		tb.Fatalf("create schema: %v", err)
	}
	tb.Cleanup(func() {
		if _, err := conn.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			tb.Errorf("drop schema %s: %v", schema, err)
		}
		conn.Close(ctx)
	})
	return withSearchPath(tb, testDSN(), schema)
}

// withSearchPath adds a search_path run-time parameter to a DSN in URL or
// key=value form.
func withSearchPath(tb testing.TB, dsn, schema string) string {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, err := url.Parse(dsn)
		if err != nil {
			tb.Fatalf("test DSN: %v", err)
		}
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		return u.String()
	}
	return dsn + " search_path=" + schema
}

// openTest opens a store in a fresh schema; it is closed at cleanup.
func openTest(tb testing.TB, opts Options) (*Store, string) {
	tb.Helper()
	dsn := testSchema(tb)
	s, err := Open(context.Background(), dsn, opts)
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s, dsn
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) marsad.Store {
		s, _ := openTest(t, Options{})
		return s
	})
}
