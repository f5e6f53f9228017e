package coding

import (
	"slices"
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// inWhichSubject reports a verbal act in a relative clause whose verb is
// followed by «فيه/فيها» and then a party («المرة الأولى التي تتهم فيها
// إسرائيل إيران», «في الوقت الذي تدين فيه الحكومة السورية الاحتلال»,
// «بيانا أدانت فيه فرنسا الهجوم»): the antecedent is the time, the text or
// the occasion in which the act was done, never its doer, so the clause has
// its own subject after the pronoun. The other resumptive pronouns («بها»,
// «عليه») may point back at the party acted upon and are left to the rule
// for act antecedents in args. ACCUSE only: «القرار الذي أيدت فيه
// المحكمة العليا الحكم» is a court upholding a verdict, no SUPPORT.
func (c *Coder) inWhichSubject(d *doc, h *hit) bool {
	i := h.head()
	s := d.sents[h.sent]
	if !h.trig.Verb || h.trig.Type != "ACCUSE" || i <= s.a || !relativePronoun(d.toks[i-1].Norm) || objectPronoun(d, h) {
		return false
	}
	k := c.skipAdverbs(d, i+1, s.b)
	if k >= s.b {
		return false
	}
	switch d.toks[k].Norm {
	case "فيه", "فيها", "فيهما", "فيهم":
	default:
		return false
	}
	k = c.skipAdverbs(d, k+1, s.b)
	if k >= s.b || d.mentionAt[k] < 0 {
		return false
	}
	// the party must be followed by what the act is aimed at: a phrase of
	// its own (the object) or a preposition the trigger takes («ندد فيه
	// الاتحاد بالهجوم»); a party followed by the charge only is the object
	// of a clause whose subject went before («الدعوى التي تقدمت بها قطر
	// والتي تتهم فيها الإمارات بارتكاب …»), and one followed by a comma
	// may be the one acted upon («المرة الثانية التي يستجوب فيها نتنياهو،»)
	p := c.phraseAt(d, k, s.b)
	if !p.ok() {
		return false
	}
	if p.b >= s.b || d.toks[p.b].Kind != arabic.Word {
		return false
	}
	j := c.skipAdverbs(d, p.b, s.b)
	if j >= s.b || d.toks[j].Kind != arabic.Word {
		return false
	}
	prep := ""
	switch w := strings.TrimPrefix(d.toks[j].Norm, "و"); {
	case w == "في" || w == "على" || w == "الى" || w == "إلى" || w == "من" || w == "عن" || w == "مع" || w == "ضد" || w == "حول" || w == "بشان" || w == "بشأن":
		prep = w
	case d.mentionAt[j] < 0 && d.placeAt[j] < 0 && (strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل")):
		prep = w[:len("ب")]
	default:
		return true
	}
	return slices.Contains(h.trig.Preps, prep)
}
