package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// Argument constructions read on unannotated news (issue 5): each has
// sentences of our own in testdata/chain_cases.txt (and TestArgParties).

// relativeObject reads a relative clause whose verb carries the object
// pronoun («غولن الذي تتهمه أنقرة بتدبير الانقلاب», «المنظمة التي
// اتهمتها واشنطن»): the antecedent is the object, the subject follows the
// verb (a party only; with none, the context names it). ok is false when
// no antecedent is found.
func (c *Coder) relativeObject(d *doc, h *hit) (actor, recip np, ok bool) {
	s := d.sents[h.sent]
	i := h.head()
	k := i - 2 // before the relative pronoun
	for k >= s.a && d.toks[k].Kind == arabic.Punct {
		k--
	}
	if k < s.a {
		return np{}, np{}, false
	}
	if m := d.nearestMention(k, max(s.a, k-3)); m.ok() {
		recip = m
	} else {
		recip = c.phraseBefore(d, k+1, s.a)
	}
	if !recip.ok() {
		return np{}, np{}, false
	}
	j := c.skipAdverbs(d, i+1, s.b)
	if j < s.b && !c.prepPhrase(d, j) {
		p := c.phraseAt(d, j, s.b)
		if k := d.placeAt[j]; p.ok() && p.actor == nil && k >= 0 {
			p = np{a: j, b: d.places[k].b} // «تتهمه أنقرة بـ…»: the capital's government
		}
		if p.ok() && (p.actor != nil || c.nationalPhrase(d, p) || d.cityParty(p, h.trig) != nil || d.countryParty(p) != nil) {
			actor = p
		}
	}
	return actor, recip, true
}

// nearestMention is the actor mention that covers a token in [from, k],
// nearest to k.
func (d *doc) nearestMention(k, from int) np {
	for j := k; j >= from; j-- {
		if m := d.mentionAt[j]; m >= 0 {
			mm := d.mentions[m]
			a := mm.Actor
			return np{a: max(mm.TokStart, from), b: mm.TokEnd, actor: &a}
		}
	}
	return np{}
}

// pluralHead reports an indefinite sound masculine plural in the nominative
// («منتقدون», «مسلحون», «دبلوماسيون»): it is not in construct, so a
// definite word after it starts another phrase («ويتهم منتقدون الرئيس
// …»: the critics accuse the president). Only participles (م…) and nisba
// plurals (…يون) are read, which leaves nouns like «قانون», «مليون».
func pluralHead(w string) bool {
	if definite(w) || !strings.HasSuffix(w, "ون") || len([]rune(w)) < 5 || strings.HasSuffix(w, "مليون") {
		return false
	}
	bare := strings.TrimPrefix(w, "و")
	return strings.HasPrefix(bare, "م") || strings.HasSuffix(w, "يون")
}

// genericSubject reports a subject phrase headed by an indefinite plural of
// people («منتقدون», «مسلحون مجهولون», «دبلوماسيون غربيون»): the sentence
// names its actor, who is no known party; neither a name after it nor the
// context replaces it.
func genericSubject(d *doc, p np) bool {
	if !p.ok() || p.actor != nil || d.toks[p.a].Kind != arabic.Word || !pluralHead(d.toks[p.a].Norm) {
		return false
	}
	// (an adjective after it may name the party: «مصرفيون قطريون»)
	return p.b >= len(d.toks) || d.toks[p.b].Kind != arabic.Word || definite(d.toks[p.b].Norm)
}

// wounded reports a verb of being hurt or killed, whose subject suffers
// («قُتل», «أصيب»).
func (c *Coder) wounded(d *doc, i int) bool {
	return d.has(i, c.lx.deaths) || strings.HasPrefix(bareWord(d, i), "اصيب")
}

// passiveForm reports a perfect verb written with the passive's damma
// («قُتل», «أُطلق», «اتُّهم», «اعتُقل», «استُهدف»): on the first letter, or
// on one of the first four of a form that opens with alif. The imperfect
// («يُطلق» is active) is not read.
func passiveForm(text string) bool {
	r := []rune(text)
	if len(r) > 0 && (r[0] == 'و' || r[0] == 'ف') && len(r) > 1 && r[1] != '\u064F' {
		r = r[1:]
	}
	if len(r) < 3 {
		return false
	}
	switch r[0] {
	case 'ي', 'ت', 'ن':
		return false
	}
	letters := 0
	for k := 1; k < len(r) && letters < 4; k++ {
		switch {
		case r[k] == '\u064F':
			return letters == 0 || r[0] == 'ا'
		case r[k] >= 0x064B && r[k] <= 0x0652:
		default:
			letters++
		}
	}
	return false
}

