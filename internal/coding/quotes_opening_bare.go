package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// bareOpeningSource finds where the source of an opening «ووفق/وبحسب X»
// ends when no comma or «فإن» closes it: X is one linked name right after
// the attribution (after ل for «وفقا لـ»), and the statement opens with a
// verb straight after it — an imperfect or future form («ووفق المرصد
// السوري لحقوق الإنسان ينتشر في منبج …», «ووفق وسائل الإعلام الرسمية
// ستجري الانتخابات …»), «تم», «قد» or a negation. It returns the first
// token of the statement, or -1.
func (c *Coder) bareOpeningSource(d *doc, i int, s sent) int {
	a := i + 1
	if a >= s.b {
		return -1
	}
	m := d.mentionAt[a]
	if m < 0 {
		return -1
	}
	e := a
	for e < s.b && d.mentionAt[e] == m {
		e++
	}
	if e >= s.b || e-a > 7 || d.toks[e].Kind != arabic.Word || d.mentionAt[e] >= 0 {
		return -1
	}
	w := d.toks[e].Norm
	switch w {
	case "تم", "قد", "لم", "لن", "لا", "ليس", "هناك":
		return e
	}
	if definite(w) || d.conj[e] || c.reportingAt(d, e) || len([]rune(w)) < 4 {
		return -1
	}
	r := []rune(w)
	if r[0] == 'س' {
		r = r[1:] // «ستجري»
	}
	if r[0] == 'ي' || r[0] == 'ت' && !strings.HasSuffix(w, "ات") && !strings.HasSuffix(w, "ه") {
		return e // an imperfect («ينتشر», «تشهد»), not a plural or a masdar («تقديرات», «تسوية»)
	}
	return -1
}
