package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// fearedOrNoted reports a verb that states a view only with a clause
// after it: «ويخشى خبراء من أن الرسوم …» (a fear voiced: «من» right
// before the complementiser) and «وسجل التقرير أن …», «سجلت المنظمة أن
// …» (a finding put on record: the complementiser within five tokens, no
// comma or number between). Without the clause they fear a thing («يخشى
// الفشل») or score, register and record («سجل هدفا», «سجل 30 هدفا، علما
// أن …»).
func (c *Coder) fearedOrNoted(d *doc, i int, s sent) bool {
	fear := false
	switch bareWord(d, i) {
	case "يخشي", "تخشي", "يخشون", "خشي", "خشيت", "خشوا":
		fear = true
	case "سجل", "سجلت", "يسجل", "تسجل":
	default:
		return false
	}
	limit := i + 5
	if fear {
		limit = i + 7
	}
	for k := i + 1; k < s.b && k <= limit; k++ {
		t := d.toks[k]
		switch {
		case t.Kind == arabic.Punct && (t.Text != "،" || !fear):
			return false
		case t.Kind != arabic.Word:
			return false // a number: «سجل 30 هدفا»
		case complementiser(d, k):
			return !fear || d.toks[k-1].Norm == "من"
		case c.reportingAt(d, k) || relative(t.Norm):
			return false // the complementiser is another verb's
		}
	}
	return false
}

// saidIn reads «قال/أكد/أشار … فيه/فيها» after a statement noun, a
// relative clause with no «الذي» («نشر ترامب تغريدة قال فيها إن …»,
// «بعد تصريح لرئيس الحكومة قال فيه إن …», «تصريحات أدلى بها الوزير قال
// فيها …»): who made the statement speaks — the party after «صادر عن» or
// ل, the subject of «أدلى بها», or the subject of the verb that issued it
// («نشر», «وجه», «قدم»). The phrase right before the verb is the noun or
// its complement, never the speaker. It returns false when none of these
// is written.
func (c *Coder) saidIn(d *doc, i int, s sent) (speaker, bool) {
	if !statementClause(d, i, s.b) {
		return speaker{}, false
	}
	noun := -1
	for k := i - 1; k >= s.a && k >= i-10; k-- {
		if d.toks[k].Kind == arabic.Punct && d.toks[k].Text != "،" || k < i-1 && c.reportingAt(d, k) {
			break
		}
		w := strings.TrimSuffix(bareWord(d, k), "ا")
		if heldStatement(w) || heldStatement(strings.TrimPrefix(w, "ب")) {
			noun = k
			break
		}
	}
	if noun < 0 {
		return speaker{}, false
	}
	end := i
	if d.toks[end-1].Text == "،" {
		end--
	}
	for k := noun + 1; k+1 < end; k++ {
		switch {
		case (d.toks[k].Norm == "صادر" || d.toks[k].Norm == "الصادر") && d.toks[k+1].Norm == "عن":
			// «بيان صادر عن X قال فيه»
			if sp, ok := c.speakerAfter(d, k+1, end); ok {
				return sp, true
			}
		case strings.HasPrefix(bareWord(d, k), "ادلي") && strings.HasPrefix(d.toks[k+1].Norm, "ب"):
			// «تصريحات أدلى بها أردوغان …، قال فيها»
			if sp, ok := c.speakerAfter(d, k+1, end); ok {
				return sp, true
			}
		}
	}
	// the verb that issued it: after «وجه/أرسل/كتب رسالة» ل names whom
	// it was sent to («وجه كلمة لجمهور النادي»), after «نشر/أصدر» whose
	// it is («نشرت الوكالة بيانا للجيش»)
	issuer, sent := -1, false
	for k := noun - 1; k >= s.a && k >= noun-12; k-- {
		if d.toks[k].Kind == arabic.Punct && d.toks[k].Text != "،" && quoteMarks[d.toks[k].Text] == "" {
			break
		}
		if w := bareWord(d, k); w == "بعد" || w == "قبل" || w == "عقب" || w == "اثر" || w == "اعقاب" || w == "خلفيه" {
			break // «أقامت X الدعوى بعد تغريدة لترامب قال فيها»: the noun is in an adverbial phrase
		}
		if to, ok := issuingVerb(bareWord(d, k)); ok {
			issuer, sent = k, to
			break
		}
	}
	if !sent && noun+1 < end && end-noun <= 6 && !pronounObject(d.toks[noun+1].Norm) {
		// «تغريدة لترامب قال فيها» (a longer ل-phrase with an apposition
		// is left to the speaker finder)
		if sp, ok := c.lamSpeaker(d, noun+1, end); ok && !outletWord(strings.TrimPrefix(d.toks[noun+1].Norm, "ل")) {
			return sp, true
		}
	}
	if issuer < 0 {
		return speaker{}, false
	}
	if sp, ok := c.speakerAfter(d, issuer, noun); ok && sp.actor != nil {
		return sp, true
	}
	if p := c.subjectBefore(d, issuer, s.a); p.ok() && p.actor != nil {
		name, _ := d.spanText(p.a, p.b)
		return speaker{name: strings.Trim(name, " ،,«»\"“”()"), actor: p.actor}, true
	}
	return speaker{}, false
}

