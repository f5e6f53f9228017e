package coding

import (
	"strings"

	"github.com/marsad/marsad"
)

// meetingRetelling reports two reports of a meeting or an agreement (CONSULT,
// AGREE) in one article that tell the same happening: one party is named in
// both, on either side («بحث السيسي والعاهل البحريني …» and «خلال اتصال
// هاتفي تلقاه السيسي من ملك البحرين»), and the other party of each is the
// same, or is missing or names no known actor in one of them (a retelling
// whose argument reading went astray: «كما بحثا أيضا تخفيف معاناة …»). Two
// meetings of one party with two known others («التقى كوشنر السيسي» and
// «التقى كوشنر أمير قطر») stay apart.
func meetingRetelling(o, e *coded) bool {
	if o.Type != "CONSULT" && o.Type != "AGREE" {
		return false
	}
	if o.Mode != e.Mode && o.Mode != "" && e.Mode != "" && !(o.Type == "CONSULT" && meetingMode(o.Mode) && meetingMode(e.Mode)) {
		return false
	}
	po := [2]*marsad.Actor{o.Actor, o.Recipient}
	pe := [2]*marsad.Actor{e.Actor, e.Recipient}
	for x := 0; x < 2; x++ {
		for y := 0; y < 2; y++ {
			if !sameParty(po[x], pe[y]) {
				continue
			}
			if other, otherE := po[1-x], pe[1-y]; junkParty(other) || junkParty(otherE) || sameParty(other, otherE) || strictlyCompatible(other, otherE) {
				return true
			}
		}
	}
	return false
}

// meetingMode reports the CONSULT modes of one talk between two sides: a
// call and a visit may be the same talk told twice («اتصال هاتفي» and
// «بحث»), a multilateral conference is not.
func meetingMode(m string) bool {
	return m == "phone" || m == "visit" || m == "other"
}

// sameParty reports two actors that name one party: they carry one ID, or
// their names overlap (a conjunction «و» set aside: «ومسلحي المعارضة») and
// their sectors do not differ.
func sameParty(a, b *marsad.Actor) bool {
	if a == nil || b == nil {
		return false
	}
	if a.ID != "" && a.ID == b.ID {
		return true
	}
	if a.Sector != "" && b.Sector != "" && a.Sector != b.Sector {
		return false // «البنك السعودي» is not «السعودية»
	}
	return namesOverlap(a.Name, b.Name) || namesOverlap(strings.TrimPrefix(a.Name, "و"), strings.TrimPrefix(b.Name, "و"))
}

// junkParty reports a missing party or a phrase that names no known actor.
func junkParty(a *marsad.Actor) bool {
	return a == nil || !linked(a)
}

// outletRetelling reports a material act whose actor in one telling is a
// media outlet and in the other is not, of the same mode, and whose
// recipients may be the same: the outlet is the one that told it
// («… قال إن الرئيس قبل استقالته» read with «التلفزيون» as its subject), so
// the telling joins the happening told with its party.
func outletRetelling(o, e *coded) bool {
	if verbal(o.Type) || o.Mode == "" || o.Mode == "other" || o.Mode != e.Mode {
		return false
	}
	if mediaActor(o.Actor) == mediaActor(e.Actor) || o.Actor == nil || e.Actor == nil {
		return false
	}
	return strictlyCompatible(o.Recipient, e.Recipient)
}
