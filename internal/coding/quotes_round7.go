package coding

import (
	"sort"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// Round 7 of the quote rules: where a speaker phrase after a verb ends.

// objectVerb reports a verb at i whose object follows its subject with no
// preposition («ووصف ترامب التحقيقات بأنها …», «ودعت الوزارة غراندي إلى
// …», «ونفى فريق ترامب ذلك»): the phrase read after it as the speaker may
// run on into the object.
func (c *Coder) objectVerb(d *doc, i int) bool {
	bw := bareWord(d, i)
	switch strings.TrimPrefix(bw, "و") {
	case "صف", "صفت", "صفوا": // «وصف» itself: the و is the root's
		return true
	case "وصف", "وصفت", "وصفوا", "يصف", "تصف", "يصفون",
		"اعتبر", "اعتبرت", "اعتبروا", "يعتبر", "تعتبر",
		"نفي", "نفت", "نفوا", "ينفي", "تنفي",
		"دعا", "دعت", "دعوا", "حث", "حثت", "ناشد", "ناشدت", "طالب", "طالبت", "طالبوا",
		"اتهم", "اتهمت", "حمل", "حملت", "انتقد", "انتقدت", "ادان", "ادانت", "حذر", "حذرت":
		return true
	}
	return false
}

// demonstrative reports a demonstrative pronoun («هذا», «تلك»), which
// after a subject opens the object.
func demonstrative(w string) bool {
	switch w {
	case "هذا", "هذه", "ذلك", "تلك", "هولاء", "اولئك", "هذين", "هاتين":
		return true
	}
	return false
}

// subjectEnd ends a speaker phrase [a,b) read after a verb at i that
// takes an object before the object that follows the subject: the subject
// is a linked name («ترامب | التحقيقات», «زوكربيرغ | فيسبوك»), a title
// with its nisba and name («وزير الداخلية البريطاني ساجد جاويد | روسيا»),
// or a definite noun («الحزب الاشتراكي | الحكومة»); the object opens with
// a demonstrative («ماتيس | تلك الخطوة»), a pronoun object, an accusative
// («المنظمة | دليلا»), a preposition's noun («المنظمة | لتحليل»), a
// definite noun after a definite nisba, or, after a name, a linked party
// or a noun that is no adjective or title («كلاوديو تابيا رئيس الاتحاد»
// keeps its apposition). A comma or a quotation mark inside the phrase
// leaves it as read (an apposition, a quoted name). Other verbs, and a
// source relayed by «عن X قوله» (relayed), keep the phrase.
func (c *Coder) subjectEnd(d *doc, i, a, b int, relayed bool) int {
	if relayed || b-a < 2 || !c.objectVerb(d, i) && (c.reportingAt(d, i) || restatedForm(bareWord(d, i))) { // «وبيّن المهندس الهويمل أن» (quotes_restated.go)
		return b
	}
	return c.subjectCut(d, a, b, c.objectVerb(d, i))
}

// subjectCut ends the phrase [a,b) read after a transitive verb at the
// object, as subjectEnd describes. Strict (after a verb that takes its
// object straight after the subject: «وصف», «دعا») also cuts at an
// accusative in ا and at a لـ/بـ phrase; after other verbs («بدأ», «عرض»)
// only a tanween marks the accusative, names ending in ا being common.
func (c *Coder) subjectCut(d *doc, a, b int, strict bool) int {
	first := strings.TrimPrefix(d.toks[a].Norm, "ال")
	// a person's title, or a body in construct, may run into a name
	// («وزير الداخلية ساجد جاويد», «حركة حماس»); «الجيش» may not
	titled := bareTitle(first) || officeHead(first) && (!bodyNoun(first) || !definite(d.toks[a].Norm))
	named := false // a linked name has been read
	unlinked := d.mentionAt[a] < 0 && !definite(d.toks[a].Norm)
	for k := a + 1; k < b; k++ {
		t := d.toks[k]
		if t.Kind != arabic.Word {
			return b
		}
		m := d.mentionAt[k]
		if m >= 0 && m == d.mentionAt[k-1] {
			continue // inside a linked name
		}
		if demonstrative(t.Norm) || pronounObject(t.Norm) {
			return k
		}
		if c.isStop(d, k) && t.Norm != "باسم" {
			return b // «مصادر لم تسمها», «مسؤول في الوزارة»: a clause or a complement, left as read
		}
		left := false // a linked name ends just before k
		if pm := d.mentionAt[k-1]; pm >= 0 && endsOnName(d, pm) && !genitiveOf(d, a, pm) {
			// «ترامب», «دونالد ترامب»; not «وزير الخارجية», «مسؤول سعودي»,
			// nor the party after a title in construct («حاكم ولاية فلوريدا»)
			named, left = true, true
		}
		if t.Norm == "باسم" {
			continue // «المتحدث باسم يوفنتوس»
		}
		clitic := (strings.HasPrefix(t.Norm, "ل") || strings.HasPrefix(t.Norm, "ب")) && len(d.keys[k]) > 1
		if clitic && definite(t.Norm) {
			continue // «المرجع الأعلى للشيعة»: a genitive with لـ
		}
		if !named && m >= 0 {
			if !titled && !clitic && !nisba(t.Norm) && plainSubject(d, a, k) && !personMention(d, m) {
				return k // «اعتبر الجيش حركة تحرير …»: a party after a definite noun
			}
			continue // the name after a title, or a party in construct with it («نائب رئيس أرسنال»)
		}
		if !c.continuesPhrase(d, k) {
			if left && linkedObjectInA(d, k) {
				return k // «ترامب | روسيا» (quotes_linked_object_a.go)
			}
			acc := accusativeAt(d, k) && (strict || tanween(d.toks[k].Text))
			if unlinked && !acc || definite(t.Norm) && !nounAfterName(d, k, false) || clitic && !strict {
				return b // an unlinked indefinite subject, or an adjective («المدير الفني المؤقت»)
			}
			if !definite(t.Norm) && !acc && !clitic || c.isStop(d, k) {
				return b // «الرئيس بوتين», «النائبة عايدة سليمان»: an unlinked name; «… في …»: leave it
			}
			return k
		}
		if left && nounAfterName(d, k, m >= 0) {
			return k // «ترامب التحقيقات», «روحاني قرار نظيره»
		}
	}
	return b
}

// plainSubject reports a subject [a,k) that is one definite noun or one
// linked phrase opening at a, with its definite nisbas («الجيش»,
// «السلطات البريطانية»), not a title in construct with a body
// («وكيل وزارة حقوق الإنسان اليمنية», then the name).
func plainSubject(d *doc, a, k int) bool {
	ma := d.mentionAt[a]
	if !definite(d.toks[a].Norm) && (ma < 0 || !endsOnName(d, ma)) {
		return false // «ضابط الشرطة»: an indefinite head takes the next noun as its genitive
	}
	for j := a + 1; j < k; j++ {
		if ma >= 0 && d.mentionAt[j] == ma {
			continue
		}
		if d.mentionAt[j] >= 0 || !definite(d.toks[j].Norm) || !nisba(d.toks[j].Norm) {
			return false
		}
	}
	return true
}

// accusativeAt reports an indefinite word in the accusative at k
// («دليلا», «توضيحا»): not a place or a linked name that ends in ا
// («فلوريدا», «روسيا»).
func accusativeAt(d *doc, k int) bool {
	w := d.toks[k].Norm
	if !strings.HasSuffix(w, "ا") || definite(w) || d.mentionAt[k] >= 0 || d.placeAt[k] >= 0 {
		return false
	}
	// a tanween, or five letters and more: a short word in ا is often a
	// name («لارا», «نورا», «كانا»)
	return tanween(d.toks[k].Text) || len([]rune(w)) >= 5
}

// tanween reports a word written with the accusative tanween («دليلاً»).
func tanween(text string) bool {
	return strings.HasSuffix(text, "ً") || strings.HasSuffix(text, "اً")
}

// genitiveOf reports a linked phrase m that is the genitive of an
// indefinite noun before it in the subject opening at a («حاكم | ولاية
// فلوريدا», «نائب رئيس | أرسنال»), not a name in apposition.
func genitiveOf(d *doc, a int, m int32) bool {
	st := int(d.mentions[m].TokStart)
	return st > a && d.mentionAt[st-1] < 0 && !definite(d.toks[st-1].Norm) && d.toks[st-1].Kind == arabic.Word
}

// personMention reports a linked phrase that reads as a person's name:
// two words or more, opening with an indefinite word that heads no office
// or body, and ending on an indefinite word that is no title
// («كريستيانو رونالدو», «نادين لبكي» after «النجم البرتغالي»; «حسين بن
// عبد الله» ends on «الله»).
func personMention(d *doc, m int32) bool {
	mm := d.mentions[m]
	w := d.toks[mm.TokStart].Norm
	last := d.toks[mm.TokEnd-1].Norm
	return mm.TokEnd-mm.TokStart >= 2 && !definite(w) && !officeHead(w) && !bodyNoun(w) && (!definite(last) || last == "الله") && !officeHead(last) && !bareTitle(last)
}

// bodyNoun reports an office head that names a body, not a person
// («جيش», «حكومه», «حزب»).
func bodyNoun(w string) bool {
	switch w {
	case "وزاره", "حكومه", "مجلس", "جيش", "قوات", "حركه", "حزب", "منظمه", "رياسه":
		return true
	}
	return false
}

// endsOnName reports a linked phrase that ends on a name: its last word is
// indefinite («ترامب», «جاستن ترودو»), no title («نائب رئيس») and no
// nisba after a noun («مسؤول سعودي»: a common noun and its adjective).
func endsOnName(d *doc, m int32) bool {
	mm := d.mentions[m]
	w := d.toks[mm.TokEnd-1].Norm
	if definite(w) || officeHead(w) || bareTitle(w) {
		return false
	}
	return mm.TokEnd-mm.TokStart == 1 || !nisba(w)
}

// nounAfterName reports a word k after a name that opens the object: a
// linked party (linked) that opens with no title, or a noun that is
// neither a nisba nor a title in apposition («محامي», «رئيس») nor, when
// definite, an adjective's shape («السابق», «الجديد», «المقرب», «الأول»);
// an indefinite one must read as a common noun.
func nounAfterName(d *doc, k int, linked bool) bool {
	w := d.toks[k].Norm
	st := strings.TrimPrefix(w, "ال")
	if officeHead(st) || bareTitle(st) {
		return false // «كلاوديو تابيا رئيس الاتحاد»: an apposition
	}
	if linked {
		return true
	}
	if nisba(w) {
		return false
	}
	r := []rune(st)
	if st == w {
		// an indefinite noun with ة or of the shape فعال («روحاني
		// قرار», «ماي محاولة»), not the rest of a foreign name
		// («كاردي ميناج»)
		return strings.HasSuffix(w, "ه") || len(r) == 4 && r[2] == 'ا'
	}
	switch {
	case len(r) < 3:
		return false
	case r[0] == 'م', len(r) == 4 && (r[1] == 'ا' || r[2] == 'ي' || r[0] == 'ا'):
		return false // an adjective's shape
	}
	return true
}

// pluralSpeaker reads a speaker that opens with ب or ل and ends in ون
// («وقال باحثون إن …», «وأكد لاعبون أن …»): a sound plural in the
// nominative, so the subject, never a preposition and its noun (which
// would be genitive, «بباحثين»). The phrase is [a,b) as read.
func (c *Coder) pluralSpeaker(d *doc, a, b int) (speaker, bool) {
	w := d.toks[a].Norm
	if !(strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل")) || strings.HasPrefix(w, "بال") || strings.HasPrefix(w, "لل") ||
		!strings.HasSuffix(w, "ون") || len([]rune(w)) < 5 || b <= a {
		return speaker{}, false
	}
	for b-a > 1 && addressedWord(d.toks[b-1].Norm) {
		b--
	}
	name, _ := d.spanText(a, b)
	name = strings.Trim(name, " ،,«»\"“”()")
	if name == "" {
		return speaker{}, false
	}
	return speaker{name: name, end: b, actor: d.firstActor(a, b, name)}, true
}

// impersonalReport reports a verb at i that introduces no one's
// statement: «تبيّن أن …» / «تبيّن لاحقا أن …» / «وتبيّن للعلماء، بفضل
// المهمة، أن …» (it turned out: the verb has no subject before its
// complementiser, only a time word, a لـ experiencer or an aside set off
// by commas, and no quotation mark after it), the imperative «اقرأ
// أيضا: …» that links another story, and a word read as an act's verb
// that carries بـ («بشكل»: a preposition and its noun).
// «وتبيّن الدراسة أن …» has a subject and stays a report.
func (c *Coder) impersonalReport(d *doc, i int, s sent) bool {
	if w := d.toks[i].Norm; strings.HasPrefix(w, "ب") && len(d.keys[i]) > 1 && d.keys[i][1] == w[len("ب"):] {
		return true // «بشكل أفضل، إننا …»: a preposition and its noun, no verb (verbs take no بـ)
	}
	if !c.reportingAt(d, i) && c.isTrigger(d, i) && c.foreignComplementiser(d, i, s) {
		return true // «لعب سيلفا 71 دقيقة وقدم أداء جيدا علما بأنه …»: the أن is not the act's content
	}
	switch strings.TrimPrefix(bareWord(d, i), "و") {
	case "اقرا":
		return true
	case "تبين", "يتبين":
	default:
		return false
	}
	aside := false
	for k := i + 1; k < s.b && k <= i+10; k++ {
		t := d.toks[k]
		switch {
		case t.Text == "،":
			aside = !aside
		case t.Kind != arabic.Word:
			return false
		case complementiser(d, k):
			// («تبين أنها "طائرة مسيرة …"، وفقا للعقيد»: quoted words are
			// someone's; the verb is left to find them a speaker)
			return k+1 >= s.b || quoteMarks[d.toks[k+1].Text] == ""
		case aside, strings.HasPrefix(t.Norm, "ل"), temporalWord(t.Norm), t.Norm == "فيما" || t.Norm == "بعد" || t.Norm == "ايضا" || t.Norm == "كذلك":
			// a time word, «لاحقا», «لها», «للعلماء», or inside the aside
		default:
			return false
		}
	}
	return false
}

// openingSubject finds who speaks through a participle at i («قائلا»,
// «مؤكدا») from the clause it closes (clauseNameFirst: «…، لكن ترامب دافع
// عن …، قائلا …»). Reading the subject of any verb that opens the sentence
// («ألمح X إلى …، مؤكدا») was dropped: on 800 politics articles it made one
// change, a wrong one (a subheading glued to the sentence read as the verb
// and its subject: «جهود مميزة لدولة الإمارات وأثنى فوتيل …، قائلا»).
func (c *Coder) openingSubject(d *doc, start, i int) (speaker, bool) {
	return c.clauseNameFirst(d, start, i)
}

// particleOpener reports a particle or conjunction that opens a sentence
// and reads like a short verb («لم», «أما», «كما», «لكن»).
func particleOpener(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "لم", "لن", "لا", "ما", "اما", "كما", "لكن", "لكنه", "لكنها", "قد", "لقد", "فقد", "ثم", "بل", "اذ", "اذا", "ان", "انه", "انها", "كان", "كانت":
		return true
	}
	return false
}

// tidyQuotes drops or trims quotes that are no one's words: a quoted
// name read as the speaker's own quote («أعلنت "قوات سوريا الديمقراطية"،
// الخميس، القبض …»), and a statement attributed by «بحسب/وفق X،» that
// opens with X's apposition («…، بحسب المتحدث باسم البحرية، العميد فلان.»,
// «…، حسب موقع X، المعني بأخبار التقنية.»): the apposition is passed over
// to the next comma, and the quote goes when fewer than three words are
// left. A statement «صادر عن X» speaks for X (issuedBy), and a speaker
// «الأخير» (the latter) is the party named last before it.
func (c *Coder) tidyQuotes(d *doc, qs []marsad.Quote) []marsad.Quote {
	out := qs[:0]
	for _, q := range qs {
		if q.Direct && q.Speaker != nil && sameName(q.Text, q.Speaker.Name) {
			continue
		}
		if nounComplement(d, q) {
			continue // «قدرته على أن يستقل …», «…، على أن يرسل …»: no one's statement
		}
		if sp, ok := c.issuedBy(d, q); ok {
			q.Speaker = sp // «وقال بيان صادر عن الشرطة إن …»: the issuer
		}
		if q.Speaker != nil && latterWord(arabic.Normalize(q.Speaker.Name)) {
			q.Speaker = c.latterParty(d, q.Start, q.Speaker)
		}
		if attributionVerb(q.Verb) {
			var ok bool
			if q, ok = c.pastApposition(d, q); !ok {
				continue
			}
		}
		out = append(out, q)
	}
	return out
}

// sameName reports two phrases equal but for punctuation and spacing.
func sameName(a, b string) bool {
	f := func(s string) string {
		return strings.Join(strings.FieldsFunc(arabic.Normalize(s), func(r rune) bool {
			return r == ' ' || r == '،' || r == ',' || r == '"' || r == '«' || r == '»' || r == '“' || r == '”' || r == '(' || r == ')'
		}), " ")
	}
	x := f(a)
	return x != "" && x == f(b)
}

// attributionVerb reports the word an attributed statement was read from
// («بحسب», «وفقا»).
func attributionVerb(v string) bool {
	switch strings.TrimPrefix(arabic.Normalize(v), "و") {
	case "بحسب", "حسب", "وفق", "وفقا", "فق", "فقا":
		return true
	}
	return false
}

// pastApposition moves the start of an attributed statement past an
// apposition of its source: a title, a rank, a participle («المعني»), or a
// verb with no subject of its own («مسؤول في الوزارة، تحدث إلى رويترز،»),
// and the occasion after it («في صفحته على فيسبوك،»); only right after the
// comma that ends the source.
func (c *Coder) pastApposition(d *doc, q marsad.Quote) (marsad.Quote, bool) {
	a := tokenAt(d, q.Start)
	b := tokenAt(d, q.End-1) + 1
	if a < 1 || a >= len(d.toks) || d.toks[a].CStart != q.Start || b <= a || d.toks[b-1].CEnd != q.End || d.toks[a-1].Text != "،" {
		return q, true // («وبحسب X، فإن …»: the statement after فإن is no apposition)
	}
	moved := false
	for n := 0; n < 3 && a < b && (c.appositionHead(d, a) || moved && d.toks[a].Norm == "في" && a+1 < b && occasion(bareWord(d, a+1))); n++ {
		for a < b && d.toks[a].Text != "،" {
			a++
		}
		a++
		moved = true
	}
	if !moved {
		return q, true
	}
	if a >= b || d.words(a, b) < 3 {
		return q, false
	}
	q.Text, q.Span = d.spanText(a, b)
	return q, true
}

// appositionHead reports a word that opens an apposition after a name: a
// person's title or rank («العميد», «مسؤولة»), a definite participle with
// its preposition («المعني بـ», «المتخصص في»), or a reporting verb
// («تحدث»).
func (c *Coder) appositionHead(d *doc, k int) bool {
	t := d.toks[k]
	if t.Kind != arabic.Word {
		return false
	}
	st := strings.TrimPrefix(t.Norm, "ال")
	if officeHead(st) && !bodyNoun(st) || bareTitle(st) || rankWord(st) || c.reportingAt(d, k) {
		return true
	}
	// «المعني بأخبار التقنية», «المتخصص في الشؤون الرياضية», «المملوكة للدولة»
	return st != t.Norm && strings.HasPrefix(st, "م") && len([]rune(st)) >= 5 && !nisba(st) &&
		k+1 < len(d.toks) && (preposition(d.toks[k+1].Norm) || len(d.keys[k+1]) > 1 && (strings.HasPrefix(d.toks[k+1].Norm, "ب") || strings.HasPrefix(d.toks[k+1].Norm, "ل")))
}

// rankWord reports a military, academic or religious rank.
func rankWord(w string) bool {
	switch w {
	case "عميد", "عقيد", "لواء", "مقدم", "رايد", "نقيب", "جنرال", "فريق", "دكتور", "شيخ", "امير", "اميره", "قس", "سيد", "سيده":
		return true
	}
	return false
}

// foreignComplementiser reports that the first complementiser after an
// act's verb at i (within ten tokens, as speechAct reads it) belongs to
// another construction: «كأنه» (as if), «فإنه» (a main clause after a
// condition), or one after «علما», «خاصة», «بحجة», «رغم», «مع», «بعد»,
// «قبل», «حتى» or «لو».
func (c *Coder) foreignComplementiser(d *doc, i int, s sent) bool {
	for j := i + 1; j < s.b && j <= i+10; j++ {
		if d.toks[j].Kind == arabic.Punct && d.toks[j].Text != "،" {
			return false
		}
		if !complementiser(d, j) {
			continue
		}
		w := d.toks[j].Norm
		if strings.HasPrefix(w, "كان") || strings.HasPrefix(w, "فان") {
			return true
		}
		switch strings.TrimPrefix(d.toks[j-1].Norm, "و") {
		case "علما", "خاصه", "بحجه", "رغم", "برغم", "مع", "بعد", "قبل", "حتي", "لو", "اذ":
			return true
		}
		return false
	}
	return false
}

// pastAbbreviation moves k past the closing parenthesis of an outlet's
// abbreviation («وكالة الأنباء السورية (سانا) عن مصدر عسكري قوله»): the
// speaker phrase stops before «)», and the relayed source follows it.
func pastAbbreviation(d *doc, k, end int) int {
	if k < end && d.toks[k].Text == ")" && k+1 < end && d.toks[k+1].Norm == "عن" {
		return k + 1
	}
	return k
}

// latterWord reports «الأخير», «الأخيرة» (the latter), normalised.
func latterWord(w string) bool {
	return w == "الاخير" || w == "الاخيره"
}

// latterParty resolves a speaker «الأخير» before the quote at char start:
// the linked name closest before that word, within forty tokens («بين
// الرئيس ترامب وزعيم كوريا الشمالية كيم جونغ أون …، حيث قال الأخير إنه»
// → كيم جونغ أون); the phrase as read when none is linked, when the closest
// is a media outlet, or when an unlinked counterpart («نظيره الأسترالي»)
// comes after it (the party meant is then likely that unlinked one).
func (c *Coder) latterParty(d *doc, start int, sp *marsad.Actor) *marsad.Actor {
	w := -1
	for k := tokenAt(d, start) - 1; k >= 0 && k >= tokenAt(d, start)-60; k-- {
		if latterWord(d.toks[k].Norm) {
			w = k
			break
		}
	}
	if w < 0 {
		return sp
	}
	for k := w - 1; k >= 0 && k >= w-40; k-- {
		if d.mentionAt[k] < 0 && counterpartWord(d.toks[k].Norm) {
			return sp // «تحدث مع نظيره الأسترالي، وأن الأخير قال»: an unlinked counterpart is the party meant
		}
		if m := d.mentionAt[k]; m >= 0 {
			mm := d.mentions[m]
			if mm.Actor.Sector == "MED" {
				return sp // «أعلنت وسائل إعلام خبر استقالته بوحجة، إلا أن الأخير»: the outlet is no party here
			}
			name, _ := d.spanText(int(mm.TokStart), int(mm.TokEnd))
			if a := d.firstActor(int(mm.TokStart), int(mm.TokEnd), name); a != nil {
				return a
			}
			return sp
		}
	}
	return sp
}

// counterpartWord reports «نظيره», «بنظيرته», «ونظيرها» (his or her
// counterpart), normalised.
func counterpartWord(w string) bool {
	w = strings.TrimPrefix(w, "و")
	if strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل") {
		w = w[len("ب"):]
	}
	return strings.HasPrefix(w, "نظير")
}

