package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// countedVictims reports a phrase that counts people who are not armed
// («عشرة أشخاص», «30 شخصا», «تسعة مدنيين», «سبعة محتجين»). In a report of
// force such a count names the people it hit, whatever verb it is the
// subject of («لقي عشرة أشخاص مصرعهم», «أن تسعة أشخاص أصيبوا», «خمسة
// أشخاص قتلوا عندما …»): it is the recipient, never the actor. Counted
// armed men («50 مسلحا هاجموا») and known parties keep their role.
func (c *Coder) countedVictims(d *doc, p np) bool {
	if !p.ok() || (p.actor != nil && agentive(p.actor)) {
		return false
	}
	head := -1
	if n, ok := arabic.ParseNumber(d.toks, p.a); ok && n.End < p.b {
		head = n.End // the phrase holds its number
	}
	for j := p.a - 1; head < 0 && j >= 0 && j >= p.a-2; j-- {
		if n, ok := arabic.ParseNumber(d.toks, j); ok && n.End == p.a {
			head = p.a // the number stands right before the phrase
		}
	}
	if head < 0 || !d.has(head, c.lx.victims) || d.has(head, c.lx.armed) || c.datePhrase(d, p) {
		return false
	}
	// «تعرضا لهجوم من قبل ثلاثة أشخاص»: a count after an agent marker acts
	for k := max(0, p.a-5); k < p.a; k++ {
		if n := c.agentAt(d, k, p.a); n > 0 {
			return false
		}
	}
	return true
}

// metDeath reports «لقي X مصرعه/حتفه» («لقي العشرات من عناصر الميليشيات
// مصرعهم»): its subject died, armed or not, and is never the actor.
func metDeath(d *doc, h *hit) bool {
	if len(h.pos) < 2 {
		return false
	}
	switch bareWord(d, h.head()) {
	case "لقي", "لقى", "لقيت", "لقوا", "لقيا", "يلقى", "يلقون":
	default:
		return false
	}
	w := bareWord(d, h.last())
	return strings.HasPrefix(w, "مصرع") || strings.HasPrefix(w, "حتف")
}

// diedSubject reports a phrase that is the subject of «لقي … مصرعه/حتفه»
// when the act at token i is what killed it («كما لقي العشرات من عناصر
// الميليشيات مصرعهم بغارات …», «… حتفهم جراء قصف …»): that act was not
// made by those it killed. After «بعد/خلال» the act may be their own
// («لقي عدد من الحوثيين مصرعهم بعد هجوم على مواقع للجيش»).
func diedSubject(d *doc, p np, i int) bool {
	if !p.ok() || i <= p.b {
		return false
	}
	death := -1
	for k := p.b; k < i && k <= p.b+1; k++ {
		if w := bareWord(d, k); strings.HasPrefix(w, "مصرع") || strings.HasPrefix(w, "حتف") {
			death = k
		}
	}
	if death < 0 || i-death > 3 {
		return false
	}
	for k := death + 1; k < i; k++ {
		switch bareWord(d, k) {
		case "بعد", "خلال", "اثناء", "قبل":
			return false
		}
	}
	for k := p.a - 1; k >= 0 && k >= p.a-4; k-- {
		switch bareWord(d, k) {
		case "لقي", "لقى", "لقيت", "لقوا", "لقيا", "يلقى", "يلقون":
			return true
		}
	}
	return false
}
