package coding

import "strings"

// imperfectOnWeekday reports an act told in the imperfect with a bare
// weekday that falls before the day of publication: «ويلتقي وزير الخارجية
// نظيره الروسي الثلاثاء في موسكو», «ويشارك الرئيس الجمعة في اجتماع …»
// (published on a Thursday) tell next Tuesday's and Friday's plans — a
// meeting already held would be told in the perfect («التقى», «شارك»),
// and the calendar dates a bare weekday to the past one. The verb is the
// trigger itself or, for a noun trigger, the imperfect that opens the
// sentence. Only a verb that opens its sentence counts: an imperfect after
// a noun describes it («قرارا يدعو إلى …», «وهو يشارك») and one after
// «إن» reports a state; a reporting verb («ويقول الوزير إن …») or a
// linking one («يأتي ذلك بعد …») tells nothing of the act's time.
func (c *Coder) imperfectOnWeekday(d *doc, h *hit) bool {
	if d.pub.IsZero() {
		return false
	}
	s := d.sents[h.sent]
	v := c.afterOpeningWeekday(d, s.a, s.b)
	if h.trig.Verb && h.head() != v {
		return false
	}
	if !h.trig.Verb && (h.head()-v > 8 || d.has(v, c.lx.reporting)) {
		return false
	}
	if w := bareWord(d, v); !(imperfectForm(w) || c.taImperfect(h, w) || c.taImperfectOf(h.trig.Type, w)) || linkingVerbs[w] {
		return false
	}
	p := dayOf(d.pub)
	for _, de := range s.dates {
		if de.Precision != PrecDay || de.TokEnd-de.TokStart != 1 || !de.Date.Before(p) {
			continue
		}
		if _, ok := c.cal.weekday(d.toks[de.TokStart].Norm); !ok || sinceDay(d, de.TokStart) {
			continue
		}
		if de.TokStart <= h.last()+6 { // the weekday near the act, not in a later clause
			return true
		}
	}
	return false
}

// imperfectForm reports a verb form that begins with the imperfect's ي.
// A leading ت or ن is left out: they open perfect forms too («تظاهر»,
// «نفذت», «نددت»).
func imperfectForm(w string) bool {
	return len([]rune(w)) >= 3 && strings.HasPrefix(w, "ي")
}

// linkingVerbs open a sentence without telling an act (normalised).
var linkingVerbs = wordSet([]string{"يأتي", "ياتي", "يذكر", "يشار", "يبدو", "يجدر", "يعد", "يعتبر", "يكون"})

// sinceDay reports «منذ (يوم) الأربعاء» before the weekday at i: an
// ongoing act that began then («ويشهد الأردن احتجاجات منذ يوم الأربعاء»).
func sinceDay(d *doc, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch bareWord(d, k) {
		case "منذ":
			return true
		case "يوم":
			continue
		}
		return false
	}
	return false
}

// afterOpeningWeekday returns the first word of the sentence [a,b) after an
// opening bare weekday and its comma («والأربعاء، ينضم الرئيس إلى القادة
// لعقد قمة»): the verb that follows tells the act's time as one that opens
// the sentence does. Otherwise it returns a.
func (c *Coder) afterOpeningWeekday(d *doc, a, b int) int {
	if a+2 >= b {
		return a
	}
	if _, ok := c.cal.weekday(d.toks[a].Norm); !ok {
		return a
	}
	if t := d.toks[a+1]; t.Text != "،" && t.Text != "," {
		return a
	}
	return a + 2
}
