package coding

import (
	"strings"
	"testing"
)

// verbalNounRef is verbalNoun as it was written first (through []rune);
// the version without those copies must answer the same.
func verbalNounRef(t string) bool {
	r := make([]rune, 0, len(t))
	for _, x := range t {
		if x == 'ـ' || x >= 0x064B && x <= 0x0652 {
			continue
		}
		r = append(r, x)
	}
	w := string(r)
	for _, p := range []string{"و", "ف"} {
		if rest := strings.TrimPrefix(w, p); rest != w && len([]rune(rest)) >= 5 {
			w = rest
			break
		}
	}
	for _, p := range []string{"بال", "لل", "كال", "ال", "ب", "ل", "ك"} {
		if rest := strings.TrimPrefix(w, p); rest != w && len([]rune(rest)) >= 5 {
			w = rest
			break
		}
	}
	r = []rune(w)
	switch {
	case len(r) == 5 && r[0] == 'إ' && r[3] == 'ا':
		return w != "إيران" && w != "إخوان"
	case len(r) == 7 && strings.HasPrefix(w, "است") && r[5] == 'ا':
		return true
	}
	return false
}

func TestVerbalNounMatchesRunes(t *testing.T) {
	for _, w := range []string{
		"", "إجراء", "بإطلاق", "الاستئناف", "والاستئناف", "إيران", "بإيران", "إخوان",
		"اطفال", "إجـراء", "إِجراء", "استقبال", "واستقبالـ", "إج\xffاء", "\xff", "إجرا", "الإجراءات",
		"وللإفراج", "فالاستعداد", "كالإعلان",
	} {
		if got, want := verbalNoun(w), verbalNounRef(w); got != want {
			t.Errorf("verbalNoun(%q) = %v, want %v", w, got, want)
		}
	}
}

func FuzzVerbalNounMatchesRunes(f *testing.F) {
	for _, w := range []string{"إجراء", "والاستئناف", "إجـراء", "إج\xffاء"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := verbalNoun(w), verbalNounRef(w); got != want {
			t.Errorf("verbalNoun(%q) = %v, want %v", w, got, want)
		}
	})
}
