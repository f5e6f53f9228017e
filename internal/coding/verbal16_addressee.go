package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// appealAddressee sets right the roles of an appeal made to the
// international community: «ودعا المجتمع الدولي إلى الضغط على …» (the
// subject is dropped: whoever spoke calls on the community), «وطالب
// المصدر المجتمع الدولي بالتحرك», «ودعا الأمين العام للأمم المتحدة
// المجتمع الدولي إلى …» (the subject stands before it). The community is
// named after the verb as its object, almost never as the one who asks;
// read as the subject it became the actor, and the party after «إلى/ب»
// the recipient. The community is the recipient; the phrase between the
// verb and it, if any, the actor; with none, the actor is left to the
// speaker or the story's last subject (fallbackActor).
func (c *Coder) appealAddressee(d *doc, h *hit, actor, recip np) (np, np) {
	t := h.trig
	if t.Type != "REQUEST" || !t.Verb || !actor.ok() || h.rel || h.pass {
		return actor, recip
	}
	i := h.head()
	if actor.a <= i {
		return actor, recip
	}
	v := strings.TrimPrefix(bareWord(d, i), "و")
	if !appealVerb(v) && !demandVerb(v) && !firstPersonAppeal(v) {
		return actor, recip
	}
	s := d.sents[h.sent]
	k0 := c.skipAdverbs(d, i+1, s.b)
	k := -1
	for j := max(k0, actor.a); j < actor.b && j+1 < s.b; j++ {
		if communityAt(d, j) {
			k = j
			break
		}
	}
	if k < 0 {
		return actor, recip
	}
	community := np{a: k, b: k + 2}
	if m := d.mentionAt[k]; m >= 0 {
		a := d.mentions[m].Actor
		community.actor = &a
	}
	if k == k0 {
		return np{}, community // «ودعا المجتمع الدولي إلى …»: the subject is dropped
	}
	for j := k0; j < k; j++ {
		if d.toks[j].Kind != arabic.Word {
			return actor, recip // an apposition or a clause between: left as read
		}
	}
	if !closedSubject(d, k) {
		return actor, recip // «رئيس المجتمع الدولي …» would be a genitive
	}
	subj := c.phraseAt(d, k0, k)
	if !subj.ok() {
		subj = np{a: k0, b: k}
	}
	return subj, community
}

// communityAt reports «المجتمع الدولي» or «الأسرة الدولية» at j.
func communityAt(d *doc, j int) bool {
	w, n := d.toks[j].Norm, d.toks[j+1].Norm
	return (w == "المجتمع" && n == "الدولي") || (w == "الاسره" && n == "الدوليه")
}

// firstPersonAppeal reports an appeal verb said in the first person
// («وأناشد المجتمع الدولي ألا ينسى …»).
func firstPersonAppeal(w string) bool {
	switch w {
	case "ادعو", "ندعو", "اناشد", "نناشد", "اطالب", "نطالب", "احث", "نحث":
		return true
	}
	return false
}
