package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

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

// titleNouns are the heads of a title that a name stands in apposition to
// («رئيسة وزراء اسكتلندا نيكولا ستورجن», «دوق كامبردج الأمير وليام»,
// «مايكل دالي، مدير موقع …»). Normalised (ئ → ي), without ال.
var titleNouns = map[string]bool{
	"رييس": true, "رييسه": true, "وزير": true, "وزيره": true, "مدير": true, "مديره": true,
	"امير": true, "اميره": true, "ملك": true, "ملكه": true, "دوق": true, "زعيم": true, "زعيمه": true,
	"قايد": true, "نايب": true, "امين": true, "مستشار": true, "مستشاره": true, "سفير": true,
	"سفيره": true, "متحدث": true, "متحدثه": true, "ناطق": true, "مبعوث": true, "مندوب": true,
	"عضو": true, "موسس": true, "مرشد": true, "ولي": true, "شيخ": true,
}

// titleAt reports a title noun at token k, with or without ال.
func titleAt(d *doc, k int) bool {
	if k >= len(d.toks) || d.toks[k].Kind != arabic.Word {
		return false
	}
	return titleWord(d.toks[k].Norm) || titleWord(bareWord(d, k)) // («وزير» is no و + «زير»)
}

// titleWord reports a title noun, with or without ال.
func titleWord(w string) bool {
	return titleNouns[w] || titleNouns[strings.TrimPrefix(w, "ال")]
}

// conjTitle reports a title joined by و at token k: «ووزير الدفاع».
func conjTitle(d *doc, k int) bool {
	w := d.toks[k].Norm
	return d.toks[k].Kind == arabic.Word && strings.HasPrefix(w, "و") && !titleWord(w) && titleWord(w[len("و"):])
}

// commaInside reports a comma within p: an apposition it already holds
// («وزير الخارجية اليمني، خالد اليماني»).
func commaInside(d *doc, p np) bool {
	for k := p.a; k < p.b; k++ {
		if d.toks[k].Text == "،" {
			return true
		}
	}
	return false
}

// apposition reports a recipient that only names the actor again: a name
// right after a title that is the actor («هاجمت رئيسة وزراء اسكتلندا
// نيكولا ستورجن …»: a name the linker could not place, or a title of its
// own, «دوق كامبردج الأمير وليام»), a title between commas after a named
// actor («انتقد مايكل دالي، مدير موقع "آرت ووتش"، اللوحة»), the head of a
// body told with «برئاسة» («ثمن مجلس الوزراء برئاسة الملك …»); and a
// second subject between commas («زار الرئيس، ووزير الدفاع، المدينة»).
// Such a phrase belongs to the subject, it is not the object of the verb;
// it returns where the words after it start.
func (c *Coder) apposition(d *doc, h *hit, actor, recip np) (int, bool) {
	if !actor.ok() || !recip.ok() || actor.a <= h.last() || recip.a < actor.b {
		return 0, false
	}
	s := d.sents[h.sent]
	k := actor.b
	if k < recip.a && (d.toks[k].Norm == "برياسه" || d.toks[k].Norm == "بقياده") {
		if recip.a == k+1 {
			return recip.b, true // «مجلس الوزراء برئاسة خادم الحرمين»
		}
		return 0, false
	}
	if !h.trig.Verb {
		return 0, false
	}
	j := actor.b
	for j < recip.a && titleAt(d, j) {
		j++ // «دوق كامبردج الأمير وليام»
	}
	if recip.a == j && (titleAt(d, actor.a) || led(d, actor)) && d.mentionAt[actor.a] >= 0 && d.placeAt[recip.a] < 0 && (unplaced(d, recip) || led(d, actor)) && !strings.HasPrefix(d.toks[recip.a].Norm, "و") {
		return recip.b, true
	}
	if k < s.b && d.toks[k].Text == "،" && k+1 < s.b && titleAt(d, k+1) && recip.a > k && (!titleAt(d, actor.a) || conjTitle(d, k+1)) && d.toks[actor.a-1].Text != "،" && !commaInside(d, actor) {
		// «X، مدير موقع Y، …»: up to the comma that closes the apposition
		// (the recipient found inside it); «وزار رئيس الوزراء، ووزير
		// الدفاع، ولاية نابل»: a second subject (not «طالب الوزير، فلان،
		// المبعوث الدولي بـ…»: the actor was the apposition, and the object
		// follows it)
		for j := k + 2; j < s.b && j < k+14; j++ {
			if d.toks[j].Text != "،" {
				continue
			}
			// «بولتون، مستشار الأمن القومي للرئيس، دونالد ترامب، …»: a name
			// between commas still belongs to the apposition
			for m := d.mentionAt[min(j+1, s.b-1)]; j+1 < s.b && m >= 0 && d.mentions[m].TokEnd < s.b && d.toks[d.mentions[m].TokEnd].Text == "،"; m = d.mentionAt[min(j+1, s.b-1)] {
				j = d.mentions[m].TokEnd
			}
			if recip.a < j {
				return j + 1, true
			}
			break
		}
	}
	return 0, false
}

