package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// Constructions read on random fresh articles in the sixth session: a
// second act of a sentence lost to the act before it (an occasion read as
// what a stance asks for, «لـ» read as an aim, «إن» read as a condition, a
// judgement after a stance, the threat behind a demand), an assent
// refused, and an act planned for a coming day.

// recoded applies this file's readings to the event coded from hit h: an
// assent refused becomes a REJECT, «وإلا» after a demand the demander's
// threat, an act placed on a coming day a plan. It reports false for a hit
// that is no event (a bare assent not refused, «وإلا» after no demand).
func (c *Coder) recoded(d *doc, h *hit, ev *marsad.Event) bool {
	if !c.refusedAssent(d, h, ev) || !c.ultimatum(d, h, ev) {
		return false
	}
	c.plannedAct(d, h, ev)
	c.obliged(d, h, ev) // recall_code8.go
	return true
}

// refusalWords stand right before a verb of assent and refuse it: «لم
// توافق», «لن نوافق» (with a conjunction: «ولم», «فلن»). Not «لا»: «من يفهم
// في السياسة لا يوافق على …» is a view, no one's refusal.
var refusalWords = map[string]bool{"لم": true, "لن": true}

// refusedAssent recodes an assent refused as a REJECT: «لم توافق الحكومة
// على المقترح», «إن الكويت لم توافق عليها», «لن نوافق على التمديد» — a
// deal or a demand not agreed to is rejected (the assent lexicon.yaml codes
// as AGREE or CONCEDE would else be dropped as negated). The bare «وافق على»
// of lexicon_round6.yaml is an event only refused: it reports false for one
// that is not, and the caller drops it. «ما لم يوافق» (unless) is a
// condition, no refusal.
func (c *Coder) refusedAssent(d *doc, h *hit, ev *marsad.Event) bool {
	bare := h.trig.Type == "REJECT" && strings.HasPrefix(h.trig.Source, "وافق/")
	if !bare && !(h.trig.Verb && strings.HasPrefix(h.trig.Source, "وافق/") && (h.trig.Type == "AGREE" || h.trig.Type == "CONCEDE")) {
		return true
	}
	s := d.sents[h.sent]
	neg := h.head() - 1
	if h.clitic != "" || neg < s.a || d.toks[neg].Kind != arabic.Word || !refusalWords[bareWord(d, neg)] {
		return !bare
	}
	if neg-1 >= s.a && (bareWord(d, neg-1) == "ما" || d.toks[neg-1].Norm == "طالما") {
		return !bare // «ما لم يوافق»: unless it agrees
	}
	// the refusal is told as the assent would be: its own time, condition
	// or denial, read from the negation word on
	r := *h
	r.pos = append([]int{neg}, h.pos...)
	if ev.Aux == marsad.AuxNegated {
		ev.Aux = c.aux(d, &r)
	}
	ev.Type, ev.Mode = "REJECT", "other"
	ev.Confidence = min(ev.Confidence, 0.6)
	return true
}

// imperfectVerb reports a verb trigger whose head is an imperfect form of
// its lemma («يلتقي», «تبدأ», «نوقع»), not the perfect («التقى», «تظاهر»).
func imperfectVerb(d *doc, h *hit) bool {
	if !h.trig.Verb {
		return false
	}
	if w := bareWord(d, h.head()); !strings.HasPrefix(w, "ي") && !strings.HasPrefix(w, "ت") && !strings.HasPrefix(w, "ن") && !strings.HasPrefix(w, "ا") && !strings.HasPrefix(w, "س") {
		return false // no imperfect prefix: a perfect («التقى», «وقع»)
	}
	first, _, _ := strings.Cut(h.trig.Source, " ")
	forms := map[string]bool{}
	for _, alt := range strings.Split(strings.TrimPrefix(first, "~"), "|") {
		perf, imperf, ok := strings.Cut(alt, "/")
		if !ok {
			continue
		}
		imperfectForms(arabic.Normalize(strings.TrimSpace(imperf)), forms)
		delete(forms, arabic.Normalize(strings.TrimSpace(perf))) // «تظاهر»: the perfect too
	}
	for _, k := range d.keys[h.head()] {
		if forms[k] {
			return true
		}
	}
	return false
}

