package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// purposeSubject reads the subject of the clause that an accusative verbal
// noun of purpose closes («وغادر دبلوماسيون غربيون القاعة احتجاجا على
// كلمة الوزير», «انسحب نواب المعارضة من الجلسة احتجاجا على …»): the
// protest is made by whoever did the clause's act, not by the place or the
// body named just before «احتجاجا» («قاعة مجلس حقوق الإنسان», «جلسة
// البرلمان»). It returns the subject right after the clause's opening
// verb, or the party opening the clause; an empty np when neither is
// found.
func (c *Coder) purposeSubject(d *doc, h *hit) np {
	i := h.head()
	s := d.sents[h.sent]
	w := bareWord(d, i)
	if h.trig.Verb || i <= s.a || !strings.HasPrefix(w, "احتجاج") || !strings.HasSuffix(d.toks[i].Norm, "ا") {
		return np{}
	}
	cs := s.a
	for k := i - 1; k > s.a; k-- {
		if t := d.toks[k].Text; t == "،" || t == "," {
			cs = k + 1
			break
		}
		switch d.toks[k].Norm {
		case "فيما", "بينما", "حيث", "عندما", "حين", "بعدما", "اذ":
			cs = k + 1 // «… فيما غادر دبلوماسيون القاعة احتجاجا»
		}
		if cs > s.a {
			break
		}
		if d.toks[k].Kind == arabic.Word && bareWord(d, k) != d.toks[k].Norm && strings.HasPrefix(d.toks[k].Norm, "و") && d.mentionAt[k] < 0 && d.placeAt[k] < 0 && !c.isStop(d, k) {
			cs = k // «وغادر …»: a clause opens with the conjunction
			break
		}
	}
	cs = c.skipAdverbs(d, cs, i)
	if cs >= i {
		return np{}
	}
	if m := d.mentionAt[cs]; m >= 0 {
		return c.phraseAt(d, cs, i) // «المعلمون أضربوا … احتجاجا»
	}
	j := c.skipAdverbs(d, cs+1, i)
	if j >= i || c.prepPhrase(d, j) || d.placeAt[j] >= 0 {
		return np{}
	}
	if p := c.phraseAt(d, j, i); p.ok() && (p.actor != nil || genericSubject(d, p) || c.nationalPhrase(d, p)) {
		return p
	}
	return np{}
}