// passiveSubject is the one a passive verb acts upon: the antecedent of a
// relative clause, the subject before the verb at a clause's start, or
// the phrase after it.
func (c *Coder) passiveSubject(d *doc, h *hit, rel bool) np {
	s := d.sents[h.sent]
	i := h.head()
	if rel {
		return c.phraseBefore(d, i-1, s.a)
	}
	j := adverbsBefore(d, i-1, s.a) + 1 // «وكانت إسرائيل قد اتُّهمت»
	if pre := c.phraseBefore(d, j, s.a); pre.ok() && onlyMarks(d, pre.b, j) && (c.clauseStart(d, pre.a, s.a) || copula(d, pre.a-1)) {
		return pre // («أن خاشقجي "قُتل …"»)
	}
	if c.objectless(d, h) {
		return np{} // what follows is the charge
	}
	k := c.skipAdverbs(d, i+1, s.b)
	if k < s.b && !c.prepPhrase(d, k) {
		return c.phraseAt(d, k, s.b)
	}
	return np{}
}

// fireAgent is the party whose fire hurt the subject of a passive verb
// («قُتل شاب برصاص الجيش», «أصيب ثلاثة بنيران القوات»), read within
// six tokens of the verb.
func (c *Coder) fireAgent(d *doc, h *hit) np {
	s := d.sents[h.sent]
	for k := h.head() + 1; k < s.b && k <= h.head()+6; k++ {
		if t := d.toks[k].Text; t == "،" || t == "." {
			break
		}
		if d.toks[k].Kind == arabic.Word && byFire(bareWord(d, k)) {
			p := c.phraseAt(d, k+1, s.b)
			if p.ok() && p.actor == nil && !c.nationalPhrase(d, p) {
				p = c.preferMention(d, p, np{}, s.b, 1)
			}
			if p.ok() && (p.actor != nil || c.nationalPhrase(d, p)) {
				return p
			}
			break
		}
	}
	return np{}
}

// onlyMarks reports tokens [a,b) that are all quotation marks or brackets.
func onlyMarks(d *doc, a, b int) bool {
	for k := a; k < b; k++ {
		if t := d.toks[k]; t.Kind != arabic.Punct || (quoteMarks[t.Text] == "" && t.Text != "\"" && t.Text != "(" && t.Text != ")") {
			return false
		}
	}
	return true
}

// partitives are heads that count or pick out members of a group: the
// party is the group after «من».
var partitives = map[string]bool{"عناصر": true, "عنصر": true, "افراد": true, "عدد": true, "مجموعه": true, "بعض": true, "احد": true, "احدي": true, "عشرات": true, "مئات": true, "الاف": true, "اعضاء": true,
	"مناصرين": true, "مناصرون": true, "انصار": true, "مقاتلين": true, "مقاتلون": true, "مسلحين": true, "مسلحون": true}

// partitive reads the party of a phrase headed by a partitive: «عناصر من
// الأمن الروسي» is the Russian security service; «إحدى الغارات» names an
// act, no party. Otherwise the phrase is returned as it is.
func (c *Coder) partitive(d *doc, p np) np {
	if !p.ok() || d.toks[p.a].Kind != arabic.Word || d.mentionAt[p.a] >= 0 || !partitives[bareWord(d, p.a)] {
		return p
	}
	k := p.a + 1
	if k < len(d.toks) && bareWord(d, k) == "من" {
		q := c.phraseAt(d, k+1, d.sents[sentOf(d, p.a)].b)
		if q.ok() && (q.actor != nil && agentive(q.actor) || c.nationalPhrase(d, q)) {
			return q
		}
		return p
	}
	if w := bareWord(d, p.a); (w == "احدي" || w == "احد") && c.actNoun(d, k) {
		return np{} // «قتلت إحدى الغارات 30 شخصا»: the act, not who made it
	}
	return p
}

