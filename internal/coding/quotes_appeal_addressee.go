package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// appealAddressee reports an appeal verb at i that opens its clause with
// «و» and is followed straight away (or after «أيضا/مرارا») by whom the
// appeal is made to, with no subject written: «ودعت جميع الأطراف إلى …»,
// «ودعا الدول العربية إلى …», «ودعا أيضا مرارا حكومة بغداد إلى …». The
// phrase is the object; the speaker is the one the story is about.
func appealAddressee(d *doc, i int, s sent) bool {
	w := d.toks[i].Norm
	if !strings.HasPrefix(w, "و") || !appealVerb(strings.TrimPrefix(w, "و")) {
		return false
	}
	k := i + 1
	adverb := false
	for k < s.b && (d.toks[k].Norm == "ايضا" || d.toks[k].Norm == "مرارا") {
		k++
		adverb = true
	}
	if k+1 >= s.b || d.toks[k].Kind != arabic.Word {
		return false
	}
	switch d.toks[k].Norm {
	case "جميع", "كافه", "الاطراف", "الجميع", "المواطنين", "الشعب":
		return true
	case "المجتمع":
		return d.toks[k+1].Norm == "الدولي"
	case "الدول":
		return d.toks[k+1].Norm == "العربيه" || d.toks[k+1].Norm == "الاعضاء"
	}
	return adverb && !definite(d.toks[k].Norm) // «ودعا أيضا مرارا حكومة بغداد»
}
