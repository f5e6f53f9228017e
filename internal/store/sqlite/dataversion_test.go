package sqlite

import (
	"context"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
)

// TestDataVersion: the version stays while nothing is written and moves
// after a commit by the Store itself and by another Store on the same file
// (another process, as far as SQLite knows).
func TestDataVersion(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	defer s.Close()
	other, err := Open(ctx, s.path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	version := func() int64 {
		t.Helper()
		v, err := s.DataVersion(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	v0 := version()
	if _, err := s.Events(ctx, marsad.EventQuery{}); err != nil {
		t.Fatal(err)
	}
	if v := version(); v != v0 {
		t.Fatalf("version moved from %d to %d with no write", v0, v)
	}
	for i, st := range []*Store{s, other} {
		a := &marsad.Article{Source: "s", URL: "https://example.org/dv/" + string(rune('a'+i)), Published: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
			Text: "نص تجريبي لاختبار رقم النسخة " + string(rune('أ'+i))}
		cluster.Prepare(a)
		before := version()
		if _, err := st.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
		if v := version(); v == before {
			t.Errorf("write %d (by %s store): version stayed %d", i, map[bool]string{true: "the same", false: "another"}[st == s], v)
		}
	}
}
