package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// relayedFromPronoun reports «عنه/عنها/عنهم» at b after the subject of a
// relaying «نقل» that runs into «قوله», a complementiser, a colon or a
// quotation mark: «ونقلت وكالة فرانس برس عنه قوله "…"». The outlet only
// relays; who speaks is the party the pronoun points back to.
func relayedFromPronoun(d *doc, b, end int) bool {
	if b >= end {
		return false
	}
	switch d.toks[b].Norm {
	case "عنه", "عنها", "عنهم", "عنهما":
	default:
		return false
	}
	for k := b + 1; k < end && k <= b+6; k++ {
		t := d.toks[k]
		switch {
		case relayedNoun(t.Norm):
			return true
		case t.Text == ":" || quoteMarks[t.Text] != "" || t.Kind == arabic.Word && complementiser(d, k):
			return true
		case t.Kind == arabic.Punct && t.Text != "،":
			return false
		}
	}
	return false
}

// spokesmanPhrase reports «باسم» inside [a,b): «المتحدثة باسم رئيس
// المفوضية جان كلود يونكر» names whom the spokesman speaks for.
func spokesmanPhrase(d *doc, a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].Norm == "باسم" {
			return true
		}
	}
	return false
}

// holderAfterPost reports a linked name m starting at j, deeper in a post
// abroad or in a body («مدير قسم أمريكا الشمالية في وزارة الخارجية
// الروسية غيورغي بوريسينكو، إن»): it follows a definite word (the body's
// name ends) and runs straight into a comma or a complementiser, so it
// closes the speaker phrase as the post's holder. An outlet after ل
// («طبيب في مستشفى الثورة لوكالة الأنباء الفرنسية») is whom it was said to.
func holderAfterPost(d *doc, m int32, j, end int) bool {
	if m < 0 || j >= len(d.toks) || d.toks[j-1].Kind != arabic.Word || !definite(d.toks[j-1].Norm) {
		return false
	}
	if w := d.toks[j].Norm; strings.HasPrefix(w, "ل") && len(d.keys[j]) > 1 && (outletWord(w[len("ل"):]) || strings.HasPrefix(w, "لل") && outletWord("ال"+w[len("لل"):])) {
		return false
	}
	e := d.mentions[m].TokEnd
	return e < end && (d.toks[e].Text == "،" || complementiser(d, e))
}

// possessedPlural reports a sound masculine plural with a possessive
// pronoun («معارضوها», «مسؤولوها», «منتقدوهم»): a subject («ويرى معارضوها
// أن …»), not an accusative participle, though it starts with م and ends
// with ا.
func possessedPlural(w string) bool {
	return strings.HasSuffix(w, "وها") || strings.HasSuffix(w, "وهما") || strings.HasSuffix(w, "وهم")
}

// openingVerb reports a word opening the sentence that reads as a perfect
// verb with a linked subject right after it («طرحت وزيرة الخارجية …
// تساؤلها …، قائلة», «صعدت الرياض من لهجتها …، مؤكدة أنها»): a verb not
// joined by و whose subject speaks for a participle later in the sentence.
// Nouns that head a phrase («قوات», «وزير», «مسؤول», «حركة») are not
// verbs.
func (c *Coder) openingVerb(d *doc, k, i int) bool {
	t := d.toks[k]
	w := t.Norm
	n := len([]rune(w))
	if t.Kind != arabic.Word || d.mentionAt[k] >= 0 || definite(w) || c.isStop(d, k) || n < 3 || n > 5 {
		return false
	}
	if orgHead(d, k) || bareTitle(w) || statementNoun(w) || kinshipNoun(w) || strings.HasSuffix(w, "ات") || strings.HasSuffix(w, "ون") || strings.HasSuffix(w, "ين") ||
		strings.HasPrefix(w, "م") && n >= 5 || strings.HasSuffix(w, "ه") || strings.HasPrefix(w, "ال") {
		return false
	}
	if preposition(w) || temporalWord(w) || preposition(bareWord(d, k)) || strings.HasPrefix(w, "ب") && len(d.keys[k]) > 1 {
		return false // «بشأن سوريا تعود …»: a prepositional phrase opens the sentence
	}
	a := k + 1 // right after it: «دبي، الإمارات العربية المتحدة (CNN)» is a dateline
	if a >= i || d.toks[a].Kind != arabic.Word {
		return false
	}
	m := d.mentionAt[a]
	return m >= 0 && d.mentions[m].TokStart == a
}