// sentOf is the index of the sentence holding token i.
func sentOf(d *doc, i int) int {
	for si, s := range d.sents {
		if i >= s.a && i < s.b {
			return si
		}
	}
	return len(d.sents) - 1
}

// adverbsBefore steps back from token k over adverbs that may sit between a
// complementiser and its verb («لكنها أيضا هددت», «أنه قد أمر»).
func adverbsBefore(d *doc, k, start int) int {
	for k > start && d.toks[k].Kind == arabic.Word {
		switch d.toks[k].Norm {
		case "ايضا", "قد", "بدوره", "بدورها", "بدورهم", "كذلك", "فعلا":
			k--
			continue
		}
		break
	}
	return k
}

// objectless reports an accusation verb followed at once by the charge
// with ب and no object («وكانت إسرائيل قد اتهمت بشن هجوم»): the active
// verb needs the accused, so this is the passive, its subject accused.
func (c *Coder) objectless(d *doc, h *hit) bool {
	i := h.head()
	if h.trig.Type != "ACCUSE" || !h.trig.Verb || len(h.pos) != 1 || !strings.Contains(bareWord(d, i), "تهم") || objectPronoun(d, h) {
		return false
	}
	s := d.sents[h.sent]
	k := i + 1
	if k >= s.b || d.toks[k].Kind != arabic.Word || d.mentionAt[k] >= 0 || d.placeAt[k] >= 0 {
		return false
	}
	w := bareWord(d, k)
	if !strings.HasPrefix(w, "ب") || len([]rune(w)) < 3 || c.lx.timeW[strings.TrimPrefix(w, "ب")] || c.lx.timeW[w] || docNoun(w) {
		return false
	}
	switch w {
	case "بعد", "بين", "بشده", "بقوه", "بوضوح", "بشكل", "بدوره", "بدورها", "بدورهم", "بل", "بان", "بانه", "بانها", "بسبب":
		return false // adverbs and connectors; the object may follow
	}
	return true // the charge: «بشن», «بالتجسس»
}

// copula reports «كان» and its forms at token k.
func copula(d *doc, k int) bool {
	if k < 0 || k >= len(d.toks) {
		return false
	}
	switch bareWord(d, k) {
	case "كان", "كانت", "كانوا":
		return true
	}
	return false
}

// passiveSpeaker reports a "speaker" of a passive verb that is its subject
// («وكانت إسرائيل قد اتُّهمت بشن هجوم», «واتُّهم تسعة … »): the one
// accused, not the one who speaks.
func (c *Coder) passiveSpeaker(d *doc, h *hit, sp speaker, recip np) bool {
	if !h.pass {
		return false
	}
	if sp.end > h.head() {
		return true
	}
	return recip.ok() && namesOverlap(sp.name, c.toActor(d, recip, false).Name)
}

// supporter reports a party named after «بإسناد», «بدعم (من)», «بمساندة»,
// «بمشاركة», «بغطاء جوي من» at token k (the mention's first word): it
// backs the act of the clause's subject, it neither does it nor suffers it
// («أحكمت القوات، بإسناد ومشاركة التحالف، سيطرتها على المطار»).
func supporter(d *doc, k int) bool {
	j := k - 1
	for n := 0; j >= 0 && n < 2 && d.toks[j].Kind == arabic.Word; n++ {
		switch d.toks[j].Norm {
		case "من", "جوي":
			j--
			continue
		}
		break
	}
	if j < 0 || d.toks[j].Kind != arabic.Word {
		return false
	}
	switch d.toks[j].Norm {
	case "باسناد", "واسناد", "بدعم", "بمسانده", "ومسانده", "بمشاركه", "ومشاركه", "بغطاء":
		return true
	}
	return supportedBy(d, k) // the longer forms (args_support_phrase.go)
}

// previousSubject is the subject of the sentence before a hit whose verb
// opens its own sentence without a subject («وتمكنت من استعادة …»): the
// first agentive party of that sentence, when it opens the sentence or
// follows its first verb.
func (c *Coder) previousSubject(d *doc, h *hit) *marsad.Actor {
	s := d.sents[h.sent]
	i := h.head()
	if h.sent == 0 || !h.trig.Verb || i > s.a+1 {
		return nil
	}
	p := d.sents[h.sent-1]
	for k := p.a; k < p.b && k <= p.a+4; k++ {
		if m := d.mentionAt[k]; m >= 0 {
			if a := &d.mentions[m].Actor; agentive(a) && canAssault(h, a) && !controller(d, k) {
				return d.mentionActor(int(m))
			}
			return nil
		}
	}
	return nil
}