// issuedBy reads the issuer of a statement or report that is the subject
// of the quote's verb: «وقال بيان صادر عن الشرطة البريطانية إن …», «وذكر
// تقرير جديد صادر عن منظمة العمل الدولية أن …» → الشرطة البريطانية,
// منظمة العمل الدولية (the verb, the noun, at most one adjective, «صادر»
// or «الصادر», «عن», then the issuer up to a comma, a colon, a quotation
// mark or the complementiser).
func (c *Coder) issuedBy(d *doc, q marsad.Quote) (*marsad.Actor, bool) {
	v := -1
	for k := tokenAt(d, q.Start) - 1; k >= 0 && k >= tokenAt(d, q.Start)-40; k-- {
		if d.toks[k].Text == q.Verb {
			v = k
			break
		}
	}
	if v < 0 || v+3 >= len(d.toks) {
		return nil, false
	}
	k := v + 1
	if n := strings.TrimPrefix(d.toks[k].Norm, "ال"); !statementNoun(n) && n != "تقرير" {
		return nil, false
	}
	k++
	if k < len(d.toks) && d.toks[k].Norm != "صادر" && d.toks[k].Norm != "الصادر" {
		k++ // «تقرير جديد صادر»
	}
	if k+2 >= len(d.toks) || d.toks[k].Norm != "صادر" && d.toks[k].Norm != "الصادر" || d.toks[k+1].Norm != "عن" {
		return nil, false
	}
	a := k + 2
	b := a
	for b < len(d.toks) && b < a+8 && d.toks[b].CStart < q.Start {
		t := d.toks[b]
		if t.Kind == arabic.Punct && (t.Text == "،" || t.Text == ":" || quoteMarks[t.Text] != "") || complementiser(d, b) || t.Norm == "بشان" || t.Norm == "حول" || t.Norm == "في" || t.Norm == "الي" || t.Norm == "علي" || t.Norm == "على" {
			break
		}
		if _, day := c.cal.weekday(t.Norm); day && b > a {
			break // «صادر عن الاتحاد الأوروبي الأحد، إلى …» (quotes_issued_subject.go)
		}
		b++
	}
	if b <= a {
		return nil, false
	}
	name, _ := d.spanText(a, b)
	name = strings.Trim(name, " ،,«»\"“”()#")
	if name == "" {
		return nil, false
	}
	if act := d.firstActor(a, b, name); act != nil {
		return act, true
	}
	return &marsad.Actor{Name: name}, true
}