// led reports a body told with its head («مجلس الوزراء برئاسة خادم
// الحرمين»): a name right after it is still that head's.
func led(d *doc, p np) bool {
	for k := p.a; k < p.b; k++ {
		if w := d.toks[k].Norm; w == "برياسه" || w == "بقياده" {
			return true
		}
	}
	return false
}

// afterApposition finds the recipient after an apposition that ends before
// token from: the verb's object when it names a party or a titled person
// («التقى فلان، المدير السابق لـ…، الأميرة يوجيني»), else the first party
// named after it.
func (c *Coder) afterApposition(d *doc, h *hit, from int, actor *marsad.Actor) *marsad.Actor {
	s := d.sents[h.sent]
	for from < s.b && d.mentionAt[from] >= 0 && d.toks[from-1].Text != "،" {
		from = d.mentions[d.mentionAt[from]].TokEnd // «المرشد الأعلى للجمهورية الإيرانية آية الله علي خامنئي»: the name again
	}
	if h.trig.Object {
		k := c.skipAdverbs(d, from, s.b)
		if o := c.phraseAt(d, k, s.b); o.ok() && (linked(o.actor) || titleAt(d, o.a) || c.nationalPhrase(d, o)) {
			return c.toActor(d, o, false)
		}
	}
	return c.partyAfter(d, h, from, actor)
}

// unplaced reports a phrase that is a name the linker could not place
// («نيكولا ستورجن») or an unplaced title («الأمير وليام»): after a title
// that is the actor, it names the actor.
func unplaced(d *doc, p np) bool {
	return !linked(p.actor) && (d.mentionAt[p.a] >= 0 || titleAt(d, p.a))
}

// actionNoun reports a verbal noun of the derived forms, read from the
// written word with its clitics off: «تنفيذ», «التصويت» (تفعيل), «إرسال»
// (إفعال, with the hamza below: «أطراف», «أكراد» are plurals), «الانتقال»
// (افتعال), «استئناف» (استفعال), «التفاوض» (تفاعل); also after ل or ب
// («للتفاوض», «لتحرير»). It names an action, never a party. (مفاعلة is
// left out: «مراهقة», «مواطنة», «محافظة» share its shape.)
func actionNoun(t arabic.Token) bool {
	if t.Kind != arabic.Word {
		return false
	}
	w := strings.Map(func(r rune) rune {
		if r == 'ـ' || r >= 0x064B && r <= 0x0652 {
			return -1
		}
		return r
	}, t.Text)
	r := []rune(w)
	for _, p := range []string{"و", "ف"} {
		if strings.HasPrefix(w, p) && len(r) >= 6 {
			w, r = w[len(p):], r[1:]
			break
		}
	}
	for _, p := range []string{"بال", "لل", "ال", "ب", "ل"} {
		if strings.HasPrefix(w, p) && len(r)-len([]rune(p)) >= 4 {
			w, r = w[len(p):], r[len([]rune(p)):]
			break
		}
	}
	if strings.HasPrefix(w, "ل") && len(r) >= 5 && (r[1] == 'إ' || r[1] == 'ت' || r[1] == 'ا' || r[1] == 'م') {
		w, r = w[len("ل"):], r[1:] // «للتفاوض» was «لل»+«تفاوض»; «لإجراء»
	}
	switch {
	case len(r) == 5 && r[0] == 'ت' && r[3] == 'ي':
		return true // تفعيل
	case len(r) == 5 && r[0] == 'ت' && r[2] == 'ا':
		return true // تفاعل
	case len(r) == 5 && r[0] == 'إ' && r[3] == 'ا':
		return true // إفعال
	case len(r) == 6 && r[0] == 'ا' && r[2] == 'ت' && r[4] == 'ا':
		return true // افتعال
	case len(r) == 7 && strings.HasPrefix(w, "است") && r[5] == 'ا':
		return true // استفعال
	}
	return false
}

