package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// Issue 5, round 4: parties read from words that are no party — the verb
// an act noun is the subject of, a place told as the scene — and the
// country of the people an act hit.

// occurrenceVerb reports a verb whose subject is the act itself, said to
// happen with no agent: «انفجرت عبوة ناسفة», «هزت انفجارات العاصمة»,
// «دوى انفجار», «وقع هجوم». Normalised, without a conjunction.
func occurrenceVerb(w string) bool {
	switch w {
	case "انفجر", "انفجرت", "ينفجر", "تنفجر", "هز", "هزت", "يهز", "تهز", "دوي", "دوت", "يدوي", "تدوي", "وقع", "وقعت", "يقع", "تقع":
		return true
	}
	return false
}

// auxiliaryVerb reports a verb of attempt, course or cause whose subject
// is the act's agent or the act itself, never named by the verb:
// «بعدما حاولت استهداف منشأة», «جرى تدميرها», «تسببت في مقتل».
func auxiliaryVerb(w string) bool {
	switch w {
	case "حاول", "حاولت", "يحاول", "تحاول", "حاولوا", "جري", "جرت", "يجري", "تجري", "تم", "يتم", "تسبب", "تسببت", "يتسبب", "تتسبب", "استمر", "استمرت", "يستمر", "تستمر":
		return true
	}
	return false
}

// verbWord reports a one-token phrase that names no party and is a verb of
// occurrence: it was read as the act's actor or recipient only because it
// sits next to the act noun.
func verbWord(d *doc, p np) bool {
	if !p.ok() || p.actor != nil || p.b-p.a != 1 || d.toks[p.a].Kind != arabic.Word {
		return false
	}
	w := d.toks[p.a].Norm
	for _, conj := range []string{"و", "ف"} {
		if rest := strings.TrimPrefix(w, conj); rest != w && occurrenceVerb(rest) {
			return true // «وهز»: the tokenizer keeps و on a short word
		}
	}
	return occurrenceVerb(w)
}

// sceneHeads are nouns that name a place, not a party: a phrase headed by
// one («العاصمة البريطانية، لندن», «المطار الذي يبعد عن العاصمة») is where
// an act happened, never who did it.
var sceneHeads = map[string]bool{
	"العاصمه": true, "عاصمه": true, "مدينه": true, "المدينه": true, "بلده": true, "البلده": true,
	"قريه": true, "القريه": true, "محافظه": true, "المحافظه": true, "منطقه": true, "المنطقه": true,
	"مخيم": true, "المخيم": true, "المطار": true, "مطار": true, "حي": true, "الحي": true,
}

// sceneHeaded reports a place name right after a settlement or site noun
// («قرب مدينة الميادين»): a place even when the linker also knows the name
// as a party (al-Mayadeen, the channel), so it may be an event's location
// (places13).
func sceneHeaded(d *doc, a int) bool {
	if a == 0 || d.toks[a-1].Kind != arabic.Word {
		return false
	}
	w := bareWord(d, a-1)
	if sceneHeads[w] {
		return true
	}
	for _, pre := range []string{"ب", "ل"} { // «بمدينة الميادين»
		if rest, ok := strings.CutPrefix(w, pre); ok && sceneHeads[rest] {
			return true
		}
	}
	return false
}

// scenePhrase reports a phrase naming no known party whose head is a place
// noun.
func scenePhrase(d *doc, p np) bool {
	if !p.ok() || d.toks[p.a].Kind != arabic.Word {
		return false
	}
	if p.actor != nil && d.mentionAt[p.a] >= 0 {
		return false // the linker read a party there («مدينة القدس» is no party, but «بلدية …» may be)
	}
	w := bareWord(d, p.a)
	for _, pre := range []string{"ب", "ل", "ف"} {
		if strings.HasPrefix(w, pre+"ال") {
			w = w[len(pre):]
			break
		}
	}
	return sceneHeads[w]
}

