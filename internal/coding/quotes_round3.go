package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// notSubject reports a word that never opens the subject of a reporting
// verb: a reflexive («ويصف نفسه بأنه …»), the negation noun «عدم» («وأعلن
// عدم نيته …»), a pronoun opening a circumstantial clause («وأضاف وهو
// محاط بالأعلام: …», «وهم يهتفون: …») or a first-person object («بدا لي
// أنه …»).
func notSubject(w string) bool {
	switch w {
	case "نفسه", "نفسها", "نفسهم", "انفسهم", "نفسي", "عدم",
		"وهو", "وهي", "وهم", "وهما", "وهن", "هو", "هي", "هم", "لي", "لنا":
		return true
	}
	return false
}

// namedInApposition reports a name at a that reads as an accusative
// participle («ماريا», «مونيكا») but is followed, within three words, by a
// comma and a linked title or name: «قالت ماريا زخاروفا، المتحدثة باسم
// الوزارة، إن …». A participle is followed by its object or a preposition.
func (c *Coder) namedInApposition(d *doc, a, b int) bool {
	for k := a + 1; k < b && k <= a+3; k++ {
		t := d.toks[k]
		if t.Text == "،" {
			return k > a+1 && k+1 < len(d.toks) && d.mentionAt[k+1] >= 0
		}
		if t.Kind != arabic.Word || preposition(t.Norm) || c.isStop(d, k) || definite(t.Norm) {
			return false
		}
	}
	return false
}

// lamNoun reports a noun that begins with ل and is no preposition +
// noun: «لجنة التحقيقات قالت …».
func lamNoun(w string) bool {
	switch w {
	case "لجنه", "لجان", "لواء", "لوبي":
		return true
	}
	return false
}

// skipDayAside moves k past a day or time set off by commas between a
// relaying verb's outlet and its «عن» («نقلت وكالة تاس، الأربعاء، عن …»).
func (c *Coder) skipDayAside(d *doc, k, end int) int {
	j := k
	for j < end && j < k+5 {
		t := d.toks[j]
		_, day := c.cal.weekday(t.Norm)
		if t.Text == "،" || day || c.lx.timeW[t.Norm] {
			j++
			continue
		}
		break
	}
	if j < end && (d.toks[j].Norm == "عن" || d.toks[j].Norm == "علي") {
		return j
	}
	return k
}

// relativeTail reads a relative clause on an occasion noun at k («في كلمة
// ألقاها في العاصمة أنه …», «في مقابلة أجراها معه موقع X، إن …»): a verb
// with an object pronoun. Up to eight words on, a complementiser, a colon
// or a quotation mark shows that no subject follows; its position is
// returned, else k.
func relativeTail(d *doc, k, end int) int {
	if k >= end || d.toks[k].Kind != arabic.Word || d.mentionAt[k] >= 0 {
		return k
	}
	if w := d.toks[k].Text; !strings.HasSuffix(w, "ها") && !strings.HasSuffix(w, "ه") {
		return k
	}
	for j := k + 1; j < end && j <= k+8; j++ {
		t := d.toks[j]
		if t.Text == ":" || quoteMarks[t.Text] != "" || t.Kind == arabic.Word && complementiser(d, j) {
			return j
		}
		if t.Kind == arabic.Punct && t.Text != "،" {
			break
		}
	}
	return k
}

// identityObject reports «اسمه», «هويتها» at k, or after «عن» («لم يكشف
// عن هويته»): a verb with it names no one and reports nothing.
func identityObject(d *doc, k, end int) bool {
	if k < end && d.toks[k].Norm == "عن" {
		k++
	}
	if k >= end {
		return false
	}
	switch d.toks[k].Norm {
	case "اسمه", "اسمها", "اسمهم", "هويته", "هويتها", "هويتهم":
		return true
	}
	return false
}

// replyVerb reports «ردّ X» at k with a linked subject after it («ورد
// ماكرون قائلا …»): bareWord keeps «ورد» whole, as the verb «ورد» (was
// mentioned) it also is.
func replyVerb(d *doc, k int) bool {
	switch d.toks[k].Norm {
	case "رد", "ردت", "ورد", "وردت", "فرد", "فردت":
		return k+1 < len(d.toks) && d.mentionAt[k+1] >= 0
	}
	return false
}

