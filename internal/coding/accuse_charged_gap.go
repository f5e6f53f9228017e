package coding

import "github.com/marsad/marsad/internal/arabic"

// chargedInGap reads the gap of a verb phrase that lays a charge on its
// object («حمّل * المسؤولية»): an unnamed subject (a definite noun and its
// adjectives that no party was linked to: «النقابة», «الأطراف الموقعة»,
// «الشكوى», «الأحوازيون») followed at once by a party that fills the rest
// of the gap is subject then object — «وحمّلت النقابة الحوثيين
// المسؤولية», «وحملت الشكوى السلطات الحوثية مسؤولية المخاوف» — where the
// phrase reader joined both into one subject or took the party for it. A
// title («الرئيس», «المتحدث») is left alone: the name after it is his own.
func (c *Coder) chargedInGap(d *doc, h *hit) (actor, recip np, ok bool) {
	t := h.trig
	if t.Type != "ACCUSE" || !t.Verb || !t.Object || len(h.pos) < 2 {
		return np{}, np{}, false
	}
	s := d.sents[h.sent]
	g := h.pos[1]
	k := c.skipAdverbs(d, h.head()+1, g)
	if k >= g || d.toks[k].Kind != arabic.Word || d.mentionAt[k] >= 0 || d.placeAt[k] >= 0 || !definite(d.toks[k].Norm) || titleAt(d, k) || c.isTrigger(d, k) {
		return np{}, np{}, false
	}
	j := k + 1
	for j < g && d.toks[j].Kind == arabic.Word && d.mentionAt[j] < 0 && d.placeAt[j] < 0 && definite(d.toks[j].Norm) && j < k+3 {
		j++ // its adjectives: «الأطراف الموقعة»
	}
	if j >= g || j >= s.b {
		return np{}, np{}, false
	}
	var party np
	if m := d.mentionAt[j]; m >= 0 && int(d.mentions[m].TokStart) == j && linked(&d.mentions[m].Actor) {
		a := d.mentions[m].Actor
		party = np{a: j, b: int(d.mentions[m].TokEnd), actor: &a}
	} else if p := d.placeAt[j]; p >= 0 && d.places[p].Kind == "country" && d.places[p].a == j {
		party = np{a: j, b: d.places[p].b} // «وحملت الوزارة إسرائيل المسؤولية»: a country stands for its government
		party.actor = d.countryParty(party)
	}
	if party.actor == nil {
		return np{}, np{}, false
	}
	for e := party.b; e < g; e++ {
		if d.toks[e].Kind != arabic.Word || d.mentionAt[e] >= 0 || d.placeAt[e] >= 0 {
			return np{}, np{}, false // the party must fill the gap, bar its adjectives
		}
	}
	return np{a: k, b: j}, party, true
}
