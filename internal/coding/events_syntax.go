package coding

import (
	"github.com/marsad/marsad"
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// pronounComplement reports a complementiser carrying the subject pronoun
// («أنها», «إنه», «بأنهم»): the verb after it has that pronoun as subject.
func pronounComplement(w string) bool {
	for _, p := range []string{"", "و", "ب", "ل", "وب"} {
		switch strings.TrimPrefix(w, p) {
		case "انه", "انها", "انهم", "انهما", "انهن", "لكنه", "لكنها", "لكنهم", "لكنهما":
			return strings.HasPrefix(w, p)
		}
	}
	return false
}

// prepPhrase reports a phrase opened by a preposition glued to a definite
// noun («بالسعي», «للحكومة»): it is no subject.
func (c *Coder) prepPhrase(d *doc, i int) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].Kind != arabic.Word {
		return false
	}
	w := bareWord(d, i)
	if strings.HasPrefix(w, "بال") || strings.HasPrefix(w, "لل") || strings.HasPrefix(w, "كال") {
		return true
	}
	// «بحماية», «لإقامة»: ب or ل on a verbal noun in ة, not a name
	if d.mentionAt[i] < 0 && d.placeAt[i] < 0 && (strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل")) && strings.HasSuffix(d.toks[i].Text, "ة") && len([]rune(w)) >= 5 {
		rest := w[len("ب"):]
		for _, k := range d.keys[i] {
			if k == rest {
				return true
			}
		}
	}
	return false
}

// countPhrase reads a counted noun phrase starting at token i («60
// فلسطينيا», «ثلاثة جنود»): the number and the phrase of what it counts.
func (c *Coder) countPhrase(d *doc, i, end int) np {
	if i >= end || (d.toks[i].Kind != arabic.Number && d.toks[i].Kind != arabic.Word) {
		return np{}
	}
	n, ok := arabic.ParseNumber(d.toks, i)
	if !ok || n.End <= i || n.End >= end || n.Vague {
		return np{}
	}
	if _, isYear := year(d.toks[i]); isYear {
		return np{}
	}
	p := c.phraseAt(d, n.End, end)
	if !p.ok() {
		return np{}
	}
	return np{a: i, b: p.b, actor: p.actor}
}

// coordinated reports a verb joined to the clause before it by و or ف, or
// opening a time clause («بعد أن»), with no subject of its own («وأشاد
// الرئيس بـ… واتهمها بـ…»).
func (c *Coder) coordinated(d *doc, h *hit) bool {
	i := h.head()
	if h.clitic != "" && h.clitic != "س" { // (the future's س is no clitic of the object: «وستفرض»)
		return false
	}
	// «وتعهد بالرد بعد أن أجرى محادثات»: a time clause with no subject of
	// its own is about the same subject
	timeClause := i >= 2 && d.toks[i-1].Norm == "ان" && (bareWord(d, i-2) == "بعد" || bareWord(d, i-2) == "قبل")
	if !timeClause && bareWord(d, i) == d.toks[i].Norm {
		return false
	}
	// a subject named right after the verb is its own
	k := c.skipAdverbs(d, i+1, d.sents[h.sent].b)
	if k < len(d.toks) && d.mentionAt[k] >= 0 {
		// («…، واتهم ضباط الشرطة بالانخراط في …»: a party followed at
		// once by the charge is the object; the subject is shared)
		// (not «واتهمته النيابة بـ…»: with the object on the verb as a
		// pronoun, the party after it is its subject)
		// (and «وحمّلت حركة حماس المسؤولية»: a party that alone fills the
		// gap of the blame phrase is the one blamed)
		return h.trig.Object && h.trig.Type == "ACCUSE" && (chargeAfter(d, k, d.sents[h.sent].b) || fillsGap(d, h, k)) && !objectPronoun(d, h)
	}
	if p := c.phraseAt(d, k, d.sents[h.sent].b); c.nationalPhrase(d, p) && c.armedHead(d, p) {
		return false // «وقصفت الطائرات السورية …»: a new subject
	}
	return true
}

// fillsGap reports the actor mention at token k filling the whole gap of
// a verb-headed phrase («وحملت حركة حماس المسؤولية»): one party, no room
// for a subject and an object both («وحملت الرئاسة حماس المسؤولية»).
func fillsGap(d *doc, h *hit, k int) bool {
	if len(h.pos) < 2 || k != h.head()+1 {
		return false
	}
	m := d.mentionAt[k]
	return m >= 0 && d.mentions[m].TokStart == k && d.mentions[m].TokEnd == h.pos[1]
}

// gapObject finds the party named in the gap of a verb-headed phrase after
// its subject («حمّل الرئيس حركة حماس المسؤولية»): the first actor
// mention there that is not the actor, skipping an attribution («حسب
// وسائل الإعلام»).
func (c *Coder) gapObject(d *doc, h *hit, actor np) np {
	from := h.head() + 1
	if actor.ok() && actor.a >= from && actor.a < h.pos[1] {
		from = actor.b // the gap holds the subject first: «حمّلت الحكومة حماس المسؤولية»
	}
	for k := from; k < h.pos[1]; k++ {
		switch bareWord(d, k) {
		case "حسب", "وفق", "وفقا", "بحسب", "نقلا":
			for k < h.pos[1] && d.toks[k].Text != "،" && d.toks[k].Text != "," {
				k++
			}
			continue
		}
		if actor.ok() && k >= actor.a && k < actor.b {
			continue
		}
		if m := d.mentionAt[k]; m >= 0 {
			if c.prepPhrase(d, k) || (k > 0 && c.lx.stop[d.toks[k-1].Norm]) || c.actAgent(d, from, k) {
				return np{}
			}
			mm := d.mentions[m]
			a := mm.Actor
			return np{a: max(mm.TokStart, k), b: min(mm.TokEnd, h.pos[1]), actor: &a}
		}
	}
	return np{}
}

