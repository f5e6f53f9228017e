package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// Constructions of verbal acts read on politics news in the eighth
// session: a demand told as what a party must do («على إيران أن توقف …»,
// «يجب على إيران الانسحاب», «عليهم تسليم السلاح») in reported speech; a
// judgement negated with a conjunction («باطل وغير شرعي») or of a word
// that judges only when negated («غير عادلة»), and one whose object is
// itself an act («وصف الاتهامات بالكاذبة»); the bare perfect «دان»
// (condemned) before its subject («ودان مجلس الأمن الهجوم»).

// obligationDemand is the demand of a speaker who says what another party
// must do.
var obligationDemand = &Trigger{Type: "REQUEST", Mode: "appeal", Confidence: 0.55, Source: "obligation (على … أن)"}

// obligationWords say an act is owed: «يجب على», «ينبغي على», «يتعين على».
var obligationWords = wordSet([]string{"يجب", "ينبغي", "يتعين", "يتوجب", "يتحتم"})

// obligationOn are «على» and its third and second person pronoun forms
// (normalised): the party that owes the act. «علينا» (we must) is the
// speaker's own duty, no demand.
var obligationOn = wordSet([]string{"علي", "عليه", "عليها", "عليهم", "عليهما", "عليكم", "عليك"})

// obligationOpeners may stand right before the clause that tells the
// obligation: «إن على …», «أنه يجب على …», «لذلك يجب على …».
var obligationOpeners = wordSet([]string{"ان", "انه", "بانه", "لذلك", "لذا", "فان", "الان"})

// obligations adds to the hits of sentence si, in its place, a clause of
// reported speech that says what a party must do — «وقال إن على إيران أن توقف دعمها», «يجب على
// إيران أن تخرج من سوريا», «على كندا تصحيح ما قامت به», «عليهم تسليم كل
// شيء» — a demand by the speaker on that party. Not a first person duty
// («علينا أن نكون يقظين»), «على أن» (provided that), or a sentence that
// already tells a demand.
func (c *Coder) obligations(d *doc, si int, hits []hit) []hit {
	if d.speakerOf[si].name == "" {
		return hits
	}
	for _, h := range hits {
		if h.trig.Type == "REQUEST" {
			return hits
		}
	}
	s := d.sents[si]
	for i := s.a; i < s.b; i++ {
		if d.toks[i].Kind != arabic.Word || !obligationOn[bareWord(d, i)] {
			continue
		}
		open := i // the clause's first word: «على», or «يجب» before it
		if i-1 >= s.a && d.toks[i-1].Kind == arabic.Word && obligationWords[bareWord(d, i-1)] {
			open = i - 1
		}
		if !clauseOpens(d, open, s.a) {
			continue
		}
		if k := c.owedAct(d, i, s.b); k >= 0 {
			// in its place among the sentence's hits: what it owes after
			// it is the content of the demand (embedded)
			return insertHit(hits, hit{trig: obligationDemand, sent: si, pos: []int{open, k}})
		}
	}
	return hits
}

// clauseOpens reports a token k that opens a clause: the sentence's or a
// quotation's start, after a colon or comma, a conjunction glued to it
// («وعلى كندا»), or after «إن», «أنه», «لذلك».
func clauseOpens(d *doc, k, start int) bool {
	if bareWord(d, k) != d.toks[k].Norm {
		return true // «وعلى», «فعليه»
	}
	if k == start {
		return true
	}
	p := d.toks[k-1]
	switch p.Text {
	case ":", "،", ",", ".", "«", "-":
		return true
	case "\"", "“", "”":
		// an opening quotation mark, after the colon or comma that leads
		// into it; a closing one ends the quote («… التهجير" على سكان»)
		return k-1 == start || (d.toks[k-2].Kind == arabic.Punct && d.toks[k-2].Text != "\"")
	}
	return p.Kind == arabic.Word && obligationOpeners[bareWord(d, k-1)]
}

