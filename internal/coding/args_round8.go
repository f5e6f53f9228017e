package coding

import (
	"strings"

	"github.com/marsad/marsad"
)

// Round 8: arguments read on 400 Middle East politics articles, each
// rule kept only after a reading of its changes on 400 others.

// reportedParticiple is who acts in a circumstantial participle after a
// comma when the sentence reports speech: «قالت المنظمة إن الحكومة نفذت
// أحكاما بالإعدام، داعية السلطات إلى …», «وأعلن الوزير أن فرنسا أرسلت
// قوات، محذرا من …». The participle goes with the verb of saying, so the
// speaker acts, not the subject of the last verb inside the reported
// clause (which mainSubject would take). A plural participle («مطالبين»)
// more often describes a plural subject of the reported clause and is
// left alone. Nil when the rule does not apply.
func (c *Coder) reportedParticiple(d *doc, h *hit) *marsad.Actor {
	if !appealParticiple(d, h) && (!c.circumstantial(d, h) || backing(d, h)) {
		return nil
	}
	i := h.head()
	if w := bareWord(d, i); strings.HasSuffix(w, "ين") || strings.HasSuffix(w, "ون") {
		return nil
	}
	sp := speakerOf(d, h)
	if sp.name == "" || sp.weak || pronounActor(sp.name) {
		return nil
	}
	s := d.sents[h.sent]
	said := -1
	for k := s.a; k < i; k++ {
		if said < 0 {
			if c.reportingAt(d, k) {
				said = k
			}
			continue
		}
		if complementizer(d.toks[k].Norm) {
			if !agrees(bareWord(d, said), d.toks[i].Text) {
				return nil
			}
			return sp.toActor()
		}
	}
	return nil
}

// agrees reports a verb of saying and a participle of one gender: «قالت
// …، داعية», «أعلن …، محذرا». A participle that does not agree with the
// verb («كشف المدير أن الإمارات تقدمت بشكوى …، مهددة») goes with another
// subject.
func agrees(verb, participle string) bool {
	participle = strings.TrimSuffix(participle, "\u064b") // tanwin: «داعياً»
	feminine := strings.HasSuffix(participle, "ة")
	if !feminine && !strings.HasSuffix(participle, "ا") {
		return false
	}
	r := []rune(verb)
	if len(r) < 3 {
		return false
	}
	if feminine {
		return (strings.HasSuffix(verb, "ت") && !strings.HasSuffix(verb, "ات")) || r[0] == 'ت'
	}
	return masculineVerb(verb)
}

// complementizer reports «إن», «أن», «بأن» (with a pronoun or not): the
// start of what a verb of saying reports.
func complementizer(w string) bool {
	switch w {
	case "ان", "بان", "انه", "انها", "بانه", "بانها", "انهم", "بانهم":
		return true
	}
	return false
}
