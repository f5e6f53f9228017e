package coding

import (
	"slices"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// The sixth precision round: constructions that a hand-read random sample
// of events coded on fresh news articles showed to be no current event.
// Each is a reading of the sentence or line around the trigger, not of one
// story.

// round6 reports a hit that one of the sixth round's constructions shows to
// be no event; otherwise it may give the event its real type (a refusal to
// accept is a REJECT, no SANCTION).
func (c *Coder) round6(d *doc, h *hit, ev *marsad.Event) bool {
	switch {
	case standingNarrative(d, h, ev):
		return true // «ويتهم المعارضون أردوغان بمحاولة …»: a standing position, told as background
	case h.trig.Type == "COERCE" && heldControl(d, h):
		return true // «في مناطق سيطرتها», «تحت سيطرتهم»: control held, nothing seized
	case sportPlay(d, h):
		return true // «خطف الغرافة تعادلا قاتلا من ضيفه», «ويلتقي الزمالك في النهائي»: the game, no event
	case h.trig.Type == "THREATEN" && portends(d, h):
		return true // «مما ينذر بفرض مزيد من العقوبات»: a sign of what may come, nobody threatens
	case h.trig.Type == "SANCTION" && intersection(d, h):
		return true // «عند تقاطع طرقات», «تقاطع المصالح»: an intersection, no boycott
	case h.trig.Type == "SANCTION" && stoppedDoing(d, h):
		return true // «وتوقف آلاف الطلاب عن الدراسة», «ستتوقف المطاعم عن استخدام …»: an activity given up, no sanction
	case storyTold(d, h):
		return true // «ويروي الفيلم قصة عائلة تهاجمها كائنات غريبة»: a plot, no news
	case h.trig.Type == "REJECT" && reaction(d, h):
		return true // «كان رد فعله عاطفيا على صور الأطفال»: a reaction, no rebuttal
	case h.trig.Type == "REJECT" && noComment(d, h):
		return true // «ورفضت المتحدثة باسم البيت الأبيض الحديث عن تفاصيل الرسالة»: declined to comment
	case h.trig.Type == "REQUEST" && application(d, h):
		return true // «تقديم طلب لجوء», «لم ترد على طلب تعقيب»: an application, no party's demand
	case h.trig.Type == "COERCE" && closedThing(d, h):
		return true // «أدنى مستوى إغلاق منذ نوفمبر», «إغلاق صفحات الشركة», «بهدف إغلاق الملف»: nobody coerced
	case h.trig.Type == "COERCE" && sources(d, h):
		return true // «تنويع مصادرها», «إلا أن مصادرها أكدت»: its sources, nothing confiscated
	case h.trig.Type == "PROTEST" && inProtestOf(d, h):
		return true // «واستقال جونسون من منصبه احتجاجا على استراتيجية ماي»: the resignation's motive
	case h.trig.Type == "CONSULT" && peopleTakenIn(d, h):
		return true // «كولومبيا التي استقبلت أكثر من مليون مهاجر», «استقبل الأطباء العديد من المواطنين»: people taken in, no meeting
	case h.trig.Type == "CONSULT" && placeVisited(d, h):
		return true // «زار الأمير قبر جدته», «زار الأسد جنودا في الغوطة», «950 ألف زيارة شهريا»: no party met
	case h.trig.Type == "CONSULT" && pressMeeting(d, h):
		return true // «في لقاء خاص مع سكاي نيوز عربية», «في لقاء قصير مع وسائل الإعلام»: an interview
	case h.trig.Type == "CONSULT" && inExchange(d, h):
		return true // «منحت البطاقة لقاء خدمتها», «الثمن الذي تدفعه لقاء الاشتراك»: «in return for», no meeting
	case h.trig.Type == "CONSULT" && daysBefore(d, h):
		return true // «قبل أيام من قمة للدول الـ28»: a meeting still to come
	case h.trig.Type == "CONSULT" && ministry(d, h):
		return true // «دراسة ملفات وزارته», «المتحدث باسم وزارتها»: his ministry, no visit
	case h.trig.Type == "THREATEN" && endangers(d, h):
		return true // «مما يهدد المزارعين الأميركيين», «وسائل قاتلة تهدد دول الجوار»: a danger, no threat made
	case h.trig.Type == "ASSAULT" && figurativeBlow(d, h):
		return true // «وجهت ضربة قوية ضد الدعاية», «في ما شكل ضربة لرئيسة الوزراء»: a setback, no strike
	case h.trig.Type == "ASSAULT" && policyTarget(d, h):
		return true // «وتستهدف السعودية دعم المنشآت الصغيرة», «عقوبات تستهدف الشعب الروسي»: an aim, no attack
	case naturalAgent(d, h):
		return true // «أودت موجة حر قاتلة بحياة 65 شخصا», «حاصرتها الحرارة الشديدة»: nature, no party
	case h.trig.Type == "THREATEN" && warnedOfState(d, h):
		return true // «حذر من أن البلاد تكاد تنزلق نحو …»: a danger named, nobody threatened
	}
	if h.trig.Type == "SANCTION" && willNotAccept(d, h) {
		retype(h, ev, "REJECT", "other") // «إن حزبه لن يقبل بأي حل يتضمن اسم مقدونيا»
	}
	return false
}

// looseGroups are subjects that name no party but a loose group, critics
// or supporters: «المعارضون», «أنصار حقوق الإنسان», «مؤيدو الرئيس».
var looseGroups = wordSet([]string{
	"المعارضون", "معارضون", "معارضو", "المعارضين", "المنتقدون", "منتقدون", "منتقدو", "المنتقدين", "خصوم", "خصومه", "خصومها", "خصومهم",
	"أنصار", "انصار", "أنصاره", "أنصارها", "مؤيدو", "مؤيدون", "المؤيدون", "مؤيدي", "المدافعون", "مدافعون", "المدافعين",
	"ناشطون", "الناشطون", "نشطاء", "النشطاء", "حقوقيون", "الحقوقيون", "كثيرون", "الكثيرون", "الكثير", "البعض", "بعضهم", "الجميع",
	"المتشددون", "المتشددين", "متشددون", "اليابانيون", "المواطنون", "السكان", "الأهالي", "المراقبون", "مراقبون", "المحللون", "محللون", "الخبراء", "خبراء",
})

// standingNarrative reports a verbal act told by the writer in the
// imperfect, verb first at the head of the sentence, whose subject is a
// loose group: «ويتهم المعارضون أردوغان بمحاولة …», «ويتهم أنصار حقوق
// الإنسان فيسبوك بالتقصير», «ويؤيد اليابانيون بشكل عام وجود الجيش». A view
// held by critics or a public is background, no act of a party. (A party
// in the same construction, «وتتهم إسرائيل حماس باستخدام …», states its
// position now, which the annotators code.) A day named in the sentence
// or a future keep the act.
func standingNarrative(d *doc, h *hit, ev *marsad.Event) bool {
	switch h.trig.Type {
	case "ACCUSE", "REQUEST", "REJECT", "SUPPORT", "COOPERATE":
	default:
		return false
	}
	if !h.trig.Verb || h.future || ev.Aux != "" || h.sent == 0 {
		return false
	}
	s := d.sents[h.sent]
	i := h.head()
	if i != s.a || !presentVerb(d, h) {
		return false
	}
	// the subject: the first word after the verb and its object pronoun
	ws := d.wordsIn(h.last()+1, min(s.b, h.last()+3))
	if len(ws) == 0 || ws[0] != h.last()+1 || !d.has(ws[0], looseGroups) {
		return false
	}
	for _, de := range s.dates {
		if de.Precision == PrecDay {
			return false // «ويتهم المعارضون، الأحد، …»: dated, news
		}
	}
	return true
}

// presentVerb reports a hit whose verb is in the imperfect: «يتهم»,
// «تطالب», «تتعاون». A form whose perfect opens with «ت» («تعاون»,
// «تبادل») is imperfect only as «يتـ/تتـ».
func presentVerb(d *doc, h *hit) bool {
	w := bareWord(d, h.head())
	switch {
	case strings.HasPrefix(w, "ي"), strings.HasPrefix(w, "تت"):
		return true
	case !strings.HasPrefix(w, "ت"):
		return false
	}
	perfect, _, _ := strings.Cut(strings.TrimPrefix(h.trig.Source, "~"), "/")
	return !strings.HasPrefix(arabic.Normalize(perfect), "ت")
}

// holdWords hold or impose control that is had already: «تفرض سيطرتها»,
// «يبسطون سيطرتهم», «أبقت سيطرتها»; placeOfControl name where it is held:
// «مناطق سيطرتها», «تحت سيطرتهم».
var (
	holdWords      = wordSet([]string{"يفرض", "تفرض", "يفرضون", "فارضا", "فارضة", "يبسط", "تبسط", "يبسطون", "باسطا", "أبقت", "أبقى", "ابقت", "ابقى", "تبقي", "يبقي", "يحكم", "تحكم"})
	placeOfControl = wordSet([]string{"مناطق", "المناطق", "منطقة", "المنطقة", "تحت", "الخاضعة", "خاضعة", "الواقعة", "مساحة", "نطاق"})
)

// heldControl reports the noun «سيطرة» for control held rather than
// taken: where it is held («في مناطق سيطرتها», «تحت سيطرتهم غير
// المباشرة») or kept and imposed («تفرض سيطرتها الكاملة على الحدود»,
// «والذين يبسطون سيطرتهم على العاصمة»). Taking a town is told with the
// verb or the verbal noun of an act («سيطرت القوات على», «أعلن سيطرته
// على», «استكمل سيطرته»).
func heldControl(d *doc, h *hit) bool {
	i := h.head()
	if w := bareWord(d, i); !strings.Contains(w, "سيطر") || w == "سيطرت" {
		return false // (the verb «سيطرت» takes)
	}
	ws := d.wordsIn(d.sents[h.sent].a, i)
	if len(ws) == 0 || ws[len(ws)-1] != i-1 {
		return false
	}
	return d.has(i-1, placeOfControl) || d.has(i-1, holdWords)
}

// forceWords name force or a measure in a warning's content: what the
// warner holds over someone even without a future («حذرت من أن قواتها
// مستعدة للرد»).
var forceWords = wordSet([]string{"النار", "القوة", "بالقوة", "عسكري", "عسكرية", "عسكريا", "للرد", "برد", "ردا", "الرد", "رد", "عقوبات", "العقوبات", "عواقب", "العواقب", "ثمن", "الثمن", "ضربة", "ضربات", "هجوم", "حرب", "الحرب", "ستدفع", "يدفع", "تدفع", "مستعدة", "مستعد", "جاهزة", "جاهز", "محاسبة", "ملاحقة", "يقاضي", "تقاضي"})

// conditionWords open a condition in a warning's content: «في حال»,
// «إذا», «وإلا».
var conditionWords = wordSet([]string{"إذا", "اذا", "لو", "حال", "حالة", "وإلا", "والا", "طالما", "ما لم"})

// warnedOfState reports a warning («حذر من أن …») whose content is a
// state of things told without a future, a condition or force:
// «حذر من أن البلاد تكاد تنزلق نحو الحكم السلطوي», «حذر من أن موجة
// المهاجرين تهدد نسيج الدولة», «حذرت من أن عملها لا يزال موضع شك»,
// «حذرت من أنها مستهدفة». It names a danger; a threat tells what will be
// done to the one warned («من أن موسكو سترد», «من أنه سيواجه ضريبة
// كبيرة», «من أنها في حال ردت فستعرض نفسها …»). A hedge («قد تستغرق
// وقتا أطول») forecasts all the more (round5's forecastWarning reads it
// within ten words).
func warnedOfState(d *doc, h *hit) bool {
	if !strings.Contains(bareWord(d, h.head()), "حذر") && !strings.Contains(bareWord(d, h.head()), "تحذير") {
		return false
	}
	s := d.sents[h.sent]
	ws := d.wordsIn(h.last()+1, s.b)
	for k := 0; k+1 < len(ws) && k < 16; k++ {
		if d.toks[ws[k]].Norm != "من" {
			continue
		}
		switch d.toks[ws[k+1]].Norm {
		case "ان", "انه", "انها", "انهم", "انهما":
		default:
			continue
		}
		// the content: its first 25 words («وحذر إينجه، الذي …، من أن»:
		// an aside may stand before it)
		for _, j := range ws[k+1 : min(len(ws), k+27)] {
			if d.fut[j] || d.has(j, forceWords) || d.has(j, penalties) || d.has(j, conditionWords) {
				return false
			}
			switch d.toks[j].Norm {
			case "سوف", "لن", "سيكون", "ستكون", "يمكن", "سيتم":
				return false
			}
		}
		return true
	}
	return false
}

// sportWords name a match, a league or a player: words of sport that have
// no other common sense in news. («الفريق» is also a general's rank,
// «المنتخب» an elected president, «هدف» a target, «النهائي» a final
// deal: left out.)
var sportWords = wordSet([]string{
	"مباراة", "المباراة", "مباراته", "مباراتها", "مباريات", "المباريات", "مباراتين", "المباراتين", "الدوري", "دوري",
	"الملعب", "ملعب", "ملاعب", "الملاعب", "الشوط", "شوط", "بطولة", "البطولة", "المونديال", "مونديال", "كأس",
	"لاعب", "اللاعب", "لاعبي", "اللاعبين", "لاعبين", "لاعبا", "لاعبو", "اللاعبون", "اللاعبة", "لاعبة", "المدرب", "مدرب", "مدربا",
	"النادي", "نادي", "الأندية", "أندية", "التعادل", "تعادلا", "القدم", "الفيفا", "فيفا", "يويفا",
	"الأولمبية", "الأولمبي", "التنس", "الملاكم", "بهدفين", "المرمى",
})

// harmWords tell harm done at a game (fans clash, police arrest, people
// die: «توفي شرطي جراء اشتباكات بين المشجعين قبل مباراة»), or a state or
// armed force in the story («رفض لاعب كرة القدم أوامر الميليشيا»).
var harmWords = wordSet([]string{
	"قتل", "مقتل", "قتيل", "قتلى", "قتلوا", "توفي", "توفى", "وفاة", "جرح", "جرحى", "جريح", "إصابة", "اصابة", "مصابين", "أصيب", "اصيب",
	"اشتباكات", "اشتبكات", "شغب", "أعمال", "اعتقال", "اعتقل", "اعتقلت", "القبض", "الشرطة", "الأمن", "طعن", "قذيفة", "انفجار", "تفجير",
	"عنصرية", "عنصري", "احتجاج", "احتجاجا", "تظاهرة", "مظاهرة", "الاحتلال", "إسرائيل", "الإسرائيلي", "الحكومة", "الرئيس",
	"الجيش", "القوات", "قوات", "الميليشيا", "ميليشيا", "الميليشيات", "مسلحون", "مسلحين", "الجبهات", "الحرب",
})

// sportPlay reports a hit in a sentence about a game: two words of sport
// in it («خطف الغرافة القطري تعادلا قاتلا من ضيفه»; «ويلتقي الزمالك في
// النهائي … على الملعب ذاته»; «هاجم عامر حكم مباراة فريقه»), and no harm
// done, police, protest or state («توفي شرطي جراء اشتباكات بين المشجعين
// قبل مباراة», «دعا رئيس الاتحاد إلى حرق صور ميسي … بالمباراة الودية
// بين منتخب بلاده وإسرائيل»). Matches, goals and coaches' words are sport
// news, coded by nobody.
func sportPlay(d *doc, h *hit) bool {
	// the answer is the sentence's: kept for the sentence's other hits
	if d.sport == nil {
		d.sport = make([]int8, len(d.sents))
	}
	if v := d.sport[h.sent]; v != 0 {
		return v > 0
	}
	play := sportSentence(d, d.sents[h.sent])
	d.sport[h.sent] = -1
	if play {
		d.sport[h.sent] = 1
	}
	return play
}

// sportSentence reports a sentence with two sport words and no harm word.
func sportSentence(d *doc, s sent) bool {
	n := 0
	for _, k := range d.wordsIn(s.a, s.b) {
		if d.has(k, harmWords) {
			return false
		}
		if d.has(k, sportWords) {
			n++
		}
	}
	return n >= 2
}

// portends reports «ينذر/تنذر» in the imperfect: a sign or a device that
// portends or alerts («وهو ما ينذر الكوكب بكوارث», «مما ينذر بفرض
// عقوبات», «جهاز استشعار ينذر العمال»). A party's warning is told in the
// perfect («أنذرت القوات السكان بالإخلاء»).
func portends(d *doc, h *hit) bool {
	switch bareWord(d, h.head()) {
	case "ينذر", "تنذر", "ينذران", "تنذران":
		// «إسرائيل تنذر آلاف المهاجرين بالترحيل»: a party warned, an
		// object before «بـ», is threatened
		p := h.head() - 1
		party := p >= d.sents[h.sent].a && (d.mentionAt[p] >= 0 || d.placeAt[p] >= 0)
		return !(party && objectBeforeBi(d, h))
	}
	return false
}

// objectBeforeBi reports words between the verb of hit h and a word glued
// to «بـ» after it, within six tokens of its clause: «تنذر آلاف المهاجرين
// بالترحيل» (not «ينذر بفرض عقوبات»).
func objectBeforeBi(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	for k := h.head() + 1; k < s.b && k <= h.head()+6; k++ {
		if d.toks[k].Kind != arabic.Word {
			return false
		}
		switch w := d.toks[k].Norm; {
		case w == "بعد" || w == "بين" || w == "بسبب" || w == "بشان" || w == "بحق":
			return false
		case strings.HasPrefix(w, "ب") && len([]rune(w)) >= 4:
			return k > h.head()+1
		}
	}
	return false
}

// natureAgents are forces of nature and disease that kill, destroy or
// besiege in news of disasters.
var natureAgents = wordSet([]string{
	"الحرارة", "حرارة", "الجفاف", "البرد", "الثلوج", "الأمطار", "الفيضانات", "السيول", "الزلزال", "زلزال", "الإعصار", "إعصار", "العاصفة",
	"الفيروس", "فيروس", "المرض", "الأمراض", "السرطان", "الوباء", "وباء", "الحريق", "الحرائق", "حريق", "حرائق", "الانهيار", "انهيار",
})

// weathers make «موجة» (a wave) a force of nature: «موجة حر», «موجة
// البرد». A wave of arrests or of criticism («شنت السلطات موجة
// اعتقالات», «موجة انتقادات») is a party's act, and «الحر» alone is as
// often the Free Army («الجيش الحر»).
var (
	waves    = wordSet([]string{"موجة", "موجات"})
	weathers = wordSet([]string{"حر", "الحر", "حارة", "حرارة", "الحرارة", "برد", "البرد", "صقيع", "الصقيع", "جفاف", "الجفاف", "ثلوج", "الثلوج", "أمطار", "الأمطار"})
)

// natureAt reports a force of nature at token k: a word of natureAgents,
// or «موجة» before a word of weather.
func (d *doc) natureAt(k int) bool {
	if d.has(k, natureAgents) {
		return true
	}
	if !d.has(k, waves) {
		return false
	}
	ws := d.wordsIn(k+1, min(len(d.toks), k+3))
	return len(ws) > 0 && d.has(ws[0], weathers)
}

// naturalAgent reports a material act whose doer is nature or disease:
// the word right after the verb, or just before the act, is a force of
// nature («أودت موجة حر قاتلة بحياة 65 شخصا», «التي حاصرتها الحرارة
// الشديدة», «دمرت الحرائق مئات المنازل», «الفيروس قتل 506 طيور»). The
// act's own words and a pause end the search. (The lexicon's hazards read
// accidents and storms named after an assault.)
func naturalAgent(d *doc, h *hit) bool {
	switch h.trig.Type {
	case "ASSAULT", "COERCE", "THREATEN":
	default:
		return false
	}
	s := d.sents[h.sent]
	// («أودت موجة حر بحياة …»: the doer may stand between the act's words)
	for k, n := h.head()+1, 0; k < s.b && n < 2; k++ {
		if d.toks[k].Kind == arabic.Punct {
			break
		}
		if d.toks[k].Kind != arabic.Word || k <= h.last() && slices.Contains(h.pos, k) {
			continue
		}
		n++
		if d.natureAt(k) {
			return true
		}
	}
	for k, n := h.head()-1, 0; k >= s.a && n < 2; k-- {
		if d.toks[k].Kind == arabic.Punct {
			break
		}
		if d.toks[k].Kind != arabic.Word {
			continue
		}
		n++
		if d.natureAt(k) {
			return true
		}
	}
	return false
}

// notThreatened are words in «بـ» that name no threatened act: «بين»,
// «بعد», «بسبب» …
var notThreatened = wordSet([]string{"بين", "بعد", "بسبب", "بشكل", "بحسب", "بدون", "بلا", "بدوره", "بدورها", "بينما", "بل", "بما", "بأن", "بان", "بأنه", "بانه"})

// endangers reports «يهدد/تهدد» with no «بـ» of a threatened act after
// it in its clause: to endanger («مما يهدد المزارعين الأميركيين»,
// «وسائل قاتلة تهدد دول الجوار», «خطر يهدد خاشقجي», «الهجوم يهدد أكثر
// من 750 ألف شخص»). A threat names what the threatener will do: «يهدد
// الحوثيون الضباط بالفصل», «تهدد باتخاذ إجراءات قانونية».
func endangers(d *doc, h *hit) bool {
	w := bareWord(d, h.head())
	if !strings.HasPrefix(w, "يهدد") && !strings.HasPrefix(w, "تهدد") {
		return false
	}
	s := d.sents[h.sent]
scan:
	// (from the verb on: a trigger «تهدد بالرد» holds its «بـ» itself)
	for k, n := h.head()+1, 0; k < s.b && n < 10; k++ {
		t := d.toks[k]
		switch t.Text {
		case "،", ",", ".", ":", "؛", "؟", "?":
			break scan
		}
		if t.Kind != arabic.Word {
			continue
		}
		n++
		if strings.HasPrefix(t.Norm, "ب") && len([]rune(t.Norm)) > 2 && !d.has(k, notThreatened) {
			return false
		}
	}
	return true
}

// ministryForms are «وزارة» (ministry) with a possessive pronoun, which
// read also as «و» + «زار» + a pronoun (and visited him).
var ministryForms = wordSet([]string{"وزارته", "وزارتها", "وزارتهم", "وزارتهما", "وزارتنا", "وزارتي", "وزارتك", "وزارتكم"})

// ministry reports a visit read in «وزارته» or «وزارتها» that is the
// ministry of someone: anywhere but at the head of a sentence or clause
// («على دراسة ملفات وزارته», «أن وزارته ووزارة الداخلية ستعملان»,
// «المتحدث باسم وزارتها للخارجية»), where the verb would open its clause
// («وزارته الملكة في المستشفى»).
func ministry(d *doc, h *hit) bool {
	i := h.head()
	if !ministryForms[d.toks[i].Norm] {
		return false
	}
	s := d.sents[h.sent]
	if i == s.a {
		return false
	}
	switch d.toks[i-1].Text {
	case "،", ",", ":", "؛":
		return false
	}
	return true
}

// sources reports «مصادره/مصادرها» (its sources, the plural noun with a
// pronoun) read as «مصادرة» (confiscation): «تنويع مصادرها», «وحماية
// لمصادره», «إلا أن مصادرها أكدت». The verbal noun keeps its «ة»/«ت»
// before a pronoun: «مصادرتها».
func sources(d *doc, h *hit) bool {
	// the written form: «مصادره» (his sources) and «مصادرة»
	// (confiscation) are one word once «ة» is normalised
	w := unmarked(d.toks[h.head()].Text)
	for _, p := range []string{"و", "ف"} {
		w = strings.TrimPrefix(w, p)
	}
	for _, p := range []string{"ل", "ب"} {
		w = strings.TrimPrefix(w, p)
	}
	switch w {
	case "مصادره", "مصادرها", "مصادرهم", "مصادرهما", "مصادرنا", "مصادري", "مصادرك", "مصادركم":
		return true
	}
	return false
}

// applicationHeads govern the noun «طلب» as a thing filed, answered or
// handled: «تقديم طلب», «على طلب», «معالجة طلب».
var applicationHeads = wordSet([]string{"في", "مع", "على", "بشأن", "حول", "رغم", "تقديم", "بتقديم", "لتقديم", "وتقديم", "إرسال", "بإرسال", "لإرسال", "معالجة", "لمعالجة", "بمعالجة", "تلقي", "استلام", "قبول", "رفض"})

// appliedFor are what an application asks for: asylum, a comment, aid,
// donations, membership, a visa.
var appliedFor = wordSet([]string{"لجوء", "اللجوء", "للجوء", "تعقيب", "تعليق", "مساعدة", "تبرعات", "انضمام", "الانضمام", "عضوية", "العضوية", "تأشيرة", "التأشيرة", "إقامة", "الإقامة", "جنسية", "الجنسية", "الحصول", "للحصول", "توظيف", "عمل"})

// application reports the noun «طلب» (request, application) governed by
// a preposition or a verbal noun of filing or handling, for a thing
// applied for: «تقديم طلب لجوء», «معالجة طلب اللجوء», «لم ترد السفارة على
// طلب تعقيب», «رفضوا التجاوب مع طلب مساعدة عبر الهاتف», «ينظر في طلب
// تبرعات خاصة». A party's demand names the party: «رغم طلب واشنطن إطلاق
// سراحه», «لمعالجة طلب الرئيس».
func application(d *doc, h *hit) bool {
	i := h.head()
	w := bareWord(d, i)
	if w != "طلب" && w != "طلبات" && w != "الطلب" {
		return false
	}
	s := d.sents[h.sent]
	if i == s.a || !d.has(i-1, applicationHeads) || i+1 >= s.b {
		return false
	}
	return d.has(i+1, appliedFor)
}

// commentWords are what one declines to give a journalist: to speak,
// comment, answer, confirm, disclose.
var commentWords = wordSet([]string{"الحديث", "التحدث", "التعليق", "الكشف", "الإفصاح", "الإدلاء", "الرد", "الإجابة", "تأكيد", "نفي", "الخوض", "التطرق", "ذكر", "تحديد", "إعطاء", "الدخول"})

// noComment reports «رفض» or «امتنع» (عن) whose object, up to eight words
// after it in its clause, is speaking or commenting: «ورفضت سارة ساندرز
// المتحدثة باسم البيت الأبيض الحديث عن تفاصيل الرسالة», «وامتنع محامو
// ساركوزي عن الرد على أسئلة الصحافيين», «ورفض ناطق باسم المغني تأكيد
// النبأ». Declining to comment rejects nobody; talks refused name the
// other side («رفض الحديث مع الحكومة»).
func noComment(d *doc, h *hit) bool {
	w := bareWord(d, h.head())
	if !h.trig.Verb || !strings.Contains(w, "رفض") && !strings.Contains(w, "متنع") {
		return false
	}
	s := d.sents[h.sent]
	for k, n := h.last()+1, 0; k < s.b && n < 8; k++ {
		t := d.toks[k]
		switch t.Text {
		case "،", ",", ".", ":", "؛", "؟", "?":
			return false
		}
		if t.Kind != arabic.Word {
			continue
		}
		n++
		if d.has(k, commentWords) && !glued(d, k) {
			return !(k+1 < s.b && bareWord(d, k+1) == "مع")
		}
	}
	return false
}

// glued reports a word with a preposition on it («بالدخول», «للرد»): the
// complement of another noun («السماح للسفينة بالدخول»), not what is
// refused.
func glued(d *doc, k int) bool {
	n := d.toks[k].Norm
	return strings.HasPrefix(n, "بال") || strings.HasPrefix(n, "لل") || strings.HasPrefix(n, "وبال")
}

// reaction reports «رد فعل» (a reaction) read as «رد على» (a rebuttal)
// across the word «فعل»: «كان رد فعله عاطفيا على صور الأطفال», «ولم
// يتسن الحصول على رد فعل فوري على الحكم».
func reaction(d *doc, h *hit) bool {
	i := h.head()
	if bareWord(d, i) != "رد" && bareWord(d, i) != "ردود" || i+1 >= d.sents[h.sent].b {
		return false
	}
	return strings.HasPrefix(strings.TrimPrefix(d.toks[i+1].Norm, "ال"), "فعل")
}

// works are films, books, plays, songs and games; telling verbs tell their
// story or subject: «يروي الفيلم», «يتناول الكتاب», «تدور أحداث المسلسل».
var (
	works        = wordSet([]string{"الفيلم", "فيلم", "فيلمه", "فيلمها", "الرواية", "رواية", "روايته", "روايتها", "الكتاب", "كتاب", "كتابه", "كتابها", "المسلسل", "مسلسل", "المسرحية", "مسرحية", "القصيدة", "قصيدة", "الأغنية", "أغنية", "اللعبة", "لعبة", "الأحداث", "أحداث"})
	tellingVerbs = wordSet([]string{"يروي", "تروي", "يتناول", "تتناول", "يحكي", "تحكي", "يناقش", "تناقش", "تدور", "يدور", "يصور", "تصور", "يسرد", "تسرد", "يجسد", "تجسد", "تتمحور", "يتمحور"})
)

// storyTold reports a hit in a sentence that tells the story or the
// subject of a film, a book, a play or a game: a telling verb and a work
// in it («ويروي الفيلم قصة عائلة تحاول الإفلات من كائنات غريبة تهاجم عند
// سماعها أي صوت», «يناقش الكاتب في هذا الكتاب …»). Fiction and essays
// report no event.
//
// The hit must come after the telling verb, in the story told: acts told
// before it are the news around a work («وأمرت النيابة بحبس المخرج في
// تهم نشر أخبار كاذبة بسبب فيلم وثائقي يتناول أوضاع السجون»).
func storyTold(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	// a telling verb before the trigger, then a work anywhere in the
	// sentence (most sentences have no telling verb: one look-up a word)
	tell := false
	for _, k := range d.wordsIn(s.a, h.head()) {
		if d.has(k, tellingVerbs) {
			tell = true
			break
		}
	}
	if !tell {
		return false
	}
	for _, k := range d.wordsIn(s.a, s.b) {
		if d.has(k, works) {
			return true
		}
	}
	return false
}

// ties are what one side stops doing with or for another as a sanction:
// dealings, cooperation, funding, aid, trade, talks.
var ties = wordSet([]string{"التعامل", "التعاون", "تمويل", "دعم", "المساعدات", "مساعدات", "تقديم", "التبادل", "التجارة", "استيراد", "الاستيراد", "شراء", "تصدير", "التصدير", "الاعتراف", "المشاركة", "عضوية", "المفاوضات", "المحادثات", "التفاوض", "الالتزام", "تنفيذ", "منح", "إصدار", "بيع"})

// stoppedDoing reports «توقف عن» (to stop doing, the intransitive form)
// whose object is no tie with another side: «وتوقف آلاف الطلاب عن
// الدراسة», «ستتوقف المطاعم تدريجيا عن استخدام مضادات حيوية», «بعد توقف
// بقية أجزاء الجسم عن العمل», «علينا أن نشجع المرضى على التوقف عن
// تناول الكحول». A sanction stops dealings, funding, aid or trade
// («توقفت واشنطن عن تمويل الوكالة»).
func stoppedDoing(d *doc, h *hit) bool {
	if !strings.Contains(bareWord(d, h.head()), "توقف") {
		return false
	}
	s := d.sents[h.sent]
	for k, n := h.head()+1, 0; k+1 < s.b && n < 6; k++ {
		if d.toks[k].Kind != arabic.Word {
			if d.toks[k].Kind == arabic.Punct {
				return false
			}
			continue
		}
		n++
		if d.toks[k].Norm == "عن" {
			return !d.has(k+1, ties)
		}
	}
	return false
}

// crossed are what meet at an intersection: roads, streets, interests.
var crossed = wordSet([]string{"المصالح", "مصالح", "طرق", "طرقات", "الطرق", "الطرقات", "شارع", "شارعي", "الشوارع", "شوارع", "خطوط", "مع"})

// intersection reports «تقاطع» as a noun of crossing, not the verb «to
// boycott»: roads or interests after it, or «عند/على» before it («عند
// تقاطع طرقات», «بسبب تقاطع المصالح», «بيان البيت الأبيض تقاطع مع
// تصريحات البنتاغون»).
func intersection(d *doc, h *hit) bool {
	i := h.head()
	if bareWord(d, i) != "تقاطع" {
		return false
	}
	s := d.sents[h.sent]
	if i+1 < s.b && d.has(i+1, crossed) {
		return true
	}
	return i > s.a && (d.toks[i-1].Norm == "عند" || d.toks[i-1].Norm == "علي" || d.toks[i-1].Norm == "على")
}

// acceptWords are forms of «قبل» (to accept) after «لن».
var acceptWords = wordSet([]string{"يقبل", "تقبل", "نقبل", "أقبل", "يقبلوا", "تقبلوا", "يقبلون"})

// willNotAccept reports a SANCTION read in «لن يقبل/نقبل/تقبل» (will not
// accept): a refusal stated («إن حزبه لن يقبل بأي حل يتضمن اسم
// مقدونيا», «الشرعية لن تقبل بسفر أي جرحى»), a REJECT; no measure is
// taken against anyone. Goods refused are a boycott, and stay.
func willNotAccept(d *doc, h *hit) bool {
	i := h.head()
	s := d.sents[h.sent]
	if d.toks[i].Norm != "لن" || i+1 >= s.b || !d.has(i+1, acceptWords) {
		return false
	}
	// «قالت إنها لن تقبل أي طلبيات جديدة من إيران»: goods refused, a
	// boycott
	for _, k := range d.wordsIn(i+2, min(s.b, i+6)) {
		if d.has(k, goods) {
			return false
		}
	}
	return true
}

// goods are what trade refuses: orders, imports, shipments, products.
var goods = wordSet([]string{"طلبيات", "طلبات", "واردات", "الواردات", "شحنات", "الشحنات", "استثمارات", "الاستثمارات", "منتجات", "المنتجات", "بضائع", "البضائع", "سلع", "السلع", "صادرات", "عقود", "العقود", "صفقات", "أموال", "الأموال", "تحويلات"})

// spanUnits are days, weeks and months counted before a meeting.
var spanUnits = wordSet([]string{"أيام", "يوم", "يومين", "أسبوع", "أسبوعين", "أسابيع", "شهر", "شهرين", "أشهر", "شهور"})

// daysBefore reports a meeting named as the point that something precedes
// by days, weeks or months: «قبل أيام من قمة للدول الـ28», «قبل أسبوع من
// عقد القمة», «قبل أسابيع من لقاء يفترض أن يعقد». The meeting is still to
// come (GUIDELINES: meetings only planned are not coded); hours before it
// («قبل ساعات من القمة») it may be the day's news, and stays.
func daysBefore(d *doc, h *hit) bool {
	if h.trig.Verb {
		return false
	}
	s := d.sents[h.sent]
	k := h.head() - 1
	if k >= s.a && (bareWord(d, k) == "عقد" || bareWord(d, k) == "انعقاد") {
		k--
	}
	if k < s.a || d.toks[k].Norm != "من" {
		return false
	}
	k--
	if k >= s.a && (d.toks[k].Norm == "قليله" || d.toks[k].Norm == "قليل") {
		k--
	}
	if k-1 < s.a || !d.has(k, spanUnits) {
		return false
	}
	w := bareWord(d, k-1)
	return w == "قبل" || w == "قبيل"
}

// resignWords are forms of «استقال» (to resign).
var resignWords = wordSet([]string{"استقال", "استقالت", "استقالوا", "يستقيل", "تستقيل", "استقالته", "استقالتها", "استقالة"})

// inProtestOf reports «احتجاجا على» as the motive of a resignation in its
// clause («استقال ثلاثة حكماء من منصبهم الخميس احتجاجا على الانقسامات»,
// «واستقال جونسون من منصب وزير الخارجية يوم الاثنين، احتجاجا على
// استراتيجية ماي»): the act is the resignation (RETREAT), no
// demonstration. (A walkout in protest, «وانسحب النواب من الجلسة احتجاجا»,
// is a protest too: chain case 336.)
func inProtestOf(d *doc, h *hit) bool {
	w := bareWord(d, h.head())
	if w != "احتجاجا" && w != "احتجاجاً" {
		return false
	}
	s := d.sents[h.sent]
	for _, k := range d.wordsIn(max(s.a, h.head()-10), h.head()) {
		if d.has(k, resignWords) {
			return true
		}
	}
	return false
}

// closedThings are closed without coercing anyone: a file, a case, a
// session, a market, a page or an account, a door, the polls, a test site.
var closedThings = wordSet([]string{"الملف", "ملف", "الإجراء", "القضية", "السوق", "الجلسة", "جلسة", "التداول", "صفحة", "صفحات", "صفحته", "صفحتها", "صفحاتها", "حساب", "حسابات", "الحسابات", "حسابه", "حسابها", "باب", "الباب", "المحرك", "مراكز", "صناديق", "صفوفه", "صفوفها", "صفوفهم", "موقع", "الموقع", "منشأة"})

// closingTimes name the close of a market or a day: «مستوى إغلاق», «سعر
// الإغلاق», «موعد إغلاقه», «حتى إغلاق مراكز الاقتراع».
var closingTimes = wordSet([]string{"مستوى", "سعر", "موعد", "حتى", "عند", "قبيل"})

// closedThing reports a closure («إغلاق», «أغلق») of a thing that coerces
// nobody: a file, a market, a page, an account, a door, the polls, a
// site («وهو أدنى مستوى إغلاق منذ نوفمبر», «قرر إغلاق صفحات شركتيه»,
// «بهدف إغلاق الملف», «وإغلاق موقع التجارب النووية»), or the closing time
// of something («قبل ساعات من موعد الإغلاق»). Coercion closes crossings,
// roads, borders, offices and media to others («أغلقت السلطات المعبر»).
func closedThing(d *doc, h *hit) bool {
	i := h.head()
	if w := bareWord(d, i); !strings.Contains(w, "غلق") && !strings.Contains(w, "غلاق") {
		return false // (the verbal noun is «إغلاق»)
	}
	s := d.sents[h.sent]
	if i > s.a && d.has(i-1, closingTimes) {
		return true
	}
	ws := d.wordsIn(h.last()+1, s.b)
	return len(ws) > 0 && ws[0] == h.last()+1 && d.has(ws[0], closedThings)
}

// targetAims are what a policy, a budget or an advertiser targets: support,
// growth, a deficit, a rate, users.
var targetAims = wordSet([]string{"دعم", "رفع", "خفض", "زيادة", "تحقيق", "التركيز", "التضييق", "تمويل", "تصعيد", "عجزا", "أن", "ان", "معدل", "معدلات", "النمو", "نموا", "التضخم", "المستخدمين", "المستهلكين", "جذب", "توفير", "الوصول", "تطوير", "تعزيز", "بناء", "إنتاج", "تخفيض", "تقليص", "العقبات", "النساء", "الشباب", "التعاقد"})

// measureWords are sanctions, tariffs, laws and adverts, which target
// without force.
var measureWords = wordSet([]string{"عقوبات", "العقوبات", "الرسوم", "رسوم", "قوانين", "القوانين", "قانون", "القانون", "الإعلانات", "إعلانات", "البرنامج", "برنامج", "استراتيجية", "الاستراتيجية", "الموازنة", "الخطة", "خطة"})

// forceInSentence tell force in a sentence: strikes, shells, fighters,
// raids, an incident.
var forceInSentence = wordSet([]string{"غارة", "غارات", "قصف", "صاروخ", "صواريخ", "صاروخا", "طائرة", "طائرات", "مقاتلات", "قذيفة", "قذائف", "هجوم", "هجوما", "مسلحين", "مسلحون", "قوات", "القوات", "الجيش", "الميليشيات", "ميليشيات", "عبوة", "انتحاري", "مدفعية", "الطيران", "رصاص", "قتل", "مقتل", "مداهمات", "مداهمة", "حادثة", "حادث"})

// policyTarget reports «استهدف» (to target) that aims a policy, a budget,
// a sanction or an advert at something, in a sentence with no force in it:
// a goal after it («وتستهدف السعودية دعم المنشآت الصغيرة», «ويستهدف البنك
// المركزي أن يصل معدل التضخم …», «الحكومة تستهدف عجزا أقل»), or a measure
// doing the targeting («عقوبات تستهدف الشعب الروسي», «دقة استهداف
// المستخدمين» by advertisers).
func policyTarget(d *doc, h *hit) bool {
	w := bareWord(d, h.head())
	if !strings.Contains(w, "ستهدف") && !strings.Contains(w, "ستهداف") {
		return false
	}
	s := d.sents[h.sent]
	measure := false
	for _, k := range d.wordsIn(s.a, s.b) {
		if d.has(k, forceInSentence) {
			return false
		}
		measure = measure || d.has(k, measureWords)
	}
	if measure {
		return true
	}
	for _, k := range d.wordsIn(h.last()+1, min(s.b, h.last()+4)) {
		if d.has(k, targetAims) {
			return true
		}
	}
	return false
}

// strikeKinds make «ضربة» a strike of arms: «ضربة جوية», «ضربة صاروخية».
var strikeKinds = wordSet([]string{"جوية", "صاروخية", "عسكرية", "جويه", "صاروخيه", "عسكريه", "بطائرة", "بطائرات", "بصاروخ", "بصواريخ", "نووية", "استباقية", "إسرائيلية", "أمريكية", "أميركية", "روسية"})

// figurativeBlow reports the indefinite «ضربة» (a blow) that is a setback,
// in a sentence with no force in it: «إن عملية دولية قد وجهت ضربة قوية ضد
// الدعاية عبر الإنترنت», «وكانت الميليشيا قد تلقت السبت ضربة بعد انشقاق
// مدير الأمن», «في ما شكل ضربة لرئيسة الوزراء». A strike of arms is named
// by its kind («ضربة جوية») or told with arms or fighters in its sentence.
func figurativeBlow(d *doc, h *hit) bool {
	i := h.head()
	if w := bareWord(d, i); w != "ضربه" && w != "ضربة" {
		return false
	}
	s := d.sents[h.sent]
	if i+1 < s.b && d.has(i+1, strikeKinds) {
		return false
	}
	for _, k := range d.wordsIn(s.a, s.b) {
		if d.has(k, forceInSentence) {
			return false
		}
	}
	return true
}

// crowds are people at large whom a country, a town or a hospital takes
// in: migrants, refugees, the displaced, patients, the wounded, pilgrims,
// visitors, citizens.
var crowds = wordSet([]string{"مهاجر", "مهاجرا", "مهاجرين", "المهاجرين", "لاجئ", "لاجئا", "لاجئين", "اللاجئين", "نازح", "نازحا", "نازحين", "النازحين", "مريض", "مريضا", "مرضى", "المرضى", "جريح", "جريحا", "جريحين", "جرحى", "الجرحى", "المصابين", "مصابين", "المواطنين", "مواطنين", "مواطن", "هواة", "زوار", "الزوار", "زائر", "سياح", "السياح", "سائح", "الحجاج", "حجاج", "الحاج", "طلاب", "الطلاب", "عنصر", "الخارجين", "المهجرين", "مهجرين", "الفارين"})

// peopleTakenIn reports «استقبل/استضاف» whose object, up to five words
// after it, is people at large rather than a party: «كولومبيا، التي
// استقبلت أكثر من مليون مهاجر فنزويلي», «وقد استقبل الأطباء العديد من
// المواطنين الذين يعانون …», «فيما تستقبل مصر أول جريحين عبر المعبر»,
// «إدلب التي باتت تستضيف النازحين». Taking in is no meeting (the filter's
// hospitalIntake reads a hospital's).
func peopleTakenIn(d *doc, h *hit) bool {
	w := bareWord(d, h.head())
	if !strings.Contains(w, "ستقبل") && !strings.Contains(w, "ستضاف") && !strings.Contains(w, "ستضيف") {
		return false
	}
	for k := range d.clauseWordsAfter(h, 5) {
		if d.has(k, crowds) {
			return true
		}
	}
	return false
}

// returns are what one gets or gives «لقاء» (in return for): money,
// a service, a release, a subscription.
var returns = wordSet([]string{"مبلغ", "أجر", "أجرا", "خدمة", "خدمتها", "خدمته", "خدماته", "خدماتها", "الاستثمارات", "استثمارات", "الاشتراك", "اشتراك", "دفع", "مال", "المال", "أموال", "الأموال", "فدية", "إطلاق", "الإفراج", "تخفيض", "ثمن", "رسوم", "الحصول", "حصول", "تعويض", "مكافأة", "عمولة", "رشوة", "رشاوى"})

// inExchange reports «لقاء» meaning «in return for», which the lexicon
// reads as a meeting: money, a service, a release or a subscription after
// it («منحت البطاقة لقاء خدمتها», «الثمن الذي تدفعه لقاء الاشتراك في
// الموقع», «سلم نفسه للمهاجم لقاء إطلاق سراح رهينة», «وذلك لقاء
// الاستثمارات الكبيرة»).
func inExchange(d *doc, h *hit) bool {
	i := h.head()
	if bareWord(d, i) != "لقاء" || i+1 >= d.sents[h.sent].b {
		return false
	}
	return d.has(i+1, returns)
}

// pressWords name the press one gives an interview to.
var pressWords = wordSet([]string{"وسائل", "الإعلام", "الصحفيين", "الصحافيين", "صحفيين", "صحافيين", "العربية", "سكاي", "الجزيرة", "قناة", "صحيفة", "تلفزيون", "التلفزيون", "إذاعة", "الإذاعة", "راديو", "مجلة", "وكالة", "شبكة", "موقع", "برنامج"})

// pressMeeting reports a «لقاء» or «مقابلة» with the press, the «مع» up
// to three words after it: «في لقاء خاص مع سكاي نيوز عربية», «ونبه في
// لقاء قصير مع وسائل الإعلام», «وقال في لقاء مع العربية». An interview is
// reported speech, no talks (the filter's interview reads «مع» right
// after the noun, or an outlet the tagger linked).
func pressMeeting(d *doc, h *hit) bool {
	if h.trig.Verb {
		return false
	}
	w := bareWord(d, h.head())
	if w != "لقاء" && w != "مقابلة" && w != "مقابله" && w != "حوار" {
		return false
	}
	s := d.sents[h.sent]
	for k, n := h.last()+1, 0; k+1 < s.b && n < 4; k++ {
		if d.toks[k].Kind != arabic.Word {
			continue
		}
		n++
		if d.toks[k].Norm == "مع" {
			for _, j := range d.wordsIn(k+1, min(s.b, k+3)) {
				if d.has(j, pressWords) {
					return true
				}
				if m := d.mentionAt[j]; m >= 0 && d.mentions[m].Actor.Sector == "MED" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// visitedPlaces are what one visits without meeting a party: graves,
// shrines, positions, troops, camps, shops, a doctor, a ship, a website.
var visitedPlaces = wordSet([]string{"مواقع", "موقع", "المواقع", "الموقع", "جنودا", "الجنود", "جنود", "عناصر", "قبر", "ضريح", "مدافن", "المقبرة", "مقبرة", "الساحة", "ساحة", "مخيمات", "مخيم", "المخيمات", "المخيم", "الكهف", "الطبيب", "طبيب", "السفينة", "المتاجر", "متاجر", "فرق", "معرض", "المعرض", "متحف", "المتحف", "مصنع", "المصنع", "مصانع", "مستشفى", "المستشفى", "مستشفيات", "أخاها", "أخاه", "أخيه", "منزل", "منزله", "منزلها", "بيته", "المسجد", "الكنيسة", "الجبهة", "جبهات", "الجبهات", "القوات"})

// placeVisited reports a visit («زار», «زيارة») whose object, right after
// it and its subject («زار الأمير وليام قبر جدته», «زار الرئيس الأسد
// جنودا سوريين في الغوطة», «الراغبين في زيارة الكهف»), is a place or
// people met by no party, or visits counted as traffic («950 ألف زيارة
// شهريا»). A visit to a country, a town or a leader stays a CONSULT.
func placeVisited(d *doc, h *hit) bool {
	i := h.head()
	w := bareWord(d, i)
	if !strings.HasPrefix(w, "زار") && !strings.HasPrefix(w, "زيار") && !strings.HasPrefix(w, "يزور") && !strings.HasPrefix(w, "تزور") {
		return false
	}
	s := d.sents[h.sent]
	if i > s.a && d.toks[i-1].Kind == arabic.Number || i > s.a+1 && d.toks[i-1].Norm == "الف" && d.toks[i-2].Kind == arabic.Number {
		return true // «950 ألف زيارة شهريا»
	}
	for k := range d.clauseWordsAfter(h, 5) {
		if d.has(k, visitedPlaces) {
			return true
		}
		if d.mentionAt[k] >= 0 || d.placeAt[k] >= 0 {
			return false // a party or a place named first: «زار الرئيس الصين»
		}
	}
	return false
}