// genderAgrees reports that the verb opening the sentence at k and the
// reporting word at i do not disagree in gender: «طرحت كلينتون …، قائلة»
// agree, while in «صادق السيسي على قانون …، والذي تنتقده منظمات حقوقية،
// معتبرة» or «يحتفل الفلسطينيون … في ظل تقارير تتحدث عن» the reporting
// word has another subject. A plural or unmarked form agrees with either.
func genderAgrees(d *doc, k, i int) bool {
	a, b := verbGender(bareWord(d, k), true), verbGender(bareWord(d, i), false)
	return a == 0 || b == 0 || a == b
}

// verbGender reads the gender of a verb or participle's subject from its
// form: 1 feminine («طرحت», «قائلة», «نقلتها», «تتحدث»), -1 masculine
// («صادق», «يحتفل», «مؤكدا»), 0 plural or unknown. An opening verb is read
// as a perfect («تحدى», «تطرق» are masculine).
func verbGender(w string, opening bool) int {
	if strings.HasPrefix(w, "م") {
		switch {
		case strings.HasSuffix(w, "ه"):
			return 1
		case strings.HasSuffix(w, "ا"):
			return -1
		}
		return 0
	}
	for _, suf := range []string{"ها", "هم", "ه"} {
		if st, ok := strings.CutSuffix(w, suf); ok && len([]rune(st)) >= 3 {
			w = st // «نقلتها»: an object pronoun
			break
		}
	}
	switch {
	case strings.HasSuffix(w, "وا") || strings.HasSuffix(w, "ون") || strings.HasSuffix(w, "ين"):
		return 0
	case strings.HasSuffix(w, "ت"):
		return 1
	case strings.HasPrefix(w, "ي"):
		return -1
	case opening:
		return -1
	case strings.HasPrefix(w, "ت") && len([]rune(w)) >= 4:
		return 1
	case len([]rune(w)) == 3:
		return -1
	}
	return 0
}

// addresseeTail reads, after an occasion («في كلمة», «في خطاب»), a phrase
// glued to ل that names the audience or the outlet and runs, within eight
// words, into a colon, a quotation mark or a complementiser («وقال في
// كلمة لقدامى المحاربين في المعارك الخارجية بولاية ميزوري: "…"»): no
// subject follows the verb. It returns where what was said begins, or k.
func addresseeTail(d *doc, k, end int) int {
	if k >= end || d.toks[k].Kind != arabic.Word || !strings.HasPrefix(d.toks[k].Norm, "ل") || len([]rune(d.toks[k].Norm)) < 4 || lamNoun(d.toks[k].Norm) || d.mentionAt[k] >= 0 && d.mentions[d.mentionAt[k]].TokStart < k {
		return k
	}
	for j := k + 1; j < end && j <= k+8; j++ {
		t := d.toks[j]
		if t.Text == ":" || quoteMarks[t.Text] != "" || t.Kind == arabic.Word && complementiser(d, j) {
			return j
		}
		if t.Kind != arabic.Word {
			return k
		}
	}
	return k
}

// platformName reports a social network or platform («تويتر»,
// «فيسبوك»): after «عبر/على» it is where something was said.
func platformName(w string) bool {
	switch w {
	case "تويتر", "فيسبوك", "فيس", "انستغرام", "انستجرام", "يوتيوب", "تلغرام", "تليغرام", "اكس":
		return true
	}
	return false
}