// armedHead reports a phrase headed by a noun of armed bodies («الطائرات
// الحربية السورية»), which is a subject rather than an object.
func (c *Coder) armedHead(d *doc, p np) bool {
	if !p.ok() {
		return false
	}
	head := bareWord(d, p.a)
	for _, h := range armedHeads {
		if head == h {
			return true
		}
	}
	return false
}

// reportedAfter reports a complementiser of a reporting verb in tokens
// [a,b) («قال السفير في واشنطن إن …»): what comes before it tells who
// speaks and where, not where the reported act happened.
func (c *Coder) reportedAfter(d *doc, a, b int) bool {
	for k := a; k < b; k++ {
		switch d.toks[k].Norm {
		case "ان", "بان", "وان":
			for j := k - 1; j >= 0 && j >= k-25; j-- {
				if c.reportingAt(d, j) {
					return true
				}
			}
		}
	}
	return false
}

// relativePronoun reports «التي», «الذي», «الذين» and their forms.
func relativePronoun(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي":
		return true
	}
	return false
}

// actNoun reports a noun trigger of an assault or a coercion at token i
// («الهجوم», «غارة», «المداهمة»).
func (c *Coder) actNoun(d *doc, i int) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].Kind != arabic.Word {
		return false
	}
	for _, k := range d.keys[i] {
		for _, t := range c.lx.byFirst[k] {
			if !t.Verb && len(t.Slots) == 1 && (t.Type == "ASSAULT" || t.Type == "COERCE") {
				return true
			}
		}
	}
	return false
}

// suffered reports an assault verb followed at once by «في» (or a cause)
// and an act noun («قتل ثلاثة جنود في الهجوم» read as «قُتلوا في
// الهجوم»): the verb is passive, its subject the victims.
func (c *Coder) suffered(d *doc, h *hit) bool {
	if h.trig.Type == "ASSAULT" && len(h.pos) == 2 && c.wounded(d, h.head()) && byFire(bareWord(d, h.last())) {
		return true // «أن شابا أصيب برصاص الجيش»
	}
	if len(h.pos) > 1 || (h.trig.Type != "ASSAULT" && h.trig.Type != "COERCE") {
		return false
	}
	s := d.sents[h.sent]
	k := h.head() + 1
	if k >= s.b {
		return false
	}
	switch bareWord(d, k) {
	case "في", "جراء", "اثر", "بسبب", "خلال":
		return c.actNoun(d, k+1)
	}
	if c.wounded(d, h.head()) && byFire(bareWord(d, k)) {
		return true // «أن شابا قتل برصاص الجيش»: the subject came before
	}
	// «قتل قائد ميداني في غارة للتحالف», «قتل شاب برصاص الشرطة»: a verb of
	// killing whose subject phrase is followed by the act or its agent is
	// read as a passive
	if !c.wounded(d, h.head()) {
		return false
	}
	p := c.phraseAt(d, k, s.b)
	if !p.ok() || p.b >= s.b {
		return false
	}
	j := c.adjectivesEnd(d, p.b, s.b)
	// «قتل عشرات الفلسطينيين في قطاع غزة برصاص الجيش»: a place between
	if j+1 < s.b && bareWord(d, j) == "في" && d.placeAt[j+1] >= 0 {
		j = d.places[d.placeAt[j+1]].b
	}
	if j >= s.b {
		return false
	}
	switch bareWord(d, j) {
	case "في", "جراء", "اثر", "بسبب":
		return c.actNoun(d, j+1)
	}
	return byFire(bareWord(d, j))
}

// byFire reports a word naming the fire an agent kills with («برصاص
// الجيش», «بنيران القوات», «بقصف», «بغارة»).
func byFire(w string) bool {
	switch w {
	case "برصاص", "بنيران", "بقصف", "بغاره", "بغارات":
		return true
	}
	return false
}

// objectSuffix reports a word ending in an object pronoun («نفذتها»,
// «شنه», «تبناهم»), read from its written form (ه, not ة).
func objectSuffix(t arabic.Token) bool {
	w := strings.TrimRight(t.Text, "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
	return strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "هم") || strings.HasSuffix(w, "هما")
}

// relativeAgent reads the agent of a relative clause after a noun trigger
// («الغارة التي نفذتها قوات التحالف», «الهجوم الذي تبناه التنظيم»): the
// subject of a verb whose object pronoun points back to the noun.
func (c *Coder) relativeAgent(d *doc, h *hit) np {
	s := d.sents[h.sent]
	if k := h.last() + 1; len(h.pos) == 1 && k+1 < s.b && !definite(d.toks[h.last()].Norm) && d.toks[k].Kind == arabic.Word && objectSuffix(d.toks[k]) &&
		d.mentionAt[k] < 0 && d.placeAt[k] < 0 {
		// «في هجوم شنه مسلحون», «غارة نفذتها طائرات التحالف»: an
		// indefinite noun takes its relative clause without a pronoun
		j := c.skipAdverbs(d, k+1, s.b)
		p := c.phraseAt(d, j, s.b)
		if !p.ok() && j < s.b {
			p = np{a: j, b: j + 1} // «طائرات» is also a trigger word
		}
		if p.ok() && p.actor == nil && c.armedHead(d, p) {
			p = c.preferMention(d, p, np{}, s.b, 1) // «طائرات التحالف»
		}
		if p.ok() && (p.actor != nil || c.nationalPhrase(d, p)) {
			return p
		}
	}
	for k := h.last() + 1; k < s.b && k <= h.last()+3; k++ {
		if d.toks[k].Kind != arabic.Word {
			return np{}
		}
		if !relativePronoun(d.toks[k].Norm) {
			continue
		}
		v := k + 1
		if v >= s.b || d.toks[v].Kind != arabic.Word || !objectSuffix(d.toks[v]) {
			return np{}
		}
		p := c.phraseAt(d, c.skipAdverbs(d, v+1, s.b), s.b)
		if p.ok() && (p.actor != nil || c.nationalPhrase(d, p)) {
			return p
		}
		return np{}
	}
	return np{}
}

