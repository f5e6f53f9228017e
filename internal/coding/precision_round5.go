package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// The fifth precision round: constructions that a hand-read random sample
// of events coded on fresh news articles showed to be no current event, or
// another type, in any kind of article. Each is a reading of the sentence
// around the trigger, not of one story.

// round5 reports a hit that one of the fifth round's constructions shows to
// be no event; otherwise it may mark the event as history (an adverb of the
// past) or give it its real type (leaving a council is a SANCTION).
func (c *Coder) round5(d *doc, h *hit, ev *marsad.Event) bool {
	switch {
	case c.standingView(d, h):
		return true // «وتعتبر تركيا الوحدات الكردية تنظيما إرهابيا»: a standing view, told as background
	case ruling(d, h):
		return true // «اتفاق يقضي بمغادرة المقاتلين», «تقضي المحكمة بإبعاد»: stipulates or rules, kills no one
	case h.trig.Type == "CONSULT" && hospitalIntake(d, h):
		return true // «المستشفى استقبل ثلاث حالات حرجة»: the wounded taken in, no meeting
	case h.trig.Type == "CONSULT" && meetingSought(d, h):
		return true // «اتفقتا على عقد قمة ثانية», «دعونا إلى عقد جلسة»: a meeting agreed on or asked for, not held
	case h.trig.Type == "ACCUSE" && achieving(d, h):
		return true // «في تحقيق تلك الطموحات»: achieving, no investigation
	case h.trig.Type == "CONCEDE" && allowsAsRule(d, h, ev):
		return true // «نظام يسمح بعرض الأفلام», «مما يسمح بالمزيد من المرونة»: what a thing allows, no concession
	case h.trig.Type == "COERCE" && stoppedThing(d, h):
		return true // «أوقفنا حملتنا مؤقتا», «أوقفت الشركة العمل في مكاتبها»: stopped, nobody arrested
	case h.trig.Type == "COERCE" && closedNoCoercion(d, h):
		return true // «أغلقت الكنيسة أبوابها», «أغلق المطار بسبب العاصفة»: closed, nobody coerced
	case h.trig.Type == "ASSAULT" && ruinDescribed(d, h, ev):
		return true // «المدينة التي دمرتها الحرب», «صراع يدمر سوريا»: ruin described, no strike told
	case h.trig.Type == "CONSULT" && meetingAwaited(d, h):
		return true // «قبيل قمة مرتقبة بين الزعيمين», «القمة المزمع عقدها»: a meeting to come
	case h.trig.Type == "CONSULT" && searching(d, h):
		return true // «الشرطة تبحث عنه», «ويبحث المحققون الأسباب», «عملية بحث واسعة»: searching or studying, no talks
	case h.trig.Type == "PROTEST" && roadCutNoProtest(d, h):
		return true // «قطع طريق صنعاء الحديدة» by an army, «قطعت السيول الطريق»: no protesters
	case h.trig.Type == "AGREE" && agreesInViews(d, h, ev):
		return true // «بما يتفق مع القرارات», «فأنا أتفق مع هذا الشعور»: accords or shares a view, no deal
	case h.trig.Type == "THREATEN" && threatSuffered(d, h):
		return true // «وتعرض لتهديدات من متطرفين»: a threat suffered before, told of the victim
	case h.trig.Type == "THREATEN" && forecastWarning(d, h):
		return true // «حذر من أن الوضع قد يتدهور»: a forecast, nobody threatened
	}
	if ev.Aux == "" && pastAdverb(d, h) {
		ev.Aux = marsad.AuxHistorical // «الذي هدد من قبل بوقف …», «صدر حكم في السابق»
	}
	if h.trig.Type == "RETREAT" && memberWithdrawal(d, h) {
		retype(h, ev, "SANCTION", "withdraw") // «انسحبت الولايات المتحدة من مجلس حقوق الإنسان» (GUIDELINES)
	}
	return false
}

// standingView reports a judgement (opinions in events.go) told in the
// imperfect by the writer, outside anyone's words: «وتعتبرها الحكومة
// جماعة إرهابية», «ويعتبر الإرهابي من القيادات», «وتصف المعارضة ذلك بأنه
// تهجير». It is a view held for long, background to the news, not a
// statement made now; the same verb in a speaker's words («وقال إن القرار
// يعتبر خطأ فادحا», «نعتبر الإعلان غير مقبول») is his judgement and stays.
func (c *Coder) standingView(d *doc, h *hit) bool {
	if h.trig != accuseJudgement && h.trig != supportJudgement {
		return false
	}
	i := h.head()
	if !imperfect(bareWord(d, i)) {
		return false
	}
	// (the sentence's speaker may be the judging verb's own subject: a
	// reporting verb before it is what tells someone's words)
	for k := d.sents[h.sent].a; k < i; k++ {
		if c.reportingAt(d, k) {
			return false
		}
		switch d.toks[k].Norm {
		case "ان", "انه", "انها", "انهم", "بان", "بانه", "بانها":
			return false // «أكد أن …»: in someone's words
		}
		if d.toks[k].Text == "\"" || d.toks[k].Text == "«" || d.toks[k].Text == "“" {
			return false
		}
	}
	return true
}

