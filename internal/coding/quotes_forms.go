package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// complementiser reports token j as أن/إن/بأن (or a clitic form) that opens
// reported content. «إن» glued to a dot is part of an abbreviation
// («سي.إن.إن»), and «أن» after a temporal preposition («بعد أن», «قبل
// أن», «منذ أن») opens an adverbial clause, not speech.
func complementiser(d *doc, j int) bool {
	w := d.toks[j].Norm
	ok := w == "ان" || w == "انه" || w == "انها" || w == "انهم" || w == "انهما" || w == "انني" || w == "اننا" || w == "بان" || w == "وان" || w == "بالا" ||
		w == "بانه" || w == "بانها" || w == "بانهم" || w == "بانهما" || w == "بانني" || w == "باننا" ||
		(len(d.keys[j]) > 1 && (d.keys[j][1] == "ان" || d.keys[j][1] == "انه" || d.keys[j][1] == "انها" || d.keys[j][1] == "انهما" || d.keys[j][1] == "انهم"))
	if !ok || strings.HasSuffix(w, "الان") {
		return false // «حتى الآن»: the article and «آن», not «أن»
	}
	if maddaName(d, j) {
		return false // «وقالت آن شوكيت …», «آن الأوان»: a name or «the time has come», never «أن»
	}
	if w == "ان" && nameSyllable(d, j) {
		return false // «مون جاي إن», «سي إن إن»: a syllable of a name
	}
	if w == "ان" && j+1 < len(d.toks) && j >= 2 && (bareWord(d, j+1) == "كان" || bareWord(d, j+1) == "كانت") && negatedBefore(d, j) {
		return false // «لم يذكر إن كان …»: whether, not what was said
	}
	return !abbreviated(d, j) && !temporalBefore(d, j)
}

// abbreviated reports a token glued to a dot on either side («سي.إن.إن»),
// or to a hyphen before it, as a part of a name («مون جيه-إن»).
func abbreviated(d *doc, j int) bool {
	t := d.toks[j]
	if j > 0 && d.toks[j-1].End == t.Start && (d.toks[j-1].Text == "." || d.toks[j-1].Text == "-") {
		return true
	}
	return j+1 < len(d.toks) && d.toks[j+1].Start == t.End && d.toks[j+1].Text == "."
}

// temporalBefore reports «بعد/قبل/منذ/ريثما» right before token j («إلى
// أن» is «أشار إلى أن» as often as «until»).
func temporalBefore(d *doc, j int) bool {
	if j == 0 || d.toks[j-1].Kind != arabic.Word {
		return false
	}
	switch bareWord(d, j-1) {
	case "بعد", "قبل", "منذ":
		// «قال من قبل إن …»: «إن» spelt with its hamza below is what was said
		return !strings.HasPrefix(d.toks[j].Text, "إ")
	case "ريثما", "لحين", "بمجرد", "الا":
		return true // and «إلا أن», «however»
	case "رغم", "برغم", "مقابل", "دون", "بدون":
		return true // «رغم أن …», «مقابل أن …», «دون أن …»: a concession, an exchange, a manner
	case "من":
		// «على الرغم من أن», «بالرغم من أن»
		return j >= 2 && (d.toks[j-2].Norm == "الرغم" || d.toks[j-2].Norm == "بالرغم")
	case "المقرر", "المتوقع", "المفترض", "الممكن", "المنتظر", "المرجح", "المحتمل", "المستبعد", "الضروري":
		return true // «من المقرر أن تنظم»: a modal phrase, not speech
	}
	return false
}

// contentNoun reports an indefinite verbal noun that, right after the
// speaker of «أكد/نفى/جدد», states what was said («نفى الجيش حدوث
// غارات», «أكد الوزير ضرورة …»): it ends the speaker phrase.
func contentNoun(w string) bool {
	switch w {
	case "حدوث", "وقوع", "وجود", "مسووليه", "عدم", "تورط", "قيام", "نيه", "استعداد", "ضروره", "اهميه", "حرص", "التزام", "رغبه", "عزم", "استمرار", "صحه", "نبا", "انباء",
		"تصميم", "اصرار", "تمسك", "رفض", "دعم", "تاييد", "ترحيب":
		return true
	}
	return false
}

// saidNoun reports a noun for what was said that a relaying verb takes as
// its object («ونقلت عنه وسائل إعلام قوله»، «نشر موقع محلي تصريحات …»):
// it ends the speaker phrase before it.
func saidNoun(w string) bool {
	switch w {
	case "قوله", "قولها", "قولهم", "قولهما", "تصريحات", "تصريحا", "تصريحاته", "تصريحاتها":
		return true
	}
	return false
}

// adverbialParticiple reports an indefinite accusative participle
// («مخاطبا», «متحدثا»): it describes how the speaker spoke and is never
// the speaker's name.
func adverbialParticiple(d *doc, i int) bool {
	t := d.toks[i]
	if t.Kind != arabic.Word {
		return false
	}
	w := strings.TrimRight(t.Text, "\u064b\u064e\u064f\u0650\u0651\u0652")
	return strings.HasPrefix(t.Norm, "م") && strings.HasSuffix(w, "ا") && !strings.HasSuffix(w, "نا") && len([]rune(t.Norm)) >= 5 && !possessedPlural(t.Norm)
}

// attribution reports «بحسب»، «حسب»، «وفق»، «وفقا لـ» (with a conjunction)
// at token i.
func attribution(d *doc, i int) bool {
	switch bareWord(d, i) {
	case "بحسب", "حسب", "وفق", "وفقا":
		return true
	}
	return false
}

// clauseSpeaker finds who speaks through a participle at i when no
// reporting verb of the sentence named a speaker: the named subject of the
// verb that opens the sentence, after it («توعد زعيم الحركة … بالانتقام،
// مؤكدا أن …») or before «قد» («وكان روحاني قد هدد …، قائلا»).
func (c *Coder) clauseSpeaker(d *doc, start, i int) (speaker, bool) {
	first := true // no word read yet, or only an opening phrase closed by a comma
	start = sideOpener(d, start, i)
	if sp, ok := c.kanaOpener(d, start, i); ok {
		return sp, true
	}
	start = openingPhrase(d, start, i)
	if k, ok := c.leadParticle(d, start, i); ok {
		return c.leadSubject(d, k, i) // «كما حذرت الحكومة …، وقالت» (quotes_lead_particle.go)
	}
	for k := start; k < i && k < start+8; k++ {
		t := d.toks[k]
		if t.Kind != arabic.Word {
			first = first || t.Text == "،"
			continue
		}
		if !c.isTrigger(d, k) || definite(t.Norm) {
			if first && !definite(t.Norm) && (c.joinedVerb(d, k) || replyVerb(d, k) || k == start && c.openingVerb(d, k, i) && genderAgrees(d, k, i)) && !c.isStop(d, k) {
				// «وتطرق ماتيس إلى الهجوم مؤكدا …»: a verb with a named subject
				// (a title may come before the name: «وعرض رئيس اللجنة سامي …»)
				if a := c.skipAdverbs(d, k+1, i); a < i && (d.mentionAt[a] >= 0 || c.titleThenName(d, a, i)) {
					if sp, ok := c.speakerAfter(d, k, i); ok && sp.actor != nil {
						return sp, true
					}
				} else if sp, ok := c.speakerAfter(d, k, i); ok && sp.actor == nil && personName(sp.name) {
					return sp, true // «وقامت ريما جورج، وهي ناشطة …، بزيارة …»: an unlinked person
				}
			}
			first = false
			continue
		}
		if k > start && d.toks[k-1].Norm == "قد" {
			p := c.phraseBefore(d, k-1, start)
			if !p.ok() || p.actor == nil {
				return speaker{}, false
			}
			name, _ := d.spanText(p.a, p.b)
			return speaker{name: name, actor: p.actor}, true
		}
		if !first {
			return speaker{}, false
		}
		sp, ok := c.speakerAfter(d, k, i)
		if !ok || sp.actor == nil && !nameLike(sp.name) && !honorificName(sp.name) {
			return speaker{}, false
		}
		return sp, true
	}
	return speaker{}, false
}