// regimeParty reads «نظام دمشق», «حكومة طهران», «سلطات بغداد»: a word
// for a government followed by a city or country is that country's
// government.
func (d *doc) regimeParty(p np) *marsad.Actor {
	if !p.ok() || p.b-p.a < 2 || d.toks[p.a].Kind != arabic.Word {
		return nil
	}
	switch strings.TrimPrefix(bareWord(d, p.a), "ب") {
	case "نظام", "حكومه", "سلطات":
	default:
		return nil
	}
	k := d.placeAt[p.a+1]
	if k < 0 || d.places[k].Country == "" || d.places[k].a != p.a+1 {
		return nil
	}
	name, _ := d.spanText(p.a, d.places[k].b)
	return &marsad.Actor{Name: name, Country: d.places[k].Country, Sector: "GOV"}
}

// chargeAt reports a word at token k that opens the content of an
// accusation with a glued ب («بالانخراط», «بتدبير»).
func chargeAt(d *doc, k, end int) bool {
	if k >= end || d.toks[k].Kind != arabic.Word || d.mentionAt[k] >= 0 || d.placeAt[k] >= 0 {
		return false
	}
	w := bareWord(d, k)
	return strings.HasPrefix(w, "ب") && len([]rune(w)) >= 4 && w != "بشده" && w != "بعد" && w != "بين"
}

// chargeAfter reports the charge of an accusation right after the party
// phrase at token k (its mentions and definite words: «ضباط الشرطة
// بالانخراط»), with no second party between.
func chargeAfter(d *doc, k, end int) bool {
	for j := k; j < end && j <= k+6; j++ {
		if chargeAt(d, j, end) {
			return j > k
		}
		if d.toks[j].Kind != arabic.Word || (d.mentionAt[j] < 0 && !definite(d.toks[j].Norm)) {
			return false
		}
		if j > k && d.mentionAt[j] >= 0 && d.mentionAt[j] != d.mentionAt[j-1] && d.toks[j].Norm != bareWord(d, j) {
			return false // «… وإيران»: a list, not a phrase
		}
	}
	return false
}

// sideEnd is where the first side of «بين X … و Y» ends: after its phrase,
// the «من» group of a partitive head («مناصرين من تيار المستقبل») and
// «من جهة».
func (c *Coder) sideEnd(d *doc, x np, end int) int {
	j := x.b
	for j+1 < end && d.toks[j].Kind == arabic.Word && d.toks[j].Norm == "من" {
		if w := d.toks[j+1].Norm; w == "جهه" || w == "ناحيه" {
			return j + 2
		}
		p := c.phraseAt(d, j+1, end)
		if !p.ok() {
			break
		}
		j = p.b
	}
	return j
}

// gluedBa reports token k carrying the preposition ب glued to a word the
// analyser also reads without it («بالجيش», «بمقاتلي», «بتركيا»). A name
// the linker found says itself where it starts: in «بولتون» or «بغداد» the
// ب is the name's own letter.
func gluedBa(d *doc, k int) bool {
	w := bareWord(d, k)
	if !strings.HasPrefix(w, "ب") {
		return false
	}
	name := -1 // where a name found there starts (code points)
	if m := d.mentionAt[k]; m >= 0 && d.mentions[m].TokStart == k {
		name = d.mentions[m].Span.Start
	} else if p := d.placeAt[k]; p >= 0 && d.places[p].a == k {
		name = d.places[p].Start
	}
	if name >= 0 {
		r := []rune(d.toks[k].Text)
		return strings.ContainsRune(string(r[:max(0, min(name-d.toks[k].CStart, len(r)))]), 'ب')
	}
	for _, key := range d.keys[k] {
		if key == w[len("ب"):] || (strings.HasPrefix(w, "بال") && key == w[len("بال"):]) {
			return true
		}
	}
	return false
}

