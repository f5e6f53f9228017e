package coding

import (
	"strings"
	"time"

	"github.com/marsad/marsad/internal/arabic"
)

// Issue 5, round 7: arguments read on random fresh text, each rule kept
// only after a reading of its changes on 800 politics articles.

// clauseBreak reports a comma at token k that opens another clause: one
// told with «وذلك», «حيث», «فيما», «بينما», «في حين», «لكن», «إلا أن»,
// «كما», or with a verb of the feminine perfect joined by و («، وسعت
// CNN للحصول على تعليق من السلطات الصينية»). A party named past it is
// that clause's, not the recipient of an act told before it.
func clauseBreak(d *doc, k, end int) bool {
	if t := d.toks[k].Text; (t != "،" && t != ",") || k+1 >= end || d.toks[k+1].Kind != arabic.Word {
		return false
	}
	switch w := d.toks[k+1].Norm; w {
	case "وذلك", "حيث", "فيما", "بينما", "لكن", "ولكن", "كما", "الا":
		return true
	case "في":
		return k+2 < end && d.toks[k+2].Norm == "حين"
	}
	w := d.toks[k+1].Norm
	bare := bareWord(d, k+1)
	if bare == w || d.mentionAt[k+1] >= 0 || d.placeAt[k+1] >= 0 || definite(bare) {
		return false // no و, or a party or a noun joined to the list
	}
	r := []rune(bare)
	return len(r) >= 3 && r[len(r)-1] == 'ت' && r[len(r)-2] != 'ا'
}

// resultAgent gives the actor of a toll told as the result of an act of
// its sentence («…، ما أسفر عن مقتل», «مما أدى إلى سقوط قتلى»): the
// subject of the clause that tells the act, not the party it hit, named
// nearer the toll («كما استهدفت مقاتلات التحالف بخمس غارات تجمعات
// للميليشيات، ما أسفر عن سقوط قتلى», «بدأت قوات النظام حملة قصف على
// الغوطة، معقل الفصائل، ما أسفر عن مقتل …»). The subject is a party of
// arms or of a state at the clause's start or right after its verb;
// the actor found stays when the clause has no such party.
func (c *Coder) resultAgent(d *doc, h *hit, actor np) np {
	if a := c.resultSubject(d, h); a.ok() {
		return a
	}
	return actor
}

// resultSubject does the work of resultAgent: the subject, or none.
func (c *Coder) resultSubject(d *doc, h *hit) np {
	s := d.sents[h.sent]
	i := h.head()
	if h.trig.Type != "ASSAULT" {
		return np{}
	}
	if !h.trig.Verb {
		// «مما أدى إلى سقوط قتلى وتدمير آليات»: an act noun joined to the
		// result shares its agent
		for k := i - 1; k > s.a && k >= i-8 && d.toks[k].Text != "،" && d.toks[k].Text != ","; k-- {
			if resultVerb(d, k, k+1) {
				i = k
				break
			}
		}
	}
	if !resultVerb(d, i, i+1) || i-1 <= s.a {
		return np{}
	}
	// the result of what the clause told: «، ما أسفر», «مما أدى»,
	// «، وأسفرت»; not of an act noun it qualifies («على هجوم كيماوي أسفر
	// عن مقتل العشرات»)
	if p := d.toks[i-1]; p.Norm != "ما" && p.Norm != "مما" && p.Text != "،" && p.Text != "," && bareWord(d, i) == d.toks[i].Norm {
		return np{}
	}
	start := s.a
	for k := i - 1; k > s.a; k-- {
		if clauseOpener(bareWord(d, k)) {
			start = k + 1
			break
		}
	}
	for k := start; k < i; k++ {
		m := d.mentionAt[k]
		if m < 0 {
			continue
		}
		mm := d.mentions[m]
		a := mm.Actor
		if c.subjectSlot(d, k, start) && agentive(&a) && (armedSector(&a) || a.Sector == "GOV") && !controller(d, k) && !c.announcer(d, k) && !c.source(d, np{a: k, b: int(mm.TokEnd)}) {
			return np{a: max(int(mm.TokStart), k), b: int(mm.TokEnd), actor: &a}
		}
		k = max(k, int(mm.TokEnd)-1)
	}
	return np{}
}