// tokenAt returns the index of the first token that ends after char
// offset c (the token holding c, or the next one).
func tokenAt(d *doc, c int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].CEnd > c })
}

// clauseNameFirst finds the subject of the clause a participle at i
// closes when that clause opens with «لكن/ولكن/ثم» after a comma, or the
// sentence with a linked name, and the name is followed by a perfect verb
// that agrees with the participle («…، لكن ترامب حاول تجاهل السؤال، قائلا:
// "…"» → ترامب).
func (c *Coder) clauseNameFirst(d *doc, start, i int) (speaker, bool) {
	for k := i - 1; k >= start; k-- {
		opener := k == start
		if k > start && d.toks[k-1].Text == "،" {
			switch strings.TrimPrefix(d.toks[k].Norm, "و") {
			case "لكن", "ثم":
				opener = true
			}
		}
		if !opener {
			continue
		}
		a := k
		if w := strings.TrimPrefix(d.toks[k].Norm, "و"); w == "لكن" || w == "ثم" {
			a = k + 1
		}
		m := d.mentionAt[min(a, len(d.toks)-1)]
		if a >= i || m < 0 || int(d.mentions[m].TokStart) != a || !endsOnName(d, m) {
			return speaker{}, false
		}
		v := int(d.mentions[m].TokEnd)
		if v >= i || d.toks[v].Kind != arabic.Word || c.reportingAt(d, v) || !c.perfectVerb(d, v) || !genderAgrees(d, v, i) {
			return speaker{}, false
		}
		for j := v + 1; j < i; j++ {
			if w := d.toks[j].Norm; d.toks[j-1].Text == "،" && (clauseConjunction(w) || strings.HasPrefix(w, "لي") || strings.HasPrefix(w, "لت")) {
				return speaker{}, false // «…، لترد عليها شويكار قائلة»: another clause, another subject
			}
		}
		name, _ := d.spanText(a, v)
		act := d.firstActor(a, v, name)
		if act == nil {
			return speaker{}, false
		}
		return speaker{name: name, end: v, actor: act}, true
	}
	return speaker{}, false
}