// secondObject reports a verb that takes two objects («اعتبر», «وصف»)
// read with an unlinked definite noun after it that runs straight into a
// quotation mark or an accusative («واعتبرت الخطوة "انتهاكا صارخا"»), or
// after «وصف» into «بأن» («ووصفت المحتجين بأنهم …»): the noun is the
// first object and the subject is not written.
func (c *Coder) secondObject(d *doc, bw string, a, b, end int) bool {
	switch bw {
	case "اعتبر", "اعتبرت", "يعتبر", "تعتبر", "وصف", "وصفت", "يصف", "تصف",
		"صف", "صفت": // («ووصفت»: bw has lost both و)
	default:
		return false
	}
	if b < end && strings.HasSuffix(strings.TrimSuffix(bw, "ت"), "صف") && complementiser(d, b) && describedPhrase(d, a, b) {
		return true // «ووصفت المحتجين بأنهم مثيرو شغب», «ووصف الجيش الإسرائيلي بأنه …»: whom it described (quotes_round9.go)
	}
	if b-a != 1 || !definite(d.toks[a].Norm) || b >= end {
		return false
	}
	t := d.toks[b]
	if d.mentionAt[a] >= 0 {
		return false
	}
	if quoteMarks[t.Text] != "" {
		return true
	}
	w := strings.TrimRight(t.Text, "\u064b\u064e\u064f\u0650\u0651\u0652")
	return t.Kind == arabic.Word && !definite(t.Norm) && strings.HasSuffix(w, "ا") && d.mentionAt[b] < 0
}

// weakPhrase is the phrase [a,b) after a verb that is not its subject,
// kept only as a last resort.
func weakPhrase(d *doc, a, b int) speaker {
	name, _ := d.spanText(a, b)
	return speaker{name: strings.Trim(name, " ،,«»\"“”()"), weak: true, end: b}
}

// recentParty finds the party named last before token i, in its sentence
// si or the two before it («وعمل عبد العظيم في الحملة … ويصف نفسه بأنه
// …»); else it keeps the phrase read after the verb.
func (c *Coder) recentParty(d *doc, i, si int, phrase speaker) speaker {
	start := d.sents[max(si-2, 0)].a
	if m := c.nearestMentionBefore(d, i, start); m.ok() {
		name, _ := d.spanText(m.a, m.b)
		return speaker{name: strings.Trim(name, " ،,«»\"“”()"), actor: m.actor}
	}
	return speaker{name: phrase.name}
}

// namelessAside reports a word that opens an aside on an unnamed source
// after a comma («متحدث عسكري، لم يذكر اسمه،», «مسؤول، طلب عدم الكشف عن
// هويته،»): it ends the speaker phrase.
func namelessAside(w string) bool {
	switch w {
	case "لم", "طلب", "طلبت", "رفض", "رفضت", "فضل", "فضلت", "مفضلا", "طالبا", "اشترط":
		return true
	}
	return false
}

// bName reports a name that begins with ب and is no preposition + noun
// («وقالت برنوسي إن …», «وأضاف بولتون:»): one to three words that run
// straight into a complementiser, a colon, a quotation mark or a comma.
// A manner phrase («بشكل قاطع», «بصراحة») and a phrase with a pronoun
// or a second preposition («بموجبها بارتكاب») are not; after a verb that is
// also an act (act), only a complementiser or a colon may follow.
func (c *Coder) bName(d *doc, a, b, end int, act bool) bool {
	t := d.toks[a]
	if !strings.HasPrefix(t.Norm, "ب") || strings.HasPrefix(t.Norm, "بال") || strings.HasPrefix(t.Text, "بـ") || b-a > 3 || b >= end {
		return false
	}
	if mannerNoun(strings.TrimPrefix(t.Norm, "ب")) || len([]rune(t.Norm)) < 4 || strings.HasSuffix(t.Text, "ه") || strings.HasSuffix(t.Text, "ها") || strings.HasSuffix(t.Text, "هم") {
		return false // («يقر بموجبها بارتكاب "…"»: a pronoun ends a prepositional phrase)
	}
	for k := a + 1; k < b; k++ {
		if w := d.toks[k].Norm; d.toks[k].Kind != arabic.Word || strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل") || c.isStop(d, k) {
			return false
		}
	}
	n := d.toks[b]
	if act {
		// «وأكد بيسوف أنه …»; after an act verb a quotation mark or a comma
		// may follow what is asked for («وطالب بتحقيق دولي "…"»)
		return n.Text == ":" || n.Kind == arabic.Word && complementiser(d, b)
	}
	return n.Text == ":" || n.Text == "،" || quoteMarks[n.Text] != "" || n.Kind == arabic.Word && complementiser(d, b)
}

