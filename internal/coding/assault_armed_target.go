package coding

import "github.com/marsad/marsad/internal/arabic"

// armedTarget reports an attack aimed at a position, a town, a convoy or
// a ship, or qualified by its weapon, among the four words after hit h:
// arms, not words, whoever tells it («قال الوزير إن قواته هاجمت مواقع
// المتمردين», «شن النظام هجوما على معاقل الفصائل», «شن هجوما كيميائيا»).
// A target of words met first (a policy, an official, the media) leaves
// the choice to verbalAttack («هاجم الوزير قرار إغلاق مواقع …»).
func (c *Coder) armedTarget(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	fl := &c.lx.filters
	for k, n := h.last()+1, 0; k < s.b && n < 4; k++ {
		if d.toks[k].Kind != arabic.Word {
			continue
		}
		n++
		if d.has(k, fl.verbalTargets) {
			return false
		}
		if d.has(k, fl.armedTargets) {
			return true
		}
	}
	return false
}
