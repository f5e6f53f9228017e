package coding

import (
	"github.com/marsad/marsad"
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
	gap := len(h.pos) > 1 && p.a > i && p.a-i <= 3 && p.b <= h.last() // «وقضت محكمة … بسجنه»
	if !before && !after && !gap {
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

// actAgent reports a party at k in the gap of a phrase trigger that is the
// agent of an act noun opening the gap: «أسفرت غارات للتحالف على …
// عن مقتل», «أسفر قصف لطائرات النظام عن …». The act is the verb's subject
// and its party the one who acted; it is not the object of the verb.
func (c *Coder) actAgent(d *doc, from, k int) bool {
	j := k
	if !gluedLam(d, j) && j-1 >= from && gluedLam(d, j-1) && armedWord(strings.TrimPrefix(bareWord(d, j-1), "ل")) {
		j-- // «لطيران التحالف», «لقوات النظام»
	}
	if !gluedLam(d, j) {
		return false
	}
	for i := j - 1; i >= from && i >= j-2; i-- {
		if c.actNoun(d, i) {
			return true
		}
	}
	return false
}

// armedWord reports a noun of armed bodies (armedHeads), with or without
// the article: «طيران», «قوات», «الطائرات».
func armedWord(w string) bool {
	for _, h := range armedHeads {
		if w == h || "ال"+w == h {
			return true
		}
	}
	return false
}

// armedOwner reads the party that owns a bare armed head glued to ل, whose
// phrase stops before the name: «لطيران التحالف», «لقوات النظام» — the
// armed party named right after it, as its forces. It returns nil when
// none follows.
func armedOwner(d *doc, p np) *marsad.Actor {
	if p.actor != nil || p.b-p.a != 1 || p.b >= len(d.toks) {
		return nil
	}
	m := d.mentionAt[p.b]
	if m < 0 || int(d.mentions[m].TokStart) != p.b {
		return nil
	}
	a := d.mentions[m].Actor
	if !linked(&a) || a.Sector == "CVL" || a.Sector == "MED" {
		return nil
	}
	if a.Sector == "" || a.Sector == "GOV" {
		a.Sector = "MIL"
	}
	return &a
}

// resultVerb reports a verb of result among tokens a..b-1: «أسفر», «أدى»,
// «تسبب», «خلف».
func resultVerb(d *doc, a, b int) bool {
	for k := a; k < b; k++ {
		w := strings.TrimPrefix(strings.TrimPrefix(bareWord(d, k), "ما"), "مما")
		for _, v := range []string{"اسفر", "يسفر", "تسفر", "ادي", "ادت", "يودي", "تودي", "تسبب", "خلف", "خلفت"} {
			if strings.HasPrefix(w, v) {
				return true
			}
		}
	}
	return false
}

// lamArmedEnd gives the end of the agent phrase lamArmed read at p: past
// the party's name when a bare armed head stands before it («لطيران
// التحالف العربي»), so the name is the party's, else p's end.
func lamArmedEnd(d *doc, p np) int {
	if armedOwner(d, p) == nil {
		return p.b
	}
	return int(d.mentions[d.mentionAt[p.b]].TokEnd)
}

// struckTarget reports a party named as the target of a strike («غارات
// على مواقع الحوثيين», «هجوم ضد قوات الأمن») whose result the death noun
// at i tells («… أسفرت عن مقتل 12 مسلحا», «… أدى إلى سقوط قتلى»): those
// struck did not do the killing, so they are not its actor. A verb of
// result must tell it (not «شن هجوما على الكويت بعد الإعلان عن مقتل …»).
func struckTarget(d *doc, p np, i int) bool {
	if i-p.b > 8 || i < 1 || !tollWord(bareWord(d, i)) {
		return false
	}
	switch bareWord(d, i-1) {
	case "عن", "الي":
	default:
		return false
	}
	for k := p.a - 1; k >= 0 && k >= p.a-3; k-- {
		switch bareWord(d, k) {
		case "علي", "ضد":
			for j := k - 1; j >= 0 && j >= k-5; j-- {
				if strikeNoun(strings.TrimPrefix(bareWord(d, j), "ال")) {
					return resultVerb(d, max(0, j-3), i-1)
				}
			}
			return false
		}
	}
	return false
}

// tollWord reports a noun of death or injury that opens a toll: «مقتل»,
// «مصرع», «سقوط», «استشهاد», «إصابة», «جرح».
func tollWord(w string) bool {
	switch w {
	case "مقتل", "مصرع", "سقوط", "استشهاد", "اصابه", "اصابات", "جرح":
		return true
	}
	return false
}

// strikeNoun reports a noun of a strike or an attack, without the article
// (normalised): «غارات», «قصف», «هجوم», «ضربة».
func strikeNoun(w string) bool {
	switch w {
	case "غاره", "غارات", "قصف", "هجوم", "هجمات", "ضربه", "ضربات", "قذيفه", "قذايف", "صاروخ", "صواريخ", "هجوما", "عمليه", "اعتداء", "اعتداءات", "تفجير":
		return true
	}
	return false
}

// killedIn reports a party that is the subject of a verb of being killed
// or hurt told with the act at i as its cause: «إن عنصرا من قوات الأمن
// قتل في الهجوم», «جنود أصيبوا جراء القصف». They suffered the act; they
// did not make it.
func killedIn(d *doc, p np, i int) bool {
	j := p.b
	if j >= len(d.toks)-1 || i >= len(d.toks) || !(i == j || (i >= j+2 && i-j <= 5)) {
		return false // the verb itself, the act noun after it, or that noun's relative clause
	}
	switch bareWord(d, j) {
	case "قتل", "قتلوا", "قتلا", "قتلت", "اصيب", "اصيبوا", "اصيبا", "اصيبت", "جرح", "جرحوا", "استشهد", "استشهدوا", "توفي", "توفوا":
	default:
		return false
	}
	switch d.toks[j+1].Norm {
	case "في", "جراء", "اثر", "خلال", "بسبب":
		return true
	}
	return false
}