// attributed finds statements attributed by «بحسب/حسب/وفق X» at the head
// of a clause: «وبحسب شهود عيان، فقد لجأت …» and «وتسبب القصف، بحسب
// متحدث باسم الفصائل، بتأجيل …». X ends at the next comma and the
// statement runs from there to the end of the sentence (or the next
// reporting verb). An attribution closing a sentence («…، بحسب المرصد.»)
// sources a fact and is not taken (the official dev gold reads it so).
func (c *Coder) attributed(d *doc, s sent, si int, verbs []rv, covered map[int]bool, cur speaker) []marsad.Quote {
	var out []marsad.Quote
	for i := s.a; i < s.b; i++ {
		if d.toks[i].Kind != arabic.Word || !attribution(d, i) || i > s.a && d.toks[i-1].Text != "،" {
			continue
		}
		comma := -1
		if i == s.a {
			comma = c.bareOpeningSource(d, i, s) // «ووفق المرصد السوري لحقوق الإنسان ينتشر …» (quotes_opening_bare.go)
		}
		for k := i + 2; comma < 0 && k < s.b && k <= i+10; k++ {
			if d.toks[k].Text == "،" {
				comma = k
				break
			}
			if i == s.a && (d.toks[k].Norm == "فان" || d.toks[k].Norm == "فقد") {
				comma = k // «وبحسب لجنة الخبراء فإن …»: the فاء closes the source as a comma would
				break
			}
		}
		if comma < 0 {
			continue
		}
		sp, ok := c.speakerAfter(d, i, comma)
		if bareWord(d, i) == "وفقا" {
			if !ok {
				sp, ok = c.lamSpeaker(d, i+1, comma) // «ووفقا للمرصد، …»
			} else {
				sp.name = withoutLam(sp.name)
			}
		}
		if !ok || dataNoun(sp.name) || documentNoun(sp.name) {
			continue // «وفقا لاتفاقية السلام، …», «وفقا لمؤشرات …»: a text or data, not a party
		}
		if pronounSource(sp.name) {
			sp = c.ownerOfSource(d, s, si, i, cur, sp) // «وكان السفير يجلس، حسب روايته، …»
		}
		start := comma + 1
		if start < s.b && (d.toks[start].Norm == "الذي" || d.toks[start].Norm == "التي") {
			// «وفقا للمرصد، الذي يتخذ من لندن مقرا له، فإن …»: past the relative clause
			for start < s.b && start <= comma+14 && d.toks[start].Text != "،" {
				start++
			}
			start++
		}
		if start < s.b && (d.toks[start].Norm == "فقد" || d.toks[start].Norm == "قد" || d.toks[start].Norm == "فان") {
			start++
		}
		if d.toks[comma].Kind == arabic.Word && d.toks[comma].Norm != "فان" && d.toks[comma].Norm != "فقد" {
			start = comma // «ووفق المرصد ينتشر …»: the verb after the source opens the statement
		}
		if start < s.b && clauseConjunction(d.toks[start].Norm) {
			continue // «…، وفق الوزارة، بينما …»: the attribution closes the clause before
		}
		if relayAside(d, i, start, verbs) {
			continue // «وقالت المصادر، حسب وسائل إعلام إسرائيلية، إن …»: the verb's subject speaks (quotes_relay_aside.go)
		}
		if i > s.a && start < s.b && d.toks[start].Kind == arabic.Word && strings.HasPrefix(d.toks[start].Norm, "و") && bareWord(d, start) != d.toks[start].Norm {
			continue // «…، بحسب الخارجية، ويعمل أكثر من …»: a new clause joined by و
		}
		end := s.b
		for _, v := range verbs {
			if v.i >= start && v.i < end {
				end = v.i
				break
			}
		}
		for end > start && (d.toks[end-1].Kind == arabic.Punct || d.toks[end-1].Norm == "و") {
			end--
		}
		if d.words(start, end) < 3 || covered[start] {
			continue
		}
		_, span := d.spanText(start, end)
		txt := d.text[d.toks[start].Start:d.toks[end-1].End]
		out = append(out, marsad.Quote{Span: span, Text: txt, Speaker: sp.toActor(), Verb: d.toks[i].Text})
		i = end
	}
	return out
}

// asideVerb reports a reporting verb that introduces no statement of the
// sentence: one inside an attribution («وقال، وفق ما نقلت عنه وكالة …،
// إن …»: the agency relays, the subject of قال speaks; relay is true),
// and one in a relative clause with a subject of its own («الممر الذي
// أعلن الروس أن المدنيين يخرجون عبره»: the clause describes the
// corridor). A relative clause whose subject is its antecedent («الشركة
// التي قالت إنها …») is speech and is kept.
func (c *Coder) asideVerb(d *doc, i int, s sent) (relay, ok bool) {
	if i == s.a {
		return false, false
	}
	prev := d.toks[i-1].Norm
	if prev == "حسبما" || prev == "ما" && i-2 >= s.a && attribution(d, i-2) {
		return true, true
	}
	if prev != "الذي" && prev != "التي" {
		return false, false
	}
	k := c.skipAdverbs(d, i+1, s.b)
	if k >= s.b || d.toks[k].Kind != arabic.Word || complementiser(d, k) || resumptive(d.toks[k].Norm) {
		return false, false
	}
	if _, own := c.relativeOwnSubject(d, i, s); own {
		return false, false // «التي يقول مؤرخون إنها …»: a statement, not an aside
	}
	_, ok = c.speakerAfter(d, i, s.b)
	return false, ok
}

// temporalWord reports a temporal preposition («قبل أشهر», «بعد لقائه»):
// it ends a speaker phrase.
func temporalWord(w string) bool {
	switch w {
	case "قبل", "بعد", "منذ", "عقب", "اثناء", "اثر", "قبيل":
		return true
	}
	return false
}

