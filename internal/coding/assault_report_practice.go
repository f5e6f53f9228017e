package coding

import (
	"strings"

	"github.com/marsad/marsad"
)

// reportedAttacks reports an attack told as a practice in a report or by a
// rights body, not as an act of the news (tenth session, precision13): the
// sentence names a report or a rights watchdog (attackReportWords: not
// «المنظمة», «المفوضية», which name parties and electoral bodies in
// news of attacks) and the attack is an imperfect verb of habit
// («ويقول تقرير الأمم المتحدة إن التنظيم … يشن هجمات عبر الحدود»,
// «وتقول المنظمة إن الميليشيات تقصف الأحياء السكنية»). A perfect tells one
// act and stays, as does a sentence with a day of the last week or a word
// of an act under way («منذ», «حاليا», «الآن»).
func reportedAttacks(d *doc, h *hit, ev *marsad.Event) bool {
	if ev.Type != "ASSAULT" || !h.trig.Verb || d.recentDay(h.sent) {
		return false
	}
	w := bareWord(d, h.head())
	if !strings.HasPrefix(w, "ي") && !strings.HasPrefix(w, "ت") {
		return false
	}
	s := d.sents[h.sent]
	named := false
	for _, j := range d.wordsIn(s.a, s.b) {
		if d.has(j, underWay) {
			return false
		}
		named = named || d.has(j, attackReportWords)
	}
	return named
}

// underWay marks an act going on as the report is written.
var underWay = wordSet([]string{"منذ", "حاليا", "الآن", "اللحظة", "لليوم", "التوالي"})

// attackReportWords name a report or a rights watchdog in a sentence.
var attackReportWords = wordSet([]string{"تقرير", "التقرير", "تقريرها", "تقريره", "بالتقرير", "العفو", "رايتس", "وثقت", "يوثق", "توثق"})
