package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// placeObjectCut ends a speaker phrase [a,b) read after a verb that takes
// its object straight after the subject («وصف», «اتهم», «انتقد», «دعا»)
// at a place named right after a title closed by its nationality: «ووصف
// الرئيس الأميركي تركيا بأنها …», «واتهم المسؤول الإسرائيلي إيران بـ…».
// A title's holder is a person, never a country or a city, so the place
// is the object. «إلى» (normalised «الي») reads like a definite nisba and
// is passed over («مبعوث بوتن إلى سوريا»).
func (c *Coder) placeObjectCut(d *doc, i, a, b int) int {
	if !c.objectVerb(d, i) && !c.actOpener(d, i) {
		return b
	}
	for k := a + 1; k < b; k++ {
		if d.toks[k].Kind != arabic.Word {
			return b
		}
		p := d.toks[k-1].Norm
		if d.placeAt[k] < 0 || d.placeAt[k] == d.placeAt[k-1] || !definite(p) || !nisba(p) || preposition(p) {
			continue
		}
		if w := d.toks[k].Norm; len(d.keys[k]) > 1 && (strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "ب")) {
			continue // «الموالية لإيران»: a complement of the adjective
		}
		if m := d.mentionAt[k]; m >= 0 && m == d.mentionAt[k-1] {
			continue // inside a linked name
		}
		return k
	}
	return b
}
