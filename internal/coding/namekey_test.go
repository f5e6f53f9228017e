package coding

import (
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/arabic"
)

// nameKeyRef is nameKey as it was written first (Fields, then Join); the
// faster nameKey must give the same keys.
func nameKeyRef(s string) string {
	ws := strings.Fields(arabic.Normalize(s))
	for i, w := range ws {
		for _, p := range []string{"وال", "بال", "فال", "كال", "لل", "ال"} {
			if strings.HasPrefix(w, p) && len([]rune(w))-len([]rune(p)) >= 2 {
				ws[i] = w[len(p):]
				break
			}
		}
	}
	return strings.Join(ws, " ")
}

func TestNameKeyMatchesFieldsJoin(t *testing.T) {
	for _, s := range []string{
		"", " ", "الرئيس الأمريكي", "  وزير   الخارجية\tالمصري ",
		"بالقاهرة", "للسلام", "الم", "ال", "وال بال", "الأمم\u00a0المتحدة",
		"كالعادة\nوالحكومة", "ال\xffب", "Hamas ال", "الاتحاد\u2003الأوروبي",
	} {
		if got, want := nameKey(s), nameKeyRef(s); got != want {
			t.Errorf("nameKey(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzNameKeyMatchesFieldsJoin(f *testing.F) {
	for _, s := range []string{"الرئيس الأمريكي", " وال  بال\t", "ال\xffب"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := nameKey(s), nameKeyRef(s); got != want {
			t.Errorf("nameKey(%q) = %q, want %q", s, got, want)
		}
	})
}
