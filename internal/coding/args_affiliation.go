package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// patronOfActor reports a recipient phrase that names whom the actor is
// tied to: the phrase follows an affiliation participle that closes or
// directly follows the actor's phrase («شن مسلحون مرتبطون بتنظيم الدولة
// هجوما», «ميليشيات الحوثي الموالية لإيران», «سيطرت حركة الحوثيين
// المتحالفة مع إيران», «القوات الموالية لصالح»). The patron describes the
// actor; it is not the party the act was aimed at. A participle after the
// target («مواقع تابعة لحركة حماس») is left: there the patron is hit.
func patronOfActor(d *doc, p, actor np) bool {
	if !p.ok() || !actor.ok() || p.a < 1 {
		return false
	}
	if actor.b == p.a && d.toks[p.a].Kind == arabic.Word && affiliationWord(bareWord(d, p.a)) {
		return true // the participle itself read as the object: «الحوثيين المتحالفة مع …»
	}
	k := p.a - 1
	if k > 0 && d.toks[k].Kind == arabic.Word {
		switch bareWord(d, k) {
		case "مع", "من", "ل", "لـ", "الي", "ب":
			k-- // «المتحالفة مع إيران», «المدعومة من …» written apart
		}
	}
	if k < 0 || d.toks[k].Kind != arabic.Word || !affiliationWord(bareWord(d, k)) {
		return false
	}
	return actor.b == k || actor.b == k+1 || actor.b == p.a
}

// affiliationWord reports a participle of allegiance or link, either
// gender, singular or plural, with or without the article: «مرتبطون»,
// «الموالية», «المتحالفة», «المدعومة», «التابعة», «المقربة». Normalised.
func affiliationWord(w string) bool {
	w = strings.TrimPrefix(w, "ال")
	for _, stem := range []string{"مرتبط", "موال", "متحالف", "مدعوم", "تابع", "مقرب", "منتم", "محسوب"} {
		rest, ok := strings.CutPrefix(w, stem)
		if !ok {
			continue
		}
		switch rest { // (not «مواليد», «تابعت»)
		case "", "ه", "ون", "ين", "ات", "ي", "يه", "ان":
			return true
		}
	}
	return false
}

// patronAt reports a mention starting at token k that follows an
// affiliation participle whose noun, right before it, is a mention of the
// actor: «سيطرت حركة الحوثيين المتحالفة مع إيران على …». partyAfter passes
// it by, as patronOfActor drops it from the recipient phrase.
func patronAt(d *doc, k int, actor *marsad.Actor) bool {
	if actor == nil || k < 2 {
		return false
	}
	j := k - 1
	switch bareWord(d, j) {
	case "مع", "من", "ل", "لـ", "الي", "ب":
		j--
	}
	if j < 1 || d.toks[j].Kind != arabic.Word || !affiliationWord(bareWord(d, j)) {
		return false
	}
	m := d.mentionAt[j-1]
	if m < 0 {
		return false
	}
	a := d.mentionActor(int(m))
	return a != nil && namesOverlap(a.Name, actor.Name)
}