// noAgent clears arguments that are no party for a material act: the verb
// of occurrence the act noun is the subject of («وانفجرت عبوة ناسفة»: no
// actor, and none from the context either, since nobody is told to have
// set it off), the place that verb shakes («هزت انفجارات العاصمة»), and a
// place told as the scene («الحادث الذي شهدته العاصمة البريطانية»). It
// reports whether the act is told without an agent the context may give,
// which is also so when the clause names a subject of its own that is no
// known party («وقضت محكمة عسكرية», args_round6.go).
func (c *Coder) noAgent(d *doc, h *hit, actor, recip *np) bool {
	occurred := c.agentlessAct(d, h, actor, recip)
	return occurred || c.ownSubject(d, h, *actor)
}

// agentlessAct does the work of noAgent for the act itself: it clears the
// arguments that are no party and reports an act told without an agent.
func (c *Coder) agentlessAct(d *doc, h *hit, actor, recip *np) bool {
	if coordinatedVerb(d, h, *recip) {
		// «تعتقل وتحاكم سنويا نحو 700 طفل»: the object follows the second verb
		k := c.skipAdverbs(d, recip.b, d.sents[h.sent].b)
		for k < d.sents[h.sent].b && frequencyAdverb(d.toks[k].Norm) {
			k++
		}
		if k < d.sents[h.sent].b {
			*recip = c.phraseAt(d, k, d.sents[h.sent].b)
			if !recip.ok() {
				*recip = c.countPhrase(d, approxEnd(d, k, d.sents[h.sent].b), d.sents[h.sent].b)
			}
		} else {
			*recip = np{}
		}
	}
	if o := c.siteOwner(d, h, *recip); o.ok() {
		*recip = o // «مواقع تابعة لحركة حماس»
	}
	if actor.ok() && actor.actor == nil && actor.b-actor.a == 1 && actor.b <= h.head() && auxiliaryVerb(strings.TrimPrefix(d.toks[actor.a].Norm, "و")) {
		*actor = np{} // «بعدما حاولت استهداف منشأة»: the verb is no party; the context may name one
	}
	if h.trig.Type == "PROTEST" && len(h.pos) > 1 && actor.ok() && !protesters(d.toks[actor.a].Norm) {
		for _, p := range h.pos[1:] {
			if protesters(d.toks[p].Norm) {
				// «وقبل أن يلقي أوائي خطابه، تجمع نحو 150 متظاهرا»: the
				// protesters the trigger names act, not a party before them
				*actor = np{}
				break
			}
		}
	}
	if (h.trig.Type == "PROTEST" || h.trig.Type == "ASSAULT") && actor.ok() && actor.actor == nil && actor.b <= h.head() && witnessScene(d, *actor) {
		// «شهدت العاصمة الإيرانية طهران احتجاجات»: the place that saw the
		// act is its scene; protesters are those of the place (conventions)
		*actor = np{}
		return h.trig.Type == "ASSAULT"
	}
	if h.trig.Type != "ASSAULT" {
		return false
	}
	if scenePhrase(d, *actor) {
		if actor.a > h.last() && !witnessed(d, actor.a) {
			// «كثفوا من قصف المدينة»: the place after the act is its target;
			// the agent is for the context to tell
			if !recip.ok() {
				*recip = *actor
			}
			*actor = np{}
			return false
		}
		*actor = np{} // «الذي شهدته العاصمة», «وقع في مدينة الفلوجة وأسفر عن مقتل …»: the scene is told, not the agent
		return true
	}
	if h.trig.Verb {
		return false
	}
	occurred := false
	if actor.ok() && actor.actor == nil && actor.b == h.head() && actor.b-actor.a > 1 && strings.TrimPrefix(d.toks[actor.b-1].Norm, "و") == "دوي" {
		*actor = np{a: actor.b - 1, b: actor.b} // «سمع صباح الأحد دوي انفجار»: the sound of it, read with the time before
	}
	if verbWord(d, *actor) && actor.b <= h.head() {
		*actor, occurred = np{}, true
		if recip.ok() && recip.actor == nil && !c.victimPhrase(d, *recip) && !c.nationalPhrase(d, *recip) {
			// «هزت انفجارات العاصمة دمشق»: the place shaken; «دوى انفجار
			// قوي»: an adjective of the act
			*recip = np{}
		}
	}
	if verbWord(d, *recip) && recip.a > h.last() {
		*recip = np{} // «عبوة ناسفة انفجرت في السوق»
	}
	if k := h.last() + 1; k < d.sents[h.sent].b && verbWord(d, np{a: k, b: k + 1}) {
		// «انفجار وقع في غزة»: the act happened, nobody is told to have done
		// it, and the place it happened in is not its target
		occurred = true
		if actor.ok() && actor.actor == nil {
			*actor = np{}
		}
		if recip.ok() && recip.actor == nil && d.placeAt[recip.a] >= 0 {
			*recip = np{}
		}
	}
	if recip.ok() && recip.actor == nil && recip.a == h.last()+1 && explosion(bareWord(d, h.head())) && device(d, recip.a) {
		*recip = np{} // «انفجار قنبلة يدوية»: what exploded, not whom it hit
	}
	if recip.ok() && recip.actor == nil && recip.a > h.last() && actAdjective(d.toks[recip.a].Norm) {
		*recip = np{} // «عملية عسكرية واسعة لاستعادة …»
	}
	return occurred
}