// owedAct finds, after the «على» at token i, what is owed: the verb after
// «أن» («على إيران أن توقف»), or the verbal noun after a named party or
// the pronoun («على كندا تصحيح», «عليهم تسليم», «وعليكم بإخراج»). It
// returns the act's token, or -1.
func (c *Coder) owedAct(d *doc, i, end int) int {
	pron := bareWord(d, i) != "علي"
	from := i + 1
	if !pron {
		// the party: a name the actor layer knows, or up to five words
		// before «أن»
		if m := d.mentionAt[min(from, len(d.mentionAt)-1)]; from < end && m >= 0 && linked(&d.mentions[m].Actor) {
			from = d.mentions[m].TokEnd
		} else {
			for k := from; k < end && k <= i+6; k++ {
				t := d.toks[k]
				if t.Kind != arabic.Word {
					return -1
				}
				if t.Norm == "ان" {
					if k == i+1 {
						return -1 // «على أن»: provided that
					}
					from = k
					break
				}
				if c.isStop(d, k) {
					return -1
				}
			}
			if from == i+1 {
				return -1
			}
		}
	}
	if from >= end || d.toks[from].Kind != arabic.Word {
		return -1
	}
	w := d.toks[from].Norm
	if obligationWords[w] && from+1 < end {
		from++ // «على الدول الأوروبية يجب أن توافق»
		w = d.toks[from].Norm
	}
	if w == "ان" {
		if from+1 < end && d.toks[from+1].Kind == arabic.Word && strings.ContainsRune("يتن", []rune(d.toks[from+1].Norm)[0]) && !knowVerb(d.toks[from+1].Norm) && !priceAfter(d, from+1, end) {
			return from + 1
		}
		return -1
	}
	if priceAfter(d, from, end) {
		return -1
	}
	if c.isStop(d, from) || strings.ContainsRune("ين", []rune(w)[0]) {
		return -1 // a preposition or a verb: no act owed
	}
	if pron && !(strings.HasPrefix(w, "ب") && owedNoun(w[len("ب"):])) && !owedNoun(w) {
		return -1 // «وعليه هاتف ثابت»: what is on it, no act
	}
	return from
}

// priceAfter reports «ثمن» right after the act at token k: «على المتمردين
// أن يدفعوا ثمن جرائمهم» (must pay the price) promises punishment, it asks
// for no act.
func priceAfter(d *doc, k, end int) bool {
	if k+1 >= end {
		return false
	}
	switch d.toks[k+1].Norm {
	case "ثمن", "الثمن", "ثمنا", "ثمنه", "ثمنها":
		return true
	}
	return false
}

// knowStems are the verbs of knowing and deciding: «عليكم أن تعرفوا أن
// …», «عليهم أن يقرروا ردهم» warn or leave a choice, they ask no act.
var knowStems = wordSet([]string{"عرف", "علم", "درك", "فهم", "قرر", "عي", "تذكر", "عتبر"})

// knowVerb reports an imperfect verb (normalised) of knowing or deciding.
func knowVerb(w string) bool {
	r := []rune(w)
	if len(r) < 3 {
		return false
	}
	stem := string(r[1:])
	for _, suf := range []string{"وا", "ون", "ا"} {
		if t, ok := strings.CutSuffix(stem, suf); ok && len([]rune(t)) >= 2 {
			stem = t
			break
		}
	}
	return knowStems[stem]
}

// owedNoun reports a word (normalised, a possessive pronoun allowed)
// shaped as the verbal noun of a derived verb: تفعيل («تسليم»,
// «تصحيحه»), إفعال («إخراج»), افتعال («التزام»), استفعال («استئناف»),
// with or without the article (events.go's verbalNoun reads the raw
// spelling and leaves out the forms that also name parties).
func owedNoun(w string) bool {
	w = strings.TrimPrefix(w, "ال")
	for _, suf := range []string{"هم", "ها", "ه"} {
		if t, ok := strings.CutSuffix(w, suf); ok && len([]rune(t)) >= 5 {
			w = t
			break
		}
	}
	r := []rune(w)
	switch n := len(r); {
	case n == 5 && r[0] == 'ت' && r[3] == 'ي': // تفعيل
		return true
	case n == 5 && r[0] == 'ا' && r[3] == 'ا': // إفعال
		return w != "ايران" && w != "اخوان"
	case n == 6 && r[0] == 'ا' && r[2] == 'ت' && r[4] == 'ا': // افتعال
		return true
	case n == 7 && strings.HasPrefix(w, "است") && r[5] == 'ا': // استفعال
		return true
	}
	return false
}

// obliged sets the parties of a demand found by obligations: the speaker
// makes it, the party named after «على» owes it; an «يجب» that opens the
// clause is the demand's own word, no mark of a plan.
func (c *Coder) obliged(d *doc, h *hit, ev *marsad.Event) {
	if h.trig != obligationDemand {
		return
	}
	ev.Actor, ev.Recipient = nil, nil
	if sp := speakerOf(d, h); sp.name != "" {
		ev.Actor = sp.toActor()
	}
	on := h.head()
	if obligationWords[bareWord(d, on)] {
		on++
	}
	if m := d.mentionAt[min(on+1, len(d.mentionAt)-1)]; on+1 < len(d.toks) && m >= 0 && linked(&d.mentions[m].Actor) {
		ev.Recipient = d.mentionActor(int(m))
	}
}

