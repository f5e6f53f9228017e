package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// imperfectHead reports a SANCTION or COERCE trigger, verb or phrase,
// whose first word is an imperfect verb: «قد» or «وقد» right before it
// hedges the measure («وقد تفرض الولايات المتحدة عقوبة إضافية على
// الشركة», «قد يفرض الاتحاد عقوبات»: it may come, none is taken; ninth
// session, coerce11). The future words reach a bare «قد» before a verb
// trigger only: a phrase is marked Verb false even when it opens with a
// verb, and «وقد» has no key without its «و». «قد» before a perfect («وقد فرضت»,
// «وقد تبنى») tells a past act: a perfect in ت is told from the
// imperfect by the lemma in the phrase's source («تبنى/يتبنى» gives
// «تتبنى»).
func imperfectHead(d *doc, h *hit) bool {
	if h.trig.Type != "SANCTION" && h.trig.Type != "COERCE" {
		return false
	}
	i := h.head()
	if d.toks[i].Kind != arabic.Word {
		return false
	}
	first, _, _ := strings.Cut(h.trig.Source, " ")
	perf, imperf, ok := strings.Cut(first, "/")
	if !ok || imperf == "" {
		return false // the phrase opens with no verb
	}
	w := bareWord(d, i)
	perf = strings.TrimPrefix(arabic.Normalize(perf), "~")
	switch {
	case strings.HasPrefix(w, "ي"):
		return true
	case strings.HasPrefix(w, "ت"):
		return !strings.HasPrefix(perf, "ت") || strings.HasPrefix(w, "تت")
	}
	return false
}
