package coding

import (
	"strings"

	"github.com/marsad/marsad"
)

// strongerActor reports whether a later telling's actor should replace the
// actor a merged event kept from an earlier telling: the kept one is a word
// the actor layer did not identify (no country, no sector: «منظمة العدل
// الدولية», «جديدة»), the new one is identified with both a country and a
// sector («وأصدرت محكمة عسكرية مصرية … أحكاما»), and it is not the party
// the act hit. A linked party is never replaced by a weaker one (merge12).
//
// Not for meetings and visits: their unlinked actor is mostly a named
// visitor the actor layer does not know («بدأ بيتر مورير زيارة إلى
// اليمن»), and a later telling names the host. Not for an act of force
// whose candidate is civilians or on the side of the party hit (same country
// and sector)
// (a retelling of the dead: «بمقتل 18 من عناصر البيشمركة»).
func strongerActor(typ string, kept, recip, cand *marsad.Actor, symmetric bool) bool {
	if kept == nil || linked(kept) || cand == nil || cand.Country == "" || cand.Sector == "" || typ == "CONSULT" {
		return false
	}
	// A kept phrase of several words is mostly a party the actor layer does
	// not know («أحمد خاتمي», «قوات كردية», «الشاب المهاجر»); a single word
	// is mostly no party at all («قتيل», «بيان», «وجاء»): only that is replaced.
	if len(strings.Fields(kept.Name)) > 1 {
		return false
	}
	if recip != nil && (namesOverlap(cand.Name, recip.Name) || (!symmetric && oneParty(cand, recip))) {
		return false
	}
	if forceType(typ) && (cand.Sector == "CVL" || (recip != nil && !symmetric && recip.Country == cand.Country && recip.Sector == cand.Sector)) {
		return false
	}
	// «القوات» linked alone does not name «القوات الكردية» better: the kept
	// phrase is the candidate with more words after it
	kw, cw := strings.Fields(kept.Name), strings.Fields(cand.Name)
	if len(cw) < len(kw) && strings.Join(kw[:len(cw)], " ") == cand.Name {
		return false
	}
	return true
}