// timeNouns name a span that «المقبل», «القادم» make a coming one: «الأسبوع
// المقبل», «الشهر القادم», «الأيام المقبلة».
var timeNouns = wordSet([]string{"الأسبوع", "الاسبوع", "الشهر", "العام", "السنة", "الأيام", "الأسابيع", "الأشهر", "الشهور", "الأعوام", "السنوات", "الفترة", "المرحلة", "الموسم", "الأسبوعين", "الشهرين", "الساعات", "الجولة", "الجمعة"})

// comingTime reports a word at token k that places an act on a coming day:
// «غدا», «صباح غد», «بعد غد», or «المقبل», «القادم» after a span or a day
// («الأسبوع المقبل», «الخميس المقبل», «نوفمبر المقبل»). «القادمة من»
// (coming from) is no time.
func (c *Coder) comingTime(d *doc, k, start, end int) bool {
	w := bareWord(d, k)
	switch w {
	case "غدا":
		return true
	case "غد":
		if k-1 >= start {
			switch bareWord(d, k-1) {
			case "صباح", "مساء", "ظهر", "بعد", "يوم", "ليل":
				return true
			}
		}
		return false
	case "المقبل", "المقبله", "القادم", "القادمه", "المقبلين", "القادمين":
	default:
		return false
	}
	if k+1 < end && (bareWord(d, k+1) == "من" || bareWord(d, k+1) == "الي") {
		return false // «القادمة من هذه البلدان»
	}
	p := k - 1
	if p >= start && d.toks[p].Kind == arabic.Punct && d.toks[p].Text == ")" {
		p-- // «يونيو (حزيران) المقبل»
	}
	for p >= start && d.toks[p].Kind != arabic.Word {
		p--
	}
	if p < start {
		return false
	}
	if timeNouns[bareWord(d, p)] || timeNouns[d.toks[p].Norm] {
		return true
	}
	if _, ok := c.cal.weekday(d.toks[p].Norm); ok {
		return true
	}
	for q := p; q >= start && q >= p-2; q-- {
		if m, _ := c.cal.month(d.toks, q, k); m > 0 {
			return true
		}
	}
	return false
}

// plannedAct marks an act the sentence places on a coming day as planned
// (GUIDELINES: plans and meetings only planned are not coded): an
// imperfect verb with a coming time in its clause («يلتقي الرئيسان غدا»,
// «تبدأ المحادثات الأسبوع المقبل») or an act noun followed by one within a
// few words («خلال اجتماع مع نظيريه … غدا الثلاثاء», «قمة … الشهر
// القادم»). Verbal conflict acts are not marked: the time of «تطالب بإجراء
// انتخابات الشهر المقبل» is that of what is demanded. events.go's own
// coming-time test reads only «المقبل» right after the trigger.
func (c *Coder) plannedAct(d *doc, h *hit, ev *marsad.Event) {
	if ev.Aux != "" || h.trig.FutureOK || h.trig.FutureOnly {
		return
	}
	switch ev.Type {
	case "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT":
		return
	}
	s := d.sents[h.sent]
	verb := imperfectVerb(d, h)
	if h.trig.Verb && !verb {
		return // «التقى … أمس»: a perfect is done
	}
	if c.scheduled(d, h) {
		ev.Aux = marsad.AuxFuture
		return
	}
	from, to := h.last()+1, min(s.b, h.last()+9)
	if verb {
		to = min(s.b, h.last()+13)
		for from = h.head(); from > s.a && from > h.head()-6 && !clauseMark(d, from-1); from-- {
		}
	}
	for k := from; k < to; k++ {
		if k > h.last() && clauseMark(d, k) {
			return
		}
		if k > h.last() && c.isTrigger(d, k) {
			return // another act, whose time it may be
		}
		if d.toks[k].Kind == arabic.Word && c.comingTime(d, k, s.a, s.b) {
			ev.Aux = marsad.AuxFuture
			return
		}
	}
}

// scheduledWords say an act is set for later: «القمة المقررة في 12
// يونيو», «زيارة الرئيس المرتقبة», «المؤتمر المزمع عقده», «من المقرر أن …».
var scheduledWords = wordSet([]string{"المقرر", "المقررة", "المرتقب", "المرتقبة", "المزمع", "المزمعة", "المنتظر", "المنتظرة"})