// subjectBefore reads the subject written before a reporting verb at i: the
// phrase right before it («X قال»), before «قد» («وكان روحاني قد قال»),
// or the topic of «أما X، فـ» («أما ماكرون، فقد أكد»).
func (c *Coder) subjectBefore(d *doc, i, start int) np {
	j := i
	if j > start {
		switch d.toks[j-1].Norm {
		case "قد", "فقد", "وقد":
			j--
		}
	}
	qad := j
	topic := false
	if j > start+1 && d.toks[j-1].Text == "،" && (j != i || strings.HasPrefix(d.toks[i].Norm, "ف")) {
		j--
		topic = true
	}
	if j == i && c.joinedVerb(d, i) {
		return np{} // «… كان سيئا وأكد»: a verb joined by و has no subject right before it
	}
	if j == i && c.fJoined(d, i) && !c.topicBefore(d, i, start) {
		return np{} // «… والقصف المستمر فقال»: ف after a clause, not after the topic of «أما»
	}
	if i+1 < len(d.toks) && (d.toks[i+1].Norm == "فيه" || d.toks[i+1].Norm == "فيها") {
		return np{} // «بيانا غير واضح أشارت فيه إلى …»: a clause describing the noun before
	}
	p := c.phraseBefore(d, j, start)
	if p.ok() && p.actor != nil {
		p = c.genitiveHead(d, p, start) // «لكن رئيس الجلسة الأولى للبرلمان قال»: the head, not «للبرلمان»
	}
	if p.ok() {
		p = c.conjoinedName(d, p, start) // «غير أن إدارة الأدوية والغذاء الأمريكية تقول»
	}
	if p.ok() && p.actor == nil && p.a > start && preposition(bareWord(d, p.a-1)) {
		return np{} // «وعلى صعيد السلاح قال …»: a prepositional phrase, not the subject
	}
	if p.ok() && p.b-p.a == 1 && p.actor == nil && (c.lx.stop[bareWord(d, p.a)] || c.lx.stop[strings.TrimPrefix(d.toks[p.a].Norm, "و")] || c.lx.stop[strings.TrimPrefix(d.toks[p.a].Norm, "ف")]) {
		return np{} // «ولم تعلن بعد …», «فلم تكشف»: a particle, not the subject
	}
	if (!p.ok() || j-p.b >= 2) && qad < i && !topic {
		return c.subjectAfterKana(d, qad, start)
	}
	if !p.ok() || j-p.b >= 2 || relative(d.toks[p.b-1].Norm) {
		return np{} // «لما وصفته»: a relative pronoun is no subject
	}
	if p.b-p.a == 1 && p.actor == nil && clauseLink(bareWord(d, p.a)) {
		return np{} // «… قد خلق المفاجأة عندما أكد …»: the link of a clause, not its subject
	}
	if topic {
		// only «أما X،» names the topic across a comma
		switch {
		case p.b-p.a > 1 && bareWord(d, p.a) == "اما":
			p.a++
		case p.a > start && bareWord(d, p.a-1) == "اما":
		case qad < i:
			// «وكانت، خديجة، خطيبة الصحفي، قد أعربت»: the subject right
			// after «كان», across an apposition
			return c.subjectAfterKana(d, qad, start)
		default:
			return np{}
		}
	}
	return p
}

// feminineVerb reports a perfect verb with the feminine ending (أفادت،
// أشارت): its subject may be an outlet named before (a وكالة, a صحيفة).
func feminineVerb(w string) bool {
	return strings.HasSuffix(w, "ت") && len(w) > 3*len("ت")
}

// dataNoun reports a «speaker» that is a body of data, not a party
// («أفادت معلومات استخباراتية بأن», «تظهر استطلاعات الرأي أن»).
func dataNoun(name string) bool {
	ws := strings.Fields(arabic.Normalize(name))
	if len(ws) == 0 {
		return false
	}
	w := strings.TrimPrefix(ws[0], "و")
	w = strings.TrimPrefix(w, "ال")
	switch w {
	case "معلومات", "معطيات", "استطلاعات", "استطلاع", "احصاءات", "احصائيات", "ارقام", "دراسه", "دراسات", "صور", "وثائق", "تظهر", "يظهر", "مؤشرات", "موشرات", "بيانات", "تقديرات":
		return true
	}
	return false
}

// clauseConjunction reports a word that opens a new clause («بينما»,
// «فيما», «لكن»).
func clauseConjunction(w string) bool {
	switch w {
	case "بينما", "فيما", "لكن", "ولكن", "كما", "حيث", "اذ", "الا":
		return true
	}
	return false
}

// speechAct reports a verb the lexicon codes as an act that is also a
// statement when «من أن», «بأن» or «أنه» follows it: «حذر X من أن …»,
// «اتهم X الحكومة بأنها …». The complementiser must come within
// ten tokens, with no sentence mark, colon, quotation mark, reporting
// verb or relative pronoun between.
func (c *Coder) speechAct(d *doc, i int, s sent) bool {
	t := d.toks[i]
	if t.Kind != arabic.Word || !c.isTrigger(d, i) || definite(t.Norm) || c.class == nil {
		return false // (a speech act's head is a trigger head: one flag test for most tokens)
	}
	if c.lx.light[bareWord(d, i)] {
		return false // «وباشر إصلاحات …، والأهم أنه …»: a light verb («باشر», «قام») states nothing
	}
	if crossingForm(bareWord(d, i)) && !expressesBefore(d, i, s) {
		return false // «تابعت القضية عبر السفارة … وأنها»: via, not «expressed» (quotes_via.go)
	}
	head := false
	for _, k := range d.keys[i] {
		if c.class[k]&clVerbHead != 0 {
			head = true
			break
		}
	}
	if !head {
		return false
	}
	limit := i + 10
	if promise(bareWord(d, i)) {
		limit = i + 14 // the promiser's name and post may come between
	}
	for j := i + 1; j < s.b && j <= limit; j++ {
		tj := d.toks[j]
		if tj.Kind == arabic.Punct && tj.Text != "،" {
			return false
		}
		if _, day := c.cal.weekday(tj.Norm); day || tj.Text == "،" || tj.Norm == "اليوم" || tj.Norm == "امس" {
			limit++ // «حذر الوزير، يوفال شتاينتز، اليوم الاثنين، من أن …»: commas and the day do not count
		}
		if complementiser(d, j) {
			// «من أن», «بأن», «أنه»: a bare «أن» + verb is the act's own
			// content («رفض أن يشارك»)
			w := d.toks[j].Norm
			return d.toks[j-1].Norm == "من" || strings.HasPrefix(w, "بان") || w != "ان" && w != "وان" || promise(bareWord(d, i))
		}
		if c.reportingAt(d, j) || relative(tj.Norm) {
			return false // the complementiser belongs to another verb
		}
	}
	return false
}

// promise reports a verb of promising: what it promises with a bare «أن»
// is a statement of intent («تعهد المرشح أن يكون رئيسا للجميع»), unlike
// the object of a request or refusal («رفض أن يشارك»).
func promise(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "تعهد", "تعهدت", "تعهدوا", "يتعهد", "تتعهد", "توعد", "توعدت", "توعدوا", "يتوعد", "تتوعد", "وعد", "وعدت":
		return true
	}
	return false
}

// prepositional reports a reporting word glued to the preposition ل or ب
// («لكشف»، «للتأكيد»، «بتأكيد»): a verbal noun, which reports nothing,
// unless the whole word is itself a reporting form («لفت»).
func (c *Coder) prepositional(d *doc, i int) bool {
	w := bareWord(d, i)
	if !strings.HasPrefix(w, "ل") && !strings.HasPrefix(w, "ب") {
		return false
	}
	return !c.lx.reporting[w] && !participle(w)
}

// orgHead reports a noun that heads the name of a body («قوات "تحالف دعم
// الشرعية"», «حركة "…"»): the quoted words after it, even six of them,
// are a name. Naming verbs («لما سماه "…"») are not heads: what follows
// them is said.
func orgHead(d *doc, i int) bool {
	if i < 0 {
		return false
	}
	for _, k := range d.keys[i] {
		switch k {
		case "تنظيم", "حركه", "جماعه", "شركه", "قناه", "صحيفه", "وكاله", "منظمه", "حزب", "مركز", "فصيل", "جيش", "قوات", "مجموعه", "هيئه", "تحالف", "ائتلاف", "جبهه", "لواء", "كتائب", "مؤسسه",
			"شبكه", "اذاعه", "مجله", "بوابه":
			return true
		}
	}
	return false
}

