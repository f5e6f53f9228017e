package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// reactionVerbs open a second act of the subject after a denial: «ونفت
// موسكو ضلوعها …، وردت بطرد …», «وقامت بـ», «وعمدت إلى», «ولجأت إلى».
// Written without the conjunction, normalised.
var reactionVerbs = map[string]bool{
	"رد": true, "ردت": true, "قام": true, "قامت": true, "عمد": true, "عمدت": true,
	"لجا": true, "لجات": true, "سارع": true, "سارعت": true, "بادر": true, "بادرت": true,
}

// denialReaches reports whether a denial word at token k governs the
// trigger at token i. A denial negates only what it denies: a verb joined
// after it by «و» («ونفت الصين الاتهامات وهددت بالرد») is the subject's own
// second act, and so is an act after a reaction verb («، وردت بطرد …»),
// unless a «أن» clause of the denial holds them both («نفى أن يكون التقى
// السفير وبحث معه …»).
func denialReaches(d *doc, h *hit, k, i int) bool {
	for j := k + 1; j <= i; j++ {
		t := d.toks[j]
		if t.Kind != arabic.Word {
			continue
		}
		w := bareWord(d, j)
		switch w {
		case "ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "بانهم", "لان":
			return true // «نفى أن …»: the clause denied holds what follows
		}
		if w == t.Norm || !strings.HasPrefix(t.Norm, "و") {
			continue // no conjunction
		}
		if (j == i && h.trig.Verb && h.clitic == "") || reactionVerbs[w] {
			return false
		}
	}
	return true
}