// courtWords and spanWords tell «قضى» that rules or spends («قضت المحكمة
// بـ», «تقضي وقتا طويلا على»).
var (
	courtWords = wordSet([]string{"المحكمة", "محكمة", "المحاكم", "هيئة", "القاضي", "قاض", "العليا", "الدستورية", "المحلفين", "محلفين"})
	spanWords  = wordSet([]string{"وقتا", "وقت", "الوقت", "أوقاتا", "ساعة", "ساعات", "دقائق", "أسابيع", "أشهر", "شهور", "ليالي", "إجازته", "إجازتها", "العطلة", "إجازة", "عطلة", "ليلة", "ليلته", "أياما", "يوما", "أسبوعا", "شهرا", "أشهرا", "سنوات", "عاما", "أعواما", "فترة", "حياته", "حياتها", "معظم", "أغلب", "بقية", "عقوبة", "العقوبة", "محكوميته", "مدة"})
)

// ruling reports «قضى/يقضي على» (to finish off) read over a verb of
// another sense whose «على» comes later: a ruling or a term with «بـ»
// («اتفاق يقضي بمغادرة المقاتلين … على حدود», «تقضي المحكمة بإبعاد الأجنبي
// الذي يحكم عليه»), a court as subject, or time spent («تقضي وقتا طويلا
// على مواقع التواصل»). «قضت القوات على المسلحين» keeps its sense.
func ruling(d *doc, h *hit) bool {
	if h.trig.Type != "ASSAULT" || len(h.pos) < 2 || !strings.HasPrefix(h.trig.Source, "قضى/") {
		return false
	}
	for _, k := range d.wordsIn(h.pos[0]+1, h.pos[1]) {
		if strings.HasPrefix(d.toks[k].Norm, "ب") || d.has(k, courtWords) || d.has(k, spanWords) {
			return true
		}
	}
	return false
}

// intakeWords are what a hospital or a crossing takes in.
var intakeWords = wordSet([]string{"حالات", "حالة", "جثة", "جثث", "الجثث", "جثمان", "جثامين", "الجثامين", "القتلى", "قتلى", "المصابين", "مصابين", "مصابا", "الجرحى", "جرحى", "جريحا", "دفعة", "دفعات", "الضحايا", "ضحايا"})

// hospitalIntake reports «استقبل» of the wounded or the dead: a hospital
// as subject («وقال إن المستشفى استقبل ثلاث حالات»), or the wounded, the
// dead or a batch of them among the words after it («استقبلت مصر دفعة من
// الجرحى عبر المعبر»).
func hospitalIntake(d *doc, h *hit) bool {
	i := h.head()
	if !strings.Contains(bareWord(d, i), "ستقب") {
		return false
	}
	s := d.sents[h.sent]
	ws := d.wordsIn(s.a, i)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-4; k-- {
		if strings.Contains(d.toks[ws[k]].Norm, "مستشف") {
			return true
		}
	}
	ws = d.wordsIn(h.last()+1, s.b)
	for k := 0; k < len(ws) && k < 6; k++ {
		if d.has(ws[k], intakeWords) || strings.Contains(d.toks[ws[k]].Norm, "مستشف") {
			return true
		}
	}
	return false
}

// soughtBefore are the words that make the verbal noun «عقد» after them a
// meeting agreed on, asked for or thought possible, not one held: «اتفقا
// على عقد», «دعا إلى عقد», «من أجل عقد», «ضرورة عقد», «من الممكن عقد».
var soughtBefore = wordSet([]string{"على", "علي", "إلى", "الى", "أجل", "ضرورة", "إمكانية", "إمكان", "الممكن", "احتمال", "اقتراح", "فكرة", "خطة", "بهدف", "بغية", "لترتيب", "ترتيب"})