// perfectVerb reports a word at k that reads as a perfect verb: three to
// five letters, no article, no ة, ات, ون or ين, no م of a participle, no
// particle, preposition, title or linked name.
func (c *Coder) perfectVerb(d *doc, k int) bool {
	w := bareWord(d, k)
	n := len([]rune(w))
	article := strings.HasPrefix(strings.TrimPrefix(d.toks[k].Text, "و"), "ال")
	return n >= 3 && n <= 5 && !article && d.mentionAt[k] < 0 && !c.isStop(d, k) && !c.lx.stop[w] && !particleOpener(w) &&
		!orgHead(d, k) && !bareTitle(w) && !officeHead(w) && !statementNoun(w) && !kinshipNoun(w) &&
		!strings.HasSuffix(w, "ه") && !strings.HasSuffix(w, "ات") && !strings.HasSuffix(w, "ون") && !strings.HasSuffix(w, "ين") &&
		!(strings.HasPrefix(w, "م") && n >= 4) && !preposition(w) && !temporalWord(w) && !strings.HasPrefix(w, "ب") && !strings.HasPrefix(w, "ل") && !nisba(w)
}

// nounComplement reports a paraphrase that opens with the «أن» of «على
// أن» governed by a noun of ability or consent («قدرته على أن يستقل
// المواصلات», «قادرا على أن يسبب», «بالموافقة على أن تتبع»): the clause
// completes that noun, it is no one's statement. «وشدد X على أن …» and
// «شدد، الاثنين، على أن …» (the verb's own «على») are kept.
func nounComplement(d *doc, q marsad.Quote) bool {
	k := tokenAt(d, q.Start)
	if k < 2 || k >= len(d.toks) || d.toks[k].CStart != q.Start || d.toks[k].Norm != "ان" {
		return false
	}
	if w := d.toks[k-1].Norm; w != "علي" && w != "على" {
		return false
	}
	switch strings.TrimPrefix(strings.TrimPrefix(d.toks[k-2].Norm, "و"), "ب") {
	case "قدرته", "قدرتها", "قدرتهم", "قدره", "القدره", "قادر", "قادرا", "قادره", "قادرين", "قادرون", "الموافقه", "موافقه", "موافقته", "موافقتها":
		return true
	}
	return false
}