// circumstantial reports a participle of a verbal act after a comma
// («…، متوعدة بالرد», «…، منتقدا الحكومة»): it describes what the
// clause's subject did.
func (c *Coder) circumstantial(d *doc, h *hit) bool {
	i := h.head()
	if h.trig.Verb || !verbal(h.trig.Type) || h.clitic != "" || i == 0 {
		return false
	}
	w := bareWord(d, i)
	if !strings.HasPrefix(w, "م") || !(strings.HasSuffix(w, "ا") || strings.HasSuffix(d.toks[i].Text, "ة")) {
		return false
	}
	p := d.toks[i-1].Text
	return p == "،" || p == "," || w != d.toks[i].Norm
}

// possessed reports a verbal noun with a possessive pronoun after «عن»
// («أعربت قطر عن إدانتها», «عبر عن رفضه»): the owner is the subject of
// the verb of expression.
func possessed(d *doc, h *hit) bool {
	if h.trig.Verb || len(h.pos) > 1 || !verbal(h.trig.Type) || strings.Contains(h.clitic, "ال") {
		return false
	}
	i := h.head()
	return i > 0 && d.toks[i-1].Norm == "عن" && objectSuffix(d.toks[i])
}

// mainSubject is the subject of the hit's clause: that of the sentence's
// last verb before it, else the sentence's speaker, else its first named
// agentive party before the trigger.
func (c *Coder) mainSubject(d *doc, h *hit) *marsad.Actor {
	if h.main != nil {
		return h.main
	}
	if sp := speakerOf(d, h); sp.actor != nil && linked(sp.actor) {
		return sp.toActor()
	}
	s := d.sents[h.sent]
	for k := s.a; k < h.head(); k++ {
		if m := d.mentionAt[k]; m >= 0 && agentive(&d.mentions[m].Actor) {
			return d.mentionActor(int(m))
		}
	}
	return nil
}

// occasion finds a clause that only places the story in time («جاء ذلك
// بعد …», «وتأتي الخطوة غداة …», «وجاءت تصريحاته عقب …») and returns the
// token after its connector, or -1: the acts named there are the occasion
// of what was told, not new reports.
func (c *Coder) occasion(d *doc, si int) int {
	s := d.sents[si]
	for k := s.a; k < s.b && k < s.a+3; k++ {
		switch bareWord(d, k) {
		case "جاء", "جاءت", "ياتي", "تاتي", "يجيء", "تجيء":
		default:
			continue
		}
		// only the story's own statement as subject: «جاء ذلك», «وجاءت تصريحاته»
		if j := k + 1; j >= s.b || !(d.toks[j].Norm == "ذلك" || d.toks[j].Norm == "هذا" || strings.HasPrefix(bareWord(d, j), "تصريحات")) {
			return -1
		}
		for j := k + 2; j < s.b && j <= k+5; j++ {
			switch bareWord(d, j) {
			case "بعد", "غداه", "اثر", "عقب", "قبل", "عشيه", "وسط", "ردا":
				return j + 1
			}
			if d.toks[j].Text == "،" || d.toks[j].Text == "." {
				break
			}
		}
	}
	return -1
}

// otherSide finds the party a verbal act of conflict (accusation, refusal,
// threat, demand) is aimed at when its clause names none: the last party
// of another country named before the trigger in its sentence or the two
// before («اعتقلت السلطات السعودية مواطنا قطريا. وأعربت قطر عن إدانتها»).
func (c *Coder) otherSide(d *doc, h *hit, actor *marsad.Actor) *marsad.Actor {
	switch h.trig.Type {
	case "ACCUSE", "REJECT", "THREATEN", "REQUEST":
	default:
		return nil
	}
	if actor == nil || actor.Country == "" {
		return nil
	}
	from := d.sents[max(0, h.sent-2)].a
	for k := h.head() - 1; k >= from; k-- {
		m := d.mentionAt[k]
		if m < 0 || controller(d, k) {
			continue
		}
		a := &d.mentions[m].Actor
		if agentive(a) && a.Country != "" && a.Country != actor.Country {
			return d.mentionActor(int(m))
		}
		k = max(d.mentions[m].TokStart, from)
	}
	return nil
}

// adjectivesEnd returns the end of the run of adjectives starting at token
// i (words ending in a nisba: «الإلكترونية الأميركية»).
func (c *Coder) adjectivesEnd(d *doc, i, end int) int {
	// (not «في», «التي»: short words and stop words are no adjectives)
	for i < end && d.toks[i].Kind == arabic.Word && nisba(d.toks[i].Norm) && d.mentionAt[i] < 0 && len([]rune(d.toks[i].Norm)) >= 4 && !c.isStop(d, i) {
		i++
	}
	return i
}

// actAntecedent reports a verb right after an indefinite act noun and its
// adjectives («هجوم كيميائي مفترض استهدف المدينة»): a relative clause
// without a pronoun, whose subject is the act.
func (c *Coder) actAntecedent(d *doc, h *hit) bool {
	i := h.head()
	if h.clitic != "" || bareWord(d, i) != d.toks[i].Norm {
		return false
	}
	for k := i - 1; k >= d.sents[h.sent].a && k >= i-3; k-- {
		t := d.toks[k]
		if k == i-1 && t.Kind == arabic.Word && definite(t.Norm) && d.mentionAt[k] < 0 && c.actNoun(d, k) {
			return true // «إن الهجوم استهدف مقر الجهاز»
		}
		if t.Kind != arabic.Word || definite(t.Norm) || d.mentionAt[k] >= 0 {
			return false
		}
		if c.actNoun(d, k) {
			return true
		}
		switch bareWord(d, k) {
		case "عمليه", "عمليات", "حمله":
			return true // «إثر عملية عسكرية خاطفة دكت تحصينات الحوثيين»
		}
	}
	return false
}

