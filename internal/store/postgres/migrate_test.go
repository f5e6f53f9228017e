package postgres

import (
	"context"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/marsad/marsad"
)

func TestMigrationsIdempotent(t *testing.T) {
	ctx := context.Background()
	s, dsn := openTest(t, Options{})
	all, err := loadMigrations(migrationFS)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := s.SchemaVersion(ctx); err != nil || v != len(all) {
		t.Errorf("SchemaVersion after Open = %d, %v; want %d", v, err, len(all))
	}
	if n, err := s.Migrate(ctx); err != nil || n != 0 {
		t.Errorf("Migrate(up to date) = %d, %v; want 0, nil", n, err)
	}
	s2, err := Open(ctx, dsn, Options{NoMigrate: true})
	if err != nil {
		t.Fatalf("Open(NoMigrate) on a migrated database: %v", err)
	}
	s2.Close()
	var rows int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&rows); err != nil || rows != len(all) {
		t.Errorf("schema_migrations rows = %d (%v), want %d", rows, err, len(all))
	}
}

func TestConcurrentOpenMigratesOnce(t *testing.T) {
	ctx := context.Background()
	dsn := testSchema(t)
	const n = 4
	var wg sync.WaitGroup
	stores := make([]*Store, n)
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stores[i], errs[i] = Open(ctx, dsn, Options{NoMigrate: true, MaxConns: 2})
			if errs[i] == nil || !strings.Contains(errs[i].Error(), "run marsad migrate") {
				t.Errorf("Open(NoMigrate) on an empty schema = %v, want a request to migrate", errs[i])
			}
		}()
	}
	wg.Wait()
	applied := make([]int, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stores[i], errs[i] = Open(ctx, dsn, Options{MaxConns: 2})
			if errs[i] == nil {
				applied[i], errs[i] = stores[i].Migrate(ctx)
			}
		}()
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("concurrent Open %d: %v", i, errs[i])
		}
		defer stores[i].Close()
	}
	var rows int
	if err := stores[0].pool.QueryRow(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&rows); err != nil {
		t.Fatal(err)
	}
	all, _ := loadMigrations(migrationFS)
	if rows != len(all) {
		t.Errorf("schema_migrations after %d concurrent Opens has %d rows, want %d", n, rows, len(all))
	}
	for i, a := range applied {
		if a != 0 {
			t.Errorf("Migrate after Open %d applied %d, want 0", i, a)
		}
	}
}

func TestMigrationsInOrderAndAtomic(t *testing.T) {
	ctx := context.Background()
	dsn := testSchema(t)
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	fsys := fstest.MapFS{
		"migrations/0001_a.sql": {Data: []byte(`CREATE TABLE a (x integer);`)},
		"migrations/0002_b.sql": {Data: []byte(`INSERT INTO a VALUES (1); CREATE TABLE b (y integer);`)},
	}
	if n, err := migrate(ctx, pool, fsys); n != 2 || err != nil {
		t.Fatalf("migrate = %d, %v; want 2, nil", n, err)
	}
	// A failing migration leaves nothing behind and is not recorded.
	fsys["migrations/0003_bad.sql"] = &fstest.MapFile{Data: []byte(`INSERT INTO a VALUES (2); CREATE TABLE broken (;`)}
	if _, err := migrate(ctx, pool, fsys); err == nil {
		t.Fatal("migrate(broken 0003) succeeded")
	}
	var count, version int
	pool.QueryRow(ctx, `SELECT count(*) FROM a`).Scan(&count)
	pool.QueryRow(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&version)
	if count != 1 || version != 2 {
		t.Errorf("after a failed migration: %d rows in a, version %d; want 1 row, version 2", count, version)
	}
	gap := fstest.MapFS{"migrations/0001_a.sql": fsys["migrations/0001_a.sql"], "migrations/0003_c.sql": {Data: []byte(`SELECT 1;`)}}
	if _, err := loadMigrations(gap); err == nil {
		t.Error("loadMigrations(1, 3) succeeded, want a gap error")
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	s, dsn := openTest(t, Options{})
	if _, err := s.pool.Exec(ctx, `INSERT INTO schema_migrations(version, name) VALUES (999, '0999_future.sql')`); err != nil {
		t.Fatal(err)
	}
	for _, opts := range []Options{{}, {NoMigrate: true}} {
		_, err := Open(ctx, dsn, opts)
		if marsad.ErrorCode(err) != marsad.ECONFLICT || !strings.Contains(err.Error(), "newer than this binary") {
			t.Errorf("Open(newer schema, %+v) error = %v, want ECONFLICT saying the schema is newer", opts, err)
		}
	}
}

func TestOptionsValidate(t *testing.T) {
	tests := []struct {
		o  Options
		ok bool
	}{
		{Options{}, true},
		{Options{MaxConns: 16, MaxTextBytes: 1 << 20, Retries: 3}, true},
		{Options{MaxConns: -1}, false},
		{Options{MaxTextBytes: -5}, false},
		{Options{Retries: -1}, false},
	}
	for _, tt := range tests {
		if err := tt.o.Validate(); (err == nil) != tt.ok {
			t.Errorf("Options%+v.Validate() = %v, want ok=%v", tt.o, err, tt.ok)
		}
	}
	for _, dsn := range []string{"postgres://a b@:x/%zz", "host=/nonexistent/socket/dir port=1 connect_timeout=1"} {
		_, err := Open(context.Background(), dsn, Options{})
		if code := marsad.ErrorCode(err); code != marsad.EINVALID && code != marsad.EUNAVAILABLE {
			t.Errorf("Open(%q) error = %v (code %q), want EINVALID or EUNAVAILABLE", dsn, err, code)
		}
	}
}
