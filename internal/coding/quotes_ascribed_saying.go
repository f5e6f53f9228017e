package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// ascribedSaying reads «نسب X إلى Y قوله إن …» and «نسبت X لـY قوله، إن
// …» (ascribed to Y his saying that): Y speaks, as after «نقل X عن Y
// قوله». i is the verb, k the saying noun («قوله/قولها/تأكيده»); a
// complementiser must follow it, across one comma. Y is the phrase after
// the last «إلى» before k, else after the last ل-word («للأنباء» in «وكالة
// "خبر" للأنباء» is the agency's name, «لأحد شهود العيان» whom the saying
// is ascribed to); a pronoun («له») is the last speaker.
func (c *Coder) ascribedSaying(d *doc, i, k int, s sent, cur speaker) (int, speaker, bool) {
	at := k + 1
	if at < s.b && d.toks[at].Text == "،" {
		at++
	}
	if at >= s.b || !complementiser(d, at) {
		return 0, speaker{}, false
	}
	to, lam := -1, -1
	for j := i + 1; j < k; j++ {
		t := d.toks[j]
		switch {
		case t.Kind != arabic.Word:
		case t.Norm == "له" || t.Norm == "لها" || t.Norm == "لهم" || t.Norm == "اليه" || t.Norm == "اليها" || t.Norm == "اليهم":
			if cur.name == "" {
				return 0, speaker{}, false
			}
			return k, cur, true
		case t.Norm == "الي":
			to = j
		case strings.HasPrefix(t.Norm, "ل") && len(d.keys[j]) > 1 && !strings.HasPrefix(t.Norm, "لل"):
			lam = j
		}
	}
	if to >= 0 {
		sp, ok := c.speakerAfter(d, to, k)
		if !ok {
			return 0, speaker{}, false
		}
		return k, sp, true
	}
	if lam >= 0 {
		if sp, ok := c.lamSpeaker(d, lam, k); ok {
			return k, sp, true
		}
	}
	return 0, speaker{}, false
}