// genitiveHead widens a definite linked mention glued to ل («للبرلمان»,
// «للأمم المتحدة») that closes a subject written before its verb to the nouns it
// completes («رئيس الجلسة الأولى للبرلمان»): up to five words back to the
// start of the clause (the sentence, a particle, a comma), none of them a
// particle, a verb or a preposition.
func (c *Coder) genitiveHead(d *doc, p np, start int) np {
	w := d.toks[p.a].Norm
	if !strings.HasPrefix(w, "لل") || len(d.keys[p.a]) < 2 || lamNoun(w) || p.a <= start {
		return p
	}
	a := p.a
	for a-1 >= start && p.a-a < 5 {
		t := d.toks[a-1]
		if t.Kind != arabic.Word || c.isStop(d, a-1) || c.isTrigger(d, a-1) || c.reportingAt(d, a-1) || preposition(bareWord(d, a-1)) || d.mentionAt[a-1] >= 0 || occasion(bareWord(d, a-1)) {
			break
		}
		a--
	}
	if a == p.a || !(a == start || d.toks[a-1].Kind == arabic.Punct || c.isStop(d, a-1)) {
		return p
	}
	return np{a: a, b: p.b, actor: p.actor}
}

// unlinkedHolder reports a person's name of two or three words that no
// linker knew, ending at e (a complementiser) after a body named in a
// post («عضو المجلس المركزي في حزب الله نبيل قاووق إنه»): the words are
// indefinite and no particle, verb or aside, and a definite word or a
// linked name ends the body before them.
func (c *Coder) unlinkedHolder(d *doc, from, e int) bool {
	for n := 2; n <= 3; n++ {
		a := e - n
		if a < from {
			return false
		}
		ok := true
		for k := a; k < e && ok; k++ {
			t := d.toks[k]
			ok = t.Kind == arabic.Word && d.mentionAt[k] < 0 && !definite(t.Norm) && !c.isStop(d, k) && !c.isTrigger(d, k) && !c.reportingAt(d, k) &&
				!namelessAside(t.Norm) && !preposition(bareWord(d, k)) && !temporalWord(t.Norm) && !mannerAdverb(t.Norm) && !cliticWord(d, k)
		}
		if !ok {
			continue
		}
		name, _ := d.spanText(a, e)
		if prev := d.toks[a-1]; personName(name) && prev.Kind == arabic.Word && (definite(prev.Norm) || d.mentionAt[a-1] >= 0) {
			return true
		}
	}
	return false
}