// meetingSought reports a meeting named by «عقد» (to hold) as a verbal
// noun governed by a preposition or a noun of plan or need: «توافقتا على
// عقد قمة ثانية», «دعونا إلى عقد جلسة للمجلس الأربعاء المقبل», «من الممكن
// عقد قمة ثلاثية». GUIDELINES: meetings only planned are not coded; the
// agreement or the call is the event, if any. «عقد المجلس جلسة» (a verb)
// has no such word before it.
func meetingSought(d *doc, h *hit) bool {
	i := h.head()
	switch bareWord(d, i) {
	case "عقد", "بعقد":
	case "لعقد":
		return true // «لعقد قمة»: a purpose
	default:
		return false
	}
	ws := d.wordsIn(d.sents[h.sent].a, i)
	return len(ws) > 0 && d.has(ws[len(ws)-1], soughtBefore)
}

// awaitedWords qualify a meeting still to come: «مرتقبة», «المقترحة»,
// «المزمع», «المقرر (عقدها)», «المحتملة».
var awaitedWords = wordSet([]string{"مرتقب", "مرتقبة", "المرتقب", "المرتقبة", "مقترح", "مقترحة", "المقترح", "المقترحة", "مزمع", "مزمعة", "المزمع", "المزمعة", "منتظر", "منتظرة", "المنتظر", "المنتظرة", "محتمل", "محتملة", "المحتمل", "المحتملة", "مقرر", "مقررة", "المقرر", "المقررة"})

// meetingAwaited reports a meeting named by a noun («قمة», «لقاء»,
// «زيارة») that an adjective of expectation qualifies within its next
// three words: «قبيل قمة مرتقبة بين الكوريتين», «قبل انعقاد القمة
// المقترحة», «قمة ترمب-كيم المزمع عقدها». GUIDELINES: meetings and visits
// only planned are not coded. (A verb names a meeting held: «التقى».)
func meetingAwaited(d *doc, h *hit) bool {
	if h.trig.Verb {
		return false
	}
	// (the adjective may stand inside a phrase trigger: «قمة * بين»)
	ws := d.wordsIn(h.head()+1, d.sents[h.sent].b)
	for k := 0; k < len(ws) && k < 3; k++ {
		if ws[k] != h.head()+1+k {
			return false // a pause: «القمة، المقررة» qualifies no more
		}
		if d.has(ws[k], awaitedWords) {
			return true
		}
	}
	return false
}

// goalWords follow «تحقيق» when it means achieving («تحقيق مكاسب»,
// «تحقيق الاستقرار», «تحقيق تلك الطموحات»), not an inquiry.
var goalWords = wordSet([]string{
	"تلك", "هذه", "هذا", "ذلك", "هذين", "هاتين",
	"مكاسب", "المكاسب", "مكسب", "الاستقلال", "أهداف", "الأهداف", "أهدافه", "أهدافها", "هدف", "الهدف", "النصر", "نصر", "انتصار", "الانتصار",
	"الطموحات", "طموحات", "طموح", "طموحه", "طموحها", "الاستقرار", "التنمية", "تنمية", "السلام", "التقدم", "تقدم", "النمو", "نمو",
	"أرباح", "الأرباح", "أرباحا", "ربح", "إنجاز", "إنجازات", "حلم", "الحلم", "حلمه", "التوازن", "توازن", "المصالحة", "الاكتفاء",
	"المطالب", "مطالب", "العدالة", "الأمن", "الرؤية", "رؤية", "الوحدة", "الفوز", "فوز", "نتائج", "نتيجة", "النتائج", "الرخاء", "الازدهار",
	"المساواة", "التكامل", "مصالح", "المصالح", "المصلحة", "مصلحة", "رغبة", "رغبات", "عائدات", "إيرادات", "فائض", "ارتفاع", "انخفاض",
	"زيادة", "اختراق", "قفزة", "خسائر", "خسارة", "عوائد", "مبيعات", "النجاح", "نجاح", "نجاحات", "تطلعات", "التطلعات", "التعافي",
	"السيادة", "الحرية", "الديمقراطية", "التغيير", "الإصلاح", "وعود", "الوعود", "الأمنيات", "أمنيات", "تعادل", "التعادل", "لقب", "اللقب",
})

// achieving reports an investigation trigger on «تحقيق» that means
// achieving: its next word is a goal or a demonstrative («في تحقيق تلك
// الطموحات», «تحول إلى تحقيق مكاسب»). An inquiry is «تحقيق في/حول/بشأن»,
// «تحقيق شامل» or «تحقيق النيابة», none of them a goal.
func achieving(d *doc, h *hit) bool {
	if h.trig.Mode != "investigate" {
		return false
	}
	s := d.sents[h.sent]
	for _, p := range h.pos {
		if bareWord(d, p) != "تحقيق" && !strings.HasSuffix(d.toks[p].Norm, "تحقيق") {
			continue
		}
		ws := d.wordsIn(p+1, s.b)
		if len(ws) > 0 && ws[0] == p+1 && d.has(ws[0], goalWords) {
			return true
		}
	}
	return false
}