// victimCountry gives the people an act hit the country of their own
// nisba («مقتل 118 فلسطينيا» → PSE), not that of the place where it
// happened or of the party that acted.
func (c *Coder) victimCountry(d *doc, ev *marsad.Event, recip np) {
	if (ev.Type != "ASSAULT" && ev.Type != "COERCE") || ev.Recipient == nil || !recip.ok() || !c.victimPhrase(d, recip) {
		return
	}
	for k := recip.a; k < recip.b; k++ {
		if d.mentionAt[k] >= 0 {
			return // a party the linker knows keeps its country
		}
	}
	if code := c.victimNisba(d, recip); code != "" {
		ev.Recipient.Country = code
		if ev.Recipient.Sector == "" && !d.has(recip.a, c.lx.armed) && !d.has(recip.b-1, c.lx.armed) {
			ev.Recipient.Sector = "CVL"
		}
	}
}

// victimNisba is the country of the last nisba in a phrase, also in the
// accusative of a count («118 فلسطينيا», «ثلاثة جنود إسرائيليين»).
func (c *Coder) victimNisba(d *doc, p np) string {
	if code := c.nisbaCountry(d, p.a, p.b); code != "" {
		return code
	}
	for k := p.b - 1; k >= p.a; k-- {
		if w := d.toks[k].Norm; d.toks[k].Kind == arabic.Word && strings.HasSuffix(w, "يا") {
			if code := c.nisba[strings.TrimSuffix(w, "ا")]; code != "" {
				return code
			}
		}
	}
	return ""
}

// launchHit reports a hit that names a projectile («إطلاق صاروخ»,
// «أطلق صواريخ»).
func launchHit(d *doc, h *hit) bool {
	for _, p := range h.pos {
		if projectile(bareWord(d, p)) {
			return true
		}
	}
	return false
}

