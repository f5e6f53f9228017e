package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// appositionObject reads the object of an act told by a role phrase with
// the person's name between commas after it («ألقت الشرطة القبض على
// القيادي السابق بالحزب، فلان الفلاني، في منزله»): the comma at token k
// closes the role phrase, which names no party, and opens the name, which
// another comma closes. It returns the name (with a mention's actor when
// the entity layer found one), or nothing.
func (c *Coder) appositionObject(d *doc, h *hit, k int, actor np) np {
	s := d.sents[h.sent]
	if d.toks[k].Text != "،" || k-h.last() < 2 || k+1 >= s.b || !prepEnd(d, h) {
		return np{}
	}
	role := c.phraseAt(d, h.last()+1, k)
	if !role.ok() || role.a != h.last()+1 || (actor.ok() && role.a < actor.b && actor.a < role.b) {
		return np{}
	}
	for j := role.a; j < k; j++ {
		if d.toks[j].Kind != arabic.Word || d.placeAt[j] >= 0 || c.lx.timeW[d.toks[j].Norm] {
			return np{} // «اعتقال 3 أشخاص في القاهرة، …»: no role phrase
		}
	}
	if !strings.HasPrefix(d.toks[role.a].Norm, "ال") {
		return np{} // (not «صواريخ باليستية، باتجاه …»)
	}
	a := k + 1
	if bareWord(d, a) != d.toks[a].Norm || d.placeAt[a] >= 0 || c.lx.timeW[d.toks[a].Norm] {
		return np{}
	}
	if _, ok := c.cal.weekday(d.toks[a].Norm); ok {
		return np{}
	}
	e := c.commaName(d, a, s.b)
	if e <= a {
		return np{}
	}
	if m := d.mentionAt[a]; m >= 0 {
		ac := d.mentions[m].Actor
		return np{a: a, b: e, actor: &ac}
	}
	return np{a: a, b: e}
}

// prevObj returns the recipient of the verb before h in its sentence, the
// party a pronoun on h's verb may point back to, or nil (not that of an act
// noun: «أحالهم إلى المحكمة لاتهامهم …، وطالبهم»), when it names a party
// or a person («بالقاهرة», «مغادرة البلاد» are no objects a pronoun takes).
func prevObj(prev, h *hit, recip *marsad.Actor) *marsad.Actor {
	if prev == nil || recip == nil || !(linked(recip) || prev.appos) || !prev.trig.Verb || prev.clitic != "" || prev.sent != h.sent || prev.last() >= h.head() {
		return nil
	}
	return recip
}

// coordVerb reports a verb joined by و right after a comma or straight
// after the clause before it («…، واتهمته بـ…»), not one opening a clause
// of its own after a subordinator.
func coordVerb(d *doc, h *hit) bool {
	i := h.head()
	if h.clitic != "" || bareWord(d, i) == d.toks[i].Norm || !strings.HasPrefix(d.toks[i].Norm, "و") {
		return false
	}
	return true
}

// commaName reads a person's name of one to four words from token a closed
// by a comma: a mention, or a word that is no particle, act or reporting
// verb and has no article, and words after it (a family name may have one:
// «شادي الغزالي حرب»). It returns the comma's token, or 0.
func (c *Coder) commaName(d *doc, a, end int) int {
	j := a
	if m := d.mentionAt[a]; m >= 0 && d.mentions[m].TokStart == a {
		j = d.mentions[m].TokEnd
	} else {
		t := d.toks[a]
		if t.Kind != arabic.Word || definite(t.Norm) || c.isStop(d, a) || c.isTrigger(d, a) || c.reportingAt(d, a) {
			return 0
		}
		j = a + 1
	}
	for ; j < end && j < a+4; j++ {
		if d.toks[j].Text == "،" {
			return j
		}
		if t := d.toks[j]; t.Kind != arabic.Word || (definite(t.Norm) && !strings.HasPrefix(t.Norm, "ال")) || c.isStop(d, j) || c.reportingAt(d, j) || bareWord(d, j) != t.Norm || d.placeAt[j] >= 0 || c.lx.timeW[t.Norm] {
			return 0
		}
	}
	if j < end && d.toks[j].Text == "،" {
		return j
	}
	return 0
}

// nearestObject reports that the recipient of the verb before h is the
// last party named before h («اعتقلت فلانا، واتهمته»), not one named
// after it («وأشاد بالموقف الأميركي من الأطماع الإيرانية، واتهمها»: Iran).
func (c *Coder) nearestObject(d *doc, h *hit) bool {
	words := strings.Fields(h.prevObj.Name)
	if len(words) == 0 {
		return false
	}
	s := d.sents[h.sent]
	at := -1
	for k := h.head() - 1; k >= s.a; k-- {
		if d.toks[k].Text == words[0] {
			at = k
			break
		}
	}
	if at < 0 {
		return false
	}
	for k := at + len(words); k < h.head(); k++ {
		if m := d.mentionAt[k]; m >= 0 && d.mentions[m].TokStart >= at+len(words) {
			return false
		}
		if d.toks[k].Kind != arabic.Word {
			continue
		}
		for _, key := range d.keys[k] {
			if c.nisba[key] != "" {
				return false
			}
		}
	}
	return true
}

// prepEnd reports a trigger whose last word is the preposition taking its
// object («ألقت القبض على»): the object follows at once.
func prepEnd(d *doc, h *hit) bool {
	w := d.toks[h.last()].Norm
	for _, p := range h.trig.Preps {
		if w == p {
			return true
		}
	}
	return false
}
