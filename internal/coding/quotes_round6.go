package coding

import (
	"github.com/marsad/marsad/internal/arabic"
)

// fearedOrNoted reports a verb that states a view only with a clause
// after it: «ويخشى خبراء من أن الرسوم …» (a fear voiced: «من» right
// before the complementiser) and «وسجل التقرير أن …», «سجلت المنظمة أن
// …» (a finding put on record: the complementiser within five tokens, no
// comma or number between). Without the clause they fear a thing («يخشى
// الفشل») or score, register and record («سجل هدفا», «سجل 30 هدفا، علما
// أن …»).
func (c *Coder) fearedOrNoted(d *doc, i int, s sent) bool {
	fear := false
	switch bareWord(d, i) {
	case "يخشي", "تخشي", "يخشون", "خشي", "خشيت", "خشوا":
		fear = true
	case "سجل", "سجلت", "يسجل", "تسجل":
	default:
		return false
	}
	limit := i + 5
	if fear {
		limit = i + 7
	}
	for k := i + 1; k < s.b && k <= limit; k++ {
		t := d.toks[k]
		switch {
		case t.Kind == arabic.Punct && (t.Text != "،" || !fear):
			return false
		case t.Kind != arabic.Word:
			return false // a number: «سجل 30 هدفا»
		case complementiser(d, k):
			return !fear || d.toks[k-1].Norm == "من"
		case c.reportingAt(d, k) || relative(t.Norm):
			return false // the complementiser is another verb's
		}
	}
	return false
}
