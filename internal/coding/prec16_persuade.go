package coding

import "strings"

// Eleventh session (prec16): the act one party tries to persuade another to.
//
// «يقوم رئيس الوزراء بجولة لإقناع ألمانيا وفرنسا بالانسحاب من الاتفاق»,
// «في ظل محاولات ترامب لإقناع أردوغان بالإفراج عن برانسون», «ستستخدم
// الدبلوماسية لإقناع حلفائها … وإعادة فرض عقوبات»: the act in the «بـ»
// complement of «إقناع» is what the persuader wants, not what was done (the
// tour, the pressure or the talks may be events of their own).

// persuadedAct reports a trigger inside the «بـ» complement of «إقناع»: the
// persuasion word within eight words before it, no comma or stop between,
// and the first «بـ» word after it at or before the trigger.
func persuadedAct(d *doc, h *hit) bool {
	i := h.head()
	s := d.sents[h.sent]
	for k := i - 1; k >= s.a && k >= i-8; k-- {
		t := d.toks[k]
		if isComma(t.Text) || t.Text == "." || t.Text == "؛" || t.Text == ":" {
			return false
		}
		if !persuadeWord(t.Norm) {
			continue
		}
		for j := k + 1; j <= i; j++ {
			if strings.HasPrefix(d.toks[j].Norm, "ب") && d.toks[j].Norm != "بين" {
				return true
			}
		}
		return false
	}
	return false
}

// persuadeWord reads «إقناع» with a clitic or two before it and a pronoun
// after it («لإقناع», «وإقناع», «بإقناعهم»).
func persuadeWord(w string) bool {
	j := strings.Index(w, "اقناع")
	return j >= 0 && j <= len("لل")
}
