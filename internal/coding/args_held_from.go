package coding

// A town taken «من سيطرة X» or «من قبضة X» (or one «تحت سيطرة X») («حررت القوات الحي من سيطرة
// التنظيم», «استعاد الجيش البلدة من قبضة المسلحين», «السيطرة على مناطق
// جديدة من قبضة الحوثيين») was taken from X: X is the recipient of the
// seizure. The preposition reader stopped at the holding word, or at the
// place or an adjective before it («جديدة»), and a party after «سيطرة» is
// read elsewhere as only holding a place (controller), so this runs after
// noParty.

// heldFrom returns the holder named after «من سيطرة/قبضة» in the clause
// after a seizure whose recipient names no party; recip otherwise.
func (c *Coder) heldFrom(d *doc, h *hit, recip np) np {
	if h.trig.Type != "COERCE" || h.trig.Mode != "seize" || recip.actor != nil {
		return recip
	}
	s := d.sents[h.sent]
	for k := h.last() + 1; k+2 < s.b && k <= h.last()+8; k++ {
		if t := d.toks[k].Text; t == "،" || t == "." || t == ":" || t == "؛" {
			break // another clause's words
		}
		if d.mentionAt[k] >= 0 || !heldWord(d, k) {
			continue
		}
		if m := d.mentionAt[k+2]; m >= 0 {
			mm := d.mentions[m]
			a := mm.Actor
			return np{a: k + 2, b: min(mm.TokEnd, s.b), actor: &a}
		}
		if p := c.phraseAt(d, k+2, s.b); p.ok() && p.actor != nil {
			return p // «من سيطرة تنظيم القاعدة»: the organisation's mention inside
		}
		break
	}
	return recip
}

// heldWord reports «من سيطرة», «من قبضة» or «تحت سيطرة» at k: the place
// taken was held by the party named after it («القرى الواقعة تحت سيطرة
// الميليشيات»).
func heldWord(d *doc, k int) bool {
	switch w := bareWord(d, k+1); d.toks[k].Norm {
	case "من":
		return w == "سيطره" || w == "قبضه"
	case "تحت":
		return w == "سيطره"
	}
	return false
}