// embeddedReport reports a reporting verb inside what an earlier verb of
// the sentence reports («قال مصدران إن السعوديين يعدون تقريرا يفيد بأن
// …»): it has no conjunction or comma of its own and no speaker after it,
// so it neither ends that statement nor starts another.
func (c *Coder) embeddedReport(d *doc, i int, s sent, verbs []rv) bool {
	if len(verbs) == 0 || i == s.a || d.toks[i-1].Kind == arabic.Punct || bareWord(d, i) != d.toks[i].Norm {
		return false
	}
	prev := verbs[len(verbs)-1]
	if !prev.ok {
		return false
	}
	if participle(d.toks[i].Norm) {
		return c.contentParticiple(d, i, s, prev) // (quotes_content_participle.go)
	}
	if c.otherParticiple(d, i) && c.contentParticiple(d, i, s, prev) {
		return true
	}
	inside := false
	for k := prev.i + 1; k < i; k++ {
		if complementiser(d, k) {
			inside = true
		}
		if d.toks[k].Text == "." || d.toks[k].Text == ":" || contrastive(d, k) {
			return false // «…، غير أن إسرائيل تعتبر أن …»: a clause of its own
		}
	}
	if !inside {
		return false
	}
	if pronounClause(d, i) {
		return true // «أعلن نتانياهو أنه سيكشف، الليلة، أدلة قاطعة عن …»: the pronoun is the subject; what follows is the object
	}
	sp, named := c.speakerAfter(d, i, s.b)
	if !named || svoContent(d, prev.i, i) {
		return true // (quotes_svo_content.go)
	}
	if w := d.toks[i-1].Norm; w == "ما" || w == "حسبما" {
		return false // «…، بحسب ما نقلته عنه وكالة …»: an attribution (asideVerb)
	}
	// a named subject makes a new report only when the verb introduces
	// something said («… أن مروحيات تركية نقلت مئات الجنود إلى …» moves)
	k := c.skipAdverbs(d, sp.end, s.b)
	if k >= s.b {
		return true
	}
	for j := k; j < s.b && j <= k+8; j++ {
		t := d.toks[j]
		if t.Text == ":" || quoteMarks[t.Text] != "" || complementiser(d, j) || t.Norm == "عن" || saidNoun(t.Norm) {
			return false
		}
		if t.Kind == arabic.Punct && t.Text != "،" {
			break
		}
	}
	return true
}

// statementOf reads «بيان/تصريح/كلمة لـX أن …»: a statement noun, the
// speaker glued to ل, and a complementiser right after the speaker
// («وجاء في بيان لوزارة الخارجية أن …», «وتضمن بيان للمتحدث باسم
// القوات … أن …»). A statement noun after a reporting verb («قال في
// بيان إن») is the verb's, and «بيان له» points back.
func (c *Coder) statementOf(d *doc, i int, s sent) (speaker, bool) {
	if d.toks[i].Kind != arabic.Word {
		return speaker{}, false
	}
	if !writtenStatement(bareWord(d, i)) {
		return speaker{}, false
	}
	j := i + 1
	if j >= s.b || d.toks[j].Kind != arabic.Word || resumptive(d.toks[j].Norm) {
		return speaker{}, false
	}
	w := d.toks[j].Norm
	if !strings.HasPrefix(w, "ل") || len(d.keys[j]) < 2 || outletWord(strings.TrimPrefix(w, "ل")) {
		return speaker{}, false // («في تصريح لقناة …»: the outlet it was given to)
	}
	for k := i - 1; k >= s.a && k >= i-6; k-- {
		if c.reportingAt(d, k) {
			return speaker{}, false
		}
	}
	b := j + 1
	for ; b < s.b && b-j < 16; b++ {
		t := d.toks[b]
		if complementiser(d, b) {
			break
		}
		if cm := quoteMarks[t.Text]; cm != "" {
			k := b + 1
			for k < s.b && k <= b+8 && d.toks[k].Text != cm {
				k++
			}
			if k >= s.b || k > b+8 {
				return speaker{}, false
			}
			b = k
			continue
		}
		if t.Kind == arabic.Punct || c.reportingAt(d, b) || relative(t.Norm) {
			return speaker{}, false
		}
		switch t.Norm {
		case "في", "على", "من", "عن", "الي", "حول", "بشان":
			return speaker{}, false
		}
	}
	if b >= s.b || !complementiser(d, b) {
		return speaker{}, false
	}
	end := b
	for end > j && d.toks[end-1].Kind == arabic.Punct {
		end--
	}
	name, _ := d.spanText(j, end)
	sp := speaker{name: withoutLam(name), end: end}
	sp.actor = d.firstActor(j, end, sp.name)
	return sp, sp.name != ""
}

// subjectAfterKana reads the subject between «كان/كانت» and «قد» at q:
// the words after كان up to the first comma that follows a word.
func (c *Coder) subjectAfterKana(d *doc, q, start int) np {
	k := q - 1
	for ; k >= start && k >= q-14; k-- {
		switch bareWord(d, k) {
		case "كان", "كانت", "كانوا":
			goto found
		}
	}
	return np{}
found:
	a := k + 1
	for a < q && d.toks[a].Kind == arabic.Punct {
		a++
	}
	b := a
	for b < q && !(d.toks[b].Kind == arabic.Punct && b > a) {
		b++
	}
	if b <= a || c.isStop(d, a) {
		return np{}
	}
	p := np{a: a, b: b}
	p.actor = d.firstActor(a, b, "")
	return p
}

// titled resolves a speaker named by a bare title and a nisba («الوزير
// الإيراني», «الرئيس الأمريكي») to the last speaker of the article who is
// a government party of that country («ظريف» named before): the title
// points back to someone already named. A phrase with a name of its own,
// or a bare title with no country («الوزير»), is left as it is.
func (c *Coder) titled(sp speaker, named []speaker) speaker {
	ws := strings.Fields(arabic.Normalize(sp.name))
	if len(ws) != 2 || sp.actor != nil && sp.actor.ID != "" || !strings.HasPrefix(ws[0], "ال") {
		return sp
	}
	switch strings.TrimPrefix(ws[0], "ال") {
	case "وزير", "رئيس", "سفير", "مبعوث", "متحدث", "ناطق", "مندوب":
	default:
		return sp
	}
	country := c.nisba[ws[1]]
	if country == "" {
		return sp
	}
	for k := len(named) - 1; k >= 0; k-- {
		a := named[k].actor
		if a.Country == country && a.Sector == "GOV" && a.ID != "" {
			return named[k]
		}
	}
	return sp
}