// heldStatement reports a noun for something said or written that a
// clause «قال فيه» can describe: a statement noun or a complaint, a
// letter, an article, a speech.
func heldStatement(w string) bool {
	if statementNoun(w) {
		return true
	}
	switch w {
	case "تغريدات", "رسايل", "شكوي", "دعوي", "مقال", "مقاله", "حديث", "منشور", "تدوينه", "مداخله", "مقابله", "حوار", "بيانات", "مؤتمر", "مؤتمرا", "خطابا":
		return true
	}
	return false
}

// issuingVerb reports a verb that issues a statement noun after it, and
// whether it sends it to someone («وجه رسالة لـX», «كتب رسالة لـX»: ل
// names the addressee) rather than publishing it («نشر بيانا لـX»: ل
// names whose it is).
func issuingVerb(w string) (sent, ok bool) {
	switch w {
	case "وجه", "وجهت", "كتب", "كتبت", "قدم", "قدمت", "بعث", "بعثت", "ارسل", "ارسلت", "اقام", "اقامت", "رفع", "رفعت":
		return true, true
	case "اصدر", "اصدرت", "نشر", "نشرت", "عقد", "عقدت", "القي", "القت", "ادلي", "ادلت", "اطلق", "اطلقت", "وزع", "وزعت":
		return false, true
	}
	return false, false
}

// nameOnTheWay reports a short quoted phrase between a reporting verb and
// its complementiser («أفادت الإذاعة "راك1" أن …», «وقال العقيد، في حوار
// مع "سكاي نيوز عربية" إن …»): a name on the speaker's side (an outlet,
// a firm, a programme), not something said. At most four words, «إن/أن»
// (not «وأن», which adds a second statement) right after the closing mark,
// and no complementiser between the verb and the opening mark.
func (c *Coder) nameOnTheWay(d *doc, q directQuote, s sent, verbs []rv) bool {
	if q.open2 || d.words(q.open+1, q.close) > 4 || q.open > s.a && d.toks[q.open-1].Text == ":" {
		return false
	}
	k := q.close + 1
	if k < s.b && d.toks[k].Text == "،" {
		k++
	}
	if k >= s.b || !complementiser(d, k) {
		return false
	}
	switch d.toks[k].Norm {
	case "ان", "انه", "انها", "انهم", "انهما", "اننا", "انني":
	default:
		return false // «وأن», «بأن», «لأنها»: a second statement or a cause
	}
	for _, v := range verbs {
		if !v.ok || v.i >= q.open || q.open-v.i > 12 {
			continue
		}
		clear := true
		for j := v.i + 1; j < q.open; j++ {
			if complementiser(d, j) || d.toks[j].Kind == arabic.Punct && d.toks[j].Text != "،" && quoteMarks[d.toks[j].Text] == "" && d.toks[j].Text != "(" && d.toks[j].Text != ")" {
				clear = false
				break
			}
		}
		if clear {
			return true
		}
	}
	return false
}

// believes reports «يعتقد X أن …» with its subject written between the
// verb and the complementiser («ويعتقد الباحثون أن …», «وتعتقد السلطات
// أن …»): a view attributed to X. Without a subject it is impersonal
// («ويعتقد أن …», «يُعتقد على نطاق واسع أن»: a preposition next), and
// «البعض/كثيرون» alone name no one; after a relative or «كان» it belongs
// to a clause on something else («شيئا يعتقد أنه …», «ما إذا كان يعتقد
// أن …»); a number after the verb reads a survey («يعتقد 95٪ من …»).
func (c *Coder) believes(d *doc, i int, s sent) bool {
	switch bareWord(d, i) {
	case "يعتقد", "تعتقد", "يعتقدون":
	default:
		return false
	}
	if i > s.a {
		if p := strings.TrimPrefix(d.toks[i-1].Norm, "و"); relative(p) || p == "كان" || p == "كانت" || p == "ما" || p == "لا" || p == "لم" || d.toks[i-1].Kind == arabic.Word && !strings.HasPrefix(d.toks[i].Norm, "و") {
			return false
		}
	}
	if i+1 < s.b && (preposition(d.toks[i+1].Norm) || vagueMany(d.toks[i+1].Norm) && i+2 < s.b && complementiser(d, i+2)) {
		return false // «يُعتقد على نطاق واسع أن», «ويعتقد كثيرون أن»: no one in particular
	}
	for k := i + 1; k < s.b && k <= i+8; k++ {
		t := d.toks[k]
		switch {
		case t.Kind == arabic.Punct && t.Text != "،" && quoteMarks[t.Text] == "":
			return false
		case t.Kind != arabic.Word && t.Kind != arabic.Punct:
			return false // a number: a survey's share
		case t.Kind == arabic.Word && complementiser(d, k):
			return k > i+1 && d.toks[k-1].Kind == arabic.Word && !strings.HasPrefix(d.toks[k].Norm, "و")
		case t.Kind == arabic.Word && (c.reportingAt(d, k) || relative(t.Norm)):
			return false
		}
	}
	return false
}

