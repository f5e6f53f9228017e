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
