package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// verbSpelledOver reports, for two patterns of the same length matched at
// token i, that the verb t should win over the noun o because the word is
// written with a hamza above its first letter after any conjunction:
// «وأدانتها الحكومة» is the perfect verb أدان with its object, whereas
// the verbal noun is written with a hamza below («إدانتها»). Normalisation
// makes both «ادانتها», and the noun read the government after it as the
// one condemned.
func verbSpelledOver(d *doc, i int, t, o *Trigger) bool {
	if !t.Verb || o == nil || o.Verb {
		return false
	}
	w := d.toks[i].Text
	for _, p := range []string{"و", "ف"} {
		if rest := strings.TrimPrefix(w, p); rest != w {
			w = rest
			break
		}
	}
	return strings.HasPrefix(w, "أ")
}

// closingPrepObject reads the recipient of a verbal act's verb pattern
// that ends in one of its own recipient prepositions («أثنى|أثنت * على»):
// the phrase right after the pattern. The search for a preposition after
// the pattern cannot see it, the preposition being a word of the pattern.
// A name in apposition after it («ألقت القبض على الناشط، فلان،») is left
// to that search, which reads it (args_round11.go).
func (c *Coder) closingPrepObject(d *doc, h *hit, t *Trigger, actor np) np {
	if !t.Verb || len(h.pos) < 2 || len(t.Preps) == 0 {
		return np{}
	}
	last := h.last()
	closes := false
	for _, p := range t.Preps {
		closes = closes || d.toks[last].Norm == p
	}
	if !closes || last+1 >= d.sents[h.sent].b {
		return np{}
	}
	end := d.sents[h.sent].b
	r := c.phraseAt(d, last+1, end)
	for k := r.b; r.ok() && k < end && k <= r.b+2; k++ {
		if d.toks[k].Text == "،" {
			if c.appositionObject(d, h, k, actor).ok() {
				return np{}
			}
			break
		}
	}
	return r
}

// agentGenitive splits the genitive of a stance noun that is followed by
// an object with ل: «رفض بلاده للقرار الإسرائيلي», «وأكد الوزير رفض
// الأردن للقرار الأمريكي», «إدانة مصر للهجوم». The party in the genitive
// is the one who takes the stance, and what follows ل is what it is
// taken on; read as one phrase, the genitive was the recipient
// («بلاده للقرار الإسرائيلي»). The genitive must name a party (a name,
// a nisba phrase, or «بلاده», «حكومته»); «إدانة الهجوم للمرة الثانية» is
// left alone. agent is not ok when the rule does not apply; keep says
// the actor read before (the speaker whose country «بلاده» is) stays.
func (c *Coder) agentGenitive(d *doc, h *hit, t *Trigger) (agent, object np, keep bool) {
	if !verbal(t.Type) || len(h.pos) != 1 || h.clitic != "" || (t.Verb && !afterStanceVerb(d, h)) {
		return np{}, np{}, false
	}
	end := d.sents[h.sent].b
	g := h.last() + 1
	for k := g + 1; k < end && k <= g+4; k++ {
		if d.toks[k].Kind != arabic.Word {
			return np{}, np{}, false
		}
		j, ok := c.prepAt(d, k, []string{"ل"})
		if !ok || j != k || d.conj[k] {
			continue
		}
		a := c.phraseAt(d, g, k)
		if !a.ok() || a.b != k {
			// «داعيا إيران إلى تقديم ضمانات لدول المنطقة»: the party is
			// not the whole of what stands before ل
			return np{}, np{}, false
		}
		pron := a.b-a.a == 1 && pronounActor(d.toks[a.a].Text)
		if a.actor == nil && !c.nationalPhrase(d, a) && !pron {
			return np{}, np{}, false
		}
		o := c.phraseAt(d, k, end)
		if !o.ok() {
			return np{}, np{}, false
		}
		return a, np{a: k, b: o.b, actor: o.actor}, pron
	}
	return np{}, np{}, false
}

// stanceVerbs are the verbs that take a stance noun as their object
// («أكد رفض الأردن», «أعلن دعم بلاده»): after them a bare perfect form
// («رفض», «دعم») is that noun, not a verb.
var stanceVerbs = wordSet([]string{"أكد", "أكدت", "يؤكد", "تؤكد", "مؤكدا", "مؤكدة", "أعلن", "أعلنت", "يعلن", "تعلن", "معلنا", "معلنة", "جدد", "جددت", "يجدد", "تجدد", "مجددا", "أبدى", "أبدت"})

// afterStanceVerb reports a verb trigger read as the object of a stance
// verb: the stance verb and at most three words of its subject stand
// before it in the same clause.
func afterStanceVerb(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	for k := h.head() - 1; k >= s.a && k >= h.head()-4; k-- {
		if d.toks[k].Kind != arabic.Word {
			return false
		}
		if stanceVerbs[bareWord(d, k)] {
			return true
		}
	}
	return false
}

// ownParty reports a match of an own_party pattern whose subject, in the
// pattern's gap, and the party named right after its last word are of one
// country: «أكد المسؤول الإيراني دعم إيران لقطر», «أكد الوزير البريطاني
// دعم الحكومة البريطانية للمبعوث». The same words with another party
// are a charge or a finding («تؤكد هذه الأسلحة دعم إيران للحوثيين»); «بدعم»,
// «دعمه» or an «أن» clause in the gap are other constructions. It is read
// when the pattern matches, so that other patterns may take the words.
func (c *Coder) ownParty(d *doc, t *Trigger, pos []int, end int) bool {
	head, last := pos[0], pos[len(pos)-1]
	forms := t.Slots[len(t.Slots)-1].Forms
	if last+1 >= end || last-head < 2 || last-head > 6 || !(forms[d.toks[last].Norm] || forms[bareWord(d, last)]) {
		return false
	}
	if d.mentionAt[last] >= 0 || bareWord(d, last-1) == "تحالف" || bareWord(d, last-1) == "التحالف" {
		return false // «المتحدث باسم تحالف دعم الشرعية»: a word of a name
	}
	for k := head + 1; k < last; k++ {
		if w := bareWord(d, k); w == "ان" || w == "انه" || w == "انها" || d.toks[k].Kind != arabic.Word {
			return false
		}
	}
	subj, party := c.countryOf(d, head+1, last), c.countryOf(d, last+1, end)
	return subj != "" && subj == party
}

// countryOf is the country of the phrase at token a (before end): its
// party's, or its nisba's.
func (c *Coder) countryOf(d *doc, a, end int) string {
	if m := d.mentionAt[a]; m >= 0 {
		return d.mentions[m].Actor.Country
	}
	p := c.phraseAt(d, a, end)
	if !p.ok() {
		return ""
	}
	if p.actor != nil && p.actor.Country != "" {
		return p.actor.Country
	}
	return c.nisbaCountry(d, p.a, p.b)
}
