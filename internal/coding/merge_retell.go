package coding

import "strings"

// retelling says how a trigger tells again a happening told before in the
// article without a demonstrative (refersBack, merge_round8.go, has those).
type retelling uint8

const (
	newTelling retelling = iota
	// a definite act noun after a verb of occurrence («وجاءت الاشتباكات
	// بعد تحذيرات …», «ووقعت عملية الدهس خلال …», «جرت المباحثات في …»)
	// or after «إن» («إن المباحثات شهدت …»), or an act whose subject is the
	// pair of parties told before («ناقش الجانبان …»), or after a verb of
	// outcome («وأسفرت المواجهات عن مقتل …»): the happening told before,
	// whatever day or place its sentence names; a toll the first telling
	// lacked is taken
	toldAgain
	// a definite act noun after a verb of continuation («واستمرت عمليات
	// القصف …»): the happening told before, unless the sentence names
	// another day or place («وتواصلت المواجهات في محافظة تعز»)
	goesOn
)

// retellsBack reads how trigger h tells again a happening told before. An
// act told for the first time comes with an indefinite noun («وقعت
// اشتباكات») or with its parties named. The event joins the earlier one it
// points to (referent); with none of its type before, it stands.
func (c *Coder) retellsBack(d *doc, h *hit) retelling {
	fl := &c.lx.filters
	s := d.sents[h.sent]
	if !h.trig.Verb {
		first := h.pos[0]
		if !strings.HasPrefix(bareWord(d, h.last()), "ال") || first <= s.a {
			return newTelling
		}
		switch w := bareWord(d, first-1); {
		case fl.occur[w], fl.outcome[w]:
			return toldAgain
		case fl.goesOn[w]:
			return goesOn
		case c.talksRetold(d, h): // merge_retell_talks.go
			return toldAgain
		}
		return newTelling
	}
	if j := h.last() + 1; j < s.b && fl.bothSides[bareWord(d, j)] {
		return toldAgain // «ناقش الجانبان»
	}
	if c.talksRetold(d, h) {
		return toldAgain // «ووقع الاتفاقية …» (merge_retell_talks.go)
	}
	return newTelling
}
