package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// Issue 5, round 6: arguments read on random fresh text — a clause that
// names its own subject keeps it.

// partyHeads are nouns that head a phrase naming a person or a body
// («محكمة», «موقع», «أطراف», «مسؤول»), normalised, without the article.
var partyHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`محكمة موقع صحيفة وكالة منظمة جماعة مجموعة لجنة هيئة شركة حزب جمعية
		مجلس أطراف طرف نقابة اتحاد تحالف حركة فصيل فصائل مسؤول مسؤولون مسؤولين نواب نائب قاض قاضي
		ناشط ناشطون نشطاء رجل امرأة شاب مواطن مواطنون طلاب محام محامي محامون جنود جندي ضابط ضباط شرطي
		عصابة مهاجم مهاجمون مسلح مسلحون سكان أهالي برلمان حكومة سلطات وزارة قوة قوات دورية عناصر مقاتلون`) {
		m[arabic.Normalize(w)] = true
	}
	return m
}()

// ownSubject reports a subject phrase of a verb that names no known party
// but is one of its own: an indefinite person or body («قضت محكمة
// عسكرية», «ناشد موقع إخباري»), new to the story, or a phrase of more than
// one word headed by such a noun («وكانت أطراف الصراع وقعت»). The context
// does not replace it with a party named before; a bare definite title
// («الوزير», «المحكمة») still stands for whoever the story names.
func (c *Coder) ownSubject(d *doc, h *hit, p np) bool {
	if !p.ok() || p.actor != nil || !h.trig.Verb || h.pass || h.rel || d.toks[p.a].Kind != arabic.Word {
		return false
	}
	i := h.head()
	before := p.b <= i && i-p.b <= 2 // SVO, or between كان (قد) and the verb
	after := p.a > h.last() && p.a-h.last() <= 3
	if !before && !after {
		return false
	}
	w := bareWord(d, p.a)
	if gluedLam(d, p.a) || objectSuffix(d.toks[p.a]) {
		return false
	}
	if p.b < len(d.toks) && d.mentionAt[p.b] >= 0 && p.b-p.a == 1 {
		return false // «قوة الأمم المتحدة»: the party is the name it heads
	}
	head := strings.TrimPrefix(w, "ال")
	if !partyHeads[head] {
		return false
	}
	return !definite(w) || p.b-p.a > 1
}

// indefiniteParty reports an indefinite phrase of a person or body closed
// by an indefinite adjective («موقع إخباري محلي», «محكمة عسكرية») with a
// definite party at k after it: an indefinite adjective ends the phrase,
// so the party at k is not its genitive but the next phrase — in «وناشد
// موقع إخباري الشرطة» the object. That party does not replace the
// subject. A party after a preposition («قوات مرتبطة بالجضران») is
// governed by the adjective, and is left to the callers.
func indefiniteParty(d *doc, p np, k int) bool {
	if !p.ok() || p.b-p.a < 2 || k < p.b || k >= len(d.toks) || d.toks[p.a].Kind != arabic.Word || gluedLam(d, p.a) {
		return false
	}
	w, last := bareWord(d, p.a), d.toks[p.b-1]
	if definite(w) || !partyHeads[w] || last.Kind != arabic.Word || definite(last.Norm) || !strings.HasPrefix(bareWord(d, k), "ال") {
		return false
	}
	return true
}
