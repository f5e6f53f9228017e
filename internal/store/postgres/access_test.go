package postgres

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
)

func TestTokensStoredHashed(t *testing.T) {
	s, _ := openTest(t, Options{})
	ctx := context.Background()
	if v, err := s.SchemaVersion(ctx); err != nil || v != 3 {
		t.Fatalf("SchemaVersion() = %d, %v, want 3", v, err)
	}
	before := time.Now().Add(-time.Second)
	reader, err := s.CreateToken(ctx, RoleReader, "dashboard")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateToken(ctx, RoleAdmin, "ops"); err != nil {
		t.Fatal(err)
	}
	// Only the SHA-256 is kept.
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM tokens WHERE hash = $1 OR name = $1`, reader).Scan(&n); err != nil || n != 0 {
		t.Errorf("rows holding the token itself = %d, %v, want 0", n, err)
	}
	sum := sha256.Sum256([]byte(reader))
	list, err := s.Tokens(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 {
		t.Fatalf("Tokens() = %+v, want 2", list)
	}
	hex12 := regexp.MustCompile(`^[0-9a-f]{12}$`)
	for _, ti := range list {
		if !hex12.MatchString(ti.Hash) || ti.Created.Before(before) || time.Since(ti.Created) > time.Minute || !ti.LastUsed.IsZero() {
			t.Errorf("new token %+v: want a 12-digit hash, created now, never used", ti)
		}
	}
	if list[0].Role != RoleReader || list[0].Name != "dashboard" || list[0].Hash != hex.EncodeToString(sum[:])[:12] {
		t.Errorf("Tokens()[0] = %+v, want the reader token, oldest first", list[0])
	}
	if role, err := s.TokenRole(ctx, reader); err != nil || role != RoleReader {
		t.Fatalf("TokenRole(reader) = %q, %v", role, err)
	}
	list, err = s.Tokens(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if time.Since(list[0].LastUsed) > time.Minute || !list[1].LastUsed.IsZero() {
		t.Errorf("after one use: %+v, want the reader's last use now and the admin's never", list)
	}
	if _, err := s.CreateToken(ctx, RoleReader, "nul\x00name"); err == nil {
		t.Error("CreateToken(name with NUL) succeeded, want EINVALID")
	}
}

// Migration 0003 fills event_actor_keys from the events already stored.
func TestActorKeysBackfilled(t *testing.T) {
	s, _ := openTest(t, Options{})
	ctx := context.Background()
	a := &marsad.Article{Source: "wire", URL: "https://backfill.example/1", Lang: "ar",
		Text:      "التقى وفد من الأمم المتحدة بمسؤولين محليين لبحث إدخال المساعدات إلى المخيمات.",
		Published: time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC)}
	cluster.Prepare(a)
	if _, err := s.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	un := &marsad.Actor{ID: "IGO-UN", Name: "الأمم المتحدة"}
	an := &marsad.Analysis{ArticleID: a.ID, Events: []marsad.Event{{Type: "CONSULT", Actor: un, Confidence: 0.7}}}
	if err := s.PutAnalysis(ctx, an); err != nil {
		t.Fatal(err)
	}
	// Back to schema version 2, with the events stored.
	if _, err := s.pool.Exec(ctx, `DROP TABLE event_actor_keys; DELETE FROM schema_migrations WHERE version = 3`); err != nil {
		t.Fatal(err)
	}
	if n, err := s.Migrate(ctx); n != 1 || err != nil {
		t.Fatalf("Migrate() = %d, %v, want 1 migration applied", n, err)
	}
	want := []marsad.ActorHit{{ID: "IGO-UN", Events: 1}}
	if got, err := s.SearchActors(ctx, "IGO", 10); err != nil || !cmp.Equal(got, want) {
		t.Errorf("SearchActors(IGO) after the migration = %+v, %v, want %+v", got, err, want)
	}
	if got, err := s.SearchActors(ctx, "الامم", 10); err != nil || len(got) != 1 || got[0].Events != 1 {
		t.Errorf("SearchActors(الامم) after the migration = %+v, %v, want one name in 1 event", got, err)
	}
}