// mannerNoun reports a noun that «بـ» turns into a manner adverb after a
// reporting verb («قال بصراحة», «أكد بشكل قاطع», «وأضاف بلهجة حادة»).
func mannerNoun(w string) bool {
	switch w {
	case "شكل", "صوره", "صراحه", "وضوح", "لهجه", "نبره", "صوت", "حزم", "ثقه", "قوه", "حده", "دوره", "دورها", "دورهم",
		"اختصار", "ايجاز", "تفصيل", "عباره", "عبارات", "كلمات", "لغه", "وقت", "اسف", "حسره", "غضب", "فخر", "مراره",
		"سخريه", "تهكم", "حزن", "فرح", "اقتضاب", "انفعال", "هدوء", "حماس", "تاثر", "ابتسامه", "امتعاض", "استياء", "اسي", "ثبات", "دقه", "حسم", "جديه":
		return true
	}
	return false
}

// appositionTopic reads a subject written before the verb at i with an
// apposition between commas: «لكن الصديق الصادق، نجل رئيس الوزراء
// الأسبق، قال:», «غير أن مات هيربر، الباحث في المنظمة، أكد أن …», «أما
// أحمد رويضي، وهو ممثل المنظمة، فقال إن …». The subject opens the sentence
// or follows a contrast («لكن», «غير أن», «أما») or a complementiser
// («وأفاد المركز بأن رئيس الجالية، عادل …، قال إن»); it is one to five words
// with no verb or particle, and the apposition opens with a title, a
// definite noun, a kinship noun, «وهو/وهي», a linked name or a short
// name (not a day:
// «في بغداد، الأحد، قال» has no subject). The phrase returned runs from
// the subject to the end of the apposition.
func (c *Coder) appositionTopic(d *doc, i, start int) np {
	if i-4 < start || d.toks[i-1].Text != "،" || c.joinedVerb(d, i) || c.fJoined(d, i) && !c.topicBefore(d, i, start) {
		return np{}
	}
	c1 := -1
	for k := i - 2; k > start && k >= i-24; k-- {
		t := d.toks[k]
		if t.Text == "،" {
			c1 = k
			break
		}
		if t.Kind == arabic.Punct && quoteMarks[t.Text] == "" && t.Text != "(" && t.Text != ")" || t.Kind == arabic.Word && (complementiser(d, k) || c.reportingAt(d, k)) {
			return np{}
		}
	}
	if c1 < 0 || c1+1 >= i-1 {
		return np{}
	}
	// the apposition's head
	h := d.toks[c1+1]
	if _, day := c.cal.weekday(h.Norm); day || c.lx.timeW[h.Norm] || h.Kind != arabic.Word {
		return np{}
	}
	short := i-1-(c1+1) <= 4 && nameLike(h.Text) // «رئيس الجالية، عادل عبد الرحمن، قال»
	if !(definite(h.Norm) || d.mentionAt[c1+1] >= 0 || kinshipNoun(h.Norm) || h.Norm == "وهو" || h.Norm == "وهي" || short) || relative(h.Norm) {
		return np{}
	}
	// the subject: from the start of the clause to the first comma
	ts := -1
	lo := sideOpener(d, start, c1)
	for k := c1 - 1; k >= lo && k >= c1-6; k-- {
		t := d.toks[k]
		if k == lo {
			ts = k
			if t.Norm == "اما" || t.Norm == "واما" || contrastive(d, k) && t.Norm != "غير" && t.Norm != "الا" && t.Norm != "بيد" {
				ts = k + 1
			}
			break
		}
		if t.Kind != arabic.Word {
			return np{}
		}
		if t.Norm == "اما" || t.Norm == "واما" || contrastive(d, k) {
			ts = k + 1
			break
		}
		if complementiser(d, k) {
			// «غير أن X، …، أكد», «وأفاد المركز بأن X، …، قال إن»
			ts = k + 1
			break
		}
	}
	if ts < 0 || ts >= c1 || c1-ts > 5 {
		return np{}
	}
	for k := ts; k < c1; k++ {
		t := d.toks[k]
		// (a first name may read as a trigger: «سامر نصار»; «وصل الوفد» is a verb and its subject)
		firstName := k == ts && c1-ts == 2 && !definite(d.toks[k+1].Norm)
		if t.Kind != arabic.Word || c.lx.stop[t.Norm] || c.isTrigger(d, k) && d.mentionAt[k] < 0 && !firstName || c.reportingAt(d, k) {
			return np{}
		}
	}
	f := d.toks[ts].Norm
	if d.mentionAt[ts] < 0 && !definite(f) && !nameLike(d.toks[ts].Text) || preposition(bareWord(d, ts)) {
		return np{}
	}
	p := np{a: ts, b: i - 1}
	p.actor = d.firstActor(ts, c1, "")
	if p.actor == nil {
		p.actor = d.firstActor(ts, i-1, "")
	}
	return p
}

