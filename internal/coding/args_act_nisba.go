package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"

	"github.com/marsad/marsad"
)

// actNisbaSubject gives an assault told by a later word the country of an
// act noun with a country's nisba that is its subject or its description:
// «الضربات الإسرائيلية على سوريا استهدفت مواقع إيرانية», «القصف الروسي على
// المدينة أسفر عن مقتل …», «وصفت الحكومة الهجوم التركي بأنه اعتداء». The
// noun and its adjective name who acted («غارة إسرائيلية» is Israel's
// forces, events.go); a party read inside its phrase («على سوريا»), the
// verb's object after it, or the one who describes the act is not its
// actor. The act noun must open its clause (no preposition before it:
// not «ردا على الهجوم التركي قصفت القوات …»).
func (c *Coder) actNisbaSubject(d *doc, h *hit, actor np) np {
	if h.trig.Type != "ASSAULT" || h.pass {
		return actor
	}
	s := d.sents[h.sent]
	i := h.head()
	for j := i - 2; j >= s.a && j >= i-10; j-- {
		w := d.toks[j].Norm
		if w == "،" || w == "." || w == "؛" {
			return actor
		}
		if !c.assaultNoun(d, j) || !strings.HasPrefix(bareWord(d, j), "ال") || !nisba(d.toks[j+1].Norm) || !definite(d.toks[j+1].Norm) {
			continue
		}
		e := j + 2 // (the adjective may be read as a mention of its country)
		for e < i && d.toks[e].Kind == arabic.Word && nisba(d.toks[e].Norm) && !c.isStop(d, e) {
			e++ // «الأمريكية والفرنسية»
		}
		code := c.nisbaCountry(d, j+1, e)
		if code == "" || e >= i {
			return actor
		}
		described := j > s.a && describeVerb(bareWord(d, j-1))
		if !described && j > s.a && actPreposition(bareWord(d, j-1)) {
			return actor
		}
		if actor.ok() && actor.actor != nil && actor.actor.Country == code {
			return actor
		}
		if !described && actor.ok() && actor.a < j {
			return actor // a subject before the act: «قصف الجيش … »
		}
		return np{a: j + 1, b: e, actor: &marsad.Actor{Country: code, Sector: "MIL"}}
	}
	return actor
}

// describeVerb reports a verb of describing whose object is the act it
// names: «وصف», «وصفت», «يصف».
func describeVerb(w string) bool {
	for _, v := range []string{"وصف", "وصفت", "يصف", "تصف", "وصفوا"} {
		if w == v {
			return true
		}
	}
	return false
}

// actPreposition reports a word that puts the act noun after it in a
// phrase of its own («ردا على», «بعد», «إثر»): the act is then no subject.
func actPreposition(w string) bool {
	switch w {
	case "علي", "في", "ضد", "بعد", "اثر", "عن", "من", "منذ", "قبل", "رغم", "جراء", "بسبب", "خلال", "الي", "مع", "حول", "وسط", "تجاه", "ازاء":
		return true
	}
	return false
}

// assaultNoun reports a noun whose word opens an assault trigger
// («الضربات», «القصف», «العدوان»), whatever the trigger's length.
func (c *Coder) assaultNoun(d *doc, i int) bool {
	if d.toks[i].Kind != arabic.Word {
		return false
	}
	for _, k := range d.keys[i] {
		for _, w := range []string{k, strings.TrimPrefix(k, "ال")} {
			for _, t := range c.lx.byFirst[w] {
				if !t.Verb && len(t.Slots) == 1 && t.Type == "ASSAULT" {
					return true
				}
			}
		}
	}
	return false
}
