package bitfilter

import (
	"fmt"
	"testing"
)

// TestNoFalseNegatives: every added word passes; most other words do not
// (a filter that let everything through would make the callers' lookups
// no cheaper, though still right).
func TestNoFalseNegatives(t *testing.T) {
	words := []string{"دمشق", "بغداد", "الحسكة", "ريف", "a", "", "وزارة الخارجية"}
	for i := 0; i < 2000; i++ {
		words = append(words, fmt.Sprintf("كلمة%d", i))
	}
	f := New(len(words), 16)
	for _, w := range words {
		f.Add(w)
	}
	for _, w := range words {
		if !f.MayHave(w) {
			t.Errorf("MayHave(%q) = false for an added word", w)
		}
	}
	pass := 0
	for i := 0; i < 2000; i++ {
		if f.MayHave(fmt.Sprintf("غيرها%d", i)) {
			pass++
		}
	}
	if pass > 400 {
		t.Errorf("%d of 2000 absent words pass the filter, want far fewer", pass)
	}
}

func TestZeroFilterPassesAll(t *testing.T) {
	var f *Filter
	if !f.MayHave("x") || !(&Filter{}).MayHave("y") {
		t.Error("an empty filter must not filter")
	}
}

func FuzzFilter(f *testing.F) {
	f.Add("دمشق", "x")
	f.Fuzz(func(t *testing.T, a, b string) {
		fl := New(2, 16)
		fl.Add(a)
		if !fl.MayHave(a) {
			t.Fatalf("MayHave(%q) false after Add", a)
		}
		_ = fl.MayHave(b)
	})
}