// kinshipNoun reports a noun of kinship that opens an apposition («نجل
// الرئيس», «شقيقة الضحية»).
func kinshipNoun(w string) bool {
	switch w {
	case "نجل", "ابن", "ابنه", "شقيق", "شقيقه", "زوج", "زوجه", "والد", "والده", "ارمله", "حفيد", "حفيده", "عم", "خال":
		return true
	}
	return false
}

// masdarAgent finds who speaks through a participle at i that follows a
// verbal noun of speech with its agent: «بعد ثلاثة أيام من إعراب السفارة
// الأمريكية عن قلقها، مشيرة إلى أن …»: the linked agent right after the
// noun, the nearest such before i in the sentence.
func (c *Coder) masdarAgent(d *doc, start, i int) (speaker, bool) {
	for k := i - 2; k >= start && k >= i-20; k-- {
		if d.toks[k].Kind != arabic.Word || !speechMasdar(bareWord(d, k)) {
			continue
		}
		m := d.mentionAt[k+1]
		if m < 0 || d.mentions[m].TokStart != k+1 || d.mentions[m].TokEnd > i {
			return speaker{}, false
		}
		mm := d.mentions[m]
		name, _ := d.spanText(mm.TokStart, mm.TokEnd)
		a := mm.Actor
		return speaker{name: strings.Trim(name, " ،,«»\"“”()"), actor: &a}, true
	}
	return speaker{}, false
}

// speechMasdar reports a verbal noun of saying whose agent follows it
// («إعراب السفارة», «تأكيد الوزير», «إعلان الجيش»).
func speechMasdar(w string) bool {
	switch w {
	case "اعراب", "تاكيد", "اعلان", "تحذير", "انتقاد", "ترحيب", "مطالبه", "دعوه", "تصريح", "تصريحات", "قول", "نفي", "اتهام", "تعهد":
		return true
	}
	return false
}

// aliName reports the first name «علي» at k, written with ي and followed
// by an indefinite word of the name («اعتبر علي الرميحي، وزير …، أن»),
// not the preposition «على» (normalised alike).
func aliName(d *doc, k int) bool {
	if d.toks[k].Text != "علي" || k+1 >= len(d.toks) {
		return false
	}
	n := d.toks[k+1]
	return n.Kind == arabic.Word && (!definite(n.Norm) || d.mentionAt[k+1] >= 0 && d.mentionAt[k+1] == d.mentionAt[k])
}

// writtenStatement reports a statement noun or a document that states what
// «جاء فيه» («وجاء في التقرير أن …», «وجاء في وثيقة للبحرية أن …»).
func writtenStatement(w string) bool {
	switch w {
	case "تقرير", "وثيقه", "مذكره", "مقال", "دراسه":
		return true
	}
	return statementNoun(w)
}