// slogan reports a verbal act told by protesters' banners or chants
// («حملوا لافتات عبرت عن رفضهم للأحزاب», «رددوا هتافات تطالب بإسقاط
// الحكومة»): what a protest says is part of the protest, not another act.
func (c *Coder) slogan(d *doc, h *hit) bool {
	if !verbal(h.trig.Type) {
		return false
	}
	// «تظاهر آلاف … تنديدا بالفساد»: the protest's cause, not another act
	cause := false
	switch bareWord(d, h.head()) {
	case "تنديدا", "استنكارا", "للتنديد", "للاستنكار":
		cause = true
	}
	for k := h.head() - 1; k >= d.sents[h.sent].a && k >= h.head()-12; k-- {
		if t := d.toks[k].Text; t == "." || t == "؛" {
			break
		}
		switch w := bareWord(d, k); w {
		case "لافتات", "لافته", "يافطات", "شعارات", "هتافات", "رددوا", "مرددين", "رافعين", "هاتفين":
			return true
		default:
			if cause && (protestWord(w) || protestWord(d.toks[k].Norm)) { // «وقفة» read as «و» + «قفة»
				return true
			}
		}
	}
	return false
}

// protestWord reports a word that names a protest or its crowd.
func protestWord(w string) bool {
	for _, p := range []string{"تظاهر", "مظاهر", "متظاهر", "احتج", "محتج", "وقفه", "وقفة", "مسيره", "مسيرة", "مسيرات", "اعتصا", "معتصم", "اضراب", "إضراب", "مضرب"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// venue finds where the story's statements were made: the first place
// named within a few words after an occasion of speech («في مؤتمر صحفي
// مع نظيره في موسكو», «خلال كلمة ألقاها في طهران»), or nil.
func (c *Coder) venue(d *doc) *docPlace {
	for i := range d.toks {
		switch bareWord(d, i) {
		case "موتمر", "كلمه", "خطاب", "مقابله", "تصريحات":
		default:
			continue
		}
		for k := i + 1; k < len(d.toks) && k <= i+10; k++ {
			if t := d.toks[k].Text; t == "." || t == "،" {
				break
			}
			if p := d.placeAt[k]; p >= 0 && k > 0 && (d.toks[k-1].Norm == "في" || strings.HasPrefix(d.toks[k].Norm, "ب")) && d.places[p].Kind != marsad.KindCountry {
				return &d.places[p]
			}
		}
	}
	return nil
}

// sameSide reports two named parties that only share a country and sector
// («المسؤولون الاسكتلنديون», «الحكومة البريطانية»): neither name holds the
// other and they have no common identifier, so they may be two speakers.
func sameSide(a, b *marsad.Actor) bool {
	if a == nil || b == nil || !linked(a) || !linked(b) {
		return false
	}
	if namesOverlap(a.Name, b.Name) || (a.ID != "" && a.ID == b.ID) {
		return false
	}
	return a.Country == b.Country && a.Sector == b.Sector
}

// objectPronoun reports a verb trigger that carries an object pronoun
// («واتهمها», «وهاجمهم»): the form matched plus ه، ها، هم or هما.
func objectPronoun(d *doc, h *hit) bool {
	if len(h.trig.Slots) == 0 {
		return false
	}
	i := h.head()
	bare := bareWord(d, i)
	for _, k := range d.keys[i] {
		if !h.trig.Slots[0].Forms[k] {
			continue
		}
		for _, suf := range []string{"ه", "ها", "هم", "هما"} {
			if bare == k+suf {
				return true
			}
		}
	}
	return false
}

// antecedent finds the party an object pronoun points back to: the
// nearest party before the trigger, in its sentence or the one before,
// that is not the actor — a named actor or a country's nisba («من الأطماع
// الإيرانية …، واتهمها» → Iran).
func (c *Coder) antecedent(d *doc, h *hit, actor *marsad.Actor) *marsad.Actor {
	from := d.sents[max(0, h.sent-1)].a
	for k := h.head() - 1; k >= from; k-- {
		if m := d.mentionAt[k]; m >= 0 {
			a := d.mentionActor(int(m))
			if linked(a) && a.Sector != "MED" && (actor == nil || !strictlyCompatible(actor, a)) {
				return a
			}
			k = max(d.mentions[m].TokStart, from)
			continue
		}
		if d.toks[k].Kind != arabic.Word {
			continue
		}
		for _, key := range d.keys[k] {
			if code := c.nisba[key]; code != "" && (actor == nil || actor.Country != code) {
				return &marsad.Actor{Name: d.toks[k].Text, Country: code, Sector: "GOV"}
			}
		}
	}
	return nil
}

// cityParty reads a phrase that is a city's name as the subject or object
// of a political act («أنقرة وواشنطن توصلتا إلى اتفاق», «ترفض موسكو»):
// the capital stands for its government. Acts of force keep cities as
// places (their actors are named).
func (d *doc) cityParty(p np, t *Trigger) *marsad.Actor {
	if !p.ok() || !(verbal(t.Type) || t.Type == "CONSULT" || t.Type == "SANCTION") {
		return nil
	}
	k := d.placeAt[p.a]
	if k < 0 || d.places[k].Kind != marsad.KindCity || d.places[k].Country == "" || d.places[k].b < p.b {
		return nil
	}
	name, _ := d.spanText(d.places[k].a, d.places[k].b)
	return &marsad.Actor{Name: name, Country: d.places[k].Country, Sector: "GOV"}
}

// pluralVerb reports a verb in the plural («يرفضون», «رفضوا», «توصلتا»):
// a verb before its subject stays singular, so the subject came before.
func pluralVerb(d *doc, h *hit) bool {
	if !h.trig.Verb {
		return false
	}
	w := bareWord(d, h.head())
	return strings.HasSuffix(w, "ون") || strings.HasSuffix(w, "وا") || strings.HasSuffix(w, "تا")
}

// subjectedTo reports an act noun after «تعرض/يتعرض لـ» («تتعرض البلدة
// لقصف»): the subject suffers it.
func (c *Coder) subjectedTo(d *doc, h *hit) bool {
	for k := h.head() - 1; k >= d.sents[h.sent].a && k >= h.head()-6; k-- {
		w := bareWord(d, k)
		if strings.HasPrefix(w, "تعرض") || strings.HasPrefix(w, "يتعرض") || strings.HasPrefix(w, "تتعرض") {
			return true
		}
	}
	return false
}

// speakerClause reports a noun trigger in a clause whose subject is the
// pronoun of «إنه/أنها» after a reporting verb («قال ترامب إنه أمر بضرب
// سوريا في عملية مشتركة»): the parties named between are objects.
func (c *Coder) speakerClause(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	for k := h.head() - 1; k >= s.a && k >= h.head()-12; k-- {
		if t := d.toks[k].Text; t == "،" || t == "." || t == ":" {
			return false
		}
		if pronounComplement(d.toks[k].Norm) {
			for j := k - 1; j >= s.a && j >= k-25; j-- {
				if c.reportingAt(d, j) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// protestCities returns the cities a protest sentence lists after its
// trigger («في عدد من المدن كالبصرة والناصرية والديوانية»): the
// guidelines code one protest per city.
func (c *Coder) protestCities(d *doc, h *hit) []*marsad.Place {
	if h.trig.Type != "PROTEST" {
		return nil
	}
	s := d.sents[h.sent]
	var out []*marsad.Place
	seen := map[string]bool{}
	for k := range d.places {
		p := &d.places[k]
		if p.a <= h.last() || p.b > s.b || p.Kind != marsad.KindCity || d.mentionAt[p.a] >= 0 || seen[p.Name] {
			continue
		}
		if d.subordinate(h.last(), p.a) {
			break
		}
		seen[p.Name] = true
		pl := p.Place
		out = append(out, &pl)
	}
	return out
}

// bothSides reads «الطرفين», «الجانبين», «البلدين» next to a symmetric
// trigger («قبل توقيع الطرفين اتفاقا», «اتفق الجانبان»): the two sides are
// the last two different parties named before it, in its sentence or the
// one before.
func (c *Coder) bothSides(d *doc, h *hit) (*marsad.Actor, *marsad.Actor) {
	if !h.trig.Symmetric {
		return nil, nil
	}
	s := d.sents[h.sent]
	at := -1
	for k := max(s.a, h.head()-2); k < s.b && k <= h.last()+3; k++ {
		switch bareWord(d, k) {
		case "الطرفين", "الطرفان", "الجانبين", "الجانبان", "البلدين", "البلدان":
			at = k
		}
	}
	if at < 0 {
		return nil, nil
	}
	var second *marsad.Actor
	from := d.sents[max(0, h.sent-1)].a
	for k := min(at, h.head()) - 1; k >= from; k-- {
		m := d.mentionAt[k]
		if m < 0 {
			continue
		}
		a := d.mentionActor(int(m))
		k = max(d.mentions[m].TokStart, from)
		if !linked(a) || a.Sector == "MED" {
			continue
		}
		if second == nil {
			second = a
		} else if !strictlyCompatible(a, second) {
			return a, second
		}
	}
	return nil, nil
}

// frontedSubject reads the subject of the main clause after a fronted time
// phrase holding the trigger («وإثر مفاوضات مع مسؤولين روس، وافقت الفصائل
// المعارضة …», «وبعد لقائه الرئيس، أعلن الوزير …»): the verb after the
// comma and the named party right after it.
func (c *Coder) frontedSubject(d *doc, h *hit) np {
	s := d.sents[h.sent]
	i := h.head()
	cs := s.a // the start of the trigger's clause
	for k := i - 1; k >= s.a; k-- {
		if d.toks[k].Text == "،" || d.toks[k].Text == "," {
			cs = k + 1
			break
		}
	}
	if i-cs > 2 {
		return np{}
	}
	opener := false
	for k := cs; k < i; k++ {
		switch bareWord(d, k) {
		case "اثر", "بعد", "عقب", "خلال", "قبل", "وسط":
			opener = true
		}
	}
	if !opener {
		return np{}
	}
	for k := h.last() + 1; k < s.b && k <= h.last()+12; k++ {
		if d.toks[k].Text != "،" && d.toks[k].Text != "," {
			continue
		}
		v := c.skipAdverbs(d, k+1, s.b)
		if v >= s.b || d.toks[v].Kind != arabic.Word || d.mentionAt[v] >= 0 || definite(d.toks[v].Norm) {
			return np{}
		}
		if p := c.phraseAt(d, c.skipAdverbs(d, v+1, s.b), s.b); p.ok() && p.actor != nil && agentive(p.actor) {
			return p
		}
		return np{}
	}
	return np{}
}

// speakerOf is who speaks in the hit's sentence, unless the phrase read as
// the speaker holds the trigger itself («وأعلن عزمه اتخاذ إجراءات»: the
// act announced, not who announces it).
func speakerOf(d *doc, h *hit) speaker {
	sp := d.speakerOf[h.sent]
	if sp.name == "" {
		return sp
	}
	if f := strings.Fields(arabic.Normalize(sp.name)); len(f) > 0 && (strings.HasPrefix(f[0], "لل") || strings.HasPrefix(f[0], "بال")) {
		return speaker{} // «نداء للأمم المتحدة، تطالبها …»: who is addressed does not speak
	}
	n := nameKey(sp.name)
	for _, p := range h.pos {
		if w := nameKey(d.toks[p].Text); w != "" && strings.Contains(n, w) {
			return speaker{}
		}
	}
	return sp
}

// politicalParty reports whether the article names any party that PLOVER
// events are about: a government, armed force, police, armed group,
// party, opposition, international body, court or parliament (the actor
// layer's sectors). Without one (a football match, a film review) the acts
// it tells are not political events.
func (c *Coder) politicalParty(d *doc) bool {
	// in a match report a country is its national team: only forces,
	// police, armed groups or courts make it political
	sport := sportText(d)
	if len(d.mentions) == 0 {
		return !sport // no actor named (or no actor layer): the words decide
	}
	for k := range d.mentions {
		a := &d.mentions[k].Actor
		if !agentive(a) {
			continue
		}
		if sport {
			switch a.Sector {
			case "MIL", "POL", "REB", "JUD":
				return true
			}
			continue
		}
		return true
	}
	return false
}

// sportText reports an article about sport or entertainment: at least four
// words of matches, teams and players («مباراة», «المنتخب», «الدوري»,
// «اللاعب») or of films, songs and stars («فيلم», «مسلسل», «الفنانة»).
func sportText(d *doc) bool {
	n := 0
	for i := range d.toks {
		if d.toks[i].Kind != arabic.Word {
			continue
		}
		switch strings.TrimPrefix(bareWord(d, i), "ال") {
		case "مباراه", "مباريات", "منتخب", "دوري", "لاعب", "لاعبين", "لاعبا", "مدرب", "ملعب", "بطوله", "نادي", "هدف", "هدفا", "اهداف", "كاس",
			// the same for film, music and television
			"فيلم", "افلام", "مسلسل", "مسلسلات", "اغنيه", "اغاني", "البوم", "مهرجان", "فنان", "فنانه", "مطرب", "مطربه", "ممثله", "مخرج", "حفل", "جمهور":
			n++
		}
	}
	return n >= 4
}

// controller reports a party named as who holds a place («المدينة الخاضعة
// لسيطرة المعارضة», «الأحياء الواقعة تحت سيطرة الفصائل»): the place is
// the target, its holder is not.
func controller(d *doc, k int) bool {
	if k < 1 || d.toks[k].Kind != arabic.Word {
		return false
	}
	if m := d.mentionAt[k]; m >= 0 && d.mentions[m].TokStart < k {
		k = d.mentions[m].TokStart // the mention's first word
	}
	if k < 1 {
		return false
	}
	w := bareWord(d, k-1)
	if w == "سيطره" || w == "لسيطره" || w == "قبضه" || w == "بقبضه" {
		return true
	}
	if supporter(d, k) {
		return true
	}
	// «الميليشيات الموالية لإيران», «القوات التابعة للحكومة»: the party
	// after a relational adjective only qualifies the noun before it
	return strings.HasPrefix(d.toks[k].Norm, "ل") && relational(w)
}

// relational reports an adjective of allegiance or belonging («الموالية»،
// «التابع»، «المقربين»), whose ل-phrase is part of a noun's description.
func relational(w string) bool {
	w = strings.TrimPrefix(w, "ال")
	for _, p := range []string{"موالي", "موال", "تابع", "مقرب", "محسوب", "مناهض", "معادي", "مرتبط", "منتمي", "مخصص", "عابر"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// permitted reads «سمح/أذن/خوّل/كلّف لـ X بـ + act noun» («سمحت للقوات
// البريطانية بتوجيه ضربات»): X, who is allowed or charged, does the act.
func (c *Coder) permitted(d *doc, h *hit) np {
	s := d.sents[h.sent]
	// the act noun, or the light noun before it («بتوجيه ضربات»), takes ب
	if !strings.HasPrefix(h.clitic, "ب") && !(h.head() > s.a && strings.HasPrefix(bareWord(d, h.head()-1), "ب") && !definite(d.toks[h.head()-1].Norm)) {
		return np{}
	}
	for k := h.head() - 1; k >= s.a && k >= h.head()-8; k-- {
		switch bareWord(d, k) {
		case "سمح", "سمحت", "يسمح", "تسمح", "اذن", "اذنت", "خول", "خولت", "فوض", "فوضت", "كلف", "كلفت":
		default:
			continue
		}
		j := c.skipAdverbs(d, k+1, h.head())
		if j >= h.head() {
			return np{}
		}
		if _, ok := c.prepAt(d, j, []string{"ل"}); !ok {
			return np{}
		}
		if p := c.phraseAt(d, j, h.head()); p.ok() && (p.actor != nil || c.nationalPhrase(d, p)) {
			return p
		}
		return np{}
	}
	return np{}
}

// agentOf finds the agent phrase of the act noun at token i («القبض على
// المواطن من قبل السلطات»): the party after «من قبل», «على يد», «بنيران»
// within the clause, or nothing.
func (c *Coder) agentOf(d *doc, i, end int) np {
	for k := i + 1; k < end && k <= i+10; k++ {
		if t := d.toks[k].Text; t == "،" || t == "." || t == ":" {
			return np{}
		}
		if n := c.agentAt(d, k, end); n > 0 {
			if p := c.phraseAt(d, c.skipAdverbs(d, k+n, end), end); p.ok() && p.actor != nil {
				return p
			}
			return np{}
		}
	}
	return np{}
}

// nisbaForm reports a word written with a final ي («كيميائي», «النووي»),
// not ى («مستشفى»), which normalisation makes alike.
func nisbaForm(t arabic.Token) bool {
	w := strings.TrimRight(t.Text, "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
	return strings.HasSuffix(w, "ي")
}

// firstConjunct walks back from mention m over a list of parties joined by
// و («روسيا وتركيا وإيران», «الولايات المتحدة وبريطانيا») to its first
// member: the list acts together, and its head stands for it.
// Two sides named after «بين» («قصف متبادل بين الفصائل وقوات النظام») are
// opponents, not a list.
func firstConjunct(d *doc, m int) int {
	first := m
	for {
		k := d.mentions[first].TokStart
		if k < 1 || d.toks[k].Kind != arabic.Word || bareWord(d, k) == d.toks[k].Norm || !strings.HasPrefix(d.toks[k].Norm, "و") {
			break
		}
		p := int(d.mentionAt[k-1])
		if p < 0 || p == first || !agentive(&d.mentions[p].Actor) {
			break
		}
		first = p
	}
	if k := d.mentions[first].TokStart; first != m && k > 0 && bareWord(d, k-1) == "بين" {
		return m
	}
	return first
}

// addressee reports an outlet or party named with a glued ل that is spoken
// to or owns the noun before it («قال المرصد لوكالة فرانس برس إن …»,
// «قال الناشط لبي بي سي», «خلال جلسة طارئة لمجلس الأمن»): not who acts.
func addressee(d *doc, m int) bool {
	k := d.mentions[m].TokStart
	if k < 1 || d.toks[k].Kind != arabic.Word {
		return false
	}
	w := bareWord(d, k)
	if !strings.HasPrefix(w, "ل") {
		return false
	}
	split := false
	for _, key := range d.keys[k] {
		if key == w[len("ل"):] || key == strings.TrimPrefix(w[len("ل"):], "ـ") {
			split = true
		}
	}
	if !split && d.toks[k].Text != "لـ" && !strings.HasPrefix(d.toks[k].Text, "لـ") {
		return false
	}
	if d.mentions[m].Actor.Sector == "MED" {
		return true
	}
	// the genitive of an indefinite noun and its adjectives («جلسة طارئة لـ»)
	j := k - 1
	for j > 0 && d.toks[j].Kind == arabic.Word && !definite(d.toks[j].Norm) && nisba(d.toks[j].Norm) {
		j--
	}
	if j < 0 || d.toks[j].Kind != arabic.Word || definite(d.toks[j].Norm) || d.mentionAt[j] >= 0 {
		return false
	}
	switch w := bareWord(d, j); w {
	case "جلسه", "اجتماع", "اجتماعا", "قرار", "قرارا", "بيان", "بيانا", "تقرير", "تقريرا", "كلمه", "مقابله", "تصريحات", "تصريح":
		return true
	}
	return false
}

// tanweenPair reports an indefinite noun in the accusative followed by a
// word that agrees with it («هجوما كيميائيا», «قصفا عنيفا», «اتهاما
// مباشرا»): a noun with tanween heads no genitive, so the word is its
// adjective.
func tanweenPair(d *doc, n, g int) bool {
	if g != n+1 || d.toks[n].Kind != arabic.Word || d.toks[g].Kind != arabic.Word {
		return false
	}
	a, b := bareWord(d, n), d.toks[g].Norm
	if definite(a) || definite(b) || len([]rune(a)) <= 3 || len([]rune(b)) <= 3 {
		return false
	}
	if strings.HasSuffix(a, "ا") && strings.HasSuffix(b, "ا") {
		return true
	}
	// «اشتباكات متقطعة», «انتقادات واسعة»: a feminine word after a plural
	// act noun in ات agrees with it (a genitive there would be a name or
	// a group, which the actor layer links)
	return strings.HasSuffix(a, "ات") && strings.HasSuffix(b, "ه") && d.mentionAt[g] < 0
}

// contentPhrase reports a phrase opened by a glued ك («كدولة مستقلة»), or,
// after a verbal act, by a glued ب on a common noun («بسرقة», «بفرض»): it
// says what the act is about or as what, not whom it is aimed at.
func contentPhrase(d *doc, i int, said bool) bool {
	if d.toks[i].Kind != arabic.Word || d.mentionAt[i] >= 0 {
		return false
	}
	w, t := bareWord(d, i), d.toks[i].Text
	if strings.HasPrefix(t, "و") && w != d.toks[i].Norm {
		t = strings.TrimPrefix(t, "و")
	}
	glued := func(p string) bool {
		if !strings.HasPrefix(w, p) {
			return false
		}
		for _, k := range d.keys[i] {
			if k != w && strings.HasSuffix(w, k) {
				return true
			}
		}
		return false
	}
	return glued("ك") || said && glued("ب")
}

// undergoer finds the subject of a verb of undergoing that governs a noun
// trigger («تواجه الشركة اتهاما», «تعرضت الحكومة لانتقادات», «تلقى
// الفريق تهديدات», «أثار الوزير انتقادات»): the one who suffers the act. A place is not taken:
// «تعرضت البلدة لقصف» names where, not whom.
func (c *Coder) undergoer(d *doc, h *hit) np {
	s := d.sents[h.sent]
	for k := h.head() - 1; k >= s.a && k >= h.head()-8; k-- {
		if t := d.toks[k].Text; t == "." || t == ":" {
			return np{}
		}
		w := bareWord(d, k)
		switch {
		case strings.HasPrefix(w, "تعرض"), strings.HasPrefix(w, "يتعرض"), strings.HasPrefix(w, "تتعرض"),
			w == "واجه" || w == "واجهت" || w == "يواجه" || w == "تواجه" || w == "يواجهون",
			w == "تلقى" || w == "تلقت" || w == "يتلقى" || w == "تتلقى",
			w == "اثار" || w == "اثارت" || w == "يثير" || w == "تثير":
		default:
			continue
		}
		// the subject, with a name in apposition («أثار الرئيس، فلان، انتقادات»)
		p := c.phraseAt(d, c.skipAdverbs(d, k+1, h.head()), h.head())
		if !p.ok() || p.b > h.head() || d.placeAt[p.a] >= 0 && d.places[d.placeAt[p.a]].Kind != marsad.KindCountry {
			return np{}
		}
		return c.preferMention(d, p, np{}, h.head(), 3)
	}
	return np{}
}

// obliquePlural reports a definite sound masculine plural in its oblique
// form («العراقيين», «المتظاهرين»): a subject would read ـون, so after a
// verb it is the object. Place names in ين («البحرين», «فلسطين») are not.
func obliquePlural(d *doc, i int) bool {
	if d.toks[i].Kind != arabic.Word || d.placeAt[i] >= 0 {
		return false
	}
	w := bareWord(d, i)
	for _, p := range []string{"بال", "لل", "ال"} {
		if strings.HasPrefix(w, p) {
			w = w[len(p):]
			if p != "ال" {
				return false // a preposition's phrase is no subject anyway
			}
			break
		}
	}
	if w == bareWord(d, i) {
		return false
	}
	return len([]rune(w)) >= 5 && strings.HasSuffix(w, "ين")
}

// toll reports an assault hit on a noun of death or injury («مقتل»،
// «إصابة»): a toll that someone announces.
func (c *Coder) toll(d *doc, h *hit) bool {
	return h.trig.Type == "ASSAULT" && !h.trig.Verb && (d.has(h.head(), c.lx.deaths) || d.has(h.head(), c.lx.injuries))
}

// announcer reports a phrase at token a that is the subject of a verb of
// announcing or reporting just before it («أعلنت وزارة الصحة»، «ذكرت
// الوكالة، الخميس،»).
func (c *Coder) announcer(d *doc, a int) bool {
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		if c.reportingAt(d, k) {
			return true
		}
		w := bareWord(d, k)
		for _, p := range []string{"اعلن", "ذكر", "اكد", "نعت", "نعى", "اوردت", "نقلت"} {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
		if d.toks[k].Kind == arabic.Word && !c.lx.timeW[d.toks[k].Norm] {
			return false
		}
	}
	return false
}

// armedSector reports forces and armed groups, which announce the tolls
// of their own operations («أعلن الجيش مقتل 19 مسلحا»).
func armedSector(a *marsad.Actor) bool {
	return a.Sector == "MIL" || a.Sector == "POL" || a.Sector == "REB"
}

// holder finds the party that held what was seized («استعادت القوات
// منظومة صواريخ كانت بأيدي الميليشيات»): the one the seizure is aimed at.
func (c *Coder) holder(d *doc, h *hit) *marsad.Actor {
	s := d.sents[h.sent]
	for k := h.last() + 1; k+1 < s.b && k <= h.last()+12; k++ {
		switch bareWord(d, k) {
		case "بايدي", "بيد", "ايدي", "يد", "حوزه", "بحوزه":
		default:
			continue
		}
		if bareWord(d, k-1) == "علي" {
			return nil // «اعتُقل على يد الشرطة»: the agent, not who held it
		}
		if m := d.mentionAt[k+1]; m >= 0 && agentive(&d.mentions[m].Actor) {
			return d.mentionActor(int(m))
		}
		return nil
	}
	return nil
}

// canAssault reports whether a party named in the context may stand as
// the fallback actor of the hit: courts, parliaments, parties, the
// opposition and international bodies make no assault.
func canAssault(h *hit, a *marsad.Actor) bool {
	if h.trig.Type != "ASSAULT" {
		return true
	}
	switch a.Sector {
	case "JUD", "LEG", "PTY", "OPP", "IGO":
		return false
	}
	return true
}

// claimed reports a claim of responsibility between tokens a and b
// («أعلنت الوزارة مسؤوليتها عن مقتل مدني»): the announcer did it.
func claimed(d *doc, a, b int) bool {
	for k := a; k < b; k++ {
		if w := bareWord(d, k); strings.HasPrefix(w, "مسووليت") || strings.HasPrefix(w, "تبن") {
			return true
		}
	}
	return false
}

// tollAgent finds, after a toll, the party of the act that caused it: a
// party right after an act noun or an agent word («في غارات لقوات
// النظام», «برصاص الجيش»).
func (c *Coder) tollAgent(d *doc, h *hit) *marsad.Actor {
	s := d.sents[h.sent]
	for k := h.last() + 1; k < s.b && k <= h.last()+12; k++ {
		if t := d.toks[k].Text; t == "،" || t == "." || t == ":" {
			return nil
		}
		m := d.mentionAt[k]
		if m < 0 || d.mentions[m].TokStart != k || !agentive(&d.mentions[m].Actor) || !canAssault(h, &d.mentions[m].Actor) {
			continue
		}
		for j := k - 1; j > h.last() && j >= k-2; j-- {
			if c.actNoun(d, j) || d.has(j, c.lx.armed) {
				return d.mentionActor(int(m))
			}
			switch bareWord(d, j) {
			case "برصاص", "بنيران", "بقصف", "قبل", "يد", "ايدي":
				return d.mentionActor(int(m))
			case "مع":
				if j-1 > h.last() && c.actNoun(d, j-1) {
					return d.mentionActor(int(m)) // «في مواجهات مع القوات الإسرائيلية» (args_round9.go)
				}
			}
			if !nisba(d.toks[j].Norm) {
				break
			}
		}
	}
	return nil
}

// agentAt is the length of the agent phrase («من قبل», «على يد», «بنيران»)
// that starts at token k and ends by end, or 0.
func (c *Coder) agentAt(d *doc, k, end int) int {
	for _, ag := range c.lx.agent {
		if k+len(ag) > end {
			continue
		}
		match := true
		for j, w := range ag {
			if d.toks[k+j].Norm != w && (len(d.keys[k+j]) < 2 || d.keys[k+j][1] != w) {
				match = false
				break
			}
		}
		if match {
			return len(ag)
		}
	}
	return 0
}
