package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/marsad/marsad"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

var _ marsad.Store = (*Store)(nil)

// Options configure a Store. The zero value is usable.
type Options struct {
	// ReadConns is the size of the read-only connection pool (default 4).
	ReadConns int
	// BusyTimeout is how long a connection waits for a lock held by another
	// process before failing (default 5s).
	BusyTimeout time.Duration
	// MaxTextBytes bounds an article's text (default 4 MiB); larger texts
	// are refused with ETOOLARGE.
	MaxTextBytes int
}

func (o *Options) setDefaults() {
	if o.ReadConns == 0 {
		o.ReadConns = 4
	}
	if o.BusyTimeout == 0 {
		o.BusyTimeout = 5 * time.Second
	}
	if o.MaxTextBytes == 0 {
		o.MaxTextBytes = 4 << 20
	}
}

// Validate reports the first unusable option.
func (o Options) Validate() error {
	switch {
	case o.ReadConns < 0 || o.ReadConns > 256:
		return marsad.Errorf(marsad.EINVALID, "store: read connections %d out of range 1-256", o.ReadConns)
	case o.BusyTimeout < 0:
		return marsad.Errorf(marsad.EINVALID, "store: negative busy timeout %v", o.BusyTimeout)
	case o.MaxTextBytes < 0:
		return marsad.Errorf(marsad.EINVALID, "store: negative text limit %d", o.MaxTextBytes)
	}
	return nil
}

// Store is marsad.Store on one SQLite file.
type Store struct {
	path string
	opts Options
	w    *sql.DB // exactly one connection: all writes
	r    *sql.DB // read-only pool
	v    *sql.DB // one read-only connection that only asks PRAGMA data_version
	aw   *articleWrites
}

// Open opens (creating if needed, with its directory) the database at path
// and brings its schema up to date. A database written by a newer Marsad
// whose schema this binary does not know is refused.
func Open(ctx context.Context, path string, opts Options) (*Store, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	opts.setDefaults()
	if path == "" || strings.ContainsAny(path, "?#") {
		return nil, marsad.Errorf(marsad.EINVALID, "store: bad database path %q", path)
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("open store: %w", err)
		}
	}
	busy := strconv.FormatInt(opts.BusyTimeout.Milliseconds(), 10)
	base := "file:" + path + "?_pragma=busy_timeout(" + busy + ")&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_pragma=cache_size(-32768)"
	w, err := sql.Open("sqlite", base+"&_pragma=journal_mode(WAL)&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	s := &Store{path: path, opts: opts, w: w}
	if _, err := migrate(ctx, w, migrationFS); err != nil {
		w.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if s.aw, err = prepareArticleWrites(ctx, w); err != nil {
		w.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	r, err := sql.Open("sqlite", base+"&_pragma=query_only(1)")
	if err != nil {
		s.aw.close()
		w.Close()
		return nil, fmt.Errorf("open store: %w", err)
	}
	r.SetMaxOpenConns(opts.ReadConns)
	r.SetMaxIdleConns(opts.ReadConns)
	s.r = r
	if err := r.PingContext(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	v, err := sql.Open("sqlite", base+"&_pragma=query_only(1)")
	if err != nil {
		s.Close()
		return nil, fmt.Errorf("open store: %w", err)
	}
	v.SetMaxOpenConns(1)
	v.SetMaxIdleConns(1)
	v.SetConnMaxLifetime(0)
	s.v = v
	if _, err := s.DataVersion(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
}

// DataVersion returns a number that changes whenever a change to the
// database is committed, by this Store or by any other connection or
// process (PRAGMA data_version, asked on a connection of its own that never
// writes). Equal numbers mean nothing was committed in between, so an
// answer computed at one version holds at the same version: the API caches
// responses by it.
func (s *Store) DataVersion(ctx context.Context) (int64, error) {
	var n int64
	if err := s.v.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&n); err != nil {
		return 0, dbError("data version", err)
	}
	return n, nil
}

// Close closes both connection pools, first letting SQLite refresh the
// query planner's statistics (PRAGMA optimize) as it recommends.
func (s *Store) Close() error {
	var errs []error
	if s.w != nil {
		if _, err := s.w.Exec(`PRAGMA optimize`); err != nil {
			errs = append(errs, fmt.Errorf("optimize: %w", err))
		}
	}
	if s.aw != nil {
		s.aw.close()
	}
	if s.r != nil {
		errs = append(errs, s.r.Close())
	}
	if s.v != nil {
		errs = append(errs, s.v.Close())
	}
	if s.w != nil {
		errs = append(errs, s.w.Close())
	}
	return errors.Join(errs...)
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
		base := filepath.Base(name)
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

// migrate applies the pending migrations of fsys, each in its own
// transaction, and returns how many it applied.
func migrate(ctx context.Context, db *sql.DB, fsys fs.FS) (int, error) {
	ms, err := loadMigrations(fsys)
	if err != nil {
		return 0, err
	}
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY,
		name    TEXT NOT NULL,
		applied INTEGER NOT NULL
	) STRICT`); err != nil {
		return 0, fmt.Errorf("migrate: %w", err)
	}
	var current int
	if err := db.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&current); err != nil {
		return 0, fmt.Errorf("migrate: %w", err)
	}
	if current > len(ms) {
		return 0, marsad.Errorf(marsad.ECONFLICT,
			"database schema version %d is newer than this binary knows (%d): upgrade marsad", current, len(ms))
	}
	applied := 0
	for _, m := range ms[current:] {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return applied, fmt.Errorf("migrate %s: %w", m.name, err)
		}
		// Another process may have migrated meanwhile: re-check under the lock.
		var done int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.version).Scan(&done); err != nil {
			tx.Rollback()
			return applied, fmt.Errorf("migrate %s: %w", m.name, err)
		}
		if done > 0 {
			tx.Rollback()
			continue
		}
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			tx.Rollback()
			return applied, fmt.Errorf("migrate %s: %w", m.name, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version, name, applied) VALUES (?, ?, ?)`,
			m.version, m.name, time.Now().UnixNano()); err != nil {
			tx.Rollback()
			return applied, fmt.Errorf("migrate %s: %w", m.name, err)
		}
		if err := tx.Commit(); err != nil {
			return applied, fmt.Errorf("migrate %s: %w", m.name, err)
		}
		applied++
	}
	return applied, nil
}

// SchemaVersion returns the highest migration applied to the database.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.r.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v)
	if err != nil {
		return 0, fmt.Errorf("schema version: %w", err)
	}
	return v, nil
}

// IntegrityCheck runs SQLite's integrity_check and returns its verdict
// ("ok" when the file is sound).
func (s *Store) IntegrityCheck(ctx context.Context) (string, error) {
	var res string
	if err := s.r.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&res); err != nil {
		return "", fmt.Errorf("integrity check: %w", err)
	}
	return res, nil
}

// Stats counts stored articles, stories and events.
func (s *Store) Stats(ctx context.Context) (marsad.Stats, error) {
	var st marsad.Stats
	err := s.r.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles),
		(SELECT count(*) FROM stories),
		(SELECT count(*) FROM events)`).Scan(&st.Articles, &st.Stories, &st.Events)
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

// unavailable wraps a database failure: a busy or closed database is worth
// retrying, anything else is internal.
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
	msg := err.Error()
	if strings.Contains(msg, "SQLITE_BUSY") || strings.Contains(msg, "database is locked") || strings.Contains(msg, "sql: database is closed") {
		return &marsad.Error{Code: marsad.EUNAVAILABLE, Message: op + ": database busy", Err: err}
	}
	return fmt.Errorf("%s: %w", op, err)
}
