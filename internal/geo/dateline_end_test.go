package geo

import (
	"testing"

	"github.com/marsad/marsad/internal/arabic"
)

// TestReadDatelineMarksAtTheEnd: a last line of nothing but punctuation
// (a stray quote mark or bullet) ends the search for a header; it once read
// past the last token.
func TestReadDatelineMarksAtTheEnd(t *testing.T) {
	r, err := NewResolver(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"بيروت تستعد لاستقبال الوفد.\n«", "بيروت تستعد.\n-", "بيروت تستعد.\n\"«"} {
		toks := arabic.Tokenize(text)
		ps := r.Resolve(text, toks, Options{})
		if len(ps) == 0 {
			t.Fatalf("%q: no place resolved", text)
		}
		if d, ok := r.ReadDateline(text, toks, ps); ok {
			t.Errorf("ReadDateline(%q) = %+v, want none", text, d)
		}
	}
}