// memberBodies are bodies and pacts one leaves as a member.
var memberBodies = wordSet([]string{"مجلس", "المجلس", "منظمة", "المنظمة", "عضوية", "العضوية", "هيئة", "الهيئة", "اليونسكو", "يونسكو", "الاتحاد", "اتحاد", "حلف", "الحلف", "الجامعة", "المحكمة", "اتفاق", "الاتفاق", "اتفاقية", "الاتفاقية", "معاهدة", "المعاهدة", "ميثاق", "الميثاق", "البروتوكول", "بروتوكول"})

// memberWithdrawal reports «انسحب من» a council, an organisation or a pact
// («انسحبت الولايات المتحدة من مجلس حقوق الإنسان», «من منظمة اليونسكو»):
// GUIDELINES code leaving a treaty or a body as SANCTION withdraw; RETREAT
// is troops, captives and truces.
func memberWithdrawal(d *doc, h *hit) bool {
	if h.trig.Mode != "withdraw" || !strings.Contains(bareWord(d, h.head()), "نسحب") {
		return false
	}
	s := d.sents[h.sent]
	ws := d.wordsIn(h.last()+1, s.b)
	for k := 0; k+1 < len(ws) && k < 6; k++ {
		if d.toks[ws[k]].Norm == "من" {
			return d.has(ws[k+1], memberBodies)
		}
	}
	return false
}

// allowsAsRule reports «سمح» (to allow) that tells what a rule, a system or
// a measure allows, not a concession made: the imperfect («ويسمح نظام
// العقوبات لمجلس الأمن بـ», «تسمح التعديلات بتنفيذ») — news of a
// concession is told in the perfect («سمحت السلطات بإدخال الشاحنات») —
// or a result or relative clause («مما يسمح», «العملية التي سمحت بإقامة
// مناطق»). An allowance announced for the future stays to the future
// rules.
func allowsAsRule(d *doc, h *hit, ev *marsad.Event) bool {
	i := h.head()
	w := bareWord(d, i)
	if !strings.Contains(w, "سمح") || ev.Aux == marsad.AuxFuture || h.future {
		return false
	}
	if imperfect(w) {
		return true
	}
	ws := d.wordsIn(d.sents[h.sent].a, i)
	if len(ws) == 0 {
		return false
	}
	switch d.toks[ws[len(ws)-1]].Norm {
	case "ما", "مما", "بما", "التي", "الذي", "الذين", "كيف":
		return true
	}
	return false
}

// ownDoors are what one closes of one's own, and the polls: «أغلقت
// الكنيسة أبوابها» (a protest or a holiday), «أغلقت مراكز الاقتراع».
var ownDoors = wordSet([]string{"أبوابها", "أبوابه", "أبوابهم", "محلاتهم", "محالهم", "متاجرهم", "الاقتراع", "صناديق", "مراكز"})

// closedNoCoercion reports a closure («أغلق», «إغلاق») that coerces no
// one: of one's own doors or shops, of the polls, or for weather or an
// eruption («أغلقت السلطات المطار بسبب طقس قارس», «أغلق المطار بسبب
// الرماد البركاني»), a word of weather being in the sentence. (A fire is
// no such cue: «أغلق المعبر ردا على حرائق» punishes those who set them.)
func closedNoCoercion(d *doc, h *hit) bool {
	if !strings.Contains(bareWord(d, h.head()), "غلق") {
		return false
	}
	s := d.sents[h.sent]
	ws := d.wordsIn(h.last()+1, s.b)
	for k := 0; k < len(ws) && k < 3; k++ {
		if d.has(ws[k], ownDoors) {
			return true
		}
	}
	for _, k := range d.wordsIn(s.a, s.b) {
		if d.has(k, weatherWords) {
			return true
		}
	}
	return false
}

// weatherWords tell weather as the cause of a closure.
var weatherWords = wordSet([]string{"الطقس", "طقس", "الثلوج", "ثلوج", "الثلج", "الرياح", "رياح", "العاصفة", "البرد", "الضباب", "الرماد", "الأمطار", "الإعصار", "موجة", "الحر", "الحرارة", "البركان", "البركاني", "الجليد", "زلزال", "الزلزال", "فيضانات", "الفيضانات", "الأمطار", "أمطار", "السيول", "عاصفة", "إعصار"})

