package coding

import "strings"

// Issue 5, round 5: arguments read on random fresh text — the genitive of
// a protest noun is who protests.

// protestGenitive gives the role of the phrase after a protest noun: those
// who strike or march («إضراب عمال السكك», «احتجاجات المعلمين», «اعتصام
// الأطباء»), not the party protested against, which a preposition names
// («ضد الحكومة», «على القرار»). A place after the noun («مظاهرات
// البصرة») is the scene, left to the conventions, and so is a date.
func (c *Coder) protestGenitive(d *doc, h *hit, gen np, role string) string {
	if h.trig.Type != "PROTEST" || h.trig.Verb || !gen.ok() || role == GenActor {
		return role
	}
	if d.placeAt[gen.a] >= 0 || c.datePhrase(d, gen) || c.scenePhraseAt(d, gen) || verbalNoun(d.toks[gen.a].Norm) {
		return role // (nor «مسيرات لتشديد القيود»: the aim)
	}
	if gen.actor == nil && !c.victimPhrase(d, gen) && !protesting(d, gen) && !humanPlural(d.toks[gen.a].Norm) {
		// an adjective, «إضراب شامل», «الاحتجاجات القائمة», or a thing;
		// but «احتجاج فريق العمل على …»: a phrase before the target is who
		// protests
		return role
	}
	return GenActor
}

// scenePhraseAt reports a phrase whose head is a place noun («المدينة»,
// «العاصمة»), named or not.
func (c *Coder) scenePhraseAt(d *doc, p np) bool {
	return sceneHeads[bareWord(d, p.a)]
}

// protestTarget reports a preposition at token k that names what a protest
// is against: «على», «ضد».
func protestTarget(d *doc, k int) bool {
	if k >= len(d.toks) {
		return false
	}
	switch d.toks[k].Norm {
	case "علي", "ضد":
		return true
	}
	return false
}

// protesting reports a phrase that names no known party but stands, as a
// noun (definite, or the head of a construct), between a protest noun and
// what it is against: «احتجاج فريق العمل على …», «تظاهرة لليمين المتطرف
// ضد …». One indefinite word there is an adjective («احتجاج كبير ضد …»),
// and a noun after ل before «على» is the aim («مسيرات لتشديد القيود على …»).
func protesting(d *doc, p np) bool {
	if !protestTarget(d, p.b) {
		return false
	}
	w := d.toks[p.a].Norm
	if gluedLam(d, p.a) {
		return d.toks[p.b].Norm == "ضد"
	}
	return definite(w) || p.b-p.a > 1
}

// humanPlural reports a definite sound masculine plural («المعلمين»,
// «الموظفون»): after a protest noun it names people, since the adjective
// of a plural thing is feminine («الاحتجاجات المستمرة»).
func humanPlural(w string) bool {
	if !strings.HasPrefix(w, "ال") || len([]rune(w)) < 7 {
		return false
	}
	return strings.HasSuffix(w, "ين") || strings.HasSuffix(w, "ون")
}