// adjectiveWord reports an indefinite relational adjective («باليستي»,
// «بالستيين», «باليستيا»), which describes the noun before it.
func adjectiveWord(d *doc, k int) bool {
	w := d.toks[k].Norm
	// (not definite(w): «باليستي» opens like «بال…»)
	if d.toks[k].Kind != arabic.Word || strings.HasPrefix(w, "ال") || strings.HasPrefix(w, "وال") || d.mentionAt[k] >= 0 || len([]rune(w)) < 5 {
		return false
	}
	for _, suf := range []string{"ي", "يه", "يين", "يون", "يا", "يان", "يتين", "يتان"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// launchTarget: the recipient read after a projectile is its adjective
// («إطلاق صاروخ باليستي على جازان»); the target is the phrase after the
// act's preposition, a city standing for its state (the recipient in gold
// of launches on Saudi cities is Saudi Arabia). It reports the place's
// party, if the target is a known place.
func (c *Coder) launchTarget(d *doc, h *hit, recip *np) *marsad.Actor {
	if h.trig.Type != "ASSAULT" || !recip.ok() || recip.actor != nil || recip.a <= h.last() || !launchHit(d, h) || !adjectiveWord(d, recip.a) {
		return nil
	}
	*recip = np{}
	s := d.sents[h.sent]
	for k := h.last() + 1; k < s.b && k <= h.last()+8; k++ {
		if t := d.toks[k].Text; t == "." || t == "،" || t == ":" {
			break
		}
		if j, ok := c.prepAt(d, k, h.trig.Preps); ok {
			r := c.phraseAt(d, j, s.b)
			if !r.ok() {
				return nil
			}
			*recip = r
			if r.actor != nil {
				return nil
			}
			for q := r.a; q < r.b && q <= r.a+1; q++ { // «باتجاه مدينة مأرب»
				if p := d.placeAt[q]; p >= 0 && d.places[p].Country != "" {
					name, _ := d.spanText(d.places[p].a, d.places[p].b)
					return &marsad.Actor{Name: name, Country: d.places[p].Country, Sector: "GOV"}
				}
			}
			return nil
		}
	}
	return nil
}

// armedProtester reports a party that does not protest: the army or the
// police named near a protest («برصاص الجيش الإسرائيلي خلال تظاهرات»,
// «تمكنت الشرطة من تفريق الاحتجاجات») act against the protesters; the
// protesters are then those of the place (conventions).
func armedProtester(typ string, a *marsad.Actor) bool {
	return typ == "PROTEST" && a != nil && (a.Sector == "MIL" || a.Sector == "POL")
}

// chemical reports a word of a chemical weapon or a bomb («غاز», «الغاز»,
// «مواد» of «بمواد كيماوية», «السلاح الكيماوي», «عبوة», «قنبلة»), the
// means of an attack after ب («هجوم بغاز الأعصاب على الجاسوس», «هجوما
// بعبوة ناسفة»), never its target.
func chemical(w string) bool {
	switch strings.TrimPrefix(w, "ال") {
	case "غاز", "مواد", "سلاح", "اسلحه", "سموم", "سم", "عبوه", "عبوات", "قنبله", "قنابل", "حزام":
		return true
	}
	return false
}

// siteHeads are nouns of the positions and premises of an armed party: a
// phrase headed by one is aimed at the party that holds them («مواقع تابعة
// لحركة حماس», «مواقع سيطرة الفصائل», «مواقع تمركز الجماعات»), unlike a
// town a party holds, which is the target named.
var siteHeads = map[string]bool{
	"مواقع": true, "المواقع": true, "موقع": true, "مقرات": true, "مقار": true, "ثكنات": true, "تحصينات": true,
	"معاقل": true, "مخازن": true, "مستودعات": true, "منصات": true, "تجمعات": true, "تمركزات": true, "نقاط": true, "اهداف": true,
}

// siteOwner reads the party that holds the sites a material act hits: a
// party named within a few words after a site noun («مواقع متفرقة تابعة
// لميليشيات الحوثي»), past the relational words that otherwise keep such a
// party out of the arguments.
func (c *Coder) siteOwner(d *doc, h *hit, recip np) np {
	if (h.trig.Type != "ASSAULT" && h.trig.Type != "COERCE") || !recip.ok() || recip.actor != nil || !siteHeads[bareWord(d, recip.a)] {
		return np{}
	}
	s := d.sents[h.sent]
	for k := recip.a + 1; k < s.b && k <= recip.a+4; k++ {
		t := d.toks[k]
		if t.Kind != arabic.Word || t.Norm == "في" || t.Norm == "علي" || c.isTrigger(d, k) && d.mentionAt[k] < 0 && t.Norm != "تمركز" {
			return np{}
		}
		if m := d.mentionAt[k]; m >= 0 {
			mm := d.mentions[m]
			if !agentive(&mm.Actor) {
				return np{}
			}
			a := mm.Actor
			return np{a: max(mm.TokStart, k), b: mm.TokEnd, actor: &a}
		}
	}
	return np{}
}

// actAdjective reports an indefinite adjective that describes an act noun
// («عملية عسكرية واسعة», «هجوم جديد», «مهمة جديدة»): read after the noun
// as its genitive, it named a recipient.
func actAdjective(w string) bool {
	switch w {
	case "واسعه", "واسع", "جديد", "جديده", "كبير", "كبيره", "عنيف", "عنيفه", "ضخم", "ضخمه", "قوي", "قويه",
		"مكثف", "مكثفه", "محدود", "محدوده", "خاطف", "خاطفه", "مباغت", "مباغته", "مشترك", "مشتركه", "دامي", "داميه",
		"مماثل", "مماثله", "متواصل", "متواصله", "مستمر", "مستمره", "مزدوج", "مزدوجه", "منسق", "منسقه",
		"شرس", "شرسه", "مفاجي", "مفاجيه", "مزعوم", "مزعومه", "محتمل", "محتمله", "مباشر", "مباشره", "واسعا", "عنيفا", "جديدا", "كبيرا":
		return true
	}
	return false
}

// accusativeMarked reports a word written with the accusative tanween
// («أهدافاً», «صاروخاً»): after a verb it is the object, never the subject
// («أن "الجيش ضرب أهدافاً لحركة حماس"»: the army struck, Hamas was hit).
func accusativeMarked(d *doc, i int) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].Kind != arabic.Word || d.mentionAt[i] >= 0 || d.placeAt[i] >= 0 {
		return false
	}
	w := d.toks[i].Text
	return strings.HasSuffix(w, "اً") || strings.HasSuffix(w, "ًا")
}

