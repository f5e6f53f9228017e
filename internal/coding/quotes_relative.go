package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// relativeOwnSubject reads a relative clause whose reporting verb has a
// subject of its own between the verb and a complementiser: «المبلغ الذي
// تقول سلمى إنها ادخرته», «الشابين اللذين قالت الشرطة إنهما خططا …»,
// «القلعة التي يقول مؤرخون إنها بنيت …». What follows the complementiser is
// said by that subject, not by the antecedent («التي قالت إنها …» has no
// such subject and keeps the antecedent). Only «قال/يقول» open such a
// statement.
func (c *Coder) relativeOwnSubject(d *doc, i int, s sent) (speaker, bool) {
	if i <= s.a || !relativePronoun(d.toks[i-1].Norm) || participle(d.toks[i].Norm) {
		return speaker{}, false
	}
	switch strings.TrimLeft(bareWord(d, i), "وف") {
	case "قال", "قالت", "قالوا", "يقول", "تقول", "يقولون", "يقولان", "تقولان":
	default:
		// «الممر الذي أعلن الجيشان أن …», «الذي وصف السياسة بأنها …»:
		// other verbs in a relative clause describe (as the dev gold reads it)
		return speaker{}, false
	}
	sp, ok := c.speakerAfter(d, i, s.b)
	if !ok || sp.end <= i+1 || sp.end > i+5 || sp.end >= s.b {
		return speaker{}, false
	}
	k := sp.end
	for k < s.b && d.toks[k].Kind == arabic.Punct && d.toks[k].Text == "،" {
		k++
	}
	if k >= s.b || !complementiser(d, k) {
		return speaker{}, false
	}
	return sp, true
}

// narratedSubject reads who speaks through a verb without a subject that
// opens a sentence («وقال إن …», «وقالت في تغريدة: …») right after a
// sentence that reports nothing and opens with a verb and a named subject
// («ووجهت المستشارة ميركل برقية تعزية إلى …»): that subject, not the last
// speaker. A continuation verb («وأضاف», «وتابع») keeps the last speaker;
// a background sentence («وكان وزراء توجهوا …») is an aside.
func (c *Coder) narratedSubject(d *doc, si, i int, cur speaker) (speaker, bool) {
	if si == 0 || c.continuationAt(d, i) || participle(d.toks[i].Norm) {
		return speaker{}, false
	}
	s := d.sents[si]
	for k := s.a; k < i; k++ {
		switch d.toks[k].Norm {
		case "قد", "فقد", "وقد", "ثم", "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم":
			continue // («أصدرت الوزارة بيانا … لكنها قالت إن …»: a pronoun of the subject)
		}
		return speaker{}, false // the verb must open the sentence
	}
	if _, ok := c.speakerAfter(d, i, s.b); ok {
		return speaker{}, false // the verb has a phrase after it that may be its subject
	}
	k := c.skipOccasion(d, c.skipAdverbs(d, i+1, s.b), s.b)
	if k >= s.b || !(complementiser(d, k) || d.toks[k].Text == ":" || quoteMarks[d.toks[k].Text] != "" || preposition(d.toks[k].Norm)) {
		return speaker{}, false // («وذكر بيان للكرملين أن …»): only a verb with nothing before what is said
	}
	prev := d.sents[si-1]
	if d.speakerOf[si-1].name != "" || prev.b-prev.a < 4 {
		return speaker{}, false
	}
	for k := prev.a; k < prev.b; k++ {
		// (a term in quotation marks is narration; a colon before one is speech)
		if quoteMarks[d.toks[k].Text] != "" && (k == prev.a || d.toks[k-1].Text == ":") || c.reportingAt(d, k) {
			return speaker{}, false
		}
	}
	switch strings.TrimLeft(d.toks[prev.a].Norm, "وف") {
	case "كان", "كانت", "كانوا":
		return speaker{}, false // «وكان وزراء توجهوا …»: background, an aside
	}
	pa := prev.a
	if d.toks[pa].Norm == "هذا" && pa+1 < prev.b {
		pa++ // «هذا وقامت X بزيارة …»
	}
	sp, ok := c.clauseSpeaker(d, pa, prev.b)
	if !ok || sp.actor == nil && !personName(sp.name) || sp.name == cur.name {
		return speaker{}, false
	}
	switch strings.Fields(arabic.Normalize(sp.name))[0] {
	case "عدد", "بعض", "مئات", "الاف", "عشرات", "معظم":
		return speaker{}, false // «وبلغ عدد الأفراد …»: a quantity, no speaker
	}
	return sp, true
}
