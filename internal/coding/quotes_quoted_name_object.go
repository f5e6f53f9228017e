package coding

import "github.com/marsad/marsad/internal/arabic"

// quotedNameObjectCut ends a speaker phrase [a,b) read after a verb that
// takes its object after the subject (objectVerb, or an opening verb that
// is no reporting verb) at the object that follows a quoted name: «وطالبت
// منظمة "هيومن رايتس ووتش" السلطات المصرية بالإفراج …، قائلة» gave the
// speaker «منظمة "هيومن رايتس ووتش" السلطات المصرية» (subjectCut leaves a
// phrase with a quotation mark as read). The object is a linked party that
// reads as a noun after a name, or an accusative («تقريرا»); an adjective
// («"…" المعنية بحقوق الإنسان») stays.
func (c *Coder) quotedNameObjectCut(d *doc, i, a, b int) int {
	if !c.objectVerb(d, i) && c.reportingAt(d, i) {
		return b
	}
	open := -1
	for k := a; k < b; k++ {
		t := d.toks[k]
		if t.Kind == arabic.Word {
			continue
		}
		if open < 0 {
			if quoteMarks[t.Text] == "" {
				return b
			}
			open = k
			continue
		}
		if t.Text != quoteMarks[d.toks[open].Text] || k == open+1 || k+1 >= b {
			return b
		}
		n := k + 1 // the word after the closing mark
		if d.toks[n].Kind != arabic.Word {
			return b
		}
		if m := d.mentionAt[n]; m >= 0 && m != d.mentionAt[k-1] && nounAfterName(d, n, true) {
			return n
		}
		if accusativeAt(d, n) && tanween(d.toks[n].Text) {
			return n
		}
		return b
	}
	return b
}