// witnessed reports a place after a verb of witnessing («الهجوم الذي
// شهدته العاصمة», «شهدت المدينة هجوما»): the place where the act happened.
func witnessed(d *doc, k int) bool {
	if k < 1 || d.toks[k-1].Kind != arabic.Word {
		return false
	}
	w := d.toks[k-1].Norm
	for _, conj := range []string{"و", "ف"} {
		if strings.HasPrefix(w, conj+"شهد") || strings.HasPrefix(w, conj+"تشهد") || strings.HasPrefix(w, conj+"يشهد") {
			w = w[len(conj):]
		}
	}
	return strings.HasPrefix(w, "شهد") || strings.HasPrefix(w, "تشهد") || strings.HasPrefix(w, "يشهد")
}

// spokesmanTitles open the name of one who speaks for a party.
var spokesmanTitles = map[string]bool{"المتحدث": true, "الناطق": true, "المتحدثه": true, "الناطقه": true}

// sameParty gives a person the linker knows by name only («المتحدث إبراهيم
// كالين», «الرئيس جوكو ويدودو») the country and sector of a party the
// article named before as the same person: for a bare spokesman, the
// spokesman named with the party he speaks for («المتحدث باسم الرئيس
// التركي» before «قال المتحدث إبراهيم كالين»); with byName (a recipient:
// an actor that names no party still gets one from the context), also a
// linked mention ending in the same family name («الرئيس الإندونيسي جوكو
// ويدودو»).
func (d *doc) sameParty(a *marsad.Actor, before int, byName bool) {
	if a == nil || linked(a) {
		return
	}
	words := strings.Fields(arabic.Normalize(a.Name))
	if len(words) < 2 {
		return
	}
	family, title := words[len(words)-1], words[0]
	if t := strings.TrimPrefix(title, "و"); spokesmanTitles[t] {
		title = t // «والمتحدث»
	}
	for m := len(d.mentions) - 1; m >= 0; m-- {
		mm := &d.mentions[m]
		if mm.TokStart >= before || !linked(&mm.Actor) {
			continue
		}
		name, _ := d.spanText(mm.TokStart, mm.TokEnd)
		mw := strings.Fields(arabic.Normalize(name))
		if len(mw) < 2 {
			continue
		}
		same := byName && familyName(family) && mw[len(mw)-1] == family
		if spokesmanTitles[title] && strings.TrimPrefix(mw[0], "و") == title {
			same = true
		}
		if same {
			a.Country, a.Sector = mm.Actor.Country, mm.Actor.Sector
			return
		}
	}
}

// familyName reports a word that can end a person's name and tell him
// apart: not an adjective or a word with the article («الدولي»,
// «الكرواتي», «الحكومة»), not a name many people share.
func familyName(w string) bool {
	return len([]rune(w)) >= 4 && !strings.HasPrefix(w, "ال") && !nisba(w) && !strings.HasSuffix(w, "ه") && !commonName(w)
}