// actionRecipient reports a recipient phrase that names an action, not a
// party: «طالب بتقديم تفاصيل», «رفض التصويت», «دعا إلى إرسال بعثة»,
// «حثها على التفاوض». What is asked, refused or
// backed is the content of the act; its party is named elsewhere or not
// at all. A phrase the linker read as a party stays («المقاومة»).
func (c *Coder) actionRecipient(d *doc, p np) bool {
	if !p.ok() || linked(p.actor) || d.mentionAt[p.a] >= 0 || d.placeAt[p.a] >= 0 || c.victimPhrase(d, p) || c.nationalPhrase(d, p) || c.scenePhraseAt(d, p) {
		return false
	}
	return actionNoun(d.toks[p.a])
}

// particles are words that open no party: conjunctions, adverbs of time
// and degree, prepositions read as a phrase's head («عندما», «رغم»,
// «حاليا», «لمدة», «بنسبة», «إثرها»). Normalised.
var particles = map[string]bool{
	"عندما": true, "حينما": true, "بينما": true, "رغم": true, "برغم": true, "ربما": true,
	"بما": true, "مما": true, "وهو": true, "وهي": true, "هو": true, "هي": true, "حاليا": true,
	"بعيدا": true, "لمده": true, "بنسبه": true, "اكثر": true, "اقل": true, "منذ": true,
	"خلال": true, "حتي": true, "اثر": true, "اثرها": true, "اثره": true, "عقب": true,
	"بعد": true, "قبل": true, "نحو": true, "حوالي": true, "فقط": true, "ايضا": true,
	"كذلك": true, "جدا": true, "تماما": true, "امس": true, "اليوم": true, "غدا": true,
	"هناك": true, "هنا": true, "حيث": true, "اذ": true, "كما": true, "لكن": true,
	"لذلك": true, "ثم": true, "عبر": true, "ضمن": true, "دون": true, "بدون": true,
	"وفق": true, "وفقا": true, "حسب": true, "بحسب": true, "الا": true, "عام": true,
	"مره": true, "للمره": true, "لاول": true,
}

// junkRecipient reports a recipient phrase that opens with no noun of a
// party: a particle or a time word («ثم إثرها», «عندما», «لمدة»), or one
// definite nisba adjective that only describes the word before it
// («السلطات الأمنية», «القوات الحكومية» split off the actor). The
// context's party, if any, stands in its place.
func (c *Coder) junkRecipient(d *doc, p np) bool {
	if !p.ok() || linked(p.actor) || d.mentionAt[p.a] >= 0 || d.placeAt[p.a] >= 0 || d.toks[p.a].Kind != arabic.Word || c.victimPhrase(d, p) || c.nationalPhrase(d, p) {
		return false
	}
	w := bareWord(d, p.a)
	if particles[w] || c.lx.timeW[w] || c.lx.stop[w] {
		return true
	}
	if t := d.toks[p.a].Text; p.b-p.a == 1 && strings.HasPrefix(w, "ال") && (strings.HasSuffix(t, "ية") || strings.HasSuffix(t, "ي")) && p.a > 0 && d.toks[p.a-1].Kind == arabic.Word && definite(d.toks[p.a-1].Norm) {
		// (the written ة tells the adjective from a name in ـيه: «الإليزيه»;
		// a noun after ل is no adjective: «للقنصلية»)
		return true
	}
	return false
}

// diedBefore reports a noun act whose actor phrase lies among the dead of
// a clause before it: «لقي اثنان من قادة الجيش السوري مصرعهما في
// المعارك», «لقي جنود حتفهم في الهجوم». The «مصرع»/«حتف» between the
// phrase and the act tells who died in it; they did not make it.
func diedBefore(d *doc, h *hit, actor np) bool {
	if h.trig.Verb || h.trig.Type != "ASSAULT" || !actor.ok() || actor.b > h.head() {
		return false
	}
	return diedAt(d, actor.b, h.head())
}

// diedAt reports «مصرع» or «حتف» between tokens a and b of one clause:
// a party named before it is among the dead («لقي اثنان من قادة الجيش
// مصرعهما»), whether the act is the verb of dying or the noun after it.
func diedAt(d *doc, a, b int) bool {
	for k := a; k < b; k++ {
		if t := d.toks[k].Text; t == "،" || t == "." {
			return false
		}
		if w := bareWord(d, k); strings.HasPrefix(w, "مصرع") || strings.HasPrefix(w, "حتف") {
			return true
		}
	}
	return false
}