// cliticWord reports a word with a preposition or conjunction glued to it
// («للصحفيين», «وقال»).
func cliticWord(d *doc, k int) bool {
	w := d.toks[k].Norm
	return len(d.keys[k]) > 1 && (strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف") || strings.HasPrefix(w, "ك"))
}

// affirmedNoun reports an indefinite verbal noun at k after «أكد X على»
// («دعم», «حق», «ضرورة», «موقف»): what was affirmed, not a place or a
// party («أكد على الحدود»).
func affirmedNoun(d *doc, k int) bool {
	t := d.toks[k]
	return t.Kind == arabic.Word && d.mentionAt[k] < 0 && !definite(t.Norm) && !strings.HasPrefix(t.Norm, "ان") && len(d.keys[k]) == 1 && len([]rune(t.Norm)) >= 3
}

// namedSubject reports that the phrase after the verb at i (up to end)
// opens with a linked name or a title («أكد وزير خارجية البحرين …»,
// «وأكد السيسي»), not with a verbal noun or an owned noun whose «على»
// is its own («وأكد سيطرة الجيش على …», «وأكدت إصرارها على …»).
func (c *Coder) namedSubject(d *doc, i, end int) bool {
	a := c.skipAdverbs(d, i+1, end)
	if a >= end || d.toks[a].Kind != arabic.Word {
		return false
	}
	return d.mentionAt[a] >= 0 || bareTitle(strings.TrimPrefix(d.toks[a].Norm, "ال"))
}

// triggerFirstName reports a first name that also reads as an act («ساره»
// as «سار», «سامر»): a phrase [a,b) of two or three unlinked name-like
// words right after a reporting verb, running into a complementiser, an
// occasion («في بيان»), a colon, a quotation mark or a comma («وقالت
// ساره ساندرز في بيان إن»), is the speaker's name, as is a linked name
// of two words or more.
func (c *Coder) triggerFirstName(d *doc, a, b, end int) bool {
	if personToken(d, a) {
		return true // «وقال ليبرمان»: a known person's name, though it reads as «لـ + يبرم»
	}
	if cliticWord(d, a) {
		return false // «قال لبي بي سي إن»: whom it was said to
	}
	if m := d.mentionAt[a]; m >= 0 {
		// a linked name of two words or more that opens with it
		// («قال لبي بي سي إن»: an outlet glued to ل is whom it was said to)
		return d.mentions[m].TokStart == a && d.mentions[m].TokEnd-a >= 2 && !c.reportingAt(d, a) && d.mentions[m].Actor.Sector != "MED"
	}
	if b-a < 2 || b-a > 3 || c.reportingAt(d, a) {
		return false
	}
	for k := a + 1; k < b; k++ {
		if c.isTrigger(d, k) || c.reportingAt(d, k) || c.isStop(d, k) || d.toks[k].Kind != arabic.Word {
			return false
		}
	}
	name, _ := d.spanText(a, b)
	if !personName(name) {
		return false
	}
	if b >= end {
		return false
	}
	t := d.toks[b]
	return t.Text == ":" || t.Text == "،" || quoteMarks[t.Text] != "" || t.Kind == arabic.Word && (complementiser(d, b) || t.Norm == "في" && b+1 < end && occasion(bareWord(d, b+1)))
}

// apposedParticipleName reports a first name that reads as a participle
// («ماريا», «مايا») opening an apposition between commas after a title
// («المتحدثة باسم الخارجية، ماريا زاخاروفا، في مؤتمر صحفي، إن»): a comma
// before it, one or two name-like words after it and a comma.
func (c *Coder) apposedParticipleName(d *doc, b, end int) bool {
	if b < 1 || d.toks[b-1].Text != "،" {
		return false
	}
	for k := b + 1; k < end && k <= b+3; k++ {
		t := d.toks[k]
		if t.Text == "،" {
			return k > b+1
		}
		if t.Kind != arabic.Word || definite(t.Norm) || c.isStop(d, k) || c.reportingAt(d, k) || adverbialParticiple(d, k) || cliticWord(d, k) {
			return false
		}
	}
	return false
}

// quantityOf reports a quantity word at a that heads a group of speakers
// after a reporting verb: «بعض/معظم/غالبية/أغلب + a definite plural of
// people (…ين، …ون، …اء) or a linked name» («ويقول
// بعض المعلقين إن») or «عدد/كثير/العديد/عشرات + من + definite noun»
// («وقال عدد من الدبلوماسيين إن»). «ولم تعلن بعض النتائج» names no one.
func quantityOf(d *doc, a, end int) bool {
	if a+1 >= end || d.toks[a].Kind != arabic.Word {
		return false
	}
	next := a + 1
	switch bareWord(d, a) {
	case "بعض", "معظم", "غالبيه", "اغلب", "اغلبيه", "جميع":
	case "عدد", "كثير", "العديد", "الكثير", "عشرات", "مءات", "ميات", "الاف", "مجموعه":
		if d.toks[next].Norm != "من" {
			return false
		}
		next++
	default:
		return false
	}
	if next >= len(d.toks) || d.toks[next].Kind != arabic.Word {
		return false
	}
	w := d.toks[next].Norm
	return strings.HasPrefix(w, "ال") && !strings.HasPrefix(w, "الي") && (strings.HasSuffix(w, "ين") || strings.HasSuffix(w, "ون") || strings.HasSuffix(w, "اء") || d.mentionAt[next] >= 0)
}

// conjoinedActor finds, between a reporting verb's clause and a direct
// quote at open, a new clause opened by «في حين/فيما/بينما» whose verb
// and linked subject come right after the link («ودعا ماكرون إلى "…"، في
// حين طلبت وزارة الخارجية الفرنسية من طهران "…"»): its subject says the
// quote, not the earlier verb's.
func (c *Coder) conjoinedActor(d *doc, from, open int) (speaker, bool) {
	for k := from; k < open-2; k++ {
		if cm := quoteMarks[d.toks[k].Text]; cm != "" {
			// another quote on the way: its words are no clause of the sentence
			e := k + 1
			for e < open && d.toks[e].Text != cm {
				e++
			}
			if e >= open {
				return speaker{}, false
			}
			k = e
			continue
		}
		start := -1
		switch bareWord(d, k) {
		case "فيما", "بينما":
			start = k + 1
		case "حين":
			if k > from && d.toks[k-1].Norm == "في" {
				start = k + 1
			}
		default:
			if k > from && d.toks[k-1].Text == "،" && bareWord(d, k) != d.toks[k].Norm && strings.HasPrefix(d.toks[k].Norm, "و") && c.isTrigger(d, k) {
				start = k // «…، وطالبت وزارة الخارجية طهران بـ"…"»: a joined act with a subject of its own
			}
		}
		if start < 0 || k == from || d.toks[k-1].Text != "،" && d.toks[k-1].Norm != "في" {
			continue
		}
		if open-start > 14 || d.toks[start].Kind != arabic.Word || c.reportingAt(d, start) || !c.isTrigger(d, start) {
			return speaker{}, false
		}
		a := start + 1
		if a >= open || d.mentionAt[a] < 0 || d.mentions[d.mentionAt[a]].TokStart != a {
			return speaker{}, false
		}
		sp, ok := c.speakerAfter(d, start, open)
		if !ok || sp.actor == nil {
			return speaker{}, false
		}
		return sp, true
	}
	return speaker{}, false
}

// conjoinedName widens a subject written before its verb whose name holds
// «و» («إدارة الأدوية والغذاء الأمريكية», «الهيئة العامة للأرصاد وحماية
// البيئة السعودية»): the phrase read back stops at the joined word; when
// the words before it run, within six, to the start of the clause (the
// sentence, «أن/إن», «لكن», a comma) with no particle, verb or
// preposition, they belong to the name.
func (c *Coder) conjoinedName(d *doc, p np, start int) np {
	// the joined word is p.a itself, or up to two definite words before
	// the phrase («وحماية البيئة السعودية»)
	j := p.a
	for j > start && j >= p.a-2 && !c.joinedNoun(d, j) && (j == p.a || definite(d.toks[j].Norm)) {
		j--
	}
	if j < start || !c.joinedNoun(d, j) {
		return p
	}
	a := j
	for a-1 >= start && j-a < 6 {
		t := d.toks[a-1]
		if t.Kind != arabic.Word || c.isStop(d, a-1) || c.isTrigger(d, a-1) || c.reportingAt(d, a-1) || preposition(bareWord(d, a-1)) || strings.HasPrefix(t.Norm, "و") && len(d.keys[a-1]) > 1 {
			break
		}
		a--
	}
	if a == j || !(a == start || d.toks[a-1].Text == "،" || complementiser(d, a-1) || contrastive(d, a-1) || c.isStop(d, a-1)) {
		return p
	}
	named := d.mentionAt[a] >= 0 && d.mentions[d.mentionAt[a]].Actor.ID != ""
	if !definite(d.toks[a].Norm) && !named && !orgHead(d, a) && !(a+1 < j && definite(d.toks[a+1].Norm)) {
		return p // a name opens with a definite word, a known name or a head noun before a definite one («إدارة الأدوية»), not «رجل أعمال ومخترع»
	}
	return np{a: a, b: p.b, actor: d.firstActor(a, p.b, "")}
}

// joinedNoun reports a definite noun joined by و at k («والغذاء»,
// «وحماية»): a conjunction inside a name, not a verb.
func (c *Coder) joinedNoun(d *doc, k int) bool {
	t := d.toks[k]
	if t.Kind != arabic.Word || !strings.HasPrefix(t.Norm, "و") || len(d.keys[k]) < 2 || c.reportingAt(d, k) || c.isTrigger(d, k) || c.isStop(d, k) {
		return false
	}
	return d.mentionAt[k] < 0 || d.mentions[d.mentionAt[k]].TokStart == k
}

// addressedWord reports «للصحافيين», «للصحفيين», «للتلفزيون الرسمي»'s
// first word: those a statement was made to, never part of the speaker.
func addressedWord(w string) bool {
	switch w {
	case "للصحافيين", "للصحفيين", "للصحافيون", "للصحفيون", "للمراسلين", "للتلفزيون", "للاذاعه":
		return true
	}
	return false
}

// prepositionalObject reports a definite noun glued to «بـ» or «لـ» at k
// («بالموقف», «للحكومة») that is no linked name: after a comma it opens
// what the verb takes, not an apposition on its subject.
func prepositionalObject(d *doc, k int) bool {
	if k >= len(d.toks) || d.toks[k].Kind != arabic.Word || d.mentionAt[k] >= 0 {
		return false
	}
	w := d.toks[k].Norm
	return strings.HasPrefix(w, "بال") || strings.HasPrefix(w, "لل")
}

// objectReport reports a listed reporting verb that is also an act on an
// object («اتهم», «طالب», «دعا», «حث», «حذر»): joined by و to the verb that
// opens the sentence («وأشاد X بـ…، واتهم إيران بالسعي "…"»), it shares
// that verb's subject and what follows it is its object.
func objectReport(d *doc, i int) bool {
	w := d.toks[i].Norm
	if !strings.HasPrefix(w, "و") || len(d.keys[i]) < 2 {
		return false
	}
	switch strings.TrimPrefix(w, "و") {
	case "اتهم", "اتهمت", "طالب", "طالبت", "دعا", "دعت", "حث", "حثت", "ناشد", "ناشدت", "حذر", "حذرت", "انتقد", "انتقدت", "هاجم", "هاجمت":
		return true
	}
	return false
}

// pronounClause reports a verb at i right after a complementiser that
// carries its subject as a pronoun («أنه سيكشف», «إنها ستعلن»): inside
// what is said, the words after the verb are its object, never a new
// speaker.
func pronounClause(d *doc, i int) bool {
	if i < 1 {
		return false
	}
	switch d.toks[i-1].Norm {
	case "انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم":
		return true
	}
	return false
}

// nameSyllable reports «إن» at j written as a syllable of a name: «مون
// جاي إن» (Moon Jae-in; «جيه/جي إن») and «سي إن إن» (CNN): not «أن».
func nameSyllable(d *doc, j int) bool {
	if j < 1 || d.toks[j-1].Kind != arabic.Word {
		return false
	}
	switch d.toks[j-1].Norm {
	case "جاي", "جي", "جيه":
		return j >= 2 && d.toks[j-2].Norm == "مون"
	case "سي": // the first «إن» of «سي إن إن» (not «بي بي سي إن …»)
		return j+1 < len(d.toks) && d.toks[j+1].Norm == "ان" && !(j >= 2 && d.toks[j-2].Norm == "بي")
	case "ان": // the second
		return j >= 2 && d.toks[j-2].Norm == "سي" && !(j >= 3 && d.toks[j-3].Norm == "بي")
	}
	return false
}

// personToken reports a token inside a mention linked to a person of the
// actor dictionary, or inside a person name the entity tagger found: a
// name, whatever its letters read as («ليبرمان» = لـ + يبرم, «تامر» =
// «تأمر»).
func personToken(d *doc, k int) bool {
	if d.person != nil && d.person[k] {
		return true
	}
	m := d.mentionAt[k]
	return m >= 0 && strings.HasPrefix(d.mentions[m].Actor.ID, "PER_")
}

// relayedNoun reports what a relaying «نقل X عن Y» takes as its object:
// «قوله» and the affirmation or denial with the source's pronoun
// («ونقل البيان عن أحد الأسرى تأكيده بوجود …», «نقلت عنه نفيه …»).
func relayedNoun(w string) bool {
	switch w {
	case "قوله", "قولها", "قولهم", "قولهما", "تاكيده", "تاكيدها", "تاكيدهم", "نفيه", "نفيها", "نفيهم":
		return true
	}
	return false
}