// ruinDescribed reports destruction («دمر», «تدمير») that describes rather
// than reports: a place qualified by a relative clause in the perfect
// («مدينة الرقة، التي دمرها التنظيم», «البلد الذي دمرته الميليشيات»,
// «الأبنية التي دمرت في الزلزال»), the imperfect of what goes on or of a
// figure of speech («صراع يدمر سوريا منذ سبع سنوات», «إسرائيل تدمر
// السلطة»), or the verbal noun as the object of an effort or a course
// («عملت الميليشيات على تدمير البنية التحتية», «تستخدمها في تدمير
// اليمن», «قد يؤدي إلى تدمير الشركة»). News of a strike is told with its
// own verb and time («دمرت مقاتلات التحالف زورقين», «أعلن التحالف تدمير
// منظومة»).
func ruinDescribed(d *doc, h *hit, ev *marsad.Event) bool {
	i := h.head()
	w := bareWord(d, i)
	if !(strings.Contains(w, "دمر") || strings.Contains(w, "تدمير")) || h.future || ev.Aux == marsad.AuxFuture {
		return false
	}
	ws := d.wordsIn(d.sents[h.sent].a, i)
	prev := ""
	if len(ws) > 0 {
		prev = d.toks[ws[len(ws)-1]].Norm
	}
	if h.trig.Verb {
		if imperfect(w) {
			return true
		}
		switch prev {
		case "التي", "الذي", "اللتين", "اللذين", "الذين", "والتي", "والذي":
			return true
		}
		return false
	}
	switch prev {
	case "على", "علي", "في", "الى", "إلى", "نهج", "نية", "بنية":
		return strings.HasPrefix(w, "تدمير")
	}
	return false
}

