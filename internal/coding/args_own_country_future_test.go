package coding

import "testing"

// A first-person future is read from the surface: «سار» and «ساعد» are
// perfects of the third person, not «سأ» + verb.
func TestFirstPersonFutureSurface(t *testing.T) {
	for w, want := range map[string]bool{
		"سندمر": true, "وسنرد": true, "سأرد": true, "فسأرد": true,
		"سار": false, "وسار": false, "ساعد": false, "سارت": false, "دمر": false,
	} {
		if got := firstPersonFuture(w); got != want {
			t.Errorf("firstPersonFuture(%q) = %v, want %v", w, got, want)
		}
	}
}
