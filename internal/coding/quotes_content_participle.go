package coding

import (
	"github.com/marsad/marsad/internal/arabic"
)

// contentParticiple reports a participle form at i that sits inside what
// an earlier verb of the sentence reports, read as a noun or adjective of
// that content: «إن الهيئة أصدرت تعليمات مشددة للمتظاهرين …», «أن الجانب
// الروسي جدد مطالبه بتسليم …» (ة and ه are one letter once normalised, so
// «مطالبه», his demands, reads as «مطالبة», demanding), «أن أنقرة ستواصل
// متابعة القضية». A speaking participle follows a comma or the verb and
// its speaker («، مشددا على أن», «وقال الوزير مؤكدا إن»); one glued to a
// word of the content, with no complementiser, colon or quotation of its
// own, neither ends that statement nor starts another.
func (c *Coder) contentParticiple(d *doc, i int, s sent, prev rv) bool {
	if i == s.a || d.toks[i-1].Kind != arabic.Word || prev.i >= i-1 {
		return false
	}
	inside := false
	for k := prev.i + 1; k < i; k++ {
		t := d.toks[k]
		if complementiser(d, k) {
			inside = true
			continue
		}
		if t.Text == "." || t.Text == ":" || quoteMarks[t.Text] != "" || contrastive(d, k) {
			return false // a clause of its own, or a quotation the participle may close
		}
		if inside && t.Text == "،" {
			return false // «أن …، مؤكدا …»: after a comma it may speak
		}
	}
	if !inside {
		return false
	}
	for j := i + 1; j < s.b && j <= i+8; j++ {
		t := d.toks[j]
		if t.Text == ":" || complementiser(d, j) {
			return false // «… مؤكدة أن …»: it reports
		}
		if quoteMarks[t.Text] != "" && (j == i+1 || j == i+2 && preposition(bareWord(d, i+1))) {
			return false // «… مشددة على "…"»
		}
		if t.Kind == arabic.Punct && t.Text != "،" {
			break
		}
	}
	return true
}
