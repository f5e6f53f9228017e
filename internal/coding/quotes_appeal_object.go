package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// appealObjectCut ends a speaker phrase [a,b) read after an appeal verb at
// i («دعا», «حث», «ناشد», «طالب») where whom the appeal is made to runs on
// after the subject: «ودعت نويرت جميع الأطراف إلى …», «وحث الجيش السكان
// على …», «ودعا الملك حكومة الرزاز إلى …», «وطالب المجلس بالعمل على …».
// The subject alone speaks.
func appealObjectCut(d *doc, i, a, b int) int {
	v := strings.TrimPrefix(bareWord(d, i), "و")
	demand := demandVerb(v)
	if !appealVerb(v) && !demand || documentNoun(d.toks[a].Text) {
		return b // «ويطالب القرار جميع الدول»: a text is no speaker, cut or not
	}
	for k := a + 1; k < b; k++ {
		t := d.toks[k]
		if t.Kind != arabic.Word {
			return b // an apposition between commas is left as read
		}
		m := d.mentionAt[k]
		if m >= 0 && m == d.mentionAt[k-1] {
			continue // inside a linked name
		}
		w := t.Norm
		switch {
		case addresseeHead(w):
			return k // «جميع الأطراف», «المواطنين», «سكان المنطقة»
		case addresseeBody(w) && closedSubject(d, k):
			return k // «الملك حكومة الرزاز», «ماكرون الدول الأعضاء»
		case demand && m < 0 && strings.HasPrefix(w, "بال") && len(d.keys[k]) > 1:
			return k // «طالب المجلس بالعمل على»: what is demanded
		}
	}
	return b
}

// demandVerb reports «طالب» in the forms that open a clause.
func demandVerb(w string) bool {
	switch w {
	case "طالب", "طالبت", "طالبوا", "يطالب", "تطالب":
		return true
	}
	return false
}

// addresseeHead reports a word that opens the addressee of an appeal and
// never continues the name of who makes it: a quantifier or a plural of
// the people appealed to.
func addresseeHead(w string) bool {
	switch w {
	case "جميع", "كافه", "الاطراف", "المواطنين", "السكان", "سكان", "المتظاهرين", "الناخبين", "المدنيين",
		"نظيره", "نظيرته", "نظراءه": // «ماكرون نظيره الأمريكي»: the counterpart is the object
		return true
	}
	return false
}

// addresseeBody reports a body often appealed to that may also be the
// genitive of a title («رئيس الحكومة»), so it opens the addressee only
// after a closed subject.
func addresseeBody(w string) bool {
	switch w {
	case "حكومه", "الحكومه", "الدول", "دول", "المجتمع", "السلطات":
		return true
	}
	return false
}

// closedSubject reports a subject that cannot take the word at k as its
// genitive: it ends on a linked name («ماكرون») or on a definite word
// («الملك», «الجيش السوري»).
func closedSubject(d *doc, k int) bool {
	if pm := d.mentionAt[k-1]; pm >= 0 && pm != d.mentionAt[k] && endsOnName(d, pm) {
		return true
	}
	p := d.toks[k-1].Norm
	return definite(p) && !strings.HasPrefix(p, "لل") && !strings.HasPrefix(p, "بال")
}
