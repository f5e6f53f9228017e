package coding

import "github.com/marsad/marsad/internal/arabic"

// convictTarget reads who a court sentenced when nothing at the trigger
// names them: the party after «على/بحق» — «قضت المحكمة بالسجن المؤبد على
// 16 متهما», «حكم القضاء بالسجن خمس سنوات على شاعرة», «أصدر حكما بالإعدام
// بحق 6 نساء» — or the one a penalty's verbal noun governs: «بإعدام 17
// متهما», «بسجن الفتاة». It looks no further than a clause: a mark, «أن»
// or «على خلفية» (because of) ends the search.
func (c *Coder) convictTarget(d *doc, h *hit, recip np) np {
	if h.trig.Type != "SANCTION" || h.trig.Mode != "convict" || recip.ok() {
		return np{}
	}
	s := d.sents[h.sent]
	for k := h.last(); k < s.b-1 && k <= h.last()+12; k++ {
		if t := d.toks[k].Text; t == "." || t == ":" || t == "؛" || complementiser(d, k) {
			break
		}
		j := -1
		if penaltyNouns[bareWord(d, k)] {
			j = k + 1
		} else if k == h.last() {
			continue
		} else if i, ok := c.prepAt(d, k, []string{"علي", "بحق"}); ok && i > k {
			if convictAsides[bareWord(d, i)] {
				break
			}
			j = i
		}
		if j < 0 || j >= s.b {
			continue
		}
		r := c.countPhrase(d, j, s.b)
		if n, ok := arabic.ParseNumber(d.toks, j); !r.ok() && ok && !n.Vague && n.End > j && n.End < s.b && d.toks[n.End].Kind == arabic.Word && !c.prepPhrase(d, n.End) {
			r = np{a: j, b: n.End + 1} // «على 12 متهما»: the counted noun may read as a trigger
		}
		if !r.ok() && d.toks[j].Kind == arabic.Word {
			r = c.phraseAt(d, j, s.b)
		}
		if r.ok() && !contentPhrase(d, r.a, false) && !countedPenalty(c, d, r) {
			return r
		}
		return np{}
	}
	return np{}
}

// countedPenalty reports a count followed by a penalty, not by people:
// «وعلى 54 بالسجن خمس سنوات» (the count's noun is elided).
func countedPenalty(c *Coder, d *doc, r np) bool {
	n, ok := arabic.ParseNumber(d.toks, r.a)
	return ok && n.End > r.a && n.End < r.b && c.prepPhrase(d, n.End)
}

// Normalised: the verbal nouns of a sentence with ب, whose genitive is the
// sentenced («بإعدام 17 متهما»), and what «على» opens that is no party.
var (
	penaltyNouns  = wordSet([]string{"بسجن", "بإعدام", "بحبس", "بمعاقبة", "بتغريم", "بسجنه", "وسجن", "وإعدام"})
	convictAsides = wordSet([]string{"خلفية", "إثر", "ذمة", "أن", "أنه", "الأقل", "حكم", "الحكم"})
)
