package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// A phrase of affected people right before a perfect verb of force that
// takes no object («إن مواطنا نمساويا اعتقل في أنقرة», «بينهم أطفال قتلوا
// اختناقا», «أن صحفيا قتل أمس») is the subject of a passive written
// without its vowels: those people underwent the act, they did not do it.
// The phrase reader took them as the actor.

// victimSubject moves such a phrase from actor to recipient (when no
// recipient was read) and reports whether it did.
func (c *Coder) victimSubject(d *doc, h *hit, actor, recip *np) bool {
	t := h.trig
	if (t.Type != "ASSAULT" && t.Type != "COERCE") || !t.Verb || len(h.pos) != 1 || h.clitic != "" || objectPronoun(d, h) {
		return false
	}
	i := h.head()
	if !actor.ok() || actor.b != i || !c.victimPhrase(d, *actor) || possessive(d.toks[actor.a].Text) {
		return false // («إن جنوده قتلوا …»: a pronoun ties them to a party that acts)
	}
	switch w := bareWord(d, i); {
	case strings.HasPrefix(w, "ي"), strings.HasPrefix(w, "ت"), strings.HasPrefix(w, "ن"), strings.HasPrefix(w, "س"):
		return false // an imperfect or a future («تعتقل», «ستقتل») is active
	}
	if !c.noObjectAfter(d, h) {
		return false
	}
	if !recip.ok() || recip.a == actor.a {
		*recip = *actor
	}
	*actor = np{}
	return true
}

// noObjectAfter reports a verb followed by no noun phrase that could be
// its object: the sentence ends, a mark, a preposition, a word with a
// glued preposition, a time word or a number (a date) comes next.
func (c *Coder) noObjectAfter(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	k := h.last() + 1
	if k >= s.b || d.toks[k].Kind != arabic.Word {
		return true
	}
	w := bareWord(d, k)
	switch w {
	case "في", "على", "خلال", "من", "الي", "جراء", "اثر", "عقب", "بعد", "قبل", "امس", "اليوم", "يوم", "صباح", "مساء", "فجر", "ليل", "ليله", "داخل", "قرب", "بالقرب", "عند", "اثناء", "منذ", "حين", "عندما", "بينما", "و", "او", "ثم":
		return true
	}
	if c.lx.timeW[w] {
		return true
	}
	if strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "ف") {
		return d.mentionAt[k] < 0 // «برصاص», «بنيران», «لدى»; not a name that begins so
	}
	// an indefinite accusative of manner or cause («اختناقا», «حرقا», «رميا»)
	return strings.HasSuffix(d.toks[k].Text, "ا") && !strings.HasPrefix(w, "ال") && d.mentionAt[k] < 0 && !c.victimWord(d, k)
}

// possessive reports a word ending in a possessive pronoun («جنوده»,
// «عناصرها», «مقاتليهم»).
func possessive(w string) bool {
	w = arabic.Normalize(w)
	return strings.HasSuffix(w, "ه") && !strings.HasSuffix(w, "يه") || strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "هم")
}

// victimWord reports a word of affected people (an object that a verb
// of force may take: «شخصا», «مدنيا»).
func (c *Coder) victimWord(d *doc, k int) bool {
	return d.has(k, c.lx.victims) || d.toks[k].Kind == arabic.Number
}
