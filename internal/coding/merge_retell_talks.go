package coding

import "strings"

// talksRetold reports a meeting or deal noun that tells again, without a
// demonstrative, a meeting or a signing told before: a definite CONSULT
// noun after a verb of content («وتناول اللقاء …», «واستعرض الاجتماع …»,
// «حضر اللقاء …») or a frame («وجرى خلال الاتصال …», «عقب الاجتماع»), or a
// definite AGREE noun after a verb or noun of signing («ووقع الاتفاقية عن
// الجانب القطري …», «حضر توقيع الاتفاقية»). After a frame or a signing, a
// noun followed by a definite word is read as a name of its own
// («خلال الاجتماع الوزاري», «توقيع الاتفاق النووي») and stands; so does any
// noun after a day named earlier in its sentence (that day's meeting may
// be the one told again).
func (c *Coder) talksRetold(d *doc, h *hit) bool {
	if h.trig.Type != "CONSULT" && h.trig.Type != "AGREE" {
		return false
	}
	fl := &c.lx.filters
	s := d.sents[h.sent]
	first, last := h.pos[0], h.last()
	if h.trig.Verb && h.trig.Type == "CONSULT" && fl.talkDual[bareWord(d, first)] && c.dualSubjectless(d, h) {
		return true // «كما بحثا أيضا …»
	}
	if !strings.HasPrefix(bareWord(d, last), "ال") {
		return false
	}
	for _, de := range s.dates {
		if de.Precision == PrecDay && de.TokEnd <= first {
			return false // «بحث خلال لقائه … اليوم …، وتناول اللقاء …»
		}
	}
	named := false
	if j := last + 1; j < s.b && strings.HasPrefix(bareWord(d, j), "ال") && !fl.bothSides[bareWord(d, j)] {
		named = true
	}
	if h.trig.Type == "AGREE" && len(h.pos) > 1 && fl.dealSigned[bareWord(d, first)] {
		return !named // «ووقع الاتفاقية …», «توقيع الاتفاقية»: the signing heads the hit, the deal ends it
	}
	if h.trig.Verb || first <= s.a {
		return false
	}
	w, n := bareWord(d, first-1), d.toks[first-1].Norm
	if h.trig.Type == "AGREE" {
		return !named && (fl.dealSigned[w] || fl.dealSigned[n])
	}
	if fl.talkTopic[w] || fl.talkTopic[n] {
		return true // «وتناول اللقاء العلاقات …»: the definite word after is the verb's object
	}
	return !named && (fl.talkFrame[w] || fl.talkFrame[n])
}

// dualSubjectless reports a dual verb of talks that opens its sentence,
// alone or after «كما» («كما بحثا أيضا …»): a verb further in («التقى …
// وبحثا …») tells the meeting of its own sentence and is left to the
// ordinary merge.
func (c *Coder) dualSubjectless(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	for _, k := range d.wordsIn(s.a, h.head()) {
		if bareWord(d, k) != "كما" {
			return false
		}
	}
	return true
}
