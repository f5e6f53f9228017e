package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
)

func TestSeen(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "seen.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a := &marsad.Article{URL: "https://example.org/news/1", Text: "قالت وزارة الصحة إن حملة التطعيم ستشمل جميع المدارس في المحافظة خلال الشهر المقبل."}
	cluster.Prepare(a)
	if _, dup, err := s.Seen(ctx, a); err != nil || dup {
		t.Fatalf("Seen(new) = dup %v, %v; want false, nil", dup, err)
	}
	if _, err := s.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	sameURL := &marsad.Article{URL: "https://example.org/news/1?utm_source=feed", Text: a.Text + " وأضافت الوزارة."}
	cluster.Prepare(sameURL)
	sameText := &marsad.Article{URL: "https://mirror.example/1", Text: a.Text}
	cluster.Prepare(sameText)
	for _, tt := range []struct {
		name string
		a    *marsad.Article
		want marsad.PutStatus
	}{{"same url", sameURL, marsad.DuplicateURL}, {"same text", sameText, marsad.DuplicateText}} {
		got, dup, err := s.Seen(ctx, tt.a)
		if err != nil || !dup || got != tt.want {
			t.Errorf("Seen(%s) = %v, %v, %v; want %v, true, nil", tt.name, got, dup, err, tt.want)
		}
		put, err := s.PutArticle(ctx, tt.a)
		if err != nil || put != tt.want {
			t.Errorf("PutArticle(%s) = %v, %v; Seen must agree with it", tt.name, put, err)
		}
	}
}
