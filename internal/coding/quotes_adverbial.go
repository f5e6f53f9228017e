package coding

import (
	"github.com/marsad/marsad/internal/arabic"
)

// adverbialVerb reports a reporting verb at i that opens a clause of time
// («بعد أن», «قبل أن», «عندما», «حين») after a reporting verb of the same
// sentence that has its speaker: «وقال إينجه بعد أن دعاه رئيس الحزب إلى
// المنصة "…"». The clause says when the speaker spoke; its own subject
// neither takes the quotation nor becomes the speaker a following «وأضاف»
// continues.
func (c *Coder) adverbialVerb(d *doc, i int, s sent, verbs []rv) bool {
	if i < s.a+2 {
		return false
	}
	opens := false
	switch bareWord(d, i-1) {
	case "عندما", "حين", "حينما":
		opens = true
	case "ان":
		opens = d.toks[i-1].Kind == arabic.Word && temporalBefore(d, i-1)
	}
	if !opens {
		return false
	}
	for _, v := range verbs {
		if v.i < i && v.ok && !v.inner {
			return true
		}
	}
	return false
}