// clauseOpener reports a word that opens a clause whose subject is its
// own: «لكن», «بينما», «فيما», «حيث», «ثم», «كما», «أن».
func clauseOpener(w string) bool {
	switch w {
	case "لكن", "ولكن", "بينما", "فيما", "حيث", "ثم", "كما", "ان", "بان", "لان":
		return true
	}
	return false
}

// subjectSlot reports a party at token k that stands where a subject
// does: at the clause's start (past time words), or right after a light
// verb or a verb of the lexicon («استهدفت مقاتلات التحالف», «بدأت قوات
// النظام»).
func (c *Coder) subjectSlot(d *doc, k, start int) bool {
	j := k - 1
	for j >= start && d.toks[j].Kind == arabic.Word && armedWord(bareWord(d, j)) {
		j-- // «مقاتلات التحالف», «طائرات التحالف»: the head of the party's phrase
	}
	for j >= start && (d.toks[j].Kind == arabic.Punct || c.lx.timeW[d.toks[j].Norm]) {
		j--
	}
	if j < start {
		return true
	}
	if _, ok := c.cal.weekday(d.toks[j].Norm); ok {
		return false
	}
	w := bareWord(d, j)
	if c.lx.light[w] || commitVerb(w) {
		return true
	}
	// a verb of the lexicon in the feminine or the plural («استهدفت»,
	// «هاجموا»); a noun of the lexicon before a party is its construct
	// («اجتماع للمتطرفين»)
	return c.isTrigger(d, j) && !definite(w) && ((strings.HasSuffix(w, "ت") && !strings.HasSuffix(w, "ات")) || strings.HasSuffix(w, "وا"))
}

// meansAfterSubject reports an agent phrase at token k («بغارات»,
// «برصاص», «من قبل») after the named subject of an active verb: in
// «واستهدفت مقاتلات التحالف بغارات تجمعات للميليشيات» the subject acts
// and the phrase is its means, so the party after it is no agent (it is
// the object's).
func meansAfterSubject(h *hit, actor np, k int) bool {
	return h.trig.Verb && !h.pass && actor.ok() && actor.actor != nil && linked(actor.actor) && actor.a > h.last() && actor.b <= k
}

// actDay dates a material act by its own day when the sentence dates
// both its announcement and the act: «كشفت السلطات، السبت، عن حيثيات
// مقتل ضابط في انفجار وقع مساء الجمعة», «أعلن الحوثيون الاثنين مقتل
// الصماد في غارة شنتها قوات التحالف ظهر الخميس». The day told right
// before the act noun is the announcement's, the one told after it the
// act's (GUIDELINES: the announcement's day stands only where the text
// dates nothing else). The later day must be in the act's clause (no
// comma between: not «، لتأمين الانتخابات المقرر انطلاقها الاثنين»). It
// returns the date, precision and day to use.
func (c *Coder) actDay(d *doc, h *hit, date, prec string, day time.Time) (string, string, time.Time) {
	if verbal(h.trig.Type) || h.trig.Verb || prec != PrecDay {
		return date, prec, day
	}
	s := d.sents[h.sent]
	var told *DateExpr
	for k := range s.dates {
		if de := &s.dates[k]; de.Precision == PrecDay && de.TokEnd <= h.head() && de.Date.Format("2006-01-02") == date {
			told = de
		}
	}
	if told == nil || !c.announcedAt(d, s.a, told.TokStart) {
		return date, prec, day
	}
	for k := range s.dates {
		de := &s.dates[k]
		if de.Precision != PrecDay || de.TokStart <= h.last() || de.TokStart-h.last() > 15 || de.Date.After(told.Date) {
			continue
		}
		if end := de.TokStart; d.commaBetween(h.last(), end) && (d.toks[end-1].Text != "،" || d.commaBetween(h.last(), end-1)) {
			continue // (a comma may set the day off: «… صعدة، الخميس»)
		}
		if de.TokStart > 0 && (d.toks[de.TokStart-1].Norm == "منذ" || d.toks[de.TokStart-1].Norm == "غدا") {
			continue
		}
		return de.Date.Format("2006-01-02"), de.Precision, de.Date
	}
	return date, prec, day
}