// scheduled reports an act noun followed within four words by a word that
// sets it for later («محادثاته المقرر عقدها في سنغافورة», «خلال زيارة
// الرئيس المرتقبة»), or an act in a clause opened by «من المقرر أن», «من
// المنتظر أن» («ومن المقرر أن يصل ولي العهد … في زيارة تستمر يومين»).
// A relative pronoun between them ends the reading either way: «حركة
// الاحتجاج التي من المقرر أن تستمر أسابيع» sets the movement's going on
// for later, not the protest under way, and «من المقرر أن يزور المفتشون
// الموقع الذي شهد هجوما» does not plan the attack the place is known by.
func (c *Coder) scheduled(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	if !h.trig.Verb {
		for k, n := h.last()+1, 0; k < s.b && n < 4; k++ {
			if clauseMark(d, k) {
				break
			}
			if d.toks[k].Kind != arabic.Word {
				continue
			}
			n++
			if m := d.mentionAt[k]; m >= 0 && d.mentions[m].TokEnd > k+1 {
				k = d.mentions[m].TokEnd - 1 // «زيارة الرئيس الأمريكي دونالد ترامب المرتقبة»: a party is one word
				continue
			}
			if relativeTo[bareWord(d, k)] {
				break
			}
			if scheduledWords[bareWord(d, k)] {
				return true
			}
			if c.isTrigger(d, k) {
				break
			}
		}
	}
	for k, n := h.head()-1, 0; k-1 > s.a && n < 16; k-- {
		if clauseMark(d, k) {
			break
		}
		if d.toks[k].Kind != arabic.Word {
			continue
		}
		if relativeTo[bareWord(d, k)] {
			break
		}
		n++
		w, from := d.toks[k].Norm, d.toks[k-2].Norm
		if (w == "ان" || w == "بان") && scheduledWords[bareWord(d, k-1)] && (from == "من" || from == "ومن") {
			return true
		}
	}
	return false
}

// clauseMark reports a token that closes a clause: a comma, a full stop,
// a colon or a quotation mark.
func clauseMark(d *doc, k int) bool {
	switch d.toks[k].Text {
	case "،", ",", ".", ":", "؛", "«", "»", "\"":
		return true
	}
	return false
}

// occasionWords open, between an outer stance and a later act noun, what
// the act is the occasion or the cause of, not its content: «دعت بريطانيا
// إلى ضبط النفس بعدما قتلت القوات …», «تطالب بالإفراج عنه، وسط رفض …»
// (events.go's subordinate has «بعد», «عقب», «إثر» and the like).
var occasionWords = wordSet([]string{"بعدما", "وسط", "غداة", "رغم", "برغم", "بالرغم"})

// notContent reports that the act at hit h is no content of the stance
// at hit o before it: o is an assent not refused (lexicon_round6.yaml's
// bare «وافق على», no event: «وافقت كندا على توقيع اتفاقية» tells the
// deal), an occasion word stands between them, or the act is a meeting or
// a call the stance was made in («وطالب الملك خلال اتصال هاتفي مع الرئيس
// الفرنسي بـ…», «وطلب ماكرون … أثناء لقائه …»).
func (c *Coder) notContent(d *doc, o, h *hit) bool {
	if h.trig.Source == "وإلا" {
		return true // the threat behind a demand, not what it asks for
	}
	if o.trig.Type == "REJECT" && strings.HasPrefix(o.trig.Source, "وافق/") && !c.refusedAssent(d, o, &marsad.Event{}) {
		return true
	}
	a := o.last()
	for k := a + 1; k < h.head(); k++ {
		if occasionWords[bareWord(d, k)] {
			return true
		}
	}
	if h.trig.Type != "CONSULT" || h.trig.Verb {
		return false
	}
	p := h.head() - 1
	if p <= a {
		return false
	}
	switch bareWord(d, p) {
	case "خلال", "اثناء", "لدي", "بمناسبه", "هامش":
		return true // «وقعا اتفاقيات بمناسبة زيارة ولي العهد», «على هامش القمة»
	}
	return false
}

// lamGovernors take «لـ» before what they are about, so the verbal noun
// after them is an act told, not an aim: «باتت سببا لاحتجاجات», «قلقة لمقتل فلسطينيين», «أبدى ارتياحه
// لترحيل 69 مهاجرا», «نتيجة لقصف» (events.go's purpose excepts «تعرض لـ»).
var lamGovernors = wordSet([]string{
	"سبب", "سببا", "السبب", "أسباب", "سببه", "سببها",
	"قلق", "قلقه", "قلقها", "قلقهم", "قلقة", "القلق",
	"ارتياح", "ارتياحه", "ارتياحها", "ارتياحهم",
	"نتيجة", "عرضة", "ضحية", "ضحايا", "هدفا", "مسرحا", "بؤرة",
})