// commonName reports a name word many people share («عبدالله», «محمد»).
func commonName(w string) bool {
	switch w {
	case "الله", "عبدالله", "محمد", "احمد", "علي", "حسن", "حسين", "الدين", "الرحمن", "بن", "ابن", "ابو", "خالد", "عمر", "سلمان":
		return true
	}
	return false
}

// markedAgreement reports two indefinite words both written with the
// accusative tanween («كميناً مسلحاً»): the second agrees with the first,
// an adjective even where the actor layer reads a party («مسلح», a
// gunman), since a genitive would not be accusative.
func markedAgreement(d *doc, n, g int) bool {
	if !tanweenPair(d, n, g) {
		return false
	}
	for _, k := range []int{n, g} {
		if w := d.toks[k].Text; !strings.HasSuffix(w, "اً") && !strings.HasSuffix(w, "ًا") {
			return false
		}
	}
	return true
}

// feminineBody reports the feminine head of a body's name («قناة»,
// «الحكومة», «منظمة»): such a body that acts takes a feminine verb
// («هاجمت الحكومة»), so right after a masculine verb it is the object
// («بينما هاجم قناة "الجزيرة" القطرية»: the minister attacked the
// channel). Plurals in ة that are masculine («قادة», «ساسة») are not
// listed.
func feminineBody(w string) bool {
	switch strings.TrimPrefix(w, "ال") {
	case "قناه", "صحيفه", "وكاله", "منظمه", "حركه", "جماعه", "حكومه", "وزاره", "شركه", "جمعيه", "هييه", "لجنه", "سلطه", "اداره", "رياسه", "سفاره", "قياده", "دوله", "مليشيا", "ميليشيا":
		return true
	}
	return false
}

// objectMain reports that the clause's subject found for a verb whose
// object came first is that object again (a speaker read over it:
// «واتهم الإدارة الأمريكية باستغلال …»); the context then decides.
func (c *Coder) objectMain(d *doc, h *hit, recip np) bool {
	a := c.mainSubject(d, h)
	r := c.toActor(d, recip, false)
	return a == nil || r == nil || namesOverlap(a.Name, r.Name)
}

// seatMention reports a mention that names where a body sits («المرصد
// السوري لحقوق الإنسان، ومقره بريطانيا», «مجموعة مقرها لندن»): the seat
// does not act.
func seatMention(d *doc, m int) bool {
	k := d.mentions[m].TokStart - 1
	if k >= 0 && d.toks[k].Norm == "في" {
		k--
	}
	if k < 0 {
		return false
	}
	switch strings.TrimPrefix(d.toks[k].Norm, "و") {
	case "مقره", "مقرها", "مقرهم", "ومقره":
		return true
	}
	return false
}

// witnessScene reports a phrase that is the subject of a verb of
// witnessing, or that opens with one («شهدت العاصمة الإيرانية طهران»).
func witnessScene(d *doc, p np) bool {
	if witnessed(d, p.a) && (d.placeAt[p.a] >= 0 || scenePhrase(d, p) || d.placeAt[min(p.a+1, p.b-1)] >= 0) {
		return true
	}
	return p.b-p.a > 1 && witnessed(d, p.a+1) && (d.placeAt[p.a+1] >= 0 || scenePhrase(d, np{a: p.a + 1, b: p.b}) || d.placeAt[min(p.a+2, p.b-1)] >= 0)
}

// targetAfter reads the target told after the weapon of an act («هجوم
// بقنبلة يدوية على تجمع عام», «بغاز الأعصاب على الجاسوس»): the phrase
// after the next of the act's prepositions other than ب, in the same
// clause; none if there is none.
func (c *Coder) targetAfter(d *doc, h *hit, means np) np {
	s := d.sents[h.sent]
	var preps []string
	for _, p := range h.trig.Preps {
		if p != "ب" {
			preps = append(preps, p)
		}
	}
	for k := means.b; k < s.b && k <= means.b+4; k++ {
		if t := d.toks[k].Text; t == "." || t == "،" || t == ":" {
			break
		}
		if j, ok := c.prepAt(d, k, preps); ok && j > k {
			if r := c.phraseAt(d, j, s.b); r.ok() {
				return r
			}
			if j < s.b && d.toks[j].Kind == arabic.Word && c.isTrigger(d, j) {
				return np{a: j, b: j + 1} // «على تجمع انتخابي»: a word that is also a trigger
			}
			break
		}
	}
	return np{}
}