// prepObject reports a party at k that opens with the preposition ب the
// trigger takes («أشاد أيضا بتركيا», «أشيد بمقاتلي الجيش»): the object,
// never the subject, even when the word has no article after ب.
func (c *Coder) prepObject(d *doc, h *hit, k int) bool {
	if k >= len(d.toks) || (d.mentionAt[k] < 0 && d.placeAt[k] < 0) || !gluedBa(d, k) {
		return false
	}
	return c.takesBa(h)
}

// takesBa reports a trigger that takes its object or content with ب.
func (c *Coder) takesBa(h *hit) bool {
	for _, p := range h.trig.Preps {
		if p == "ب" {
			return true
		}
	}
	return false
}

// beforePrepObject bounds the search for a name after the subject phrase p
// at the object the trigger takes with ب («وأشاد الوزير بالجيش»: the army
// is praised, it is not the minister's name); end otherwise. After an
// indefinite word ب places a person in a body («مسؤول كبير بوزارة
// الخارجية»): that body is the phrase's party.
func (c *Coder) beforePrepObject(d *doc, h *hit, p np, end int) int {
	if !p.ok() {
		return end
	}
	for k := p.b; k < end && k < p.b+2; k++ {
		if c.prepObject(d, h, k) {
			if k == p.b && p.actor == nil && !definite(bareWord(d, p.b-1)) {
				return end
			}
			return k
		}
	}
	return end
}

// gluedLam reports a word that starts with the preposition ل glued to it
// («للمدنيين», «لحماس»).
func gluedLam(d *doc, k int) bool {
	w := bareWord(d, k)
	if !strings.HasPrefix(w, "ل") {
		return false
	}
	for _, key := range d.keys[k] {
		if key == w[len("ل"):] || (strings.HasPrefix(w, "لل") && (key == w[len("لل"):] || key == "ال"+w[len("لل"):])) {
			return true
		}
	}
	return false
}

// firstMention is the first token of p that an actor mention covers, else
// p's first token.
func firstMention(d *doc, p np) int {
	for k := p.a; k < p.b; k++ {
		if d.mentionAt[k] >= 0 {
			return k
		}
	}
	return p.a
}

// Round 2 (issue 5): constructions read on a second audit of unannotated
// news; sentences of our own in testdata/chain_cases.txt.

// launcherVerb reports «أطلقه/أطلقتها/أطلقهما…»: «launched» with the
// object pronoun of the projectile before it.
func launcherVerb(w string) bool {
	w = strings.TrimPrefix(w, "و")
	if !strings.HasPrefix(w, "اطلق") {
		return false
	}
	switch strings.TrimPrefix(w, "اطلق") {
	case "ه", "ها", "هما", "هم", "ته", "تها", "تهما", "تهم", "وه", "وها", "وهما":
		return true
	}
	return false
}