// yearWords count years or decades («سنوات», «عامين», «عقود»); hedges
// of number come between «قبل» and them («قبل نحو ثلاث سنوات»); decades
// name a decade of the past century («الثمانينيات»).
var (
	yearWords   = wordSet([]string{"سنوات", "سنة", "أعوام", "عاما", "عام", "عامين", "سنتين", "عقد", "عقدين", "عقود", "سنين"})
	aboutWords  = wordSet([]string{"نحو", "حوالي", "قرابة", "زهاء", "أكثر", "أقل", "من", "بضع", "بضعة", "عدة", "بعض"})
	numberWords = wordSet([]string{"ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع", "سبعة", "ثماني", "ثمانية", "تسع", "تسعة", "عشر", "عشرة", "عشرين", "عشرون", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين", "مئة", "مائة"})
	decades     = wordSet([]string{"الخمسينيات", "الستينيات", "السبعينيات", "الثمانينيات", "التسعينيات", "الخمسينات", "الستينات", "السبعينات", "الثمانينات", "التسعينات", "الأربعينيات", "الأربعينات", "العشرينيات", "الثلاثينيات"})
)

// yearsBack reports a time years back at token k: «قبل» and a count of
// years («قبل نحو عامين», «قبل 13 عاما»), or a decade («في أواخر
// التسعينيات») that is no one's age.
func yearsBack(d *doc, k, b int) bool {
	if d.toks[k].Kind != arabic.Word {
		return false
	}
	if d.has(k, decades) {
		// «رجل في أواخر الأربعينيات من عمره» is an age, no time
		return !(k+2 < b && d.toks[k+1].Norm == "من" && strings.HasPrefix(d.toks[k+2].Norm, "عمر"))
	}
	return d.toks[k].Norm == "قبل" && yearsAgo(d, k+1, b)
}

// yearsAgo reports a count of years from token k on, after «قبل» (ago):
// «قبل عامين», «قبل نحو ثلاث سنوات», «قبل أكثر من 13 عاما», «قبل
// سنوات». (A count of days, weeks or months is no past: news of the
// month.)
func yearsAgo(d *doc, k, b int) bool {
	for n := 0; k < b && n < 4; k, n = k+1, n+1 {
		switch {
		case d.has(k, yearWords):
			return true
		case d.has(k, aboutWords), d.has(k, numberWords), d.toks[k].Kind == arabic.Number:
		default:
			return false
		}
	}
	return false
}

// seasons name the seasons («في الصيف الماضي»).
var seasons = wordSet([]string{"الصيف", "الشتاء", "الربيع", "الخريف"})

// pastAdverb reports an adverb of the past within six words of the
// trigger: «في السابق», a season «الماضي» (months ago), or «من قبل» in the
// sense of before, that is not followed by the agent of a passive («من قبل
// الشرطة», «من قبل بعض الدول») but by a pause or a «بـ» complement («الذي
// هدد من قبل بوقف مساهمة بلاده», «الذي حاصر الموانئ من قبل،», «وأشاد
// من قبل بقمته»). The act is told as background.
func pastAdverb(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	at := func(k int) bool {
		if k+1 >= s.b {
			return false
		}
		w, next := d.toks[k].Norm, d.toks[k+1].Norm
		switch {
		case (w == "في" || w == "وفي" || w == "ففي") && next == "السابق":
			return true
		case d.has(k, seasons) && next == "الماضي":
			return true
		case yearsBack(d, k, s.b):
			return true // «قبل نحو عامين», «في أواخر التسعينيات»
		case (w == "في" || w == "وفي") && (next == "ذلك" || next == "تلك") && k+2 < s.b && (d.toks[k+2].Norm == "الوقت" || d.toks[k+2].Norm == "الحين" || d.toks[k+2].Norm == "الفتره"):
			return true // «في ذلك الوقت» («آنذاك» and «حينها» are read by the history filter)
		case w == "من" && next == "قبل":
			if k+2 >= s.b {
				return true
			}
			switch d.toks[k+2].Text {
			case "،", ",", ".", "؛", ";", ":":
				return true // «من قبل،», «من قبل.» (a quotation mark may open the agent: «من قبل "حزب الله"»)
			}
			a := d.toks[k+2].Norm
			return strings.HasPrefix(a, "ب") && a != "بعض" && a != "بين"
		}
		return false
	}
	// the trigger's own clause: up to six words after it and three
	// before, not across punctuation («على هامش زيارة لبيروت: "شهدنا في
	// السابق حوادث"» tells nothing of the visit)
	for k := h.head(); k < s.b && k <= h.last()+6 && d.toks[k].Kind == arabic.Word; k++ {
		if at(k) {
			return true
		}
	}
	// a count of years or a decade may close a longer clause: «وقصفت
	// الطائرات المدينة الكردية في أواخر الثمانينيات»
	for k := h.last() + 7; k < s.b && k <= h.last()+10 && d.toks[k-1].Kind == arabic.Word; k++ {
		if yearsBack(d, k, s.b) {
			return true
		}
	}
	// before it, only in the same clause: not across «و» («تعهدا بإزالتها
	// في السابق وضربات اليوم …»), nor a reiteration («كما قلت في السابق»)
	i := h.head()
	if w := d.toks[i].Norm; w != bareWord(d, i) && strings.HasPrefix(w, "و") {
		return false
	}
	for k := i - 1; k >= s.a && k >= i-4 && d.toks[k].Kind == arabic.Word; k-- {
		if at(k) {
			return !(k-2 >= s.a && (d.toks[k-2].Norm == "كما" || d.toks[k-1].Norm == "كما"))
		}
		if w := d.toks[k].Norm; w != bareWord(d, k) && strings.HasPrefix(w, "و") {
			return false
		}
	}
	return false
}

// hedges make what follows a forecast («قد يتدهور», «مرشحة للارتفاع»).
var hedges = wordSet([]string{"قد", "يمكن", "ربما", "مرشحة", "مرشح", "قابلة", "قابل", "يحتمل", "يرجح"})

// penalties are measures one side holds over another: a hedged warning of
// them is still a threat («قد تواجه عقوبات»).
var penalties = wordSet([]string{"عقوبات", "العقوبات", "لوائح", "إجراءات", "الإجراءات", "إجراء", "رد", "ردا", "الرد", "عواقب", "العواقب", "تداعيات", "ثمن", "الثمن", "رسوم", "قيود", "القيود"})

// forecastWarning reports a warning («حذر», «تحذير») whose content, after
// «من أن», is hedged: «حذر من أن الوضع في غزة قد يتدهور», «حذرت من أن
// المسافرين قد يواجهون استفزازات», «من أن حصيلة الضحايا مرشحة للارتفاع».
// A forecast names a danger; a threat announces what the warner will do
// («حذر من أن موسكو سترد»), which has no hedge.
func forecastWarning(d *doc, h *hit) bool {
	if !strings.Contains(bareWord(d, h.head()), "حذر") && !strings.Contains(bareWord(d, h.head()), "تحذير") {
		return false
	}
	s := d.sents[h.sent]
	ws := d.wordsIn(h.last()+1, s.b)
	for k := 0; k+1 < len(ws) && k < 6; k++ {
		if d.toks[ws[k]].Norm != "من" || (d.toks[ws[k+1]].Norm != "ان" && d.toks[ws[k+1]].Norm != "انه" && d.toks[ws[k+1]].Norm != "انها") {
			continue
		}
		for j := k + 2; j < len(ws) && j < k+10; j++ {
			if !d.has(ws[j], hedges) {
				continue
			}
			for m := j + 1; m < len(ws) && m <= j+6; m++ {
				if d.has(ws[m], penalties) {
					return false // «من أن الشبكات قد تواجه لوائح جديدة»: a measure held over them
				}
			}
			return true
		}
		return false
	}
	return false
}

// searchForms are the forms of «بحث» that the lexicon reads as talks.
var searchForms = wordSet([]string{"بحث", "يبحث", "تبحث", "يبحثون", "يبحثن", "بحثت", "بحثوا", "نبحث", "أبحث", "تبحثون", "بحثا", "يبحثان", "تبحثان", "بحثتا"})

// withForms and pairWords tell talks between parties: «مع» («بحث معه»),
// a dual subject («بحث الجانبان»), a dual or plural verb.
var (
	withForms = wordSet([]string{"مع", "معه", "معها", "معهم", "معهما", "معنا", "معك"})
	pairWords = wordSet([]string{"الجانبان", "الطرفان", "الزعيمان", "الرئيسان", "البلدان", "الوزيران", "المسؤولان", "الجانبين", "الطرفين", "الزعيمين", "الرئيسين", "البلدين", "الوزيرين"})
	occasions = wordSet([]string{"اللقاء", "لقاء", "الاتصال", "اتصال", "المكالمة", "مكالمة", "الاجتماع", "اجتماع", "المباحثات", "مباحثات", "زيارة", "الزيارة", "القمة", "قمة"})
)

// searching reports «بحث» that searches or studies: no «مع», no second
// party joined to the subject, no dual, and no meeting it took place at
// («الشرطة تبحث عنه», «ويبحث المحققون عددا من الأسباب», «وبدأت الشرطة
// عملية بحث واسعة», «إنها تبحث المسألة»). Talks name the other side
// («بحث بوتين مع نتنياهو», «بحث الرئيس والعاهل البحريني», «بحث الجانبان»,
// «وبحثا خلال اللقاء»).
func searching(d *doc, h *hit) bool {
	i := h.head()
	w := bareWord(d, i)
	if !searchForms[w] {
		return false
	}
	switch w {
	case "بحثوا", "يبحثان", "تبحثان", "بحثتا":
		return false
	}
	s := d.sents[h.sent]
	ws := d.wordsIn(i+1, s.b)
	if w == "بحثا" && (len(ws) == 0 || !strings.HasPrefix(d.toks[ws[0]].Norm, "عن") && !strings.HasPrefix(d.toks[ws[0]].Norm, "عم")) && !(i > s.a && d.toks[i-1].Norm == "الاكثر") {
		return false // «بحثا» the dual verb, not «بحثا عن» (in search of)
	}
	for k, j := range ws {
		if k >= 12 {
			break
		}
		if d.has(j, withForms) || d.has(j, pairWords) {
			return false
		}
		if t := d.toks[j].Norm; k < 7 && t != bareWord(d, j) && strings.HasPrefix(t, "و") {
			switch b := bareWord(d, j); {
			case strings.HasPrefix(b, "ال"), strings.HasPrefix(b, "رئيس"), strings.HasPrefix(b, "وزير"), strings.HasPrefix(b, "نظير"), strings.HasPrefix(b, "ملك"), strings.HasPrefix(b, "امير"):
				return false // «بحث الرئيس المصري والعاهل البحريني»
			}
		}
	}
	for _, k := range d.wordsIn(s.a, s.b) {
		if d.toks[k].Norm == "خلال" && k+1 < s.b && d.has(k+1, occasions) {
			return false
		}
	}
	return true
}

// stopWords are things one stops («أوقف») rather than people one arrests;
// personWords end the search for them («أوقفت الشرطة 5 أشخاص بعد
// العمليات»).
var (
	stopWords = wordSet([]string{"العمل", "عمل", "حملة", "الحملة", "حملتنا", "حملتها", "حملته", "هجوم", "الهجوم", "هجومها", "هجماتها", "القتال", "التصعيد", "عمليات", "العمليات", "عملياتها", "عملية", "العملية",
		"الرسائل", "رسائل", "حركة", "استخدام", "استخدامه", "استخدامها", "حساب", "حسابات", "الحسابات", "حافلة", "الحافلة", "بث", "البث", "الملاحة", "المرور", "الرحلات", "رحلات", "الإنتاج", "إنتاج", "الضخ", "التصدير", "المشروع", "برنامج", "البرنامج", "تمويل", "التمويل", "صفقة", "الصفقة", "المفاوضات", "المحادثات", "التعاون", "الدعم", "المساعدات", "مساعدات", "إطلاق", "النار"})
	personWords = wordSet([]string{"أشخاص", "شخصا", "شخص", "رجلا", "رجل", "امرأة", "مواطنا", "مواطنين", "مشتبها", "مشتبه", "المشتبه", "عناصر", "عنصرا", "متهما", "متهمين", "طالبا", "صحفيا", "ناشطا", "ناشطين", "لاجئا", "مهاجرا", "مهاجرين", "جنديا", "ضابطا"})
)

// stoppedThing reports «أوقف» (to stop; to arrest) whose object, among the
// six words after it and before any person, is a thing stopped: a
// campaign, work, messages, traffic, accounts, a bus («أوقفنا حملتنا
// مؤقتا», «أوقفت إحدى أكبر الشركات العمل في مكاتبها», «يوقف 583 مليون
// حساب مزيف»). The sense rules of lexicon_more.yaml read the word right
// after the verb; a subject may stand between.
func stoppedThing(d *doc, h *hit) bool {
	w := bareWord(d, h.head())
	if !strings.Contains(w, "وقف") || strings.Contains(w, "توقف") && !strings.Contains(w, "توقيف") {
		return false
	}
	s := d.sents[h.sent]
	ws := d.wordsIn(h.last()+1, s.b)
	for k := 0; k < len(ws) && k < 6; k++ {
		j := ws[k]
		if d.has(j, personWords) || d.toks[j].Kind == arabic.Number {
			return false
		}
		if d.has(j, stopWords) {
			return true
		}
	}
	return false
}

// agreesInViews reports «اتفق» in the imperfect, not of the future: «بما
// يتفق مع قواعد الاشتباك» (in accordance with), «فأنا أتفق مع هذا
// الشعور», «ويتفق هؤلاء الخبراء على أن …» — views shared, no agreement
// reached. A deal is told in the perfect («اتفق الطرفان على …»), or
// announced for the future (left to the future rules).
func agreesInViews(d *doc, h *hit, ev *marsad.Event) bool {
	if !h.trig.Verb || h.future || ev.Aux == marsad.AuxFuture {
		return false
	}
	// the written form: «أتفق» (I agree) and «اتفق» (he agreed) are one
	// word once hamza is normalised
	i := h.head()
	r := []rune(unmarked(d.toks[i].Text))
	if d.toks[i].Norm != bareWord(d, i) && len(r) > 0 {
		r = r[1:] // «ويتفق»
	}
	if len(r) < 4 || string(r[1:4]) != "تفق" {
		return false
	}
	switch r[0] {
	case 'ي', 'ت', 'ن', 'أ':
		return true
	}
	return false
}

// threatSuffered reports a threat told by the one who suffered it, «تعرض
// لتهديد/لتهديدات» («وتعرض لتهديدات من متطرفين في الماضي», «أنها تعرضت
// لتهديدات من جانب شخص غريب»): a claim about threats made before, with no
// threat of its own reported.
func threatSuffered(d *doc, h *hit) bool {
	return strings.HasPrefix(bareWord(d, h.head()), "تعرض") || strings.HasPrefix(bareWord(d, h.head()), "يتعرض")
}

// protesterStems name those who block roads in protest.
var protesterStems = []string{"حتج", "تظاهر", "غاضب", "اهالي", "سكان", "عمال", "طلاب", "مزارع", "سائق", "معتصم", "مضرب", "شبان"}

// roadCutNoProtest reports a road cut («قطع الطريق», «قطعت طريق») with no
// protester in its sentence: an army cutting a supply line («آخرها قطع
// طريق الملاحيظ»), floods or snow cutting roads («قطعت السيول طريق أم
// درمان»), a blockade of ships. A road cut is a protest when protesters,
// residents or workers cut it («قطع محتجون الطريق بالإطارات المشتعلة»).
func roadCutNoProtest(d *doc, h *hit) bool {
	if !strings.Contains(bareWord(d, h.head()), "قطع") {
		return false
	}
	s := d.sents[h.sent]
	for _, k := range d.wordsIn(s.a, s.b) {
		for _, st := range protesterStems {
			if strings.Contains(d.toks[k].Norm, st) {
				return false
			}
		}
	}
	return true
}
