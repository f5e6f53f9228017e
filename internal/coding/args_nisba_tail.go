package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// nisbaTail reports a recipient phrase that is one definite adjective
// describing the noun right before it, which the linker nevertheless read
// as a party (a country from its nisba, a ministry or a force from
// «الداخلية», «البحرية»):
//
//   - the adjective closes the actor's own phrase: «قوات الاحتلال
//     الإسرائيلية», «ميليشيات الحوثي الإيرانية», «شركة توتال الفرنسية»
//     say whose the actor is; the act has no second party there (a
//     phrase of one word is left: in «ضرب قواعد سوريا الجوية» it is
//     only the genitive of the noun the adjective describes);
//   - a domain adjective after a definite or possessed noun: «شؤونها
//     الداخلية», «الملاحة البحرية», «التدخلات الخارجية» are matters, not
//     the ministry of the interior or the navy («وزارة الداخلية» and
//     «وزيري الخارجية» stay: the noun before them is in construct).
//
// A country's nisba after a noun that is not the actor («الأراضي
// السعودية», «القنصلية السعودية») is left alone: there it often names the
// party hit. So is a word the gazetteer places («ويتهم الحوثيون
// السعودية»: the country, not an adjective) and a second member of a list
// («وزيري العدل والداخلية»).
func (c *Coder) nisbaTail(d *doc, p, actor np) bool {
	if !p.ok() || p.b-p.a != 1 || p.a == 0 || d.toks[p.a].Kind != arabic.Word || d.toks[p.a-1].Kind != arabic.Word {
		return false
	}
	w := bareWord(d, p.a)
	t := d.toks[p.a].Text
	if !strings.HasPrefix(w, "ال") || !(strings.HasSuffix(t, "ية") || strings.HasSuffix(t, "ي")) {
		return false
	}
	if p.actor != nil && p.actor.ID != "" && p.actor.ID == p.actor.Country {
		return false // «ويتهم الحوثيون السعودية»: the state itself, not its adjective
	}
	if d.conj[p.a] || d.placeAt[p.a] >= 0 {
		return false // «وزيري العدل والداخلية»: a second member; a place
	}
	if actor.ok() && actor.b == p.a && actor.b-actor.a >= 2 && (c.nisbaCountry(d, p.a, p.b) != "" || domainAdjective(w)) {
		return true
	}
	if !domainAdjective(w) {
		return false
	}
	prev := bareWord(d, p.a-1)
	return strings.HasPrefix(prev, "ال") || possessedNoun(prev)
}

// domainAdjective reports a definite adjective of a field of government
// («الداخلية», «الخارجية») or a branch of force («البحرية», «الجوية»,
// «الأمنية») that the linker also reads alone as the ministry or the
// force. Normalised.
func domainAdjective(w string) bool {
	switch w {
	case "الداخليه", "الخارجيه", "البحريه", "الجويه", "البريه", "الحكوميه", "الامنيه", "العسكريه":
		return true
	}
	return false
}

// possessedNoun reports a word closed by a possessive pronoun of the third
// person («شؤونها», «أراضيه», «حدودهم»). Normalised; a word of four
// letters or more, so that «له», «بها» and the like are not read.
func possessedNoun(w string) bool {
	if len([]rune(w)) < 5 {
		return false
	}
	for _, s := range []string{"ها", "هم", "هما"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}
