package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// Issue 5, round 7: arguments read on random fresh text — a definite
// subject is in no construct with the party named after it.

// subjectBound gives the end up to which preferMention may look, after an
// actor phrase that names no known party, for a party standing for it. A
// noun with the article heads no construct, so a party after it is its
// genitive only when glued to ل («الأمين العام للأمم المتحدة») or told
// with «باسم» or «في» («المتحدث باسم الحكومة»); it is its apposition
// when the party opens with a name («الوزير لافروف») and its adjective
// when it opens with a nisba («المملكة السعودية»). Any other party names
// the verb's object or another phrase («وانتقد الوزير قرار الحكومة»,
// «وطلبت النقابة من الصحفيين», «وناشد الربيعة المنظمات الدولية»): it
// does not replace the subject, which the context may then name.
func (c *Coder) subjectBound(d *doc, h *hit, p np, end int) int {
	if !p.ok() || p.actor != nil || p.a <= h.head() || p.b >= end || !articleWord(d, p.b-1) || quantifier(bareWord(d, p.a)) {
		return end // (only a phrase after the verb: its subject or object)
	}
	k := p.b
	for k < end && d.toks[k].Kind == arabic.Punct && quoteMarks[d.toks[k].Text] != "" {
		k++ // «النقابة "الصحفيين"»
	}
	if k >= end {
		return end
	}
	if d.mentionAt[k] < 0 {
		switch bareWord(d, k) {
		case "باسم", "في":
			return end
		case "من", "علي", "الي", "عن", "مع", "ضد", "لدي", "بين":
			return k // a preposition opens the verb's complement
		}
		if j := k + 1; j < end && d.mentionAt[j] >= 0 && !genitiveParty(d, j) {
			return k // «قرار الحكومة»: the genitive of another noun
		}
		return end // («الرئيس دونالد ترامب»: a first name the linker left out)
	}
	if !genitiveParty(d, k) {
		return k
	}
	return end
}

// articleWord reports a word written with the article: «الوزير»,
// «والنقابة», not «آلاف» (which normalises as «الاف»).
func articleWord(d *doc, k int) bool {
	t := d.toks[k]
	if t.Kind != arabic.Word || !definite(t.Norm) {
		return false
	}
	r := []rune(t.Text)
	for len(r) > 0 && (r[0] == 'و' || r[0] == 'ف' || r[0] == 'ب' || r[0] == 'ل') {
		r = r[1:]
	}
	return len(r) > 0 && r[0] == 'ا'
}

// quantifier reports a noun of quantity whose party follows with «من»
// («الكثير من المنظمات», «العديد من الدول»).
func quantifier(w string) bool {
	switch strings.TrimPrefix(w, "ال") {
	case "كثير", "عديد", "بعض", "معظم", "اغلب", "غالبيه", "اغلبيه", "جميع", "كل", "عدد", "احد", "اي", "مزيد", "عشرات", "مييات", "الاف", "ملايين":
		return true
	}
	return false
}

// genitiveParty reports a party at token k that can continue a definite
// noun before it: glued to ل, a name without the article, or a nisba.
func genitiveParty(d *doc, k int) bool {
	w := bareWord(d, k)
	return gluedLam(d, k) || strings.HasPrefix(w, "لل") || !definite(w) || nisba(w)
}

// clauseBreak reports a comma at token k that opens another clause: one
// told with «وذلك», «حيث», «فيما», «بينما», «في حين», «لكن», «إلا أن»,
// «كما», or with a verb of the feminine perfect joined by و («، وسعت
// CNN للحصول على تعليق من السلطات الصينية»). A party named past it is
// that clause's, not the recipient of an act told before it.
func clauseBreak(d *doc, k, end int) bool {
	if t := d.toks[k].Text; (t != "،" && t != ",") || k+1 >= end || d.toks[k+1].Kind != arabic.Word {
		return false
	}
	switch w := d.toks[k+1].Norm; w {
	case "وذلك", "حيث", "فيما", "بينما", "لكن", "ولكن", "كما", "الا":
		return true
	case "في":
		return k+2 < end && d.toks[k+2].Norm == "حين"
	}
	w := d.toks[k+1].Norm
	bare := bareWord(d, k+1)
	if bare == w || d.mentionAt[k+1] >= 0 || d.placeAt[k+1] >= 0 || definite(bare) {
		return false // no و, or a party or a noun joined to the list
	}
	r := []rune(bare)
	return len(r) >= 3 && r[len(r)-1] == 'ت' && r[len(r)-2] != 'ا'
}
