package coding

import "github.com/marsad/marsad/internal/arabic"

// svoContent reports a verb at i whose subject stands before it, right
// after the complementiser of the sentence's reporting verb at from
// («نقلت الوكالة عن مسؤول قوله إن واشنطن تحذر أنقرة من أنها …»,
// «وقال المتحدث إن القاهرة حذرت إثيوبيا من أن …»). The verb is then part
// of what is said and the name after it is its object, not a new
// speaker: the quote stays with the outer speaker. One to five words
// between «إن/أن» and the verb, with no punctuation, make the subject.
func svoContent(d *doc, from, i int) bool {
	k := i - 1
	for ; k > from && k >= i-6; k-- {
		if d.toks[k].Kind != arabic.Word {
			return false
		}
		switch d.toks[k].Norm {
		case "ان", "بان", "وان":
			if !complementiser(d, k) {
				return false
			}
			return k < i-1
		}
	}
	return false
}
