package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/marsad/marsad/internal/store/postgres"
	"github.com/marsad/marsad/internal/store/sqlite"
)

// runMigrate brings a store's schema up to date and prints its version:
// `marsad migrate --store postgres://user@host/db` for PostgreSQL (run it
// once before starting workers with a new binary; concurrent runs wait for
// each other and migrate once), or, without --store, the SQLite database
// under --data.
func runMigrate(ctx context.Context, e *env) error {
	fs := newFlags("migrate", e)
	dsn := fs.String("store", e.getenv("MARSAD_STORE"), "PostgreSQL DSN, postgres://user@host:5432/db?sslmode=disable; empty: the SQLite database in --data (env MARSAD_STORE)")
	data := dataDir(fs, e)
	if err := fs.Parse(e.args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, fs.Args())
	}
	if *dsn == "" {
		path := filepath.Join(*data, "marsad.db")
		s, err := sqlite.Open(ctx, path, sqlite.Options{}) // Open migrates
		if err != nil {
			return err
		}
		defer s.Close()
		v, err := s.SchemaVersion(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "sqlite %s: schema version %d\n", path, v)
		return nil
	}
	if !strings.HasPrefix(*dsn, "postgres://") && !strings.HasPrefix(*dsn, "postgresql://") && !strings.Contains(*dsn, "=") {
		return fmt.Errorf("%w: --store is not a PostgreSQL DSN (postgres://… or key=value)", errUsage)
	}
	s, err := postgres.Open(ctx, *dsn, postgres.Options{MaxConns: 2}) // Open migrates
	if err != nil {
		return err
	}
	defer s.Close()
	v, err := s.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "postgres: schema version %d\n", v)
	return nil
}