// kanaSubject reads the subject of «كان» when a reporting verb at i closes
// a «كان X (قد) قال» clause: «وكانت صحيفة "الأيام" المحلية ذكرت، الثلاثاء،
// أن …», «وكان المتحدث باسم الوزارة، سامي الخطيب، كشف أن …». The phrase
// runs from after كان to «قد», a time word, a second comma or the verb.
// A «كان» followed at once by «قد» or by the verb has no subject before it
// (the subject follows the verb), and one behind a complementiser,
// reporting verb or relative pronoun belongs to another clause, and a verb
// joined by و is not the predicate of كان.
func (c *Coder) kanaSubject(d *doc, i, start int) np {
	if c.joinedVerb(d, i) {
		return np{} // «كان الوضع سيئا وأكد …»: a verb joined by و opens a clause of its own
	}
	k := i - 1
	for ; k >= start && k >= i-16; k-- {
		t := d.toks[k]
		if t.Kind == arabic.Punct {
			if t.Text == "." || t.Text == ":" || t.Text == "؟" || t.Text == "!" {
				return np{}
			}
			continue
		}
		if w := bareWord(d, k); w == "كان" || w == "كانت" || w == "كانوا" {
			break
		}
		if complementiser(d, k) || relative(t.Norm) || c.reportingAt(d, k) || clauseConjunction(t.Norm) {
			return np{} // «وكان عباس أدخل المستشفى حيث أعلن …»: another clause
		}
	}
	if k < start || k < i-16 {
		return np{}
	}
	if k > start && bareWord(d, k) == d.toks[k].Norm && d.toks[k-1].Text != "،" {
		return np{} // «إن الوضع كان سيئا، أكد …»: كان inside a clause, not opening one
	}
	a := k + 1
	for a < i && d.toks[a].Kind == arabic.Punct && quoteMarks[d.toks[a].Text] == "" {
		a++
	}
	if a >= i || d.toks[a].Kind != arabic.Word || d.toks[a].Norm == "قد" || c.isStop(d, a) || c.isTrigger(d, a) {
		return np{}
	}
	b, commas := a, 0
	for b < i {
		t := d.toks[b]
		if cm := quoteMarks[t.Text]; cm != "" {
			// «صحيفة "الأيام"»: a quoted name inside the phrase
			e := b + 1
			for e < i && e <= b+6 && d.toks[e].Text != cm {
				e++
			}
			if e >= i || d.toks[e].Text != cm {
				break
			}
			b = e + 1
			continue
		}
		if t.Text == "،" || t.Text == "," {
			if commas++; commas == 2 {
				break
			}
			b++
			continue
		}
		if t.Kind == arabic.Punct {
			break
		}
		if _, day := c.cal.weekday(t.Norm); day || t.Norm == "قد" || c.lx.timeW[t.Norm] || temporalWord(t.Norm) {
			break
		}
		b++
	}
	for b > a && d.toks[b-1].Kind == arabic.Punct && quoteMarks[d.toks[b-1].Text] == "" {
		b--
	}
	if b <= a {
		return np{}
	}
	p := np{a: a, b: b}
	p.actor = d.firstActor(a, b, "")
	return p
}

// joinedVerb reports a reporting verb joined by و («وأكد»); a word whose
// و is its own («واصفا») is not joined, and ف («أما X فأكد») takes a topic.
func (c *Coder) joinedVerb(d *doc, i int) bool {
	w := d.toks[i].Norm
	return strings.HasPrefix(w, "و") && bareWord(d, i) != w && !c.lx.reporting[w]
}

// svoSubject reports a linked actor written right before the verb at i
// («إلا أن وسائل الإعلام نفت التوصل …», «إيران نفت، كاذبة، إرسال …»): it is
// the subject, and an unlinked phrase after the verb is its object or
// content, not the speaker.
// A body named after the verb («تنقل صحيفة X») is still its subject.
func (c *Coder) svoSubject(d *doc, i, start, end int) bool {
	if k := c.skipAdverbs(d, i+1, end); k < end && (orgHead(d, k) || d.mentionAt[k] >= 0) {
		return false
	}
	p := c.subjectBefore(d, i, start)
	return p.ok() && p.actor != nil && p.b == i
}

// fJoined reports a reporting verb joined by ف («فقال», «فأجاب») whose ف is
// a clitic, not part of the verb.
func (c *Coder) fJoined(d *doc, i int) bool {
	w := d.toks[i].Norm
	return strings.HasPrefix(w, "ف") && !c.lx.reporting[w] && c.lx.reporting[w[len("ف"):]]
}

// topicBefore reports «أما» in the sentence before i: «أما X فأكد» names the
// subject before ف.
func (c *Coder) topicBefore(d *doc, i, start int) bool {
	for k := i - 1; k >= start; k-- {
		switch d.toks[k].Norm {
		case "اما", "واما":
			return true
		}
	}
	return false
}

// statementNoun reports a noun for a statement («بيان», «تصريح»): with «لـX»
// after it, X is who made it.
func statementNoun(w string) bool {
	switch w {
	case "بيان", "تصريح", "تصريحات", "كلمه", "خطاب", "رساله", "تغريده", "مقابله":
		return true
	}
	return false
}

// withoutLam drops the preposition ل from a name written after it
// («للجيش» → «الجيش», «لـ"الحركة"» → «"الحركة"»).
func withoutLam(name string) string {
	if strings.HasPrefix(name, "لل") {
		name = "ال" + strings.TrimPrefix(name, "لل")
	} else {
		name = strings.TrimPrefix(strings.TrimPrefix(name, "لـ"), "ل")
	}
	return strings.TrimSpace(name)
}

// nameLike reports a phrase that opens with a word that can be a subject
// and not the verb's object: not definite («أدان الهجوم») and not
// accusative («أدان هجوما»): «باسم التميمي»، «ناشط آخر».
func nameLike(name string) bool {
	ws := strings.Fields(arabic.Normalize(name))
	if len(ws) == 0 {
		return false
	}
	w := ws[0]
	return !definite(w) && !strings.HasSuffix(w, "ا") && len(w) > 2*len("ا")
}

// joinedAct finds the speaker of a speech act joined by و to the verb that
// opens the sentence («أدان X الحكم ووصفه بأنه …»): the opening verb's
// subject. A joined act opening the sentence itself has none.
func (c *Coder) joinedAct(d *doc, i, start int, act bool) (speaker, bool) {
	if !act || !c.joinedVerb(d, i) || i <= start+1 {
		return speaker{}, false
	}
	return c.clauseSpeaker(d, start, i)
}

// otherParticiple reports the feminine or plural of a listed reporting
// participle («متهمة», «مؤكدين» from «متهما», «مؤكدا»): the lexicon lists
// the masculine singular.
func (c *Coder) otherParticiple(d *doc, i int) bool {
	w := d.toks[i].Norm
	if d.toks[i].Kind != arabic.Word || !strings.HasPrefix(w, "م") {
		return false
	}
	if c.class != nil && c.classF != nil {
		return c.classF.MayHave(w) && c.class[w]&clOtherPart != 0
	}
	for _, suf := range []string{"ه", "ين", "ون"} {
		if st, ok := strings.CutSuffix(w, suf); ok && c.lx.reporting[st+"ا"] {
			return true
		}
	}
	return false
}

// askOrName reports a verb that asks for something or names it («طالب»,
// «دعا», «وصف»): a short quoted term after its «بـ» is the thing asked for
// or the label, while an accusation's («اتهم X بـ"…"») is the charge said.
func askOrName(v string) bool {
	v = strings.TrimPrefix(v, "و")
	for _, p := range []string{"طالب", "يطالب", "تطالب", "مطالب", "دعا", "دعت", "يدعو", "تدعو", "وصف", "يصف", "تصف", "سمي", "يسمي"} {
		if strings.HasPrefix(v, p) {
			return true
		}
	}
	return false
}

// appositionName reads a name of one to three words from token a closed by
// a comma («، نيكي هايلي،»): a linked mention, or words that are not
// definite, particles, triggers or reporting verbs. It returns the token
// after the name, or 0.
func (c *Coder) appositionName(d *doc, a, end int) int {
	if a >= end {
		return 0
	}
	if m := d.mentionAt[a]; m >= 0 && d.mentions[m].TokStart == a {
		e := d.mentions[m].TokEnd
		if e < end && d.toks[e].Text == "،" {
			return e
		}
		return 0
	}
	for j := a; j < end && j <= a+3; j++ {
		t := d.toks[j]
		if t.Text == "،" && j > a {
			return j
		}
		if t.Kind != arabic.Word || definite(t.Norm) || c.isStop(d, j) || c.isTrigger(d, j) || c.reportingAt(d, j) {
			return 0
		}
	}
	return 0
}

