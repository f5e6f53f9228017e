package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/marsad/marsad"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

var _ marsad.Store = (*Store)(nil)

// Options configure a Store. The zero value is usable.
type Options struct {
	// MaxConns bounds the connection pool (default 8).
	MaxConns int
	// MaxTextBytes bounds an article's text (default 4 MiB); larger texts
	// are refused with ETOOLARGE.
	MaxTextBytes int
	// NoMigrate makes Open check the schema version instead of migrating:
	// a database behind the binary is refused until `marsad migrate` runs.
	NoMigrate bool
	// Retries is how many times a transaction that hit a deadlock or a
	// serialisation failure is retried (default 8).
	Retries int
}

func (o *Options) setDefaults() {
	if o.MaxConns == 0 {
		o.MaxConns = 8
	}
	if o.MaxTextBytes == 0 {
		o.MaxTextBytes = 4 << 20
	}
	if o.Retries == 0 {
		o.Retries = 8
	}
}

// Validate reports the first unusable option.
func (o Options) Validate() error {
	switch {
	case o.MaxConns < 0 || o.MaxConns > 1024:
		return marsad.Errorf(marsad.EINVALID, "store: connections %d out of range 1-1024", o.MaxConns)
	case o.MaxTextBytes < 0:
		return marsad.Errorf(marsad.EINVALID, "store: negative text limit %d", o.MaxTextBytes)
	case o.Retries < 0:
		return marsad.Errorf(marsad.EINVALID, "store: negative retries %d", o.Retries)
	}
	return nil
}

// Store is marsad.Store on a PostgreSQL database.
type Store struct {
	opts Options
	pool *pgxpool.Pool
}

// Open connects to the database at dsn (a postgres:// URL or key=value
// string, as libpq takes) and brings its schema up to date, unless
// opts.NoMigrate. A database whose schema is newer than this binary knows
// is refused with ECONFLICT; a database that cannot be reached is
// EUNAVAILABLE.
func Open(ctx context.Context, dsn string, opts Options) (*Store, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	opts.setDefaults()
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		// pgx's message may quote the password: keep only the code.
		return nil, marsad.Errorf(marsad.EINVALID, "store: bad PostgreSQL DSN")
	}
	cfg.MaxConns = int32(opts.MaxConns)
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, dbError("open store", err)
	}
	s := &Store{opts: opts, pool: pool}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, dbError("open store", err)
	}
	if opts.NoMigrate {
		err = s.checkVersion(ctx)
	} else {
		_, err = s.Migrate(ctx)
	}
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("open store: %w", err)
	}
	return s, nil
}

// Close closes the connection pool.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// migration is one numbered schema change.
type migration struct {
	version int
	name    string
	sql     string
}

// loadMigrations reads migrations/NNNN_name.sql in version order.
func loadMigrations(fsys fs.FS) ([]migration, error) {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, name := range names {
		base := path.Base(name)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name must start with a positive version and _", base)
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i := range ms {
		if ms[i].version != i+1 {
			return nil, fmt.Errorf("migration %s: versions must run 1, 2, 3… without gaps", ms[i].name)
		}
	}
	return ms, nil
}

// Advisory lock classes (the first key of PostgreSQL's two-key advisory
// locks): one for migrations, one for near-duplicate bands.
const (
	lockMigrate int32 = 0x4d524d47 // "MRMG"
	lockBands   int32 = 0x4d52424e // "MRBN"
)

// Migrate applies the pending embedded migrations, each in its own
// transaction, and returns how many it applied. A session advisory lock
// (per schema) makes concurrent callers wait for each other, so each
// migration runs once. A database newer than the binary is refused with
// ECONFLICT.
func (s *Store) Migrate(ctx context.Context) (int, error) {
	return migrate(ctx, s.pool, migrationFS)
}

func migrate(ctx context.Context, pool *pgxpool.Pool, fsys fs.FS) (int, error) {
	ms, err := loadMigrations(fsys)
	if err != nil {
		return 0, err
	}
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return 0, dbError("migrate", err)
	}
	defer conn.Release()
	// The lock is per schema (search_path), so separate schemas in one
	// database migrate independently.
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1, hashtext(coalesce(current_schema(), '')))`, lockMigrate); err != nil {
		return 0, dbError("migrate: lock", err)
	}
	defer func() {
		// A fresh context: the lock must go even when ctx is done; closing
		// the connection would release it too.
		uctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if _, err := conn.Exec(uctx, `SELECT pg_advisory_unlock($1, hashtext(coalesce(current_schema(), '')))`, lockMigrate); err != nil {
			conn.Conn().Close(uctx)
		}
	}()
	var schema string
	if err := conn.QueryRow(ctx, `SELECT coalesce(current_schema(), '')`).Scan(&schema); err != nil {
		return 0, dbError("migrate", err)
	}
	if schema == "" {
		return 0, marsad.Errorf(marsad.EINVALID, "migrate: no schema of the search_path exists")
	}
	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version integer PRIMARY KEY,
		name    text NOT NULL,
		applied timestamptz NOT NULL DEFAULT now()
	)`); err != nil {
		return 0, dbError("migrate", err)
	}
	var current int
	if err := conn.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&current); err != nil {
		return 0, dbError("migrate", err)
	}
	if current > len(ms) {
		return 0, newerSchema(current, len(ms))
	}
	applied := 0
	for _, m := range ms[current:] {
		err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, m.sql); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `INSERT INTO schema_migrations(version, name) VALUES ($1, $2)`, m.version, m.name)
			return err
		})
		if err != nil {
			return applied, dbError("migrate "+m.name, err)
		}
		applied++
	}
	return applied, nil
}

