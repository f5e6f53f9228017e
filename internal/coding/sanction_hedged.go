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

// sanctionOnCondition reports a SANCTION whose clause puts a condition
// («إذا», «في حال», «شرط») within twelve words after the trigger, past the
// six conditionAfter reads: «الانسحاب من الاتفاق النووي مع إيران سيكون
// خيارنا في حال لم يتم تعديله» (a measure conditioned, per the
// guidelines no SANCTION). «ما إذا» (whether) is no condition.
func sanctionOnCondition(d *doc, h *hit) bool {
	if h.trig.Type != "SANCTION" {
		return false
	}
	s := d.sents[h.sent]
	for k := range d.clauseWordsAfter(h, 12) {
		switch bareWord(d, k) {
		case "اذا":
			return !(k > s.a && (d.toks[k-1].Norm == "ما" || d.toks[k-1].Norm == "عما"))
		case "شريطه", "بشرط", "شرط":
			return true
		case "حال":
			return k > s.a && strings.HasSuffix(d.toks[k-1].Norm, "في")
		}
	}
	return false
}