// sayingNoun reads a statement introduced by the verbal noun «قول»: «نسبت
// الوكالة له القول إن …» (the pronoun points back to the speaker named
// before, «إلى X» names one) and «بعد يومين من قول X، …، إن …». It returns
// the token the content follows and the speaker.
func (c *Coder) sayingNoun(d *doc, i int, s sent, cur speaker) (int, speaker, bool) {
	t := d.toks[i]
	if t.Kind != arabic.Word {
		return 0, speaker{}, false
	}
	switch bareWord(d, i) {
	case "نسب", "نسبت", "ونسبت", "ونسب":
		for k := i + 1; k < s.b && k <= i+14; k++ {
			if d.toks[k].Kind == arabic.Punct && d.toks[k].Text != "،" && quoteMarks[d.toks[k].Text] == "" {
				return 0, speaker{}, false // (a quoted name may come before: «ونسبت وكالة "خبر" …»)
			}
			if d.toks[k].Norm != "القول" {
				if relayedNoun(d.toks[k].Norm) {
					// «ونسبت وكالة "خبر" لأحد شهود العيان قوله، إن …» (quotes_ascribed_saying.go)
					return c.ascribedSaying(d, i, k, s, cur)
				}
				continue
			}
			if k+1 >= s.b || !complementiser(d, k+1) {
				return 0, speaker{}, false
			}
			for j := i + 1; j < k; j++ {
				switch d.toks[j].Norm {
				case "له", "لها", "لهم", "اليه", "اليها", "اليهم":
					return k, cur, cur.name != ""
				case "الي":
					sp, ok := c.speakerAfter(d, j, k)
					return k, sp, ok
				}
			}
			return 0, speaker{}, false
		}
	case "قول", "اعلان", "تاكيد":
		// «بعد قول X، …، إن», «بالتزامن مع إعلان روسيا عن أن …», «رغم تأكيد
		// المنظمات أن …»
		sp, ok := c.speakerAfter(d, i, s.b)
		if !ok || sp.end <= i {
			return 0, speaker{}, false
		}
		k := sp.end
		for k < s.b && d.toks[k].Kind == arabic.Punct && d.toks[k].Text == "،" {
			k++
		}
		if k < s.b && d.toks[k].Norm == "عن" && bareWord(d, i) != "قول" {
			k++
		}
		if k >= s.b || !complementiser(d, k) {
			return 0, speaker{}, false
		}
		return i, sp, true
	}
	return 0, speaker{}, false
}

// headline reads a statement written as a headline with no verb: «X
// لـOUTLET: …» («سامر العلي لفرانس24: قواتنا ستواصل …»), where X opens the
// sentence (or follows «للمزيد:») and the statement runs to its end.
func (c *Coder) headline(d *doc, s sent, covered map[int]bool) []marsad.Quote {
	for p := s.a + 2; p < s.b-3; p++ {
		if d.toks[p].Text != ":" {
			continue
		}
		l := p - 1
		if cl := d.toks[l].Text; (cl == "\"" || cl == "»" || cl == "”") && l > s.a {
			// «لـ"الأخبار":»: the outlet's name in quotation marks
			for k := l - 1; k > s.a && k >= l-6; k-- {
				if quoteMarks[d.toks[k].Text] == cl {
					l = k - 1
					break
				}
			}
		}
		for l > s.a && (d.toks[l].Kind == arabic.Number || d.toks[l].Kind == arabic.Latin) {
			l--
		}
		w := d.toks[l].Norm
		if d.toks[l].Kind != arabic.Word || !strings.HasPrefix(w, "ل") || len(d.keys[l]) < 2 && w != "ل" {
			continue
		}
		// the speaker: the words from the sentence's start (or after a
		// first colon) to the outlet
		a := s.a
		for k := s.a; k < l; k++ {
			if d.toks[k].Text == ":" {
				a = k + 1
			}
		}
		if l-a < 1 || l-a > 5 {
			return nil
		}
		for k := a; k < l; k++ {
			if d.toks[k].Kind != arabic.Word || c.isStop(d, k) && !aliName(d, k) || c.isTrigger(d, k) || c.reportingAt(d, k) {
				return nil // («محمد علي الحوثي لفرانس24:»: «علي» a name)
			}
		}
		name, _ := d.spanText(a, l)
		sp := speaker{name: name}
		if m := d.mentionAt[a]; m >= 0 {
			act := d.mentions[m].Actor
			act.Name = name
			sp.actor = &act
		} else if !nameLike(name) {
			return nil
		}
		start, end := p+1, s.b
		for end > start && d.toks[end-1].Kind == arabic.Punct {
			end--
		}
		if covered[start] || quoteMarks[d.toks[start].Text] != "" || d.words(start, end) < 3 {
			return nil
		}
		_, span := d.spanText(start, end)
		txt := d.text[d.toks[start].Start:d.toks[end-1].End]
		return []marsad.Quote{{Span: span, Text: txt, Speaker: sp.toActor()}}
	}
	return nil
}

// preposition reports a free-standing preposition.
func preposition(w string) bool {
	switch w {
	case "على", "علي", "في", "من", "عن", "الي", "مع", "حول", "خلال", "بين", "ضد", "لدي", "امام":
		return true
	}
	return false
}

// occasion reports a noun for where something was said («في خطاب», «في
// مقابلة», «في منشوره»): «في» before it opens no post («سفير البلاد في
// واشنطن»).
func occasion(w string) bool {
	if occasionNoun(w) {
		return true
	}
	// with a possessive pronoun: «في منشوره», «في كلمته», «في بيانها»
	for _, suf := range []string{"ها", "هم", "ه"} {
		if st, ok := strings.CutSuffix(w, suf); ok && len(st) > len("ها") {
			if occasionNoun(st) || strings.HasSuffix(st, "ت") && occasionNoun(strings.TrimSuffix(st, "ت")+"ه") {
				return true
			}
		}
	}
	return false
}

func occasionNoun(w string) bool {
	switch w {
	case "خطاب", "بيان", "مقابله", "كلمه", "مؤتمر", "موتمر", "حديث", "تصريح", "تصريحات", "اجتماع", "لقاء", "جلسه", "رد", "تغريده", "رساله", "تقرير", "منشور", "حساب", "صفحه":
		return true
	}
	return false
}

// mannerAdverb reports an adverb that is never a speaker and ends a
// speaker phrase («ردا على», «أبدا», «حينها»).
func mannerAdverb(w string) bool {
	switch w {
	case "ردا", "تعليقا", "ابدا", "ايضا", "كذلك", "فقط", "حاليا", "مجددا", "مرارا", "دائما", "سابقا", "لاحقا", "علنا", "صراحه", "وقتها", "حينها", "حينذاك", "بدوره", "بدورها":
		return true
	}
	return false
}