// openingPhrase moves start past a prepositional phrase that opens the
// sentence and ends at a comma («وفي مقابلة على برنامج … بعد أسبوع على
// اعتقالها، انتقد ضيف …»), so that the verb after it opens the clause.
func openingPhrase(d *doc, start, i int) int {
	if start >= i || d.toks[start].Kind != arabic.Word {
		return start
	}
	switch strings.TrimPrefix(d.toks[start].Norm, "و") {
	case "في", "خلال", "مع", "بعد", "قبل", "عقب", "اثر", "علي", "امام", "وسط":
	default:
		return start
	}
	if t := timeOpener(d, start, i); t > start {
		return t // «وفي الشهر الماضي بدأ الجيش …»: no comma closes it
	}
	for k := start + 1; k < i && k <= start+24; k++ {
		t := d.toks[k]
		if t.Text == "،" {
			return k + 1
		}
		if t.Kind == arabic.Punct && quoteMarks[t.Text] == "" && t.Text != "(" && t.Text != ")" && t.Text != "-" {
			break
		}
	}
	return start
}

// occasionBeforeColon finds «في/عبر/خلال + an occasion noun» («في بيان»,
// «عبر تغريدة», «خلال كلمة») at most ten tokens before a colon at colon,
// with no complementiser, reporting verb or other punctuation between: the
// colon closes the occasion, not a name. It returns the position of the
// preposition, or -1.
func occasionBeforeColon(d *doc, colon, start int) int {
	for k := colon - 1; k > start && k >= colon-10; k-- {
		t := d.toks[k]
		if t.Kind == arabic.Punct && t.Text != "،" && quoteMarks[t.Text] == "" || t.Kind == arabic.Word && complementiser(d, k) {
			return -1
		}
		if t.Kind == arabic.Word && platformName(t.Norm) && k-1 > start {
			// «وسارع ترامب إلى الرد عبر "تويتر": "…"»: the platform, not a name
			p := k - 1
			if quoteMarks[d.toks[p].Text] != "" {
				p--
			}
			switch strings.TrimPrefix(d.toks[p].Norm, "و") {
			case "عبر", "علي", "في":
				return p
			}
		}
		if t.Kind != arabic.Word || !occasion(bareWord(d, k)) {
			continue
		}
		switch p := strings.TrimPrefix(d.toks[k-1].Norm, "و"); p {
		case "في", "عبر", "خلال":
			return k - 1
		}
	}
	return -1
}

// titledBare resolves a speaker named by a bare definite title («وتابع
// الباحث أن …», «وأضاف الوزير:») to one of the last six speakers whose
// phrase holds that title and a name («مات هيربر، الباحث في المنظمة»):
// the title points back to someone already named in full.
func titledBare(sp speaker, spoken []speaker) speaker {
	ws := strings.Fields(arabic.Normalize(sp.name))
	if len(ws) != 1 || !strings.HasPrefix(ws[0], "ال") || !bareTitle(strings.TrimPrefix(ws[0], "ال")) {
		return sp
	}
	stem := strings.TrimPrefix(ws[0], "ال")
	for k := len(spoken) - 1; k >= 0 && k >= len(spoken)-6; k-- {
		names := strings.Fields(arabic.Normalize(spoken[k].name))
		if len(names) < 3 {
			continue
		}
		for _, w := range names {
			if strings.TrimPrefix(w, "ال") == stem {
				return speaker{name: spoken[k].name, actor: spoken[k].actor, end: sp.end}
			}
		}
	}
	return sp
}

// bareTitle reports a title that names a person already introduced
// («الباحث», «الوزير», «المتحدث»).
func bareTitle(w string) bool {
	switch w {
	case "باحث", "باحثه", "وزير", "وزيره", "متحدث", "متحدثه", "مندوب", "خبير", "خبيره", "مسوول", "مسووله", "محلل", "سفير", "سفيره", "مبعوث",
		"ناشط", "ناشطه", "محامي", "محاميه", "طبيب", "طبيبه", "استاذ", "استاذه", "مدير", "مديره", "قايد", "نايب", "رييس", "رييسه", "محافظ", "مستشار", "مستشاره":
		return true
	}
	return false
}

// clockColon reports a colon between two numbers at j («الساعة 4:30
// صباحا»): a time, not what introduces speech.
func clockColon(d *doc, j int) bool {
	return j > 0 && j+1 < len(d.toks) && d.toks[j-1].Kind == arabic.Number && d.toks[j+1].Kind == arabic.Number
}

