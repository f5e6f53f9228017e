package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// Words that make a criticism a description of someone rather than an act:
// «المعروف بانتقاده الحكومة» (known for), «الذي كان ينتقد السعودية» (used
// to), «مشروع قرار يدين الضربات» (a draft that would condemn).
var (
	knownFor   = wordSet([]string{"المعروف", "المعروفة", "المعروفين", "المعروفون", "معروف", "معروفة", "معروفا", "اشتهر", "اشتهرت", "عرف", "عرفت", "بشهرته"})
	usedTo     = wordSet([]string{"كان", "كانت", "كانوا", "ظل", "ظلت", "ظلوا", "وكان", "وكانت", "وكانوا"})
	relativeTo = wordSet([]string{"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})
	draftWords = wordSet([]string{"مشروع", "مشروعا", "مسودة", "لمشروع", "بمشروع"})
	// opinions held by nobody in particular: «اعتبره كثيرون …», «ومن يرى …»
	vagueHolders = wordSet([]string{"كثيرون", "الكثيرون", "كثيرين", "البعض", "بعضهم", "آخرون", "الآخرون", "مراقبون", "المراقبون", "منتقدون", "المنتقدون", "كثير"})
	whoever      = wordSet([]string{"من", "ومن"})
)

// vagueJudgement reports a judgement (the opinion rule of events.go) held
// by nobody in particular: «إذ اعتبره كثيرون إخلالا بالقانون», «بين من يرى
// … ومن يصفه بالدكتاتوري», «ويرى بعضهم أن …». Such views are no party's act.
func vagueJudgement(d *doc, h *hit) bool {
	if h.trig != accuseJudgement && h.trig != supportJudgement {
		return false
	}
	i := h.head()
	s := d.sents[h.sent]
	// «ومن يصفه»: whoever thinks so (the imperfect); «من وصفهم
	// بالإرهابيين» names those the speaker described, «من وصف» is «from»
	if ws := d.wordsIn(s.a, i); len(ws) > 0 && d.has(ws[len(ws)-1], whoever) && imperfect(bareWord(d, i)) {
		return true
	}
	after := d.wordsIn(i+1, s.b)
	for k := 0; k < len(after) && k < 2; k++ {
		if d.has(after[k], vagueHolders) {
			return true
		}
	}
	return false
}

// describedCritic reads an ACCUSE hit that tells what someone is like,
// not what they did now: known for criticism («المعروف بانتقاد مواقف
// الحكومة»), a habit told in a relative clause («خاشقجي، الذي كان ينتقد
// السعودية»), or a draft resolution's wording («فشلت موسكو في تمرير
// مشروع قرار يدين الضربات»). It returns the Aux the event takes: history
// for a trait or habit, hypothetical for a draft, "" otherwise.
func describedCritic(d *doc, h *hit) string {
	if h.trig.Type != "ACCUSE" {
		return ""
	}
	s := d.sents[h.sent]
	before := d.wordsIn(s.a, h.head())
	n := len(before)
	if n >= 1 && d.has(before[n-1], knownFor) {
		return marsad.AuxHistorical
	}
	if h.trig.Verb && imperfect(d.toks[h.head()].Norm) && n >= 2 && d.has(before[n-1], usedTo) && d.has(before[n-2], relativeTo) {
		return marsad.AuxHistorical
	}
	if !h.trig.Verb || !imperfect(d.toks[h.head()].Norm) {
		return ""
	}
	// «مشروع قرار (في مجلس الأمن) يدين»: the verb tells the draft's wording
	for k := n - 1; k >= 1 && k >= n-6; k-- {
		if d.hasKey(before[k], arabic.Normalize("قرار")) && d.has(before[k-1], draftWords) {
			return marsad.AuxHypothetical
		}
	}
	return ""
}

// imperfect reports a verb form of the imperfect («ينتقد», «تدين»), its
// conjunction dropped.
func imperfect(w string) bool {
	w = strings.TrimPrefix(w, "و")
	return strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "ت")
}
