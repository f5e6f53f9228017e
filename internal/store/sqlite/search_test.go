package sqlite

import (
	"context"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
)

func TestMatchQuery(t *testing.T) {
	tests := []struct {
		q, want string
		ok      bool
	}{
		{"الحسكة", `("الحسكه" OR "حسكه")`, true},
		{"بالحسكة", `("بالحسكه" OR "الحسكه" OR "حسكه")`, true},
		{"حلب", `("حلب")`, true},
		{"Reuters 2026", `("reuters") AND ("2026")`, true},
		{`"حلب" OR دمشق*`, `("حلب") AND ("or") AND ("دمشق")`, true},
		{"؟!...", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := matchQuery(tt.q)
		if got != tt.want || ok != tt.ok {
			t.Errorf("matchQuery(%q) = %q, %v, want %q, %v", tt.q, got, ok, tt.want, tt.ok)
		}
	}
}

func TestIndexTerms(t *testing.T) {
	got := indexTerms("سقطت قذائف بالحسكة")
	for _, want := range []string{"بالحسكه", "الحسكه", "حسكه", "قذايف"} {
		found := false
		for _, term := range splitSpace(got) {
			found = found || term == want
		}
		if !found {
			t.Errorf("indexTerms(…بالحسكة) = %q, want it to hold %q", got, want)
		}
	}
}

func splitSpace(s string) []string {
	var out []string
	start := -1
	for i, r := range s + " " {
		if r == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	return out
}

// FuzzSearch sends arbitrary text as a search: it must never be an FTS5
// syntax error or any failure other than EINVALID.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"الحسكة", `"حلب" OR دمشق*`, "NEAR(a b)", "terms:x", "^a -b +c", "a\x00b", "\xff"} {
		f.Add(s)
	}
	s, err := Open(context.Background(), f.TempDir()+"/fuzz.db", Options{})
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	a := &marsad.Article{URL: "https://x.example/1", Text: "سقطت قذائف بالحسكة صباح اليوم"}
	cluster.Prepare(a)
	if _, err := s.PutArticle(context.Background(), a); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		_, err := s.Articles(context.Background(), marsad.ArticleQuery{Text: q, Limit: 5})
		if err != nil && marsad.ErrorCode(err) != marsad.EINVALID {
			t.Fatalf("Articles(%q) error %v", q, err)
		}
	})
}
