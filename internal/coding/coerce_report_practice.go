package coding

import (
	"strings"

	"github.com/marsad/marsad"
)

// reportedPractice reports a detention told as a practice in a rights
// report, not as an act of the news (ninth session, coerce11): the
// sentence names a report or a rights body, and the detention is an
// imperfect verb of habit («وأضاف التقرير "يعتقل الرجال والنساء … بشكل
// تعسفي"», «أن سجناء سياسيين يحتجزون في مصر بالحبس الانفرادي», «وتقول
// المنظمة إن السلطات تعتقل 31 صحفيا») or a tally of cases («وثقت ما لا
// يقل عن 687 حالة اعتقال تعسفي», «معظم حالات الاعتقال»). A perfect
// («أفادت هيومن رايتس ووتش بأن السلطات اعتقلت مطلع هذا الشهر
// ناشطتين») tells one act and stays, as does a sentence with a day of
// the last week.
func reportedPractice(d *doc, h *hit, ev *marsad.Event) bool {
	if ev.Type != "COERCE" || ev.Mode != "arrest" || d.recentDay(h.sent) {
		return false
	}
	i := h.head()
	s := d.sents[h.sent]
	if h.trig.Verb {
		w := bareWord(d, i)
		if !strings.HasPrefix(w, "ي") && !strings.HasPrefix(w, "ت") {
			return false
		}
	} else {
		tally := false
		for _, j := range d.wordsIn(max(s.a, i-2), i) {
			if d.has(j, caseWords) {
				tally = true
			}
		}
		if !tally {
			return false
		}
	}
	for _, j := range d.wordsIn(s.a, s.b) {
		if d.has(j, reportWords) {
			return true
		}
	}
	return false
}

// caseWords count detentions as cases: «687 حالة اعتقال».
var caseWords = wordSet([]string{"حالة", "حالات", "وقائع", "حصيلة"})

// reportWords name a report or a rights body in a sentence.
var reportWords = wordSet([]string{"تقرير", "التقرير", "تقريرها", "تقريره", "بالتقرير", "المنظمة", "منظمة", "الشبكة", "العفو", "رايتس", "المفوضية", "مفوض", "مفوضية", "الحقوقية", "حقوقية", "وثقت", "يوثق", "توثق"})