// vagueMany reports a subject that names no one («البعض», «كثيرون»).
func vagueMany(w string) bool {
	switch w {
	case "البعض", "بعضهم", "كثيرون", "الكثيرون", "الكثير", "كثير", "العديد", "اخرون", "الاخرون":
		return true
	}
	return false
}

// quotedNameAfter extends a speaker phrase headed by a common noun for an
// organisation («بنك», «مؤسسة», «وكالة أنباء», «بيت مزادات») with the
// quoted name right after it («ويعتقد بنك "جيفيريز" الاستثماري أن …»,
// «وقالت مؤسسة "سنيرد" …»): the noun alone names no one. At most four
// words between the marks, and the phrase at most three words.
func (c *Coder) quotedNameAfter(d *doc, sp speaker, s sent) speaker {
	e := sp.end
	if e <= 0 || e+2 >= s.b || quoteMarks[d.toks[e].Text] == "" || strings.ContainsAny(sp.name, "\"«“") {
		return sp
	}
	if d.toks[e-1].End == d.toks[e].Start || d.toks[e].End != d.toks[e+1].Start {
		return sp // a closing mark («صحيفة "زمان" إن»), not one opening a name
	}
	ws := strings.Fields(arabic.Normalize(sp.name))
	if len(ws) == 0 || len(ws) > 3 || !orgCommonNoun(strings.TrimPrefix(ws[0], "و")) {
		return sp
	}
	cl := e + 1
	for cl < s.b && cl <= e+5 && d.toks[cl].Text != quoteMarks[d.toks[e].Text] {
		cl++
	}
	if cl >= s.b || cl > e+5 || d.toks[cl].Text != quoteMarks[d.toks[e].Text] || d.toks[cl-1].End != d.toks[cl].Start || d.words(e+1, cl) == 0 || d.words(e+1, cl) > 4 {
		return sp
	}
	name, _ := d.spanText(e+1, cl)
	name = strings.Trim(name, " ،,«»\"“”()")
	if name == "" {
		return sp
	}
	out := sp
	out.name = sp.name + " " + name
	out.end = cl + 1
	return out
}

// orgCommonNoun reports a common noun that heads an organisation's name.
func orgCommonNoun(w string) bool {
	switch w {
	case "بنك", "مصرف", "مؤسسه", "شركه", "وكاله", "منصه", "مدونه", "موقع", "صحيفه", "مجله", "قناه", "اذاعه", "بيت", "مجموعه", "مركز", "معهد", "جمعيه", "منظمه", "هييه", "مكتب", "دار", "نادي", "جامعه", "شبكه", "تطبيق", "حساب":
		return true
	}
	return false
}

// titleQuoted reports a short quoted phrase right after a common noun that
// heads a name or a title («مؤسسة "قطر الخيرية"», «برنامج "…"», «كتاب
// "الفتاة الأخيرة"», «فيلم "…"»): the marks set off the name, nothing is
// said. At most four words between the marks.
func titleQuoted(d *doc, q directQuote) bool {
	if q.open2 || q.open == 0 || d.words(q.open+1, q.close) > 4 || d.toks[q.open-1].Kind != arabic.Word {
		return false
	}
	w := d.toks[q.open-1].Norm
	for _, p := range []string{"و", "ب", "ل", "ف"} {
		if st, ok := strings.CutPrefix(w, p); ok && titleHead(strings.TrimPrefix(st, "ال")) {
			return true
		}
	}
	return titleHead(strings.TrimPrefix(w, "ال"))
}

// titleHead reports a common noun that heads a quoted name or title.
func titleHead(w string) bool {
	if orgCommonNoun(w) && w != "بيت" && w != "دار" && w != "حساب" {
		return true
	}
	switch w {
	case "برنامج", "مبادره", "مسلسل", "فيلم", "كتاب", "روايه", "وسم", "هاشتاغ", "مشروع", "مؤتمر", "منتدي", "مسابقه", "بطوله", "جايزه", "مهرجان", "اغنيه", "البوم", "ديوان":
		return true
	}
	return false
}