// saidRightAfter reports a reporting verb (not a participle) right after a
// closing mark at cl, across a comma: «"رأوا أنفسهم فيها،" قال والدها …» —
// a short quote that opens the sentence and is said, not a term.
func (c *Coder) saidRightAfter(d *doc, cl, end int) bool {
	k := cl + 1
	for k < end && k <= cl+2 && d.toks[k].Kind == arabic.Punct {
		k++
	}
	return k < end && k <= cl+2 && d.toks[k].Kind == arabic.Word && c.reportingAt(d, k) && !participle(d.toks[k].Norm)
}

// honorificName reports an unlinked phrase that opens with an honorific or
// a rank and goes on with a name of two to four words up to a comma or the
// end («الشيخ محمد سالم بن كرعل، شيخ المنطقة», «العقيد سامي حداد»): a
// person, though definite.
func honorificName(name string) bool {
	head, _, _ := strings.Cut(name, "،")
	ws := strings.Fields(arabic.Normalize(head))
	if len(ws) < 3 || len(ws) > 5 {
		return false // («الشيخ عبدالله بن زايد تغريد المقابلة»: the name runs into the object)
	}
	switch ws[0] {
	case "الشيخ", "العقيد", "العميد", "اللواء", "الدكتور", "الجنرال", "السيد", "السيده", "الامير", "الاميره", "المهندس", "النقيب", "الرايد", "المقدم", "الحاج", "القس", "الاب":
		return nameLike(ws[1]) && (nameLike(ws[2]) || ws[2] == "بن" || ws[2] == "بنت" || ws[2] == "ابو")
	}
	return false
}

// pluralReport reports a reporting verb with a plural subject marker («قالوا»,
// «وصفوا», «يقولون», «يؤكدون»): a verb before its subject is singular, so
// what follows a plural verb is not its subject.
func pluralReport(w string) bool {
	r := []rune(w)
	if len(r) < 4 {
		return false
	}
	if strings.HasSuffix(w, "وا") {
		return true
	}
	return (r[0] == 'ي' || r[0] == 'ت') && strings.HasSuffix(w, "ون")
}

// adjectivalClause reads a reporting verb right after an indefinite noun
// with no subject of its own («غارات جوية على أهداف قالت إنها إيرانية»):
// a clause describing the noun, whose subject is that of the verb before it
// in the sentence with a linked subject right after it («شنت إسرائيل»).
func (c *Coder) adjectivalClause(d *doc, i, start int) (np, bool) {
	if i-1 <= start || c.joinedVerb(d, i) {
		return np{}, false
	}
	p := d.toks[i-1]
	if p.Kind != arabic.Word || d.mentionAt[i-1] >= 0 || definite(p.Norm) || relative(p.Norm) || c.isStop(d, i-1) || c.isTrigger(d, i-1) || c.reportingAt(d, i-1) {
		return np{}, false
	}
	for k := i - 2; k >= start && k >= i-20; k-- {
		if d.toks[k].Kind == arabic.Punct && d.toks[k].Text != "،" || complementiser(d, k) || c.reportingAt(d, k) {
			return np{}, false
		}
		if !c.isTrigger(d, k) || k+1 >= i {
			continue
		}
		if m := d.mentionAt[k+1]; m >= 0 && d.mentions[m].TokStart == k+1 {
			mm := d.mentions[m]
			a := mm.Actor
			return np{a: mm.TokStart, b: mm.TokEnd, actor: &a}, true
		}
	}
	return np{}, false
}

// personName reports an unlinked phrase that reads as a person's name: two
// or three indefinite words up to a comma, none a plural, a quantity or a
// particle («ريما جورج، وهي ناشطة …»).
func personName(name string) bool {
	head, _, _ := strings.Cut(name, "،")
	ws := strings.Fields(arabic.Normalize(head))
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if definite(w) || strings.HasSuffix(w, "ا") || strings.HasSuffix(w, "ون") || strings.HasSuffix(w, "ين") || strings.HasSuffix(w, "ات") || len([]rune(w)) < 3 {
			return false
		}
		switch w {
		case "قوات", "عناصر", "عدد", "بعض", "مئات", "الاف", "عشرات", "معظم", "جميع", "وفد", "مجموعه", "حشود", "اهالي", "سكان", "نحو", "اكثر", "قرابه", "طايرات", "طايره", "مسلحون", "مسوولون", "مصادر":
			return false
		}
	}
	return true
}