// threatTarget reads the party a threat's content is aimed at: «توعد
// بعقوبات اقتصادية ضد طهران», «هدد بالرد على إسرائيل» — the phrase after
// «ضد/على» that follows the content in the same clause, when it names a
// party; none otherwise (the content itself is no recipient).
func (c *Coder) threatTarget(d *doc, h *hit, content np) np {
	if h.trig.Type != "THREATEN" || !content.ok() || content.actor != nil || !contentPhrase(d, content.a, true) {
		return np{}
	}
	s := d.sents[h.sent]
	for k := content.b; k < s.b && k <= content.b+1; k++ {
		if t := d.toks[k].Text; t == "." || t == "،" || t == ":" {
			break
		}
		if j, ok := c.prepAt(d, k, []string{"ضد", "علي"}); ok && j > k {
			if r := c.phraseAt(d, j, s.b); r.ok() && (r.actor != nil || c.nationalPhrase(d, r) || d.countryParty(r) != nil || d.cityParty(r, h.trig) != nil) {
				return r
			}
			break
		}
	}
	return np{}
}

// coordinatedVerb reports a phrase that is only a verb joined by و to the
// trigger verb in the same person and tense («تعتقل وتحاكم سنويا نحو 700
// طفل», «اعتقلت وحاكمت»): a second act of the same subject, not the
// object.
func coordinatedVerb(d *doc, h *hit, p np) bool {
	if !h.trig.Verb || !p.ok() || p.actor != nil || p.b-p.a != 1 || p.a != h.last()+1 || d.toks[p.a].Kind != arabic.Word {
		return false
	}
	v, w := []rune(bareWord(d, h.head())), []rune(d.toks[p.a].Norm)
	if len(w) < 4 || w[0] != 'و' || len(v) < 3 {
		return false
	}
	w = w[1:]
	switch {
	case (v[0] == 'ت' || v[0] == 'ي') && w[0] == v[0]:
		return len(w) >= 4 // imperfect: «تعتقل وتحاكم»
	case v[len(v)-1] == 'ت' && w[len(w)-1] == 'ت' && !strings.HasPrefix(string(w), "ال"):
		return len(w) >= 4 // perfect feminine: «اعتقلت وحاكمت»
	}
	return false
}

// frequencyAdverb reports an adverb of frequency or manner between a verb and
// its object («سنويا», «يوميا», «مجددا»).
func frequencyAdverb(w string) bool {
	switch w {
	case "سنويا", "يوميا", "شهريا", "اسبوعيا", "حاليا", "مجددا", "ايضا", "فورا", "مرارا", "تكرارا":
		return true
	}
	return false
}

// explosion reports a noun of an explosion («انفجار», «تفجير»).
func explosion(w string) bool {
	switch strings.TrimPrefix(w, "ال") {
	case "انفجار", "انفجارات", "تفجير", "تفجيرات":
		return true
	}
	return false
}

// device reports a bomb or a projectile at token k («قنبلة», «عبوة»,
// «لغم», a vehicle only when «مفخخة» follows): after an explosion noun it
// is what exploded («انفجار قنبلة يدوية»), while «تفجير سيارة تابعة
// للحرس» names the target.
func device(d *doc, k int) bool {
	switch strings.TrimPrefix(bareWord(d, k), "ال") {
	case "قنبله", "قنابل", "عبوه", "عبوات", "لغم", "الغام", "حزام", "صاروخ", "قذيفه", "طرد":
		return true
	case "سياره", "سيارات", "دراجه", "شاحنه":
		return k+1 < len(d.toks) && strings.HasPrefix(strings.TrimPrefix(d.toks[k+1].Norm, "ال"), "مفخخ")
	}
	return false
}