// confronting words take the protests they put down with «لـ»; an
// attack repelled («تصدى الجيش لهجوم …») is left as it was: the response
// is the act the sentence codes.
var confronting = wordSet([]string{"تصدي", "التصدي", "تصدى", "تصدت", "تصدوا", "يتصدى", "تتصدى", "قمع", "قمعت", "لقمع"})

// lamComplement reports a verbal noun with «لـ» that a governor up to four
// words before takes as its complement (lamGovernors): the act is told,
// not aimed at.
func (c *Coder) lamComplement(d *doc, h *hit) bool {
	if h.trig.Verb || !strings.HasPrefix(h.clitic, "ل") {
		return false
	}
	s := d.sents[h.sent]
	for k, n := h.head()-1, 0; k >= s.a && n < 4; k-- {
		t := d.toks[k]
		if t.Kind == arabic.Punct {
			return false
		}
		if t.Kind != arabic.Word {
			continue
		}
		n++
		if lamGovernors[bareWord(d, k)] || lamGovernors[t.Norm] {
			return true
		}
		if h.trig.Type == "PROTEST" && confronting[bareWord(d, k)] {
			return true // «خلال تصدي قوات الأمن لتظاهرات المعارضة»
		}
	}
	return false
}

// demandHeads make what follows a demand: the verbs of precision_filter.go's
// demandWords, «طلب», a necessity («بضرورة») or an offer that may be
// refused («عرضت عليهم المغادرة … وإلا …»).
var demandHeads = wordSet([]string{"طلب", "طلبت", "يطلب", "تطلب", "طلبوا", "ليطلب", "بضرورة", "ضرورة", "عرض", "عرضت", "يعرض", "تعرض", "ابلغ", "ابلغت"})

// ultimatum keeps lexicon_round6.yaml's «بدء العمليات العسكرية ضد» only
// as an act (not after «منذ»), its «تهديده بـ» only with what is
// threatened after «بـ», and its «وإلا» only where a demand comes
// before it in its sentence (demandWords, demandHeads, or «على» with the
// party that must act: «عليهم وقف …», «على واشنطن معالجة …»): what
// follows it is the threat behind the demand, made by the one who demands
// — the subject of the sentence's last verb, or its speaker. «وألا» (and
// not to) is another word, and «وإلا فستكون هناك جولة ثانية» no threat.
func (c *Coder) ultimatum(d *doc, h *hit, ev *marsad.Event) bool {
	if strings.HasPrefix(h.trig.Source, "بدء|ببدء العمليات") && h.head() > d.sents[h.sent].a {
		switch bareWord(d, h.head()-1) {
		case "منذ", "بعد", "قبل", "مع":
			return false // «منذ بدء العمليات العسكرية ضد …»: the war's start, told as a time
		}
	}
	if h.trig.Type == "THREATEN" && strings.HasPrefix(h.trig.Source, "تهديده|") {
		return !strings.HasPrefix(bareWord(d, h.last()), "بان") // «تنفيذ تهديده بأن قال …»: «بأن» is no content
	}
	if h.trig.Type != "THREATEN" || h.trig.Source != "وإلا" {
		return true
	}
	s := d.sents[h.sent]
	i := h.head()
	if strings.ContainsRune(d.toks[i].Text, 'أ') {
		return false // «وألا يتم …»
	}
	demand := false
	for k := s.a; k < i && !demand; k++ {
		if d.toks[k].Kind != arabic.Word {
			continue
		}
		w := bareWord(d, k)
		switch {
		case d.has(k, demandWords) || demandHeads[w]:
			demand = true
		case w == "عليهم" || w == "عليه" || w == "عليها" || w == "عليكم":
			demand = k == s.a || clauseMark(d, k-1) || d.toks[k-1].Kind == arabic.Punct
		case w == "علي" && k+1 < i && d.mentionAt[k+1] >= 0:
			demand = k == s.a || clauseMark(d, k-1)
		}
	}
	if !demand {
		return false
	}
	switch sp := speakerOf(d, h); {
	case h.main != nil && linked(h.main):
		ev.Actor = h.main
	case sp.name != "":
		ev.Actor = sp.toActor()
	default:
		ev.Actor = nil // the phrase before «وإلا» is what is demanded: the context's party stands
	}
	return true
}