func newerSchema(have, know int) error {
	return marsad.Errorf(marsad.ECONFLICT,
		"database schema version %d is newer than this binary knows (%d): upgrade marsad", have, know)
}

// checkVersion refuses a database whose schema is not the binary's.
func (s *Store) checkVersion(ctx context.Context) error {
	ms, err := loadMigrations(migrationFS)
	if err != nil {
		return err
	}
	v, err := s.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	switch {
	case v > len(ms):
		return newerSchema(v, len(ms))
	case v < len(ms):
		return marsad.Errorf(marsad.ECONFLICT,
			"database schema version %d is older than this binary's (%d): run marsad migrate", v, len(ms))
	}
	return nil
}

// SchemaVersion returns the highest migration applied to the database, 0
// for a database never migrated.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.pool.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v)
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "42P01" { // undefined_table
		return 0, nil
	}
	if err != nil {
		return 0, dbError("schema version", err)
	}
	return v, nil
}

// Stats counts stored articles, stories and events.
func (s *Store) Stats(ctx context.Context) (marsad.Stats, error) {
	var st marsad.Stats
	err := s.pool.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM articles),
		(SELECT count(*) FROM stories),
		(SELECT count(*) FROM events)`).Scan(&st.Articles, &st.Stories, &st.Events)
	if err != nil {
		return st, dbError("stats", err)
	}
	return st, nil
}

// retryable reports whether a transaction that failed with err may succeed
// when run again: a deadlock or serialisation failure.
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40001" || pe.Code == "40P01")
}

// inTx runs fn in a read-committed transaction, again after a deadlock or
// serialisation failure (up to opts.Retries times, with jittered backoff).
func (s *Store) inTx(ctx context.Context, op string, fn func(tx pgx.Tx) error) error {
	for attempt := 0; ; attempt++ {
		err := pgx.BeginFunc(ctx, s.pool, fn)
		if err == nil || !retryable(err) || attempt >= s.opts.Retries {
			return dbError(op, err)
		}
		wait := time.Duration(1<<min(attempt, 6)) * time.Millisecond
		wait += rand.N(wait)
		select {
		case <-ctx.Done():
			return dbError(op, ctx.Err())
		case <-time.After(wait):
		}
	}
}

// dbError wraps a database failure: a marsad.Error passes unchanged, an
// unreachable or overloaded server or a transaction that kept conflicting
// is EUNAVAILABLE (worth retrying later), anything else is internal.
func dbError(op string, err error) error {
	if err == nil {
		return nil
	}
	var me *marsad.Error
	if errors.As(err, &me) {
		return err
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("%s: %w", op, err)
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case pe.Code == "40001" || pe.Code == "40P01":
			return &marsad.Error{Code: marsad.EUNAVAILABLE, Message: op + ": too much contention, retry", Err: err}
		case strings.HasPrefix(pe.Code, "08"), // connection exception
			strings.HasPrefix(pe.Code, "53"),  // insufficient resources
			strings.HasPrefix(pe.Code, "57P"): // shutdown, cannot connect now
			return &marsad.Error{Code: marsad.EUNAVAILABLE, Message: op + ": database unavailable", Err: err}
		case strings.HasPrefix(pe.Code, "22"): // data exception: a value PostgreSQL cannot take
			return &marsad.Error{Code: marsad.EINVALID, Message: op + ": " + pe.Message, Err: err}
		}
		return fmt.Errorf("%s: %w", op, err)
	}
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) || pgconn.SafeToRetry(err) || errors.Is(err, pgx.ErrTxClosed) || strings.Contains(err.Error(), "closed pool") {
		return &marsad.Error{Code: marsad.EUNAVAILABLE, Message: op + ": database unavailable", Err: err}
	}
	return fmt.Errorf("%s: %w", op, err)
}

// hasNUL reports whether any of ss holds a NUL character, which
// PostgreSQL's text cannot store.
func hasNUL(ss ...string) bool {
	for _, s := range ss {
		if strings.IndexByte(s, 0) >= 0 {
			return true
		}
	}
	return false
}
