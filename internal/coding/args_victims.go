package coding

import "github.com/marsad/marsad/internal/arabic"

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
