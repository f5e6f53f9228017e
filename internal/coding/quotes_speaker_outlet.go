package coding

import "strings"

// addressedOutletCut ends a speaker phrase widened past a post («مصدر في
// الدفاع المدني», «مسؤول في الوزارة») at the outlet or audience it was
// said to («لفرانس برس», «لوكالة رويترز», «لبي بي سي», «للصحفيين»): the
// widening runs to the complementiser, and the outlet after ل is whom the
// source spoke to, not part of its name. post is where the widening
// began, b where the phrase ends.
func addressedOutletCut(d *doc, post, b int) int {
	for j := post + 1; j < b; j++ {
		w := d.toks[j].Norm
		if addressedWord(w) || strings.HasPrefix(w, "ل") && (outletWord(w[len("ل"):]) || strings.HasPrefix(w, "لل") && outletWord("ال"+w[len("لل"):])) {
			return j
		}
	}
	return b
}