// notReport reports a reporting form at i that reports nothing here: a
// definite verbal noun («المطالبة بـ»), a verb with an object pronoun
// right after a statement noun («في بيان نقلته وكالة …», a relative clause
// on the statement), and «يبلغ» of age or amount («يبلغ من العمر», «يبلغ
// عدد …»).
func (c *Coder) notReport(d *doc, i int, s sent) bool {
	w := d.toks[i].Norm
	if definite(w) {
		return true
	}
	if i > s.a && d.toks[i-1].Norm == "عدم" {
		return true // «طلب عدم ذكر اسمه»: a verbal noun, no report
	}
	if i > s.a && d.toks[i].Norm == "اكد" && (d.toks[i-1].Norm == "لم" || d.toks[i-1].Norm == "ولم") {
		return true // «لم أكد أصل حتى …»: «barely», no report (a past verb after لم is أكاد)
	}
	if identityObject(d, i+1, s.b) {
		return true // «قال متحدث، لم يذكر اسمه، إن …»: naming no one, no report
	}
	if i > s.a && occasion(bareWord(d, i-1)) && (strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "ها")) {
		return true
	}
	switch bareWord(d, i) {
	case "يبلغ", "تبلغ", "بلغ", "بلغت":
		if i+1 >= s.b {
			return false
		}
		n := bareWord(d, i+1)
		return n == "من" || d.toks[i+1].Kind == arabic.Number || strings.HasPrefix(n, "عدد") || strings.HasPrefix(n, "قيم") || strings.HasPrefix(n, "حجم") || strings.HasPrefix(n, "نسب")
	}
	return false
}

// quotedSubject reports a name in quotation marks between open and cl
// right after a verb, as its subject («ونقلت "أسوشيتد برس" عن …», «وقال
// "البنتاغون"، في بيان، إن …»): up to three words, the first neither a
// particle nor accusative, followed by عن، إلى، في، a comma or a
// complementiser. What a verb introduces in quotation marks is otherwise
// speech («وقال "هناك تقصير"»).
func (c *Coder) quotedSubject(d *doc, open, cl, end int) bool {
	if cl-open-1 > 3 || cl+1 >= end {
		return false
	}
	f := open + 1
	if d.toks[f].Kind != arabic.Word || c.isStop(d, f) || strings.HasSuffix(d.toks[f].Norm, "ا") {
		return false
	}
	n := d.toks[cl+1]
	if _, day := c.cal.weekday(n.Norm); day || c.lx.timeW[n.Norm] {
		return true // «وأشار "التحالف" الخميس إلى أن …»
	}
	return n.Text == "،" || n.Norm == "عن" || n.Norm == "الي" || n.Norm == "في" || complementiser(d, cl+1)
}

// contrastive reports a word at k that opens a contrasting clause with a
// subject of its own («غير أن X», «إلا أن X», «بيد أن X», «لكن X»,
// «بينما X»): a reporting verb after it starts a new statement, not part of
// the one before.
func contrastive(d *doc, k int) bool {
	if d.toks[k].Kind != arabic.Word {
		return false
	}
	switch d.toks[k].Norm {
	case "فيما", "وفيما":
		// «…، فيما أكد آخرون»; not «فيما يتعلق» (bareWord reads ف + «يما»)
		return k > 0 && d.toks[k-1].Text == "،"
	}
	switch bareWord(d, k) {
	case "لكن", "لكنه", "لكنها", "لكنهم", "بينما":
		return true
	case "غير", "الا", "بيد":
		if k+1 < len(d.toks) {
			switch d.toks[k+1].Norm {
			case "ان", "انه", "انها", "انهم":
				return true
			}
		}
	}
	return false
}

// sideOpener moves start past a phrase that opens a sentence and names
// whose side it is («ومن جانبه», «من جهتها», «بدوره», «في المقابل»), with
// or without a comma after it.
func sideOpener(d *doc, start, end int) int {
	k := start
	if k < end && (d.toks[k].Norm == "من" || d.toks[k].Norm == "ومن") && k+1 < end {
		switch strings.TrimRight(d.toks[k+1].Norm, "هامن") {
		case "جانب", "جهت", "ناحيت", "طرف":
			k += 2
		}
	} else if k < end {
		switch bareWord(d, k) {
		case "بدوره", "بدورها", "بدورهم":
			k++
		}
	}
	if k == start {
		return start
	}
	for k < end && d.toks[k].Text == "،" {
		k++
	}
	return k
}

// kanaOpener reads the subject of «وكان X + verb» opening a sentence
// («وكان نتنياهو تراجع عن الاتفاق …، وقال …»): a named party or a title
// right after كان, before the verb at i.
func (c *Coder) kanaOpener(d *doc, start, i int) (speaker, bool) {
	if start >= i {
		return speaker{}, false
	}
	switch bareWord(d, start) {
	case "كان", "كانت", "كانوا":
	default:
		return speaker{}, false
	}
	a := start + 1
	for a < i && d.toks[a].Text == "،" {
		a++
	}
	if a >= i {
		return speaker{}, false
	}
	if m := d.mentionAt[a]; m >= 0 && d.mentions[m].TokStart == a {
		mm := d.mentions[m]
		b := min(mm.TokEnd, i)
		name, _ := d.spanText(a, b)
		act := mm.Actor
		act.Name = strings.Trim(name, " ،,«»\"“”()")
		return speaker{name: act.Name, actor: &act}, true
	}
	return speaker{}, false
}

// titleThenName reports a title (a definite word and up to two more)
// followed by a linked name within four words from a («رئيس اللجنة مولاي
// حفيظ العلمي»).
func (c *Coder) titleThenName(d *doc, a, end int) bool {
	for k := a + 1; k < end && k <= a+4; k++ {
		if d.toks[k].Kind != arabic.Word || c.isStop(d, k) || c.reportingAt(d, k) {
			return false
		}
		if m := d.mentionAt[k]; m >= 0 && d.mentions[m].TokStart == k {
			return true
		}
	}
	return false
}

// outletWord reports a word naming a news outlet («رويترز», «قناة»,
// «صحيفة»): after ل it is whom a statement was given to («قال لرويترز»,
// «في تصريح لقناة …»), not who made it.
func outletWord(w string) bool {
	switch strings.TrimPrefix(w, "ـ") {
	case "رويترز", "وكاله", "صحيفه", "قناه", "شبكه", "موقع", "تلفزيون", "اذاعه", "مجله", "بي", "فرانس", "سي", "الصحيفه", "الوكاله", "القناه", "الشبكه", "الموقع":
		return true
	}
	return false
}

// lamSpeaker reads the party named after «وفقا» with ل («وفقا للمرصد
// السوري، …») up to end: at most six words, ل dropped.
func (c *Coder) lamSpeaker(d *doc, a, end int) (speaker, bool) {
	if a >= end || end-a > 6 || d.toks[a].Kind != arabic.Word || !strings.HasPrefix(d.toks[a].Norm, "ل") || len(d.keys[a]) < 2 {
		return speaker{}, false
	}
	for k := a; k < end; k++ {
		if d.toks[k].Kind == arabic.Punct && quoteMarks[d.toks[k].Text] == "" || c.reportingAt(d, k) || complementiser(d, k) {
			return speaker{}, false
		}
	}
	name, _ := d.spanText(a, end)
	sp := speaker{name: withoutLam(strings.Trim(name, " ،,«»\"“”()")), end: end}
	sp.actor = d.firstActor(a, end, sp.name)
	return sp, sp.name != ""
}

