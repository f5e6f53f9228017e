package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// A sentence opened by a particle before its verb («كما حذرت الحكومة …،
// وقالت», «فقد نصح روحاني نظيره …، معتبرا», «وقد رفضت الولايات المتحدة
// المقترح مشددة …») names the subject of the continuation after the
// comma: the subject of that verb speaks, not the last speaker of an
// earlier sentence. clauseSpeaker reads the verb only when it opens the
// sentence, so the particle is stepped over here.

// leadParticle returns the verb after an opening particle («كما», «فقد»,
// «وقد», «كذلك») at start, with ok, when that word is a trigger or a verb
// opening a clause.
func (c *Coder) leadParticle(d *doc, start, i int) (int, bool) {
	if start+2 >= i || d.toks[start].Kind != arabic.Word || d.toks[start+1].Kind != arabic.Word {
		return start, false
	}
	switch d.toks[start].Norm {
	case "كما", "وكما", "فقد", "وقد", "كذلك", "وكذلك":
	default:
		return start, false
	}
	k := start + 1
	if definite(d.toks[k].Norm) || c.isStop(d, k) {
		return start, false
	}
	if c.isTrigger(d, k) || c.openingVerb(d, k, i) && genderAgrees(d, k, i) {
		return k, true
	}
	return start, false
}

// leadSubject reads the subject of the verb at k after an opening
// particle: a known party or place right after it (or a title and a name), cut
// before the first indefinite word outside a party or a person's name,
// which is the verb's object («رفضت الولايات المتحدة مقترح أردوغان»,
// «نصح حسن روحاني نظيره»). A verb with no named subject («كذلك ثمن دور
// التحالف …») names nobody.
func (c *Coder) leadSubject(d *doc, k, i int) (speaker, bool) {
	a := c.skipAdverbs(d, k+1, i)
	if a >= i || d.mentionAt[a] < 0 && d.placeAt[a] < 0 && !(leadTitle(d.toks[a].Norm) && c.titleThenName(d, a, i)) {
		return speaker{}, false
	}
	sp, ok := c.speakerAfter(d, k, i)
	if !ok || sp.actor == nil && d.placeAt[a] < 0 {
		return speaker{}, false // a capital speaks for its government («فقد أبدت واشنطن قلقها»)
	}
	end := min(max(sp.end, a+1), i)
	for j := a + 1; j < end; j++ {
		t := d.toks[j]
		if t.Kind == arabic.Word && !definite(t.Norm) && d.mentionAt[j] < 0 && d.placeAt[j] < 0 && (d.person == nil || !d.person[j]) {
			name, _ := d.spanText(a, j)
			sp.name = strings.Trim(name, " ،,«»\"“”()")
			sp.end = j
			break
		}
	}
	return sp, sp.name != ""
}

// leadTitle reports a title heading a subject («رئيس», «الوزير»), not a
// noun that is the verb's object («دور التحالف»).
func leadTitle(w string) bool {
	return bareTitle(w) || bareTitle(strings.TrimPrefix(w, "ال"))
}