// judgementNegated reports a negation right before the evaluative word at
// token k, with or without a conjunction: «غير شرعي», «وغير شرعي», «ولا
// مبرر».
func judgementNegated(d *doc, k int) bool {
	switch bareWord(d, k-1) {
	case "غير", "لا", "ليس", "ليست":
		return true
	}
	return false
}

// otherStance reports a verbal act among hits other than the one judged: a
// noun with the article between the opinion word at i and its judgement
// at k («وصف … الاتهامات التركية بالكاذبة», «ووصفت دمشق التهديدات
// الأمريكية بالتصعيد» judge the accusations and threats, no second stance
// beside them); a verb or a participle there is a stance of its own
// («معتبرا …، كما دعا إلى …»).
func otherStance(d *doc, hits []hit, i, k int) bool {
	for _, h := range hits {
		if !verbal(h.trig.Type) {
			continue
		}
		if h.trig.Verb || h.head() <= i || h.last() >= k || !strings.HasPrefix(bareWord(d, h.head()), "ال") {
			return true
		}
	}
	return false
}

// imperfectOpinion reports an opinion word at token i in the imperfect
// («ويعتبرها», «ترى», «يصفون»): a view held, often a standing one («ولا
// يعترف المجتمع الدولي بالمستوطنات ويعتبرها غير قانونية»).
func imperfectOpinion(d *doc, i int) bool {
	w := bareWord(d, i)
	return strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "ت")
}

// danSubjects may follow the bare perfect «دان» as its subject: «دان
// وزير الخارجية», «ودان رئيس الوزراء».
var danSubjects = wordSet([]string{"وزير", "وزيرة", "رئيس", "رئيسة", "مجلس", "زعيم", "مبعوث", "متحدث", "ناطق", "مندوب", "سفير", "حزب", "تحالف", "اتحاد", "ملك", "أمير", "ولي", "نائب", "قائد", "رئيسا"})

// danBefore may stand right before the verb «دان»: «وكان الرئيس دان …»,
// «قد دان».
var danBefore = wordSet([]string{"قد", "وقد", "كان", "وكان"})

// bareCondemn adds, in its place among the hits of sentence si, the bare
// perfect «دان» (condemned, the lexicon's «~دان/» leaves it out since it
// is also the name Dan: «دان كوتس») where a subject follows it — a
// party the actor layer knows, a noun with the article or an office
// («دان الرئيسان الأميركي والفرنسي النظام», «ودان مجلس الأمن الهجوم»,
// «دان وزير الإعلام التصعيد») — or «قد», «كان» stand before it.
func (c *Coder) bareCondemn(d *doc, si int, hits []hit) []hit {
	s := d.sents[si]
	for i := s.a; i+1 < s.b; i++ {
		if d.toks[i].Kind != arabic.Word || bareWord(d, i) != "دان" || d.mentionAt[i] >= 0 {
			continue
		}
		next := d.toks[i+1]
		m := d.mentionAt[i+1]
		subject := next.Kind == arabic.Word && (strings.HasPrefix(bareWord(d, i+1), "ال") || danSubjects[bareWord(d, i+1)] ||
			(m >= 0 && d.mentions[m].TokStart == i+1 && linked(&d.mentions[m].Actor)))
		if !subject && !(i > s.a && danBefore[d.toks[i-1].Norm]) {
			continue
		}
		var t *Trigger
		for _, x := range c.lx.triggersFrom("دانت") {
			if x.Type == "ACCUSE" && x.Verb {
				t = x
			}
		}
		if t == nil {
			return hits
		}
		return insertHit(hits, hit{trig: t, sent: si, pos: []int{i}})
	}
	return hits
}

// insertHit puts h among a sentence's hits in text order (before the
// first hit whose head comes after its own).
func insertHit(hits []hit, h hit) []hit {
	out := make([]hit, 0, len(hits)+1)
	placed := false
	for _, o := range hits {
		if !placed && o.head() > h.head() {
			out, placed = append(out, h), true
		}
		out = append(out, o)
	}
	if !placed {
		out = append(out, h)
	}
	return out
}