// documentNoun reports a «speaker» that is a text of rules («وفقا
// لاتفاقية السلام», «بحسب القانون»): it sources a norm, not a statement.
func documentNoun(name string) bool {
	ws := strings.Fields(arabic.Normalize(name))
	if len(ws) == 0 {
		return false
	}
	switch strings.TrimPrefix(strings.TrimPrefix(ws[0], "و"), "ال") {
	case "اتفاقيه", "اتفاق", "قانون", "دستور", "قرار", "خطه", "نظام", "برنامج", "جدول", "معايير", "شروط", "قواعد", "اجراءات", "تعليمات", "لوايح", "ميثاق", "معاهده":
		return true
	}
	return false
}

// cameIn reads «جاء/ورد فيه» after a statement («أصدرت الوزارة بيانا جاء
// فيه أن …», «بيان صادر عن الجيش ورد فيه أن …»): the speaker is who issued
// the statement — the subject of the verb that issued it, or the party
// after «صادر عن» or ل.
func (c *Coder) cameIn(d *doc, i int, s sent) (speaker, bool) {
	if i+1 >= s.b || d.toks[i].Kind != arabic.Word {
		return speaker{}, false
	}
	switch bareWord(d, i) {
	case "جاء", "ورد":
	default:
		return speaker{}, false
	}
	if n := d.toks[i+1].Norm; n != "فيه" && n != "فيها" {
		return speaker{}, false
	}
	noun := -1
	for k := i - 1; k >= s.a && k >= i-8; k-- {
		w := strings.TrimSuffix(bareWord(d, k), "ا")
		if statementNoun(w) || statementNoun(strings.TrimPrefix(w, "ب")) {
			noun = k
			break
		}
	}
	if noun < 0 {
		return speaker{}, false
	}
	// «بيان صادر عن X», «بيان لـX»
	for k := noun + 1; k < i-1; k++ {
		if (d.toks[k].Norm == "صادر" || d.toks[k].Norm == "الصادر") && d.toks[k+1].Norm == "عن" {
			if sp, ok := c.speakerAfter(d, k+1, i); ok {
				return sp, true
			}
		}
	}
	if noun+1 < i {
		if sp, ok := c.lamSpeaker(d, noun+1, min(i, noun+5)); ok && !outletWord(strings.TrimPrefix(d.toks[noun+1].Norm, "ل")) {
			return sp, true
		}
	}
	// the verb that issued it, with its subject after or before it
	for k := noun - 1; k >= s.a && k >= noun-6; k-- {
		switch strings.TrimPrefix(bareWord(d, k), "و") {
		case "اصدر", "اصدرت", "نشر", "نشرت", "وزع", "وزعت", "اصدروا", "نشروا":
			if sp, ok := c.speakerAfter(d, k, noun); ok {
				return sp, true
			}
			return c.subjectSpeaker(d, k, s.a)
		}
	}
	return speaker{}, false
}

// subjectSpeaker is the subject written before the verb at k (from the
// sentence start a) as a speaker: who issued a statement, a picture or a
// resolution when no subject follows the verb.
func (c *Coder) subjectSpeaker(d *doc, k, a int) (speaker, bool) {
	p := c.subjectBefore(d, k, a)
	if !p.ok() {
		return speaker{}, false
	}
	name, _ := d.spanText(p.a, p.b)
	return speaker{name: strings.Trim(name, " ،,«»\"“”()"), actor: p.actor}, true
}

// relativeSubject reads the subject of a reporting verb at i written before
// it with a relative clause between («راضي، الذي كان يتحدث في مداخلة …،
// قال إن …», «التحالف الذي تقوده السعودية، أعلن أن …»): the phrase before
// «الذي/التي», when no complementiser, reporting verb or sentence mark
// stands between and the verb is not joined by و.
func (c *Coder) relativeSubject(d *doc, i, start int) np {
	if c.joinedVerb(d, i) || i == start || d.toks[i-1].Kind == arabic.Word && relative(d.toks[i-1].Norm) {
		return np{}
	}
	for r := i - 2; r > start && r >= i-18; r-- {
		t := d.toks[r]
		if t.Kind == arabic.Punct && (t.Text == "." || t.Text == ":" || quoteMarks[t.Text] != "") {
			return np{}
		}
		if complementiser(d, r) || c.reportingAt(d, r) {
			return np{}
		}
		if t.Norm != "الذي" && t.Norm != "التي" {
			continue
		}
		e := r
		if d.toks[e-1].Text == "،" {
			e--
		}
		if e <= start {
			return np{}
		}
		p := c.phraseBefore(d, e, start)
		if !p.ok() || p.b != e {
			return np{}
		}
		if p.actor == nil && !definite(d.toks[p.a].Norm) && !nameLike(d.toks[p.a].Text) {
			return np{}
		}
		return p
	}
	return np{}
}

// cameIn reports a word i told after «جاء/ورد في» in its sentence: what
// the document or outlet named there says follows (cameInStatement,
// cameInMore).
func cameIn(d *doc, i int, s sent) bool {
	if d.toks[i].Kind != arabic.Word || i < s.a+2 || d.toks[i-1].Norm != "في" {
		return false
	}
	switch bareWord(d, i-2) {
	case "جاء", "ورد":
		return true
	}
	return false
}

// cameInStatement reads «جاء/ورد في + statement noun + its issuer + أن»
// where the issuer is not written with ل: a genitive («وجاء في بيان
// الأكاديمية أن …»), «الصادر عن/من X» («وجاء في البيان الصادر عن الوزارة
// إن …»), or none («وجاء في البيان أن …»: the last speaker, else the
// relay, issued it).
func (c *Coder) cameInStatement(d *doc, i int, s sent, cur, relay speaker) (speaker, bool) {
	if !cameIn(d, i, s) {
		return speaker{}, false
	}
	w := bareWord(d, i)
	if !writtenStatement(strings.TrimPrefix(w, "ال")) {
		return speaker{}, false
	}
	a := i + 1
	ascribed := false
	if a < s.b && (d.toks[a].Norm == "الصادر" || d.toks[a].Norm == "صادر") && a+1 < s.b && (d.toks[a+1].Norm == "عن" || d.toks[a+1].Norm == "من") {
		a += 2
	} else if na, ok := ascribedTo(d, a, s.b); ok {
		a, ascribed = na, true // «وجاء في بيان منسوب للجماعة أن …» (quotes_ascribed_statement.go)
	} else if strings.HasPrefix(w, "ال") {
		// no issuer written: who was speaking
		if a < s.b && complementiser(d, a) {
			if cur.name != "" {
				return cur, true
			}
			if relay.name == "" && !statementNoun(strings.TrimPrefix(w, "ال")) {
				// «وجاء في الوثيقة أن …» with no one named yet: the document
				return speaker{name: d.toks[i].Text, end: a}, true
			}
			return relay, relay.name != ""
		}
		return speaker{}, false
	}
	b := a
	for b < s.b && b < a+7 && d.toks[b].Kind == arabic.Word && !complementiser(d, b) && !preposition(d.toks[b].Norm) && !c.reportingAt(d, b) {
		b++
	}
	if b == a || b >= s.b || !complementiser(d, b) || !definite(d.toks[a].Norm) && d.mentionAt[a] < 0 {
		return speaker{}, false
	}
	name, _ := d.spanText(a, b)
	sp := speaker{name: strings.Trim(name, " ،,«»\"“”()"), end: b}
	if ascribed {
		sp.name = withoutLam(sp.name)
	}
	sp.actor = d.firstActor(a, b, sp.name)
	return sp, true
}

// negatedBefore reports «لم/لا/ولم» within the three tokens before j.
func negatedBefore(d *doc, j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		switch d.toks[k].Norm {
		case "لم", "ولم", "لا", "ولا", "فلم":
			return true
		}
	}
	return false
}
