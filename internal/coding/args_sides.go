package coding

import "strings"

// farSides reads the two sides of a symmetric act named farther after its
// trigger than the near «بين» window, past a time or place phrase
// («قتال امتد من ليل الأربعاء حتى فجر الخميس، بين الجيش الإسرائيلي
// وحركة حماس», «معارك عنيفة على عدة جبهات بين الجيش والمقاومة»). Both
// sides must be known agentive parties, and «بين» must not tell a place
// («السياج الفاصل بين غزة وإسرائيل») or a range («تراوحت بين»).
func (c *Coder) farSides(d *doc, h *hit) (x, y np, ok bool) {
	s := d.sents[h.sent]
	last := h.last()
	for k := last + 7; k < s.b && k <= last+14; k++ {
		if d.toks[k].Text == "." || d.toks[k].Text == ":" || d.subordinate(k-1, k+1) {
			return np{}, np{}, false // (another clause's «بين»)
		}
		if d.toks[k].Norm != "بين" {
			continue
		}
		if between(bareWord(d, k-1)) {
			return np{}, np{}, false
		}
		x = c.phraseAt(d, k+1, s.b)
		if !x.ok() || x.actor == nil || !agentive(x.actor) || d.mentionAt[k+1] < 0 {
			return np{}, np{}, false
		}
		j := c.sideEnd(d, x, s.b)
		if j >= s.b || !strings.HasPrefix(d.toks[j].Norm, "و") || d.mentionAt[j] < 0 {
			return np{}, np{}, false
		}
		y = c.phraseAt(d, j, s.b)
		if !y.ok() || y.actor == nil || !agentive(y.actor) {
			return np{}, np{}, false
		}
		// «بين الجيش والمقاومة الشعبية وميليشيات الحوثي»: the allies come
		// first, the other side last
		for {
			j := c.adjectivesEnd(d, c.sideEnd(d, y, s.b), s.b)
			if j >= s.b || !strings.HasPrefix(d.toks[j].Norm, "و") || d.mentionAt[j] < 0 || int(d.mentions[d.mentionAt[j]].TokStart) != j {
				break
			}
			z := c.phraseAt(d, j, s.b)
			if z.actor == nil || !agentive(z.actor) {
				break
			}
			y = z
		}
		return x, y, true
	}
	return np{}, np{}, false
}

// between reports a word before «بين» that makes it tell a place, a range
// or a relation rather than the sides of an act.
func between(w string) bool {
	if w == "ما" || w == "فيما" {
		return true // «ما بين»
	}
	for _, p := range []string{"فاصل", "واقع", "يفصل", "تفصل", "تراوح", "تنوع", "مقسم", "متنازع", "حدود", "علاقات", "طريق", "مسافه"} {
		if strings.Contains(w, p) {
			return true
		}
	}
	return false
}
