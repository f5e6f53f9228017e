package geo

import (
	"math/rand/v2"
	"testing"
)

// TestRuneSlicer checks runeSlicer against sliceRunes on every (s, e) in
// and around range, in order and out of order, on text with Arabic, ASCII
// and an invalid byte.
func TestRuneSlicer(t *testing.T) {
	text := "قصف في حلب, and x\xffy سوريا"
	n := len([]rune(text))
	rng := rand.New(rand.NewPCG(1, 2))
	rs := runeSlicer{text: text}
	for range 5000 {
		s, e := rng.IntN(n+6)-3, rng.IntN(n+6)-3
		if got, want := rs.slice(s, e), sliceRunes(text, s, e); got != want {
			t.Fatalf("slice(%d, %d) = %q, want %q", s, e, got, want)
		}
	}
	for s := -1; s <= n+1; s++ {
		for e := -1; e <= n+1; e++ {
			if got, want := rs.slice(s, e), sliceRunes(text, s, e); got != want {
				t.Fatalf("slice(%d, %d) = %q, want %q", s, e, got, want)
			}
		}
	}
}