// secondJudgement finds the judgement that opinions (events.go) leaves out
// of a sentence holding another verbal act: a stance and then a clause of
// its own that judges — «رفضت الحكومة التقرير ووصفته بأنه كذب»,
// «… رفضه للتحقيق، واصفا إياه بالاعتداء». The opinion verb must follow
// every verbal act of the sentence and open its clause (with «و», after a
// comma, or as a participle); a judgement of the same kind as an act
// already there adds nothing.
func (c *Coder) secondJudgement(d *doc, si int, hits []hit) []hit {
	last := -1
	for _, h := range hits {
		if verbal(h.trig.Type) {
			last = max(last, h.last())
		}
	}
	if last < 0 {
		return nil // opinions has read the sentence
	}
	s := d.sents[si]
	for i := last + 1; i < s.b; i++ {
		if !d.mayHave(i, c.opinionF) || !d.has(i, c.lx.opinion) {
			continue
		}
		if !c.judgementClause(d, i, s.a) {
			continue
		}
		t, k := c.judgementAfter(d, i, s.b)
		if k < 0 {
			continue
		}
		for _, h := range hits {
			if h.trig.Type == t.Type {
				return nil
			}
		}
		return []hit{{trig: t, sent: si, pos: []int{i, k}}}
	}
	return nil
}

// opinionStems open the opinion verbs and participles (lexicon.yaml's
// opinion list) after a conjunction: «ووصفته», «واعتبر», «وترى».
var opinionStems = []string{"اعتبر", "يعتبر", "تعتبر", "راي", "رات", "يري", "تري", "وصف", "يصف", "تصف", "معتبر", "واصف"}

// judgementClause reports an opinion word at token i that opens a clause
// of its own: joined by «و» («ووصفته بأنه …»), after a comma («، الذي
// وصفته بأنه …»), or a participle («واصفا إياه بـ…»); not «عما وصفته بـ»,
// the speaker's own word for what she did.
func (c *Coder) judgementClause(d *doc, i, start int) bool {
	w := d.toks[i].Norm
	if strings.HasPrefix(w, "واصف") || strings.HasPrefix(w, "معتبر") {
		return true
	}
	if rest, ok := strings.CutPrefix(w, "و"); ok {
		for _, p := range opinionStems {
			if strings.HasPrefix(rest, p) {
				return true
			}
		}
	}
	for k := i - 1; k >= start && k >= i-2; k-- {
		switch t := d.toks[k]; {
		case t.Text == "،" || t.Text == ",":
			return true
		case t.Kind == arabic.Word:
			switch bareWord(d, k) {
			case "الذي", "التي", "الذين":
				continue
			}
			return false
		}
	}
	return false
}

// fightNouns are the battles and clashes lexicon.yaml keeps weak (they
// mostly point back to a fight told before).
// Only indefinite: «المعركة مع الميليشيات ثلاثية الأبعاد» is the war at
// large.
var fightNouns = wordSet([]string{"معارك", "معركة", "قتال", "مواجهات", "صدامات", "مناوشات"})

// fightAdjectives may stand between a fight noun and its sides.
var fightAdjectives = wordSet([]string{"عنيفة", "ضارية", "طاحنة", "شرسة", "متقطعة", "مسلحة", "دامية"})

// namedFight reports a weak battle noun that names its other side after
// «مع» or both sides after «بين»: «استعادت القوات السيطرة على مواقع جديدة
// عقب معارك عنيفة مع ميليشيات الحوثي» — a fight told with its parties is
// a happening of its own, the capture's second act, not a pointer back.
func (c *Coder) namedFight(d *doc, h *hit) bool {
	if h.trig.Type != "ASSAULT" || h.clitic != "" || !fightNouns[bareWord(d, h.head())] || h.head() != h.last() {
		return false
	}
	s := d.sents[h.sent]
	k := h.last() + 1
	for k < s.b && fightAdjectives[bareWord(d, k)] {
		k++
	}
	if k+1 >= s.b || (bareWord(d, k) != "مع" && bareWord(d, k) != "بين") {
		return false
	}
	return d.mentionAt[k+1] >= 0
}
