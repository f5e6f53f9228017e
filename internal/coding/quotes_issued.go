package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// issuedClause reads a reporting verb at i that describes an indefinite
// noun just issued by the sentence's subject: «نشرت القناة العاشرة صورا
// قالت إنها لقاعدة …», «وتبنى المجلس قرارا يدعو إلى "…"». The noun is
// what was published or adopted; who published or adopted it speaks —
// the subject of the issuing verb, after it or before it — not the noun
// («صورا», «قرارا»). The verb must follow the noun directly, with no
// comma and no subject of its own after it, and the issuing verb must
// stand within twelve tokens before.
func (c *Coder) issuedClause(d *doc, i int, s sent) (speaker, bool) {
	if i-2 < s.a || c.joinedVerb(d, i) {
		return speaker{}, false
	}
	n := i - 1
	t := d.toks[n]
	if t.Kind != arabic.Word || d.mentionAt[n] >= 0 || definite(t.Norm) || relative(t.Norm) || c.isStop(d, n) || c.isTrigger(d, n) || c.reportingAt(d, n) {
		return speaker{}, false
	}
	if _, ok := c.speakerAfter(d, i, s.b); ok {
		return speaker{}, false // «…، في حين قالت وكالة الأناضول إن …»: the verb has its own subject
	}
	for k := n - 1; k >= s.a && k >= n-12; k-- {
		tk := d.toks[k]
		if tk.Kind == arabic.Punct && tk.Text != "،" || complementiser(d, k) {
			return speaker{}, false
		}
		if !issuing(strings.TrimPrefix(bareWord(d, k), "و")) {
			continue
		}
		if sp, ok := c.speakerAfter(d, k, n); ok && sp.end <= n && !strings.Contains(sp.name, tk.Text) {
			return sp, true
		}
		return c.subjectSpeaker(d, k, s.a)
	}
	return speaker{}, false
}

// issuing reports a verb that publishes or adopts a text (normalised,
// without its و): the issuing verbs of statements and «تبنى/اعتمد/أقر».
func issuing(w string) bool {
	if _, ok := issuingVerb(w); ok {
		return true
	}
	switch w {
	case "تبني", "تبنت", "اعتمد", "اعتمدت", "اقر", "اقرت", "بث", "بثت":
		return true
	}
	return false
}
