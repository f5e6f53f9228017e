package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/marsad/marsad"
)

func TestMigrationsApplyOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	v, err := s.SchemaVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	all, err := loadMigrations(migrationFS)
	if err != nil {
		t.Fatal(err)
	}
	if v != len(all) {
		t.Errorf("SchemaVersion after Open = %d, want %d", v, len(all))
	}
	// Re-running the migrations on an up-to-date database applies nothing.
	n, err := migrate(ctx, s.w, migrationFS)
	if err != nil || n != 0 {
		t.Errorf("migrate(up to date) = %d, %v; want 0, nil", n, err)
	}
	s.Close()
	s, err = Open(ctx, path, Options{})
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	var rows int
	if err := s.r.QueryRow(`SELECT count(*) FROM schema_migrations`).Scan(&rows); err != nil || rows != len(all) {
		t.Errorf("schema_migrations rows after reopen = %d (%v), want %d", rows, err, len(all))
	}
	s.Close()
}

func TestMigrationsInOrderAndAtomic(t *testing.T) {
	ctx := context.Background()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	fsys := fstest.MapFS{
		"migrations/0001_a.sql": {Data: []byte(`CREATE TABLE a (x INTEGER);`)},
		"migrations/0002_b.sql": {Data: []byte(`INSERT INTO a VALUES (1); CREATE TABLE b (y INTEGER);`)},
	}
	if n, err := migrate(ctx, db, fsys); n != 2 || err != nil {
		t.Fatalf("migrate = %d, %v; want 2, nil", n, err)
	}
	// A failing migration leaves nothing behind and is not recorded.
	fsys["migrations/0003_bad.sql"] = &fstest.MapFile{Data: []byte(`INSERT INTO a VALUES (2); CREATE TABLE broken (;`)}
	if _, err := migrate(ctx, db, fsys); err == nil {
		t.Fatal("migrate(broken 0003) succeeded")
	}
	var count, version int
	db.QueryRow(`SELECT count(*) FROM a`).Scan(&count)
	db.QueryRow(`SELECT max(version) FROM schema_migrations`).Scan(&version)
	if count != 1 || version != 2 {
		t.Errorf("after a failed migration: %d rows in a, version %d; want 1 row, version 2", count, version)
	}
	// A gap in the numbering is refused.
	gap := fstest.MapFS{"migrations/0001_a.sql": fsys["migrations/0001_a.sql"], "migrations/0003_c.sql": {Data: []byte(`SELECT 1;`)}}
	if _, err := loadMigrations(gap); err == nil {
		t.Error("loadMigrations(1, 3) succeeded, want a gap error")
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "n.db")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.w.Exec(`INSERT INTO schema_migrations(version, name, applied) VALUES (999, '0999_future.sql', 0)`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err = Open(ctx, path, Options{})
	if marsad.ErrorCode(err) != marsad.ECONFLICT || !strings.Contains(err.Error(), "newer than this binary") {
		t.Errorf("Open(newer schema) error = %v, want ECONFLICT saying the schema is newer", err)
	}
}

func TestOptionsValidate(t *testing.T) {
	tests := []struct {
		o  Options
		ok bool
	}{
		{Options{}, true},
		{Options{ReadConns: 8, MaxTextBytes: 1 << 20}, true},
		{Options{ReadConns: -1}, false},
		{Options{BusyTimeout: -1}, false},
		{Options{MaxTextBytes: -5}, false},
	}
	for _, tt := range tests {
		if err := tt.o.Validate(); (err == nil) != tt.ok {
			t.Errorf("Options%+v.Validate() = %v, want ok=%v", tt.o, err, tt.ok)
		}
	}
	if _, err := Open(context.Background(), "", Options{}); marsad.ErrorCode(err) != marsad.EINVALID {
		t.Errorf("Open(\"\") error = %v, want EINVALID", err)
	}
}

func TestBatchIsAtomic(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	defer s.Close()
	good := &marsad.Article{ID: "g1", Text: "نص سليم عن حدث في مدينة حمص"}
	bad := &marsad.Article{ID: "", Text: "نص بلا معرف"}
	if _, err := s.PutArticles(ctx, []*marsad.Article{good, bad}); marsad.ErrorCode(err) != marsad.EINVALID {
		t.Fatalf("PutArticles(good, bad) error = %v, want EINVALID", err)
	}
	if st, _ := s.Stats(ctx); st.Articles != 0 {
		t.Errorf("Stats after a rejected batch = %+v, want nothing stored", st)
	}
	// Within a batch a later copy sees the earlier one.
	dup := *good
	dup.ID = "g2"
	got, err := s.PutArticles(ctx, []*marsad.Article{good, &dup})
	if err != nil || got[0] != marsad.Stored || got[1] != marsad.DuplicateText {
		t.Errorf("PutArticles(a, copy of a) = %v, %v; want [stored duplicate_text]", got, err)
	}
	if st, _ := s.Stats(ctx); st.Articles != 1 {
		t.Errorf("Stats = %+v, want 1 article", st)
	}
}