// announcedAt reports a verb of announcing or reporting among the few
// words before token k of a sentence that starts at a: the day at k dates
// the announcement («أعلن الحوثيون الاثنين», «كشفت السلطات الأردنية، السبت»).
func (c *Coder) announcedAt(d *doc, a, k int) bool {
	for j := k - 1; j >= a && j >= k-5; j-- {
		if c.reportingAt(d, j) {
			return true
		}
		w := bareWord(d, j)
		for _, p := range []string{"اعلن", "ذكر", "اكد", "نعت", "نعي", "اوردت", "نقلت", "كشف", "افاد", "افادت", "قال"} {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// reporterActor clears the actor of an act of force that only tells of
// it: the subject of a verb of documenting or counting («ووثق المرصد
// مقتل نحو 50 مدنيا», «وأحصت تركيا مقتل 42 من جنودها»), or the
// sentence's speaker when the act is told after «إن/أن» («وقال مدير
// المرصد فلان إن قصفا استهدف …», «وقال مسؤولو وزارة الصحة إن رجلا توفي
// متأثرا بجراحه»). A party of arms keeps its act («وأعلن الجيش أنه قتل
// …»). The context or an agent phrase may then name the
// actor.
func (c *Coder) reporterActor(d *doc, h *hit, actor np) np {
	if (h.trig.Type != "ASSAULT" && h.trig.Type != "COERCE") || !actor.ok() || actor.actor == nil || armedSector(actor.actor) || actor.b > h.head() {
		return actor
	}
	for k := actor.a - 1; k >= 0 && k >= actor.a-2; k-- {
		if documenting(bareWord(d, k)) {
			return np{}
		}
		if d.toks[k].Kind == arabic.Word && !c.lx.timeW[d.toks[k].Norm] {
			break
		}
	}
	sp := d.speakerOf[h.sent]
	if sp.name == "" || sp.actor == nil || !namesOverlap(sp.name, c.toActor(d, actor, false).Name) {
		return actor
	}
	for k := actor.b; k < h.head(); k++ {
		switch d.toks[k].Norm {
		case "ان", "بان", "انه", "انها":
			return np{}
		}
	}
	return actor
}

// documenting reports a verb of documenting or counting: «وثق», «رصد»,
// «سجل», «أحصى» (normalised, in the perfect).
func documenting(w string) bool {
	switch w {
	case "وثق", "وثقت", "رصد", "رصدت", "سجل", "سجلت", "احصي", "احصت":
		return true
	}
	return false
}

// victimNotActor moves a party read as the actor of a death noun out of
// the noun's genitive: in «كشفت السلطات عن حيثيات مقتل ضابط من قوات
// الدرك» the officer is the one killed (a phrase before the noun reached
// past it for a party). The genitive of «مقتل», «مصرع» is who died; an
// agent after the noun is told with a preposition («برصاص», «على يد»,
// «لطيران التحالف»), which keeps it. It returns the actor and recipient.
func (c *Coder) victimNotActor(d *doc, h *hit, actor, recip np) (np, np) {
	if h.trig.Verb || h.trig.Type != "ASSAULT" || !actor.ok() || !d.has(h.head(), c.lx.deaths) || actor.a <= h.last() || actor.a > h.last()+3 {
		return actor, recip
	}
	if gluedLam(d, actor.a) || strings.HasPrefix(bareWord(d, actor.a), "لل") {
		return actor, recip
	}
	for k := h.last() + 1; k < actor.a; k++ {
		if t := d.toks[k]; t.Kind == arabic.Punct || c.agentAt(d, k, actor.b) > 0 || c.isStop(d, k) && t.Kind != arabic.Number {
			return actor, recip // («مقتل 3 برصاص الجيش»: an agent phrase)
		}
	}
	if !recip.ok() {
		recip = actor
	}
	return np{}, recip
}

// commitVerb reports a verb of carrying out an act, whose object is the
// act noun and whose subject its agent: «ارتكب» (مجزرة), «شن» (غارات),
// «أطلق» (صواريخ), «فتح» (النار), in the perfect.
func commitVerb(w string) bool {
	switch w {
	case "ارتكب", "ارتكبت", "ارتكبوا", "شن", "شنت", "شنوا", "اطلق", "اطلقت", "اطلقوا", "فتح", "فتحت", "فتحوا", "اغار", "اغارت", "اغاروا":
		return true
	}
	return false
}

// junkWord reports a recipient phrase that opens with a word that names no
// party and that junkRecipient does not catch: a month or a weekday
// («يناير»), a weapon or a number after ب («بالرصاص الحي», «بخمس غارات»),
// or a definite adjective of the act («الهجوم العنيف»).
// The party the context names, if any, stands in its place. (A word with
// tanween is no longer dropped: on politics news it was most often the
// object, «استقبل وفداً», «قصفت موقعاً».)
func (c *Coder) junkWord(d *doc, p np) bool {
	if !p.ok() || linked(p.actor) || d.mentionAt[p.a] >= 0 || d.placeAt[p.a] >= 0 || d.toks[p.a].Kind != arabic.Word {
		return false
	}
	w := bareWord(d, p.a)
	if strings.HasPrefix(w, "ب") && (numberWord(w[len("ب"):]) || weaponWord(strings.TrimPrefix(w[len("ب"):], "ال"))) {
		return true // «بخمس غارات», «بالرصاص الحي»: how many, and with what
	}
	if c.victimPhrase(d, p) || c.nationalPhrase(d, p) {
		return false
	}
	if m, _ := c.cal.month(d.toks, p.a, p.b); m > 0 && (p.a+1 < len(d.toks) && d.toks[p.a+1].Kind == arabic.Number || p.a > 0 && monthLead(bareWord(d, p.a-1))) {
		return true // («ماي» alone is a name as well as May)
	}
	if _, ok := c.cal.weekday(d.toks[p.a].Norm); ok {
		return true
	}
	if instrument(d, p.a) {
		return true
	}
	return p.b-p.a == 1 && strings.HasPrefix(w, "ال") && actAdjective(w[len("ال"):])
}

// numberWord reports a cardinal written in letters («خمس», «ثلاث»).
func numberWord(w string) bool {
	switch w {
	case "اثنين", "ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه", "ست", "سته", "سبع", "سبعه", "ثماني", "ثمانيه", "تسع", "تسعه", "عشر", "عشره", "عده":
		return true
	}
	return false
}

// monthLead reports a word that introduces a month: «في», «شهر», «منذ».
func monthLead(w string) bool {
	switch w {
	case "في", "شهر", "منذ", "خلال", "مطلع", "اواخر", "اوايل", "منتصف":
		return true
	}
	return false
}

// weaponWord reports a weapon or fire, without the article: «رصاص»,
// «نيران», «مدفعية», «سكين».
func weaponWord(w string) bool {
	switch w {
	case "رصاص", "رصاصه", "نيران", "نار", "مدفعيه", "اسلحه", "سلاح", "سكين", "سكاكين", "قنابل", "قذايف", "صواريخ":
		return true
	}
	return false
}
