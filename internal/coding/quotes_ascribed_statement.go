package coding

import "strings"

// ascribedTo reads «منسوب لـX» / «منسوب إلى X» at a, after a statement
// noun («وجاء في بيان منسوب للجماعة أن …», «ورد في تسجيل منسوب إلى
// التنظيم أن …»): the statement is ascribed to X, who speaks (the
// attribution is the outlet's hedge, and the guidelines take the party
// it names). It returns where X opens; the ل of «للجماعة» is the caller's
// to strip.
func ascribedTo(d *doc, a, end int) (int, bool) {
	if a+1 >= end {
		return 0, false
	}
	switch d.toks[a].Norm {
	case "منسوب", "منسوبه", "المنسوب", "المنسوبه":
	default:
		return 0, false
	}
	next := d.toks[a+1].Norm
	if next == "الي" && a+2 < end {
		return a + 2, true
	}
	if strings.HasPrefix(next, "ل") && len(d.keys[a+1]) > 1 {
		return a + 1, true
	}
	return 0, false
}