// projectile reports a word for a missile, a shell or a drone.
func projectile(w string) bool {
	w = strings.TrimPrefix(w, "و")
	for _, pre := range []string{"بال", "لل", "ال"} {
		if strings.HasPrefix(w, pre) {
			w = w[len(pre):]
			break
		}
	}
	for _, p := range []string{"صاروخ", "صواريخ", "لصاروخ", "لصواريخ", "قذيف", "قذايف", "طايره", "طايرت", "طايرات", "لطايره", "مسيره", "مسيرات", "درون"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// stopping reports a trigger word that tells an attack through its
// failure: an interception, a downing, a destruction in flight.
func stopping(d *doc, h *hit) bool {
	if h.trig.Inverse {
		return true
	}
	for _, w := range []string{"دمر", "تدمير", "اسقط", "اسقاط", "اعترض", "اعتراض"} {
		if strings.Contains(bareWord(d, h.head()), w) {
			return true
		}
	}
	return false
}

// towards are the prepositions of an attack's aim («باتجاه المملكة»,
// «لاستهداف مطار أبها»).
var towards = map[string]bool{"باتجاه": true, "تجاه": true, "نحو": true, "صوب": true, "على": true, "لاستهداف": true, "ضد": true, "اتجاه": true, "مستهدفا": true, "مستهدفه": true}

// launchedAttack reads «اعترضت الدفاعات صاروخا أطلقه المتمردون باتجاه
// المدينة», «دمرت القوات طائرتين مسيرتين أطلقهما المسلحون لاستهداف
// المطار»: the report of an interception tells the attack it stopped, so
// the launcher is the actor and the side aimed at (the place's country, or
// else the interceptor's) the recipient. It changes ev only when the
// launcher is named right after the projectile.
func (c *Coder) launchedAttack(d *doc, h *hit, ev *marsad.Event, fb *fallback) {
	if c.followUp(d, h) {
		ev.Actor, ev.Recipient, fb.actor, fb.recip = nil, nil, nil, nil
		return
	}
	if ev.Type != "ASSAULT" || !stopping(d, h) {
		return
	}
	s := d.sents[h.sent]
	end := min(s.b, h.last()+14)
	proj, k := -1, h.head()
	for ; k < end; k++ {
		t := d.toks[k]
		if (t.Text == "،" && proj >= 0) || t.Text == "." || t.Text == ":" {
			return // (a comma before the projectile sets off a time: «اعترضت الدفاعات، الأحد، صاروخا»)
		}
		if proj < 0 && projectile(bareWord(d, k)) {
			proj = k
		}
		if proj >= 0 && k > proj && launcherVerb(d.toks[k].Norm) {
			break
		}
		if proj >= 0 && k > proj && k+3 < s.b && strings.TrimPrefix(d.toks[k].Norm, "و") == "اطلق" && d.toks[k+1].Norm == "من" && d.toks[k+2].Norm == "قبل" {
			k += 2 // «صاروخا أُطلق من قبل الميليشيا»: the agent of the passive
			break
		}
	}
	if proj < 0 || k >= end {
		return
	}
	j := c.skipAdverbs(d, k+1, s.b)
	p := c.phraseAt(d, j, s.b)
	if !p.ok() || c.prepPhrase(d, j) {
		return
	}
	if p.actor == nil {
		p = c.preferMention(d, p, np{}, s.b, 2)
	}
	launcher := c.toActor(d, p, false)
	if launcher == nil || (p.actor == nil && d.placeAt[p.a] >= 0) {
		return
	}
	interceptor := ev.Actor
	if interceptor == nil {
		// an interception's subject was dropped (precision_filter.go): the
		// party named between the trigger and the projectile, or just
		// before the trigger («تمكنت الدفاعات السعودية من اعتراض»)
		for y := proj - 1; y >= max(s.a, h.head()-6) && interceptor == nil; y-- {
			if m := d.mentionAt[y]; m >= 0 && linked(&d.mentions[m].Actor) {
				interceptor = d.mentionActor(int(m))
			}
		}
		if interceptor == nil {
			if code := c.nisbaCountry(d, max(s.a, h.head()-6), proj); code != "" {
				interceptor = &marsad.Actor{Name: code, Country: code, Sector: "GOV"}
			}
		}
	}
	ev.Actor, fb.actor = launcher, nil
	// the aim: «باتجاه/على/نحو X» in the clause after the launcher
	var aim *marsad.Actor
	for q := p.b; q < s.b && q < p.b+18 && aim == nil; q++ {
		if t := d.toks[q].Text; t == "،" || t == "." {
			break
		}
		if !towards[bareWord(d, q)] {
			continue
		}
		x := c.skipAdverbs(d, q+1, s.b)
		if x < s.b && (d.toks[x].Norm == "اراضي" || d.toks[x].Norm == "الاراضي" || d.toks[x].Norm == "اجواء") {
			if code := c.nisbaCountry(d, x+1, min(x+2, s.b)); code != "" {
				name, _ := d.spanText(x, x+2)
				aim = &marsad.Actor{Name: name, Country: code, Sector: "GOV"}
				break
			}
			x++
		}
		for y := x; y < min(s.b, x+3) && aim == nil; y++ {
			if pk := d.placeAt[y]; pk >= 0 && d.places[pk].Country != "" && d.places[pk].Country != launcher.Country {
				name, _ := d.spanText(x, d.places[pk].b)
				aim = &marsad.Actor{Name: name, Country: d.places[pk].Country, Sector: "GOV"}
			} else if m := d.mentionAt[y]; m >= 0 && linked(&d.mentions[m].Actor) && d.mentions[m].Actor.Country != launcher.Country {
				aim = d.mentionActor(int(m))
			}
		}
	}
	if aim == nil && interceptor != nil && interceptor.Country != "" && interceptor.Country != launcher.Country {
		aim = &marsad.Actor{Name: interceptor.Name, Country: interceptor.Country, Sector: "GOV"}
	}
	if aim == nil && ev.Location != nil && ev.Location.Country != "" && ev.Location.Country != launcher.Country {
		aim = &marsad.Actor{Name: ev.Location.Name, Country: ev.Location.Country, Sector: "GOV"} // «في أجواء المملكة»
	}
	ev.Recipient, fb.recip = aim, nil
	ev.Symmetric = false
}

// docNoun reports a noun of a text issued by a party («بيان», «تقرير»).
func docNoun(w string) bool {
	switch w {
	case "بيان", "بيانا", "تقرير", "تقريرا", "رساله", "تسجيل", "تسجيلا", "شريط", "منشور", "منشورا", "تغريده":
		return true
	}
	return false
}

// issuer reads «اتهم بيان للجناح العسكري لحماس إسرائيل»: a text named by
// the subject noun after the verb acts for the party its ل names (the
// party of the chain «للجناح العسكري لحماس» that the linker knows). The
// phrase returned ends with that chain, so the object follows it.
func (c *Coder) issuer(d *doc, k, end int) np {
	if k+1 >= end || !docNoun(bareWord(d, k)) || !gluedLam(d, k+1) {
		return np{}
	}
	var cand np
	y := k + 1
	for y < end && y <= k+8 && d.toks[y].Kind == arabic.Word {
		if m := d.mentionAt[y]; m >= 0 {
			mm := d.mentions[m]
			if y > k+1 && mm.TokStart == y && !gluedLam(d, y) {
				break // «… لحماس إسرائيل»: the object
			}
			if linked(&mm.Actor) && agentive(&mm.Actor) && (!cand.ok() || gluedLam(d, y)) {
				a := mm.Actor
				cand = np{a: y, b: mm.TokEnd, actor: &a}
			}
			y = max(y+1, mm.TokEnd)
			continue
		}
		if gluedLam(d, y) || definite(d.toks[y].Norm) && !c.isTrigger(d, y) {
			y++
			continue
		}
		break
	}
	if !cand.ok() || cand.b != y {
		return np{}
	}
	return cand
}

// populated reports a party word after «الآهلة/المأهولة» («المدن الآهلة
// بالسكان»): it describes the place aimed at and is no party to the act.
func populated(d *doc, k int) bool {
	if k < 1 {
		return false
	}
	switch d.toks[k-1].Norm {
	case "الاهله", "الماهوله", "اهله", "ماهوله", "المكتظه", "مكتظه":
		return true
	}
	return false
}

// followUp reads «تمكنت الدفاعات من اعتراضه وتدميره»: a stopping act whose
// object is a pronoun for a projectile told as launched in this sentence or
// the one before adds to that attack's report; the interceptor is neither
// its actor nor its target, which the attack's report names.
func (c *Coder) followUp(d *doc, h *hit) bool {
	if h.trig.Type != "ASSAULT" || !stopping(d, h) || !objectSuffix(d.toks[h.last()]) {
		return false
	}
	launch, proj := false, false
	for k := d.sents[max(0, h.sent-1)].a; k < h.head(); k++ {
		x := bareWord(d, k)
		launch = launch || strings.HasPrefix(x, "اطلق") || strings.HasPrefix(x, "يطلق")
		proj = proj || projectile(x)
	}
	return launch && proj
}

// hostileAct reports a noun naming an attack in general terms («العمل
// العدائي», «الاعتداء»), or an act noun of force.
func (c *Coder) hostileAct(d *doc, k int) bool {
	switch bareWord(d, k) {
	case "العمل", "عمل", "الاعتداء", "اعتداء", "الهجوم", "هجوم", "التصعيد", "الاستهداف", "العدوان":
		return true
	}
	return c.actNoun(d, k)
}

// byAgent reads «هذا العمل العدائي من قبل الميليشيا … وأن إطلاق الصواريخ
// …»: an act of force told in general terms with «من قبل X» earlier in its
// sentence is X's; a spokesman who condemns it or a party named later in
// the clause is not its actor.
func (c *Coder) byAgent(d *doc, h *hit) np {
	s := d.sents[h.sent]
	for k := s.a + 1; k+2 < h.head(); k++ {
		if d.toks[k].Norm != "من" || d.toks[k+1].Norm != "قبل" {
			continue
		}
		act := false
		for y := k - 1; y >= max(s.a, k-3) && !act; y-- {
			act = c.hostileAct(d, y)
		}
		if !act {
			continue
		}
		if m := d.mentionAt[k+2]; m >= 0 && agentive(&d.mentions[m].Actor) {
			a := d.mentions[m].Actor
			return np{a: k + 2, b: max(k+3, d.mentions[m].TokEnd), actor: &a}
		}
	}
	return np{}
}

// lamArmed reads «في قصف للطائرات الإسرائيلية», «غارات لمقاتلات
// التحالف»: an armed body glued to ل after an act of force is its agent
// (the armed head and a country's nisba or a party it names). It returns
// the agent, or nil.
func (c *Coder) lamArmed(d *doc, p np) *marsad.Actor {
	if !p.ok() || !gluedLam(d, p.a) {
		return nil
	}
	w := bareWord(d, p.a)
	if strings.HasPrefix(w, "لل") {
		w = "ال" + w[len("لل"):]
	} else {
		w = w[len("ل"):]
	}
	armed := false
	for _, h := range armedHeads {
		armed = armed || w == h
	}
	if !armed && p.actor != nil && linked(p.actor) && (p.actor.Sector == "MIL" || p.actor.Sector == "REB") {
		return p.actor // «في قصف للتحالف الدولي»
	}
	if !armed {
		return nil
	}
	if p.actor != nil && linked(p.actor) && p.actor.Sector != "CVL" {
		a := *p.actor
		if a.Sector == "" {
			a.Sector = "MIL"
		}
		return &a
	}
	if a := armedOwner(d, p); a != nil {
		return a // «في غارات لطيران التحالف» (args_round6.go)
	}
	e := c.adjectivesEnd(d, p.a+1, max(p.b, p.a+1))
	if code := c.nisbaCountry(d, p.a+1, max(e, p.b)); code != "" {
		return &marsad.Actor{Country: code, Sector: "MIL"}
	}
	return nil
}

// nounUse reports a one-word verb trigger written as a bare perfect
// («قصف», «هجوم» has its own entry) right after a preposition of cause or
// time («في قصف», «جراء قصف», «إثر قصف»): the verbal noun, not the verb.
func nounUse(d *doc, h *hit) bool {
	i := h.head()
	if !h.trig.Verb || len(h.pos) != 1 || i == 0 || d.toks[i].Norm != bareWord(d, i) || objectSuffix(d.toks[i]) {
		return false
	}
	switch d.toks[i-1].Norm {
	case "في", "وفي", "جراء", "اثر", "عقب", "بسبب":
		// (the noun's agent is its glued-ل armed genitive: «في قصف للطائرات»)
		return i+1 < len(d.toks) && gluedLam(d, i+1)
	}
	return false
}

// victimsBefore reads «إصابة 12 فلسطينيا بجروح في قصف …», «مقتل ثلاثة
// جنود جراء غارة …»: the toll told before «في/جراء + act noun» names those
// the act hit.
func (c *Coder) victimsBefore(d *doc, h *hit) np {
	s := d.sents[h.sent]
	i := h.head()
	if i < s.a+2 {
		return np{}
	}
	switch d.toks[i-1].Norm {
	case "في", "جراء", "اثر", "عقب", "بسبب":
	default:
		return np{}
	}
	for k := i - 2; k >= s.a && k >= i-9; k-- {
		if t := d.toks[k].Text; t == "،" || t == "." || t == ":" {
			return np{}
		}
		if !d.has(k, c.lx.deaths) && !d.has(k, c.lx.injuries) {
			continue
		}
		p := c.countPhrase(d, k+1, i-1)
		if !p.ok() {
			p = c.phraseAt(d, k+1, i-1)
		}
		if p.ok() && c.victimPhrase(d, p) {
			return p
		}
		return np{}
	}
	return np{}
}

// instrument reports a word of a weapon with ب glued to it («بطائرات»,
// «بالصواريخ», «بقذائف»).
func instrument(d *doc, k int) bool {
	w := bareWord(d, k)
	if !strings.HasPrefix(w, "ب") {
		return false
	}
	return projectile(w[len("ب"):]) || chemical(w[len("ب"):])
}
