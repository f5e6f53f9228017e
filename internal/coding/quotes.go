package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// quoteMarks pairs opening and closing quotation marks.
var quoteMarks = map[string]string{"«": "»", "“": "”", "\"": "\"", "„": "“"}

type directQuote struct {
	open, close int // token indexes of the marks (close: the end when open2)
	sent        int
	open2       bool // never closed
}

// speaker is who speaks, as a phrase of the text.
type speaker struct {
	name  string
	actor *marsad.Actor
	end   int // token after the phrase, when read after a verb
	// weak marks a phrase after the verb that is not its subject («نفسه»,
	// «عدم …», a first object): returned with ok false, for a last resort
	weak bool
}

// findDirect pairs quotation marks within sentences.
func (c *Coder) findDirect(d *doc) []directQuote {
	var out []directQuote
	for si, s := range d.sents {
		for i := s.a; i < s.b; i++ {
			t := d.toks[i]
			closeMark, ok := quoteMarks[t.Text]
			if !ok || t.Kind != arabic.Punct {
				continue
			}
			j := i + 1
			for j < len(d.toks) && j < s.b+40 && d.toks[j].Text != closeMark {
				if strings.Contains(d.text[d.toks[j-1].End:d.toks[j].Start], "\n") {
					j = len(d.toks)
					break
				}
				j++
			}
			if j >= len(d.toks) || d.toks[j].Text != closeMark {
				if i > s.a && d.toks[i-1].Kind == arabic.Word && d.toks[i-1].End == t.Start && i+1 < s.b && d.toks[i+1].Kind == arabic.Punct {
					continue // «… الانتهاء"، لكن»: a stray closing mark glued to the word before
				}
				// an opening mark never closed before the line ends: the quote
				// runs to the end of the sentence
				end := s.b
				for end > i+1 && d.toks[end-1].Kind == arabic.Punct {
					end--
				}
				if d.words(i+1, end) >= 3 && !strings.Contains(d.text[t.End:d.toks[end-1].End], closeMark) {
					out = append(out, directQuote{open: i, close: end, sent: si, open2: true})
					i = end
				}
				continue
			}
			out = append(out, directQuote{open: i, close: j, sent: si})
			i = j
		}
	}
	return out
}

// words counts word tokens in [a,b).
func (d *doc) words(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if d.toks[k].Kind == arabic.Word || d.toks[k].Kind == arabic.Latin || d.toks[k].Kind == arabic.Number {
			n++
		}
	}
	return n
}

// reportingAt reports whether token i is a reporting verb or participle.
func (c *Coder) reportingAt(d *doc, i int) bool { return c.classes(d, i)&flagReporting != 0 }

func (c *Coder) reportingSlow(d *doc, i int) bool {
	if d.toks[i].Kind != arabic.Word {
		return false
	}
	listed := c.reportingKey(d, i)
	if listed && timePassed(d, i) {
		return false // «أي وقت مضى» (quotes_time_past.go)
	}
	if listed && crossingForm(bareWord(d, i)) {
		return c.expresses(d, i)
	}
	return listed
}

// expresses reports «عن» after a form of عبر at i: «عبّر X عن» expresses;
// «عبر الحدود» is a preposition, and «عبرت القافلة خط الجبهة» crosses.
// «عن» must follow a short subject, before the sentence or clause ends.
func (c *Coder) expresses(d *doc, i int) bool {
	if viaPreposition(d, i) {
		return false // (quotes_via.go)
	}
	for k := i + 1; k < len(d.toks) && k <= i+16; k++ {
		if d.toks[k].Norm == "عن" {
			return true
		}
		if complementiser(d, k) || k == i+1 && postPlace(d.toks[k].Norm) {
			return false // «وأوضح X، عبر حسابه على تويتر، أن …»: via, not «expressed»
		}
		if d.toks[k].Kind == arabic.Punct && d.toks[k].Text != "،" || k > i+1 && strings.HasPrefix(d.toks[k].Norm, "و") && len(d.keys[k]) > 1 && d.keys[k][1] == d.toks[k].Norm[len("و"):] {
			return false
		}
	}
	return false
}

func (c *Coder) continuationAt(d *doc, i int) bool {
	for _, k := range d.keys[i] {
		if c.lx.continuation[k] {
			return true
		}
	}
	return false
}

// participle reports a reporting participle (مضيفا، مؤكدا), whose subject is
// the sentence's speaker.
func participle(w string) bool {
	return strings.HasPrefix(w, "م") && (strings.HasSuffix(w, "ا") || strings.HasSuffix(w, "ه")) || strings.HasPrefix(w, "قايل")
}

// simpleParticiple reports the accusative participle of a simple verb
// (فاعلا: «داعيا», «ناقلا»), normalised.
func simpleParticiple(w string) bool {
	r := []rune(w)
	if len(r) == 6 && r[1] == 'ا' && r[4] == 'ه' && r[0] == 'و' {
		r = r[1:] // «واصفة»: و + فاعلة, read as joined
	}
	return len(r) == 5 && r[1] == 'ا' && (r[4] == 'ا' || r[4] == 'ه') && r[0] != 'ا'
}

// describedName reports what follows a short quote at k as a description
// of a name: a nisba adjective («"بوابة الأهرام" الرسمية») or a relative
// clause after a comma («"يوروباروميتر"، الذي تجريه المفوضية»).
func describedName(d *doc, k, end int) bool {
	if k < end && d.toks[k].Text == "،" {
		k++
		return k < end && (d.toks[k].Norm == "الذي" || d.toks[k].Norm == "التي")
	}
	if k >= end || d.toks[k].Kind != arabic.Word {
		return false
	}
	w := d.toks[k].Norm
	return strings.HasPrefix(w, "ال") && nisba(w) && len([]rune(w)) > 4
}

// speakerAfter reads the speaker named after a reporting verb at i, up to
// the quote, a colon, أن/إن or the end of the clause.
func (c *Coder) speakerAfter(d *doc, i, end int) (speaker, bool) {
	k := c.skipAdverbs(d, i+1, end)
	bw := strings.TrimPrefix(bareWord(d, i), "و")
	byVerb := bw == "افاد" || bw == "افادت"
	// «طالب», «اتهم»: an act whose object may follow with بـ (not «نقل», which relays)
	actVerb := c.isTrigger(d, i) && bw != "نقل" && bw != "نقلت"
	// «لـ"العين الإخبارية"», «في بيان», «في تصريح»: skip
	a := k
	for a+1 < end && mannerAdverb(d.toks[a].Norm) && d.toks[a+1].Kind == arabic.Word {
		a++ // «وقال أيضا وزير الخارجية …»: the adverb before the subject
	}
	a = c.skipOccasion(d, a, end)
	a = sideOpener(d, a, end) // «تفيد من جهتها السفيرة …»: whose side, then the subject
	if a+1 < end && toPronoun(d.toks[a].Norm) && d.toks[a+1].Kind == arabic.Word && !c.isStop(d, a+1) &&
		!mannerAdverb(d.toks[a+1].Norm) && !temporalWord(d.toks[a+1].Norm) && !adverbialParticiple(d, a+1) && !mannerAccusative(d.toks[a+1].Text) {
		a++ // «بحسب ما نقلته عنه وكالة …», «قالت لها الشرطة»: the subject after the pronoun
	}
	if a+1 < end && (d.toks[a].Norm == "به" || d.toks[a].Norm == "بها") && d.toks[a+1].Kind == arabic.Word {
		a++ // «على ما أفاد به مصدران»: the subject after the resumptive pronoun
	}
	if a+2 < end && d.toks[a].Norm == "كل" && d.toks[a+1].Norm == "من" {
		a += 2 // «قال كل من الرئيس ورئيس الوزراء»: the parties named after
	}
	// «وذكر بيان النائب العام أن …», «ووصف بيان أصدرته كتائب القسام …»,
	// «وأشار تقرير من جماعة X إلى أن …»: the issuer speaks
	if a+1 < end && d.toks[a].Kind == arabic.Word && (statementNoun(bareWord(d, a)) || bareWord(d, a) == "تقرير") {
		switch n := d.toks[a+1].Norm; {
		case n == "اصدرته" || n == "اصدرتها" || n == "اصدره" || n == "نشرته" || n == "نشرتها" || n == "نشره":
			a += 2
		case n == "من" && a+2 < end:
			a += 2
		case definite(n) && !strings.HasPrefix(n, "لل") || d.mentionAt[a+1] >= 0 && !strings.HasPrefix(n, "ل"):
			a++
		}
	}
	// «وأوضح بيان للجيش أن …», «وأكد تقرير للأمم المتحدة أن …»: the
	// statement's author speaks
	ofStatement := a+1 < end && (statementNoun(bareWord(d, a)) || bareWord(d, a) == "تقرير") && d.toks[a+1].Kind == arabic.Word &&
		strings.HasPrefix(d.toks[a+1].Norm, "ل") && len(d.keys[a+1]) > 1 && !resumptive(d.toks[a+1].Norm)
	if ofStatement {
		a++
	}
	if a < end && restatedWhat(bw, d.toks[a].Norm) {
		return speaker{}, false // «وكرر أيضا موقف إيران بأن …»: what is restated, no subject (quotes_restated.go)
	}
	b := a
	commas := 0
	for b < end && (b-a < 12 || d.mentionAt[b] >= 0 && d.mentionAt[b] == d.mentionAt[b-1]) {
		t := d.toks[b]
		if t.Kind == arabic.Punct {
			if cm := quoteMarks[t.Text]; cm != "" && b == a {
				// «ونقلت "أسوشيتد برس" عن …»: the subject's name in quotation marks
				k := b + 1
				for k < end && k <= b+5 && d.toks[k].Text != cm && d.toks[k].Kind != arabic.Punct {
					k++
				}
				if k < end && k <= b+4 && k > b+1 && d.toks[k].Text == cm && c.quotedSubject(d, b, k, end) {
					b = k + 1
					continue
				}
			}
			if cm := quoteMarks[t.Text]; cm != "" && b > a && c.nameBefore(d, b-1) {
				// «فصيل "فيلق الرحمن" المعارض»: a quoted name is part of the phrase
				limit := b + 5
				if orgHead(d, b-1) {
					limit = b + 8
				}
				k := b + 1
				for k < end && k <= limit && d.toks[k].Text != cm {
					k++
				}
				if k < end && k <= limit {
					b = k + 1
					continue
				}
			}
			if t.Text == "." && abbreviated(d, b-1) {
				b++ // «سي.إن.إن ترك»
				continue
			}
			if t.Text == ":" || t.Text == "." || quoteMarks[t.Text] != "" {
				break
			}
			if t.Text == "،" || t.Text == "," {
				// «الرئيس الفرنسي، إيمانويل ماكرون، …»: the apposition ends the name
				if commas++; commas == 2 || b+1 < end && (namelessAside(d.toks[b+1].Norm) || prepositionalObject(d, b+1) || attributionVerb(d.toks[b+1].Norm)) {
					break // («وأشاد رئيس الحكومة، بالموقف الأميركي …»: the object, not an apposition)
				}
			}
			b++
			continue
		}
		w := t.Norm
		if complementiser(d, b) {
			break
		}
		if w == "من" && b == a+1 && quantityOf(d, a, end) {
			b++ // «وقال عدد من السكان»: the people counted speak
			continue
		}
		if w == "الي" || w == "على" || w == "علي" && !aliName(d, b) || w == "من" || w == "عن" || w == "ب" || w == "ل" {
			break // also a bare clitic: «طالب X بـ"…"»
		}
		if b > a && (bw == "نقل" || bw == "نقلت") && relayedFromPronoun(d, b, end) {
			// «ونقلت وكالة فرانس برس عنه قوله»: the outlet relays; the
			// pronoun's antecedent (the speaker before, else the party
			// named last) speaks; a spokesman's phrase names whom he speaks
			// for («ونقلت المتحدثة باسم X عنه قوله»: X)
			if spokesmanPhrase(d, a, b) {
				sp := weakPhrase(d, a, b)
				sp.weak, sp.actor = false, d.firstActor(a, b, sp.name)
				return sp, true
			}
			return weakPhrase(d, a, b), false
		}
		if _, day := c.cal.weekday(w); day && b > a {
			break // «قال ترامب الأربعاء إن»
		}
		if (t.Text == "أي" || t.Text == "أية" || t.Text == "اي") && b > a && d.mentionAt[b] < 0 && !abbreviated(d, b) {
			break // «نفى الجيش أي مسؤولية»: what is denied
		}
		if (w == "امس" || w == "اليوم") && b > a && d.mentionAt[b] < 0 {
			break // «أعلن النائب العام أمس الثلاثاء …»
		}
		if (w == "يوم" || w == "صباح" || w == "مساء") && b > a && b+1 < end {
			if _, day := c.cal.weekday(d.toks[b+1].Norm); day {
				break // «أكدت الشبكة يوم الجمعة أن»
			}
		}
		if b > a && attribution(d, b) {
			break // «وقال أردوغان بحسب ما نقل عنه»
		}
		if b > a && contentNoun(w) && w == "انباء" && d.toks[b-1].Norm == "وكاله" {
			b++ // «وكالة أنباء فارس»: the agency's name, not «reports of»
			continue
		}
		if b > a && (inName(d, b) || c.apposedParticipleName(d, b, end)) && adverbialParticiple(d, b) {
			b++ // «دي ميستورا», «، ماريا زاخاروفا،»: a word of a name that reads as a participle
			continue
		}
		if b > a && bw != "نقل" && bw != "نقلت" && strings.HasPrefix(w, "ل") && len(d.keys[b]) > 1 && (outletWord(w[len("ل"):]) || strings.HasPrefix(w, "لل") && outletWord("ال"+w[len("لل"):])) {
			break // «قالت مكلور لصحيفة …»: the outlet it was said to
		}
		if b > a && ownedNoun(w) {
			break // «وأبدى محرم إنجه ثقته …», «أعلنت واشنطن تضامنها»: what is expressed
		}
		if b > a && restatedWhat(bw, w) {
			break // «وكرر الجبير موقف الحكومة بأن …»: what is restated (quotes_restated.go)
		}
		if b > a && (contentNoun(w) && (d.mentionAt[b] < 0 || d.mentionAt[b] != d.mentionAt[b-1]) || saidNoun(w) || relative(w) || adverbialParticiple(d, b) || temporalWord(w) || clauseConjunction(w)) {
			break // «نفى الجيش حدوث غارات», «علوان، الذي يعمل …»
		}
		if w == "في" || w == "خلال" || w == "لدي" || w == "امام" || w == "القول" || w == "بالقول" {
			break // «وأضاف مانينغ القول إن …»
		}
		if b > a && mannerAdverb(w) {
			break // «قال متحدث باسم الجيش ردا على …», «مسؤول أمريكي وقتها»
		}
		if b > a && (c.reportingAt(d, b) || c.isTrigger(d, b)) && (d.mentionAt[b] < 0 || d.mentionAt[b] != d.mentionAt[b-1]) && !personToken(d, b) {
			break // (a word inside a linked name is no verb: «كريستوفر راي»)
		}
		if b > a && strings.HasPrefix(w, "ب") && w != "بن" && w != "باسم" && len(d.keys[b]) > 1 && (byVerb || actVerb && !definite(w) && d.mentionAt[b] < 0) {
			break // «أفاد المرصد بوقوع …», «طالبت فرنسا بإجراء …»: what was reported or asked begins
		}
		b++
	}
	for b > a && d.toks[b-1].Kind == arabic.Punct {
		b--
	}
	if b <= a {
		return speaker{}, false
	}
	// «سفير السعودية في واشنطن الأمير خالد بن سلمان»: a post abroad, then
	// the name of who holds it, or that name between commas («السفيرة لدى
	// الأمم المتحدة، نيكي هايلي،»)
	post := b
	if b+2 < end && (d.toks[b].Norm == "في" || d.toks[b].Norm == "لدي" || d.toks[b].Norm == "الي") && !occasion(bareWord(d, b+1)) {
		inPost := d.toks[b].Norm != "الي"
		for j := b + 2; j <= b+7 && j < end; j++ {
			if complementiser(d, j) {
				if inPost && !actVerb && c.unlinkedHolder(d, b+2, j) {
					b = j // «عضو المجلس المركزي في حزب الله نبيل قاووق إنه»: the holder's unlinked name
				}
				break
			}
			if m := d.mentionAt[j]; inPost && (j <= b+3 || !actVerb && holderAfterPost(d, m, j, end)) && m >= 0 && d.mentions[m].TokStart == j && d.mentionAt[j-1] != m {
				b = min(d.mentions[m].TokEnd, end)
				break
			}
			if d.toks[j].Text == "،" {
				if e := c.appositionName(d, j+1, end); e > 0 {
					b = e
				} else if inPost && !actVerb && c.unlinkedHolder(d, b+2, j) {
					b = j // «… في حزب الله نبيل قاووق، إن»
				}
				break
			}
			if d.toks[j].Kind != arabic.Word || j > b+4 && (c.isTrigger(d, j) || c.reportingAt(d, j)) {
				break // («مندوب العمليات في التحالف في منطقة الخضراء، العقيد …،»: a longer post, then the name)
			}
		}
	}
	b = addressedOutletCut(d, post, b) // «مصدر في الدفاع المدني لفرانس برس إن» (quotes_speaker_outlet.go)
	// the first token must look like a name or title, not a pronoun clause
	// or a prepositional phrase («بالسعي»)
	fw := d.toks[a].Norm
	if quoteMarks[d.toks[a].Text] != "" && a+1 < b {
		fw = d.toks[a+1].Norm
	}
	if mannerAdverb(fw) || preposition(fw) && !aliName(d, a) || pronounObject(fw) || fw == "بقوله" || fw == "بقولها" || ownedNoun(fw) || strings.HasPrefix(fw, "ل") && len(d.keys[a]) > 1 && outletWord(fw[len("ل"):]) && !ofStatement {
		return speaker{}, false // «لم أتوقع أبداً أن …», «أمام الجمعية العامة»
	}
	if b-a == 1 && d.mentionAt[a] < 0 && mannerAccusative(d.toks[a].Text) {
		return speaker{}, false // «قال ساخرا», «قال ضاحكا»: how it was said
	}
	if notSubject(fw) {
		return weakPhrase(d, a, b), false // «ويصف نفسه بأنه …», «وأعلن عدم نيته …», «وأضاف وهو محاط …»
	}
	if adverbialParticiple(d, a) && !countryLike(d, a) && !c.namedInApposition(d, a, b) || len(fw) <= len("ب") || strings.HasPrefix(fw, "ايا") && len(fw) <= len("اياهم") {
		return speaker{}, false // «وقال مخاطبا ترامب», a bare «بـ», «واصفا إياها»
	}
	if bw := bareWord(d, a); bw != fw && c.lx.stop[bw] && !aliName(d, a) {
		return speaker{}, false // «أكدت اليوم وبما لا يقبل الشك»: a conjunction and a particle
	}
	if sp, ok := c.pluralSpeaker(d, a, b); ok { // «وقال باحثون إن» (quotes_round7.go)
		return sp, true // a plural in ون is no preposition and noun (quotes_round7.go)
	} // (quotes_round7.go)
	if c.lx.stop[fw] && !aliName(d, a) && !quantityOf(d, a, b) && !maddaName(d, a) || d.toks[a].Kind == arabic.Number || strings.HasPrefix(fw, "بال") || strings.HasPrefix(fw, "لل") && !ofStatement || c.isTrigger(d, a) && !statementNoun(strings.TrimPrefix(fw, "ال")) && !c.triggerFirstName(d, a, b, end) || c.reportingAt(d, a) {
		return speaker{}, false
	}
	// «طالبوا بتحسين»: a prepositional phrase, not a name («باسم» opening
	// a phrase is a first name: «المتحدث باسم» never opens one)
	if !ofStatement && fw != "باسم" && !lamNoun(fw) && !((!actVerb || c.reportingAt(d, i)) && c.bName(d, a, b, end, actVerb)) && (strings.HasPrefix(fw, "ب") || strings.HasPrefix(fw, "ل")) && len(d.keys[a]) > 1 && d.mentionAt[a] < 0 && len(d.mentions) > 0 {
		return speaker{}, false
	}
	// «نقلت X عن Y قوله»: Y speaks
	quoted := false
	bn := b // past the closing mark of a quoted name («نقلت "X" عن»)
	for bn < end && bn < b+2 && (d.toks[bn].Text == "\"" || d.toks[bn].Text == "»" || d.toks[bn].Text == "”") {
		bn++
	}
	bn = pastAbbreviation(d, bn, end) // «ونقلت وكالة الأنباء السورية (سانا) عن …» (quotes_round7.go)
	if bw == "نقل" || bw == "نقلت" {
		bn = c.skipDayAside(d, bn, end) // «ونقلت وكالة تاس، الأربعاء، عن مبعوث روسي قوله»
	}
	for j := bn; j < end && j < bn+10; j++ {
		if relayedNoun(d.toks[j].Norm) {
			if d.toks[bn].Norm == "علي" && bn+1 < j && d.toks[bn+1].Norm == "لسان" {
				bn++ // «على لسان X قوله»
			}
			if (d.toks[bn].Norm == "عن" || d.toks[bn].Norm == "لسان") && j > bn+1 {
				a, b = bn+1, j
				quoted = true
			}
			break
		}
	}
	// «نقلت رويترز عن مسؤول أمريكي أن …»: the source relayed speaks
	if !quoted && bn < end && (d.toks[bn].Norm == "عن" || d.toks[bn].Norm == "علي" && bn+1 < end && d.toks[bn+1].Norm == "لسان") && (bw == "نقلت" || bw == "نقل") {
		if d.toks[bn].Norm == "علي" {
			bn++ // «نقلت الوكالة على لسان المالكي قوله»
		}
		if sp, ok := c.speakerAfter(d, bn, end); ok {
			return sp, true
		}
	}
	if !quoted && pluralReport(bw) && !strings.HasPrefix(bw, "نقل") && d.mentionAt[a] < 0 {
		// «أن المحققين وصفوا كتابات لمى بـ"…"»: a verb before its subject
		// is singular; after a plural one comes its object
		return weakPhrase(d, a, b), false
	}
	if !quoted && c.secondObject(d, bw, a, b, end) {
		return weakPhrase(d, a, b), false // «واعتبرت الخطوة "انتهاكا صارخا"»: the first object, no subject
	}
	b = c.subjectEnd(d, i, a, b, quoted) // «ووصف ترامب التحقيقات بأنها»: the object ends the subject (quotes_round7.go)
	if !quoted {
		b = appealObjectCut(d, i, a, b)         // «ودعت نويرت جميع الأطراف إلى» (quotes_appeal_object.go)
		b = c.placeObjectCut(d, i, a, b)        // «ووصف الرئيس الأميركي تركيا بأنها» (quotes_place_object.go)
		b = describedObjectCut(d, i, a, b, end) // «ووصفت روسيا تقارير الهجوم بأنها» (quotes_described_object.go)
		// «وتصف المعارضة الاتفاقات بأنها» (quotes_single_subject_object.go)
		b = singleSubjectObjectCut(d, i, a, b, end)
		// «وطالبت منظمة "هيومن رايتس ووتش" السلطات المصرية» (quotes_quoted_name_object.go)
		b = c.quotedNameObjectCut(d, i, a, b)
	}
	for b-a > 1 && addressedWord(d.toks[b-1].Norm) {
		b-- // «قال ماتيس للصحافيين»: whom it was said to ends the phrase
	}
	name, _ := d.spanText(a, b)
	name = strings.Trim(name, " ،,«»\"“”()")
	if ofStatement && !quoted {
		name = withoutLam(name)
	}
	if name == "" {
		return speaker{}, false
	}
	sp := speaker{name: name, end: b}
	sp.actor = d.firstActor(a, b, name)
	return sp, true
}

// quotes finds direct quotes and attributed paraphrases with their speakers.
func (c *Coder) quotes(d *doc) []marsad.Quote {
	c.classifyAll(d)
	direct := c.findDirect(d)
	var out []marsad.Quote
	var last speaker
	var relay speaker    // the last outlet that relayed a statement (asideVerb)
	var named []speaker  // speakers named with a title and a name, for titled
	var spoken []speaker // every speaker so far, for titledBare
	var spokenAt []int   // the sentence of each of spoken (agreeingSpeaker)
	di := 0
	for si, s := range d.sents {
		// the sentence's reporting verbs and speakers
		var verbs []rv
		cur, own := last, false
		var aside speaker // who relays the sentence («وفق ما نقلت عنه X»)
		if sp, ok := c.cameThatIn(d, s); ok && (cur.name == "" || sp.actor != nil && !NamesMatch(cur.name, []string{sp.name})) {
			// «جاء ذلك في تغريدة لقرقاش …، حيث قال: …»; a title alone
			// («للوزير البحريني») is the last speaker named in full
			cur, own = c.titled(sp, named), true
		}
		if sp, ok := c.openingSource(d, s); ok {
			cur, own = sp, true // «وبحسب شهود عيان، فإن …، مؤكدين أن …»
		}
		for i := s.a; i < s.b; i++ {
			act := false
			about := c.talkedAbout(d, i, s)
			restated := c.restatedReport(d, i, s) // «وكرر X أن», «وبيّن X أن» (quotes_restated.go)
			reporting := c.reportingAt(d, i) || c.otherParticiple(d, i) || c.wrote(d, i, s) || about > 0 || c.relayed(d, i, s) || c.commented(d, i, s) || c.addedSaid(d, i, s) || c.extraReport(d, i, s) || restated || c.fearedOrNoted(d, i, s) || c.believes(d, i, s)
			if reporting && !restated && c.prepositional(d, i) {
				continue // «لكشف ملابسات …», «بتأكيد …»: a verbal noun after a preposition
			}
			if reporting && i > s.a && (preposition(d.toks[i-1].Norm) || masdarTaker(bareWord(d, i-1))) {
				continue // «تعمل بكل جهد في متابعة …», «رفضت كشف تفاصيل …»: a verbal noun
			}
			if !reporting {
				if sp, ok := c.statementOf(d, i, s); ok {
					// «وجاء في بيان لوزارة الخارجية أن …»
					verbs = append(verbs, rv{i: i, txt: d.toks[i].Text, sp: sp, ok: true, end: sp.end})
					cur, own = sp, true
					continue
				}
				if sp, ok := c.cameInStatement(d, i, s, cur, relay); ok {
					// «وجاء في بيان الأكاديمية أن …», «وجاء في البيان الصادر عن X إن …»
					verbs = append(verbs, rv{i: i, txt: d.toks[i].Text, sp: sp, ok: true})
					cur, own = sp, true
					continue
				}
				if sp, ok := c.cameInMore(d, i, s, cur, relay); ok {
					// «وجاء في لائحة الاتهام أن …», «وجاء في صحيفة X أن …» (quotes16_came_in.go)
					verbs = append(verbs, rv{i: i, txt: d.toks[i].Text, sp: sp, ok: true})
					cur, own = sp, true
					continue
				}
				if sp, ok := c.cameIn(d, i, s); ok {
					// «أصدرت الوزارة بيانا جاء فيه أن …»
					verbs = append(verbs, rv{i: i, txt: d.toks[i].Text, sp: sp, ok: true})
					cur, own = sp, true
					continue
				}
				if at, sp, ok := c.sayingNoun(d, i, s, cur); ok {
					// «ونسبت الوكالة له القول إن …», «بعد قول X، …، إن …»
					verbs = append(verbs, rv{i: at, txt: d.toks[i].Text, sp: sp, ok: true})
					cur, own = sp, true
					i = at
					continue
				}
				if act = c.speechAct(d, i, s) || c.appealAct(d, i, s); !act {
					continue
				}
			}
			if c.inQuote(direct, i) || (i == s.a && d.has(i, c.lx.background)) {
				continue // «يذكر أن …» has no speaker
			}
			if !act && c.notReport(d, i, s) || c.impersonalReport(d, i, s) || expectedImpersonal(d, i, s) { // «وتبين أن», «اقرأ أيضا:», «بشكل» (quotes_round7.go); «ويتوقع أن» (quotes_expected_impersonal.go)
				continue
			}
			if c.embeddedReport(d, i, s, verbs) {
				continue // «إن السعوديين يعدون تقريرا يفيد بأن …»: part of what is said
			}
			if relay, ok := c.asideVerb(d, i, s); ok {
				if relay {
					if sp, ok := c.speakerAfter(d, i, s.b); ok {
						aside = anaphoric(sp, cur)
					}
				}
				continue
			}
			if sp, ok := c.statementOwner(d, i, s); ok {
				// «بعد تصريح من X قال فيه إن …» (quotes_statement_owner.go)
				verbs = append(verbs, rv{i: i, txt: d.toks[i].Text, sp: sp, ok: true})
				cur, own = sp, true
				continue
			}
			if sp, ok := c.saidIn(d, i, s); ok {
				// «نشر ترامب تغريدة قال فيها إن …»: who made the statement
				verbs = append(verbs, rv{i: i, txt: d.toks[i].Text, sp: sp, ok: true})
				cur, own = sp, true
				continue
			}
			w := d.toks[i].Norm
			v := rv{i: i, txt: d.toks[i].Text, about: about}
			if participle(w) || simpleParticiple(w) && i > s.a && d.toks[i-1].Text == "،" {
				// («، داعيا السلطات إلى …»: a فاعلاً participle too; what
				// follows it is its object)
				v.sp, v.ok = cur, cur.name != ""
				if sp, ok := c.replySpeaker(d, s.a, i); ok {
					v.sp, v.ok = sp, true // «… الذي رد عليه X قائلا» (quotes_round9.go)
				} else if !own {
					// «توعد زعيم الحركة … بالانتقام، مؤكدا أن …»: the subject
					// of the sentence's verb speaks
					if sp, ok := c.clauseSpeaker(d, s.a, i); ok {
						v.sp, v.ok = sp, true
					} else if sp, ok := c.masdarAgent(d, s.a, i); ok {
						// «… بعد إعراب السفارة عن قلقها، مشيرة إلى أن …»
						v.sp, v.ok = sp, true
					} else if sp, ok := c.openingSubject(d, s.a, i); ok { // «وافتتح X الاجتماع، قائلا» (quotes_round7.go)
						v.sp, v.ok = sp, true // the opening verb's subject (quotes_round7.go)
					} else if sp, ok := c.participleVerbSubject(d, s.a, i, cur); ok { // «إلى جانب ذلك، سخر ترامب …، قائلا» (quotes17_participle_subject.go)
						v.sp, v.ok = sp, true
					}
				}
			} else if sp, ok := c.relativeOwnSubject(d, i, s); ok {
				// «نصف المبلغ الذي تقول سلمى إنها ادخرته», «اللذين قالت
				// الشرطة إنهما …»: the clause has a subject of its own
				v.sp, v.ok, v.end, v.inner = sp, true, sp.end, true
			} else if p := c.subjectBefore(d, i, s.a); act && p.ok() && p.actor != nil {
				// «وكان X قد هدد Y …»: the act's object follows it
				name, _ := d.spanText(p.a, p.b)
				v.sp, v.ok = speaker{name: name, actor: p.actor}, true
			} else if p := c.kanaSubject(d, i, s.a); p.ok() {
				// «وكان الوزير سامي الخطيب قال، الثلاثاء، ردا على …، إن»:
				// the subject of كان speaks, not what follows the verb
				name, _ := d.spanText(p.a, p.b)
				v.sp, v.ok = speaker{name: strings.Trim(name, " ،,«»\"“”()"), actor: p.actor}, true
			} else if sp, ok := c.joinedAct(d, i, s.a, act || objectReport(d, i)); ok {
				// «أدان X القرار ووصفه بأنه …», «… واتهم إيران بأنها …»: an
				// act joined to the opening verb shares its subject; what
				// follows it is its object
				v.sp, v.ok = sp, true
			} else if sp, ok := c.issuedClause(d, i, s); ok {
				// «نشرت القناة صورا قالت إنها …»: who published (quotes_issued.go)
				v.sp, v.ok = sp, true
			} else if appealAddressee(d, i, s) && cur.name != "" {
				// «ودعت جميع الأطراف إلى …»: the object, not the speaker (quotes_appeal_addressee.go)
				v.sp, v.ok = cur, true
				if sp, ok := c.narratedSubject(d, si, i, cur); ok && !own {
					v.sp = sp
				}
			} else if sp, ok := c.issuedSubject(d, i, s); ok {
				// «وقال بيان صادر عن X إن …»: the issuer (quotes_issued_subject.go)
				v.sp, v.ok, v.end = sp, true, sp.end
			} else if sp, ok := c.speakerAfter(d, i, s.b); ok && (sp.actor != nil || !c.svoSubject(d, i, s.a, s.b)) {
				if sp2, ok := c.objectAfterComma(d, i, sp); ok {
					sp = sp2 // «ووصف المتحدث، فلانا بأنه …»: the object is no speaker
				}
				issuer := cur
				if issuer.name == "" {
					issuer = relay // «…، وفق ما أعلن الجيش في بيان. وذكر البيان أن …»
				}
				v.sp, v.ok, v.end = titledBare(c.titled(anaphoric(statementAnaphor(sp, issuer), cur), named), spoken), true, sp.end
				if q := c.quotedNameAfter(d, sp, s); q.name != sp.name && v.sp.name == sp.name {
					v.sp = q // «ويعتقد بنك "جيفيريز" أن …»: the noun with its name
				}
			} else if p := c.subjectBefore(d, i, s.a); p.ok() {
				// «وكان روحاني قد قال …», «أما ماكرون، فقد أكد …», «X قال …»
				name, _ := d.spanText(p.a, p.b)
				v.sp, v.ok = speaker{name: name, actor: p.actor}, true
			} else if p := c.appositionTopic(d, i, s.a); p.ok() {
				// «لكن الصديق الصادق، نجل رئيس الوزراء الأسبق، قال:», «غير
				// أن مات هيربر، الباحث في …، أكد أن»: the subject and its
				// apposition, not the last name inside the apposition
				name, _ := d.spanText(p.a, p.b)
				v.sp, v.ok = speaker{name: strings.Trim(name, " ،,«»\"“”()"), actor: p.actor}, true
			} else if m := c.nearestMentionBefore(d, i, s.a); m.ok() && m.b == i-1 && d.toks[i-1].Text == "،" && !c.joinedVerb(d, i) && !(m.a > s.a && preposition(bareWord(d, m.a-1))) && !strings.HasPrefix(d.toks[m.a].Norm, "بال") && !strings.HasPrefix(d.toks[m.a].Norm, "لل") && !adverbialOpener(d, s.a, m.a) {
				// «رئيس الوزراء، حيدر العبادي، قال …»: the name in apposition
				name, _ := d.spanText(m.a, m.b)
				v.sp, v.ok = speaker{name: name, actor: m.actor}, true
			} else if m, ok := c.adjectivalClause(d, i, s.a); ok {
				// «شنت إسرائيل غارات على أهداف قالت إنها إيرانية»: a clause
				// on an indefinite noun; the subject of the verb before speaks
				name, _ := d.spanText(m.a, m.b)
				v.sp, v.ok = speaker{name: strings.Trim(name, " ،,«»\"“”()"), actor: m.actor}, true
			} else if m, ok := c.clauseSubject(d, i, s.a); ok {
				// «… شركة "بيجو" التي قالت إنها …»: the relative clause's antecedent
				name, _ := d.spanText(m.a, m.b)
				v.sp, v.ok = speaker{name: strings.Trim(name, " ،,«»\"“”()"), actor: m.actor}, true
			} else if sp, ok := c.clauseSpeaker(d, s.a, i); ok && !own {
				// «طالب X بتحقيق … وقال إن …»: the subject of the opening verb
				v.sp, v.ok = sp, true
			} else if p := c.relativeSubject(d, i, s.a); p.ok() {
				// «راضي، الذي كان يتحدث في مداخلة …، قال إن», «التحالف الذي
				// تقوده السعودية …، أعلن أن»: the antecedent of the clause
				name, _ := d.spanText(p.a, p.b)
				v.sp, v.ok = speaker{name: strings.Trim(name, " ،,«»\"“”()"), actor: p.actor}, true
			} else if sp, ok := c.narratedSubject(d, si, i, cur); ok && !own {
				// «ووجه ترامب برقية تعزية. وقال إن "…"»: the named subject
				// of the sentence before, not the last speaker
				v.sp, v.ok = sp, true
			} else if relay.name != "" && (feminineVerb(bareWord(d, i)) || cur.name == "") {
				// «… وفق ما نقلت عنه وكالة X.» «وأفادت أن …»: X; a masculine
				// verb («وتابع») keeps the last speaker
				v.sp, v.ok = relay, true
				if sp, ok := c.agreeingSpeaker(d, i, si, v.sp, spoken, spokenAt); ok {
					v.sp = sp // «… وفقا لما نقلته وكالة X. وأضاف: …»: the man before (quotes_gender.go)
				}
			} else if cur.name != "" {
				v.sp, v.ok = cur, true
				if sp, ok := c.agreeingSpeaker(d, i, si, v.sp, spoken, spokenAt); ok {
					v.sp = sp // «نسبت وكالة X لأحد الشهود قوله … وأضافت»: the agency (quotes_gender.go)
				}
			} else if sp, _ := c.speakerAfter(d, i, s.b); sp.weak {
				// «ويصف نفسه بأنه …» with no speaker yet: the party named
				// last, else the phrase as written
				v.sp, v.ok = c.recentParty(d, i, si, sp), true
			}
			if sp, ok := c.relaySource(d, i, s); ok && (!v.ok || !NamesMatch(v.sp.name, []string{sp.name})) {
				v.sp, v.ok = sp, true // «ونقلت X التي … عن Y قوله» (quotes16_relay_source.go)
			}
			if sp, ok := c.attributedAntecedent(d, i, s, cur); ok {
				v.sp, v.ok = sp, true // «…، وفق المرصد الذي أضاف أن …» (quotes16_attributed_relative.go)
			}
			if v.ok && connectiveSpeaker(v.sp.name) {
				v.sp, v.ok = cur, cur.name != "" // «وفي حين ذكر أنه …»: the speaker before
			}
			if v.ok && c.adverbialVerb(d, i, s, verbs) {
				v.inner, v.adverbial = true, true
			}
			if v.ok && pronounSource(v.sp.name) {
				v.sp = c.ownerOfSource(d, s, si, i, cur, v.sp) // «نقلوا عنه قوله "…"»
			}
			if v.ok {
				if v.sp.actor != nil && v.sp.actor.Country != "" {
					named = append(named, v.sp)
				}
				spoken = append(spoken, v.sp)
				spokenAt = append(spokenAt, si)
				if !inWhatClause(d, i, s.a) && !v.inner {
					// («علّق ترامب على ما أفاد به مصدران …، مشددا»: who
					// relayed inside «ما …» is not the sentence's speaker)
					cur, own = v.sp, true
				}
				if d.speakerOf[si].name == "" && !act && !v.inner {
					d.speakerOf[si] = v.sp
				}
			}
			verbs = append(verbs, v)
		}
		// direct quotes of this sentence
		for ; di < len(direct) && direct[di].sent < si; di++ {
		}
		covered := map[int]bool{}
		for k := di; k < len(direct) && direct[k].sent == si; k++ {
			q := direct[k]
			nw := d.words(q.open+1, q.close)
			if nw == 0 || c.nameOnTheWay(d, q, s, verbs) || titleQuoted(d, q) {
				continue // «أفادت الإذاعة "راك1" أن …», «كتاب "…"»: a name, not a quote
			}
			// who says it: the closest reporting verb before it in the sentence,
			// a «X:» before it, or «، وفق X» after it
			var sp speaker
			found := false
			lastV := -1
			for _, v := range verbs {
				if v.i < q.open && v.ok && !(found && v.adverbial) {
					if found && v.i > s.a && q.open > s.a && d.toks[q.open-1].Text == ":" && relative(strings.TrimPrefix(d.toks[v.i-1].Norm, "و")) {
						// «وقالت ريناتا كيم، صحفية …، والتي كتبت عن …، لبي بي سي: "…"»:
						// a clause on the speaker; the colon is the main verb's
						continue
					}
					sp, found, lastV = v.sp, true, v.i
				}
			}
			if found {
				if sp2, ok := c.conjoinedActor(d, lastV+1, q.open); ok {
					sp = sp2 // «دعا ماكرون إلى "…"، في حين طلبت الخارجية من طهران "…"»
				}
			}
			colon := q.open > s.a && d.toks[q.open-1].Text == ":"
			if !found && colon && q.open-2 >= s.a && c.saidBeforeColon(d, q.open-2) {
				// «…، داعيا X إلى …، وكتب: "…"», «وتحدث X في المقابلة بقوله:
				// "…"»: the verb's subject, never the phrase before the verb
				if sp2, ok := c.clauseSpeaker(d, s.a, q.open-2); ok {
					sp, found = sp2, true
				} else if cur.name != "" {
					sp, found = cur, true
				}
			}
			if !found && colon && q.open-2 >= s.a {
				if o := occasionBeforeColon(d, q.open-1, s.a); o > s.a {
					// «استنكرت المديرة، X، في بيان نشر على الموقع الرسمي
					// للمنظمة: "…"»: who acts in the sentence, not the phrase
					// that ends the occasion
					if sp2, ok := c.clauseSpeaker(d, s.a, o); ok {
						sp, found = sp2, true
					}
				}
			}
			if !found && colon && !(q.open-2 >= s.a && c.saidBeforeColon(d, q.open-2)) {
				if p := c.phraseBefore(d, q.open-1, s.a); p.ok() {
					name, _ := d.spanText(p.a, p.b)
					sp, found = speaker{name: name, actor: p.actor}, true
					if sayingWordName(name) {
						// «وتحدث X في المقابلة، بقوله: "…"»: the subject of the sentence
						sp2, ok := c.clauseSpeaker(d, s.a, p.a)
						if !ok {
							sp2, ok = cur, cur.name != ""
						}
						sp, found = sp2, ok
					}
				}
			}
			if !found {
				// «"…"، قال المتحدث»: a verb right after the quote, unless a
				// new clause opens between («"…"، لكن روسيا تنفي»)
				for _, v := range verbs {
					if v.i > q.close && v.i <= q.close+4 && v.ok && !c.clauseBetween(d, q.close+1, v.i) {
						sp, found = v.sp, true
					}
				}
			}
			if !found {
				j := q.close + 1
				for j < s.b && d.toks[j].Kind == arabic.Punct {
					j++
				}
				if j < s.b {
					switch d.toks[j].Norm {
					case "وفق", "وفقا", "بحسب", "حسب", "حسبما":
						if sp2, ok := c.speakerAfter(d, j, s.b); ok {
							if pronounSource(sp2.name) {
								sp2 = c.ownerOfSource(d, s, si, q.open, cur, sp2) // «"…"، حسب تعبيره»
							}
							sp, found = sp2, true
						}
					}
				}
			}
			if !found && q.open == s.a && last.name != "" && nw >= 3 {
				sp, found = last, true // a quote opening a paragraph continues the last speaker
			}
			if !found {
				continue
			}
			if nw <= 4 && !colon && !c.saidJustBefore(d, q.open, s.a) && (nw < 2 || !c.verbEarlier(verbs, q.open, d)) && !(nw >= 3 && q.open == s.a && c.saidRightAfter(d, q.close, s.b)) {
				continue // a quoted name, term or scare quote, not speech
			}
			if q.open > s.a && (nw <= 3 && c.nameBefore(d, q.open-1) || nw <= 6 && !colon && orgHead(d, q.open-1)) {
				continue
			}
			if nw <= 3 && !colon && describedName(d, q.close+1, s.b) {
				continue // «"بوابة الأهرام" الرسمية», «"يوروباروميتر"، الذي تجريه …»: a name described
			}
			if q.open > s.a && nw <= 4 && c.reportingAt(d, q.open-1) && q.close+1 < s.b && d.toks[q.close+1].Kind == arabic.Word {
				continue // «ويشير "المجلس النرويجي" إلى أن …»: the speaker's name in quotation marks
			}
			if q.open > s.a+1 && nw <= 3 && strings.HasPrefix(d.toks[q.open-1].Norm, "ب") && len(d.toks[q.open-1].Norm) <= len("بـ") &&
				(askOrName(arabic.Normalize(verbOf(verbs, q.open, d))) || askOrName(bareWord(d, q.open-2))) {
				continue // «طالب بـ"تحقيق مستقل"», «من وصفتهم بـ"…"»: what is asked for or a label, not speech
			}
			_, span := d.spanText(q.open+1, q.close)
			txt := d.text[d.toks[q.open+1].Start:d.toks[q.close-1].End]
			out = append(out, marsad.Quote{Span: span, Text: txt, Speaker: sp.toActor(), Verb: verbOf(verbs, q.open, d), Direct: true})
			for j := q.open; j <= q.close; j++ {
				covered[j] = true
			}
			last = sp
		}
		out = append(out, c.attributed(d, s, si, verbs, covered, cur)...)
		if len(verbs) == 0 {
			hl := c.headline(d, s, covered)
			if len(hl) == 0 {
				hl = c.linkHeadline(d, si, s, covered) // «روحاني: الولايات المتحدة ستندم …» (quotes_link_headline.go)
			}
			out = append(out, hl...)
		}
		// paraphrases: «قال X إن ...», «وأكد X أن ...»
		for _, v := range verbs {
			if !v.ok {
				continue
			}
			if !v.inner {
				last = v.sp
			}
			j := v.i + 1
			start := -1
			for ; j < s.b && j <= v.i+28; j++ {
				t := d.toks[j]
				if t.Text == ":" && !clockColon(d, j) {
					start = j + 1 // (a colon may come after a long aside on the speaker)
					break
				}
				if j > v.i+18 {
					if t.Kind == arabic.Punct && t.Text != "،" && quoteMarks[t.Text] == "" || otherVerbAt(verbs, v.i, j) {
						break
					}
					if d.toks[j-1].Text == "،" && complementiser(d, j) && v.end > 0 {
						// «كشفت مصادر مطلعة على … الذي شهدته العاصمة، لندن،
						// الأسبوع الجاري، أن …»: a long speaker closed by a comma
						start = j
						break
					}
					continue
				}
				if cm := quoteMarks[t.Text]; cm != "" {
					// a quoted term on the way («خلال خطابه عن "حالة الاتحاد" إنه …»)
					k := j + 1
					long := j > s.a && orgHead(d, j-1) // «قوات "تحالف دعم الشرعية في اليمن"»
					for k < s.b && (k <= j+6 || long && k <= j+9) && d.toks[k].Text != cm {
						k++
					}
					if k < s.b && (k <= j+6 && d.words(j+1, k) <= 4 || long && k <= j+9) {
						j = k
						continue
					}
					break
				}
				if complementiser(d, j) {
					start = j
					break
				}
				if j > v.i+2 && relayedNoun(t.Norm) && !strings.HasPrefix(t.Norm, "قول") && j+1 < s.b && d.toks[j+1].Kind == arabic.Word && !complementiser(d, j+1) && d.toks[j-1].Norm != "عن" {
					start = j // «ونقل البيان عن أحد الأسرى تأكيده بوجود …»: what the source affirmed
					break
				}
				if j > v.i+1 && (c.joinedVerb(d, j) || d.toks[j-1].Text == "،" || clauseConjunction(d.toks[j-1].Norm)) && otherVerbAt(verbs, v.i, j) {
					break // «أعلنت X تضامنها، وقالت Y إن …», «…، فيما ذكرت Y أن …»: the complementiser is the nearer verb's
				}
				if temporalBefore(d, j) && d.toks[j].Norm == "ان" {
					break // «بعد أن …»: an adverbial clause, not what was said
				}
				if j > v.i+1 && statementClause(d, j, len(d.toks)) && otherVerbAt(verbs, v.i, j) {
					break // «نقلت الوكالة تصريحا لعمدة المدينة قال فيه إن …»: the complementiser is the clause's (quotes_statement_owner.go)
				}
			}
			if start < 0 && v.about > 0 {
				start = v.about // «تحدث مسعفون عن سقوط عشرات القتلى»
			}
			if start < 0 && v.end > 0 {
				start = c.announcedNoun(d, v, s)
			}
			if start < 0 {
				if a, e, ok := c.appealQuoted(d, v.i, s); ok {
					// «دعا X إلى اغتنام "فرصة …" متاحة» (quotes_appeal.go)
					_, span := d.spanText(a, e)
					out = append(out, marsad.Quote{Span: span, Text: d.text[d.toks[a].Start:d.toks[e-1].End], Speaker: v.sp.toActor(), Verb: v.txt})
					continue
				}
			}
			if start < 0 && v.end > 0 {
				// «أكد X رفض بلاده …», «نفى X حدوث غارات»: a verbal noun states
				// what was said
				switch strings.TrimPrefix(bareWord(d, v.i), "و") {
				case "اكد", "اكدت", "نفي", "نفت", "جدد", "جددت", "افاد", "افادت":
					k := c.skipAdverbs(d, v.end, s.b)
					if k < s.b && temporalWord(d.toks[k].Norm) {
						// «نفى المدرب قبل أسابيع نبأ رحيله»
						for j := k + 1; j < s.b && j <= k+3; j++ {
							if contentNoun(d.toks[j].Norm) {
								k = j
								break
							}
						}
					}
					w := d.toks[min(k, s.b-1)].Norm
					if strings.HasPrefix(w, "ب") && !strings.HasPrefix(w, "بال") {
						w = w[len("ب"):] // «أفاد المرصد بوقوع …»
					}
					if k < s.b && d.toks[k].Kind == arabic.Word && !c.isStop(d, k) && d.mentionAt[k] < 0 && !strings.HasPrefix(w, "ال") {
						start = k
					}
				}
			}
			if start < 0 || start >= s.b {
				continue
			}
			end := s.b
			for end > start && d.toks[end-1].Kind == arabic.Punct {
				end--
			}
			// stop at the next reporting clause of the sentence
			for _, v2 := range verbs {
				if v2.i > start && v2.i < end && v2.i != v.i && !relative(d.toks[v2.i-1].Norm) {
					end = v2.i
					// «…، غير أن إسرائيل تعتبر»: the contrast and the new
					// subject belong to the next statement
					for j := end - 1; j > start && j >= end-8; j-- {
						if contrastive(d, j) {
							end = j
							break
						}
					}
					break
				}
			}
			// at a direct quote a colon introduces («… بالقول: "…"») and at
			// an attribution («…، بحسب ما نقلته عنه وكالة …»)
			for j := start + 1; j < end; j++ {
				if covered[j] && d.toks[j-1].Text == ":" && quoteMarks[d.toks[j].Text] != "" ||
					d.toks[j-1].Text == "،" && d.toks[j].Kind == arabic.Word && (attribution(d, j) || d.toks[j].Norm == "حسبما") {
					end = j - 1
					break
				}
			}
			for end > start && (d.toks[end-1].Kind == arabic.Punct || d.toks[end-1].Norm == "و" || clauseLink(d.toks[end-1].Norm)) {
				end-- // («…، بعدما تحدث مسعفون»: the link belongs to the next clause)
			}
			if d.words(start, end) < 3 || c.agencyReport(d, v) || dataNoun(v.sp.name) {
				continue
			}
			// a paraphrase that opens with a direct quote already taken
			// («: "…"، مجددا تحذيره بأن …») goes on after it
			if covered[start] {
				for start < end && (covered[start] || d.toks[start].Kind == arabic.Punct) {
					start++
				}
				k := start
				for k < end && k < start+6 && !complementiser(d, k) {
					k++
				}
				if k >= end || k >= start+6 {
					continue // narration after the quote («"…"، في إشارة إلى …»)
				}
				start = k
			}
			if d.words(start, end) < 3 {
				continue
			}
			// mostly a direct quote already («قال إن "…"»): skip, unless the
			// statement says three words of its own before the quote
			// («أن كندا مستعدة للتحقيق لكشف ملابسات "…"»)
			cov, lead := 0, -1
			for j := start; j < end; j++ {
				if covered[j] {
					cov++
					if lead < 0 {
						lead = j
					}
				}
			}
			if cov*2 > end-start && d.words(start, lead) < 4 && !contentAfterQuote(d, start, end, covered) {
				continue
			}
			_, span := d.spanText(start, end)
			txt := d.text[d.toks[start].Start:d.toks[end-1].End]
			out = append(out, marsad.Quote{Span: span, Text: txt, Speaker: v.sp.toActor(), Verb: v.txt})
		}
		if aside.name != "" {
			relay = aside
		} else if own {
			relay = speaker{}
		}
	}
	qs := c.tidyQuotes(d, oneQuotePerStretch(out)) // quoted names and appositions dropped (quotes_round7.go), then joined below (quotes_round8.go)
	return c.joinPieces(d, qs)                     // pieces of one statement joined (quotes_round8.go)
}

// oneQuotePerStretch keeps one quote per stretch of speech: a span given
// twice (several verbs introduce it: «الذي أعلن الروس والسوريون أن …»)
// once, and a quoted fragment inside a paraphrase («قال إن الاجتماع لن
// يفيد إذا كان "التقدم الكبير" …») is part of the paraphrase, not a
// statement of its own.
func oneQuotePerStretch(out []marsad.Quote) []marsad.Quote {
	uniq := make([]marsad.Quote, 0, len(out))
	for i, q := range out {
		drop := false
		for j, u := range out {
			if i == j {
				continue
			}
			switch {
			case u.Span == q.Span:
				drop = j < i
			case q.Direct && !u.Direct && u.Start <= q.Start && q.End <= u.End && u.Start+1 < q.Start:
				drop = true // a fragment of a paraphrase
			}
			if drop {
				break
			}
		}
		if !drop {
			uniq = append(uniq, q)
		}
	}
	return uniq
}

// agencyReport reports «أفادت تقارير أن», «ذكرت أنباء أن»: reports with
// no source named, not a statement. An outlet that states something
// («ذكرت وكالة الأنباء أن», «أفاد موقع الجيش أن») is a speaker: the
// unseen gold and the corpus audit annotate it.
func (c *Coder) agencyReport(d *doc, v rv) bool {
	switch strings.TrimPrefix(d.toks[v.i].Norm, "و") {
	case "ذكرت", "ذكر", "افادت", "افاد", "اوردت", "نقلت", "نقل":
	default:
		return false
	}
	ws := strings.Fields(arabic.Normalize(v.sp.name))
	if len(ws) == 0 {
		return false
	}
	switch strings.TrimPrefix(strings.TrimPrefix(ws[0], "و"), "ال") {
	case "تقارير", "انباء", "معلومات":
		return true
	}
	return false
}

// saidJustBefore reports a reporting verb or a complementiser (أن، إن،
// قائلا) in the three words before token i.
func (c *Coder) saidJustBefore(d *doc, i, start int) bool {
	for k, n := i-1, 0; k >= start && n < 2; k-- {
		if d.toks[k].Kind != arabic.Word {
			continue
		}
		n++
		w := d.toks[k].Norm
		if c.reportingAt(d, k) && !c.isTrigger(d, k) {
			return true
		}
		if n == 1 && (w == "ان" || w == "بان" || w == "انه" || w == "انها" || w == "قايلا" || w == "قايله") {
			return true
		}
	}
	return false
}

// verbEarlier reports a reporting verb (not a participle) at most twelve
// tokens before token i.
func (c *Coder) verbEarlier(verbs []rv, i int, d *doc) bool {
	for _, v := range verbs {
		if v.i < i && i-v.i <= 12 && !participle(d.toks[v.i].Norm) && !simpleParticiple(d.toks[v.i].Norm) {
			return true
		}
	}
	return false
}

func (c *Coder) inQuote(qs []directQuote, i int) bool {
	for _, q := range qs {
		if i > q.open && i < q.close {
			return true
		}
	}
	return false
}

// nameBefore reports a noun that makes the quoted text a name: تنظيم «داعش».
func (c *Coder) nameBefore(d *doc, i int) bool {
	if i < 0 {
		return false
	}
	for _, k := range d.keys[i] {
		switch k {
		case "تنظيم", "حركه", "جماعه", "شركه", "قناه", "صحيفه", "وكاله", "موقع", "منظمه", "حزب", "مركز", "عمليه", "مسيرات", "مسيره", "فصيل", "جيش", "قوات", "مجموعه", "هيئه", "برنامج", "سجن", "مطار", "مدينه", "بلده", "طائرات", "هواتف", "اسم", "وصف", "سماه", "يسمي", "المسمي", "مسمي", "ما", "شعار",
			"مراسل", "مراسله", "اذاعه", "مجله", "شبكه", "تلفزيون", "تقرير", "وسم", "هاشتاغ", "حمله", "بحسب", "حسب", "وفق":
			return true
		}
	}
	return strings.HasPrefix(d.toks[i].Norm, "ل") && len(d.toks[i].Norm) <= 3
}

// rv is a reporting verb of a sentence with its speaker.
type rv struct {
	i   int
	sp  speaker
	ok  bool
	txt string
	end int // token after the speaker phrase (0 when unknown)
	// about is the first token of what «تحدث X عن …» reports (0: none)
	about int
	// inner: the verb of a relative clause with its own subject («الممر
	// الذي أعلن الروس أن …»): its speaker does not carry on
	inner bool
	// adverbial: the verb of a clause of time after the sentence's own
	// reporting verb («وقال X بعد أن دعاه Y إلى المنصة "…"»): it does not
	// take the sentence's quotation (quotes_adverbial.go)
	adverbial bool
}

// verbOf returns the reporting verb closest before token at.
func verbOf(verbs []rv, at int, d *doc) string {
	v := ""
	for _, r := range verbs {
		if r.i < at {
			v = r.txt
		}
	}
	return v
}

// relative reports a relative pronoun: a verb after it is part of the
// content, not a new report («إن ما يُرى …»).
func relative(w string) bool {
	switch w {
	case "ما", "التي", "الذي", "الذين", "مما", "عما", "لما", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي":
		return true
	}
	return false
}

// clauseSubject finds the party a subjectless reporting verb at i refers
// to after a relative pronoun (التي، الذي): the nearest actor mention
// before it.
func (c *Coder) clauseSubject(d *doc, i, start int) (np, bool) {
	if i > start {
		switch d.toks[i-1].Norm {
		case "التي", "الذي", "الذين", "والتي", "والذي", "والذين":
			// («حافظ السبسي، والذي قال إن …»)
			m := c.nearestMentionBefore(d, i, start)
			return m, m.ok()
		}
	}
	return np{}, false
}

// anaphoric resolves a speaker phrase opened by a pronoun: «نقلت عنه
// وكالة الأنباء …» names the agency that relays (the pronoun is dropped);
// a bare «عنه» points back to the last speaker.
func anaphoric(sp, last speaker) speaker {
	ws := strings.Fields(arabic.Normalize(sp.name))
	if last.name == "" || len(ws) == 0 {
		return sp
	}
	switch ws[0] {
	case "عنه", "عنها", "عنهم":
		if _, rest, ok := strings.Cut(sp.name, " "); ok && len(ws) > 2 {
			return speaker{name: strings.TrimSpace(rest), actor: sp.actor, end: sp.end}
		}
		return speaker{name: last.name, actor: last.actor, end: sp.end}
	}
	return sp
}

func (s speaker) toActor() *marsad.Actor {
	if s.name == "" {
		return nil
	}
	if s.actor != nil {
		a := *s.actor
		a.Name = s.name
		return &a
	}
	return &marsad.Actor{Name: s.name}
}

// crossingForm reports a form of عبر, which expresses only with «عن»
// («عبرت الوزارة عن قلقها») and otherwise crosses («عبرت القافلة الحدود»)
// or is a preposition («عبر الحدود»).
func crossingForm(w string) bool {
	switch w {
	case "عبر", "عبرت", "يعبر", "تعبر", "عبروا", "عبرا", "عبرتا":
		return true
	}
	return false
}

// clauseBetween reports a word in [a,b) that opens a clause of its own
// («لكن», «بينما», «غير أن»).
func (c *Coder) clauseBetween(d *doc, a, b int) bool {
	for k := a; k < b; k++ {
		if contrastive(d, k) || d.toks[k].Kind == arabic.Word && clauseConjunction(bareWord(d, k)) {
			return true
		}
	}
	return false
}

// otherVerbAt reports a reporting verb of the sentence other than the one
// at self at token j, with a speaker of its own.
func otherVerbAt(verbs []rv, self, j int) bool {
	for _, v := range verbs {
		if v.i == j && v.i != self && v.ok {
			return true
		}
	}
	return false
}

// inName reports token b inside the same linked mention as the token
// before it.
func inName(d *doc, b int) bool {
	return b > 0 && d.mentionAt[b] >= 0 && d.mentionAt[b] == d.mentionAt[b-1]
}

// mannerAccusative reports an active participle of the simple verb in the
// accusative («ساخرا», «ضاحكا», «مازحا»: the pattern فاعلاً): it says how
// the speaker spoke and is never the speaker.
func mannerAccusative(text string) bool {
	r := []rune(strings.TrimRight(text, "\u064b\u064e\u064f\u0650\u0651\u0652"))
	if len(r) != 5 || r[1] != 'ا' || r[4] != 'ا' {
		return false
	}
	for _, x := range r {
		if x == 'ا' || x == 'أ' || x == 'إ' || x == 'آ' {
			continue
		}
		if x < 'ء' || x > 'ي' {
			return false
		}
	}
	return r[0] != 'ا' && r[0] != 'أ' && r[0] != 'إ' && r[0] != 'آ'
}

// skipOccasion moves a past a phrase naming where something was said that
// stands between a verb and its subject («وقال في مؤتمر صحفي الوزير …»,
// «صرح، في بيان، المتحدث …»), when a subject follows it.
func (c *Coder) skipOccasion(d *doc, a, end int) int {
	if a+1 >= end || d.toks[a].Norm != "في" || !occasionNoun(bareWord(d, a+1)) {
		return a
	}
	k := a + 2
	if e := addresseeTail(d, k, end); e > k {
		return e // «وقال في كلمة لقدامى المحاربين …: "…"»: whom it was said to, no subject
	}
	for k < end && k < a+5 && d.toks[k].Kind == arabic.Word && d.mentionAt[k] < 0 && !preposition(d.toks[k].Norm) && (nisba(d.toks[k].Norm) || occasionAdjective(d.toks[k].Norm)) {
		k++
	}
	if e := relativeTail(d, k, end); e > k {
		return e // «أكد في كلمة ألقاها في العاصمة أنه …»: a relative clause on the occasion, no subject
	}
	if e := c.occasionTail(d, k, end); e > k {
		return e // «وقال في مؤتمر صحفي في كابول "…"», «وتابع في تغريدة منفصلة:»: no subject follows
	}
	for k < end && d.toks[k].Text == "،" {
		k++
	}
	if k >= end || d.toks[k].Kind != arabic.Word || complementiser(d, k) || preposition(d.toks[k].Norm) || c.isStop(d, k) {
		return a
	}
	return k
}

// occasionAdjective reports an adjective of an occasion noun («مؤتمر
// صحفي», «بيان مشترك», «مقابلة متلفزة»).
func occasionAdjective(w string) bool {
	switch w {
	case "صحفي", "صحافي", "مشترك", "متلفز", "متلفزه", "مشتركه", "صحفيه", "صحافيه", "رسمي", "رسميه", "مكتوب", "صادر", "صادره", "الصادر", "الصادره":
		return true
	}
	return false
}

// ownedNoun reports a verbal noun with a possessive pronoun («مسؤوليته»,
// «دعمها», «تضامنها», «ثقته»): after a verb it is what the subject
// declares or expresses, never the speaker.
func ownedNoun(w string) bool {
	for _, suf := range []string{"هما", "هم", "ها", "ه"} {
		st, ok := strings.CutSuffix(w, suf)
		if !ok {
			continue
		}
		switch st {
		case "مسووليت", "دعم", "رفض", "تضامن", "قلق", "استعداد", "ترحيب", "تاييد", "ادانت", "نيت", "عزم", "ثقت", "امل", "حرص", "التزام", "تمسك", "موافقت", "معارضت", "استنكار", "اسف", "ارتياح", "تقدير", "شكر", "ترشح", "انشقاق", "استقالت",
			"ظن", "اعتقاد", "استياء", "غضب", "امتعاض", "سعادت", "تفاول", "خشيت", "رغبت":
			return true
		}
		return false
	}
	return false
}

// wrote reports a form of «كتب» that reports a post: «كتب X على حسابه
// في تويتر: …», «كتبت في تغريدة أن …». The verb must name where it was
// written (على صفحته، على حسابه، في تغريدة، عبر تويتر) and introduce a
// quote, a colon or a complementiser soon after.
func (c *Coder) wrote(d *doc, i int, s sent) bool {
	switch bareWord(d, i) {
	case "كتب", "كتبت", "يكتب", "تكتب", "كتبوا":
	default:
		return false
	}
	where := false
	for k := i + 1; k < s.b && k <= i+16; k++ {
		t := d.toks[k]
		if t.Text == ":" || quoteMarks[t.Text] != "" || complementiser(d, k) {
			return where
		}
		if t.Kind == arabic.Punct && t.Text != "،" {
			return false
		}
		if k+1 < s.b && (t.Norm == "على" || t.Norm == "علي" || t.Norm == "في" || t.Norm == "عبر") && postPlace(d.toks[k+1].Norm) {
			where = true
		}
	}
	return false
}

// postPlace reports where a post is written («صفحته», «حسابه», «تويتر»,
// «تغريدة», «منشور»).
func postPlace(w string) bool {
	for _, p := range []string{"صفحت", "حساب", "تغريد", "تدوين", "منشور", "موقع", "مدونت"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	switch w {
	case "تويتر", "فيسبوك", "فيس", "انستغرام", "انستجرام", "تلغرام", "تيليغرام", "اكس":
		return true
	}
	return false
}

// inWhatClause reports a verb at i in a clause opened by «ما» («على ما
// أفاد به», «عما ذكره», «لما قاله»).
func inWhatClause(d *doc, i, start int) bool {
	if i <= start {
		return false
	}
	switch d.toks[i-1].Norm {
	case "ما", "عما", "لما", "مما", "بما":
		return true
	}
	return false
}

// talkedAbout reads «تحدث X عن + an event noun» («تحدث مسعفون عن سقوط
// عشرات القتلى»): a report of what happened, unlike a topic («تحدث الوزير
// عن العلاقات»). It returns the token of the event noun, or 0.
func (c *Coder) talkedAbout(d *doc, i int, s sent) int {
	if d.toks[i].Kind != arabic.Word {
		return 0
	}
	switch bareWord(d, i) {
	case "تحدث", "تحدثت", "يتحدث", "تتحدث", "تحدثوا", "يتحدثون":
	default:
		return 0
	}
	for k := i + 1; k+1 < s.b && k <= i+8; k++ {
		t := d.toks[k]
		if t.Kind == arabic.Punct && t.Text != "،" {
			return 0
		}
		if t.Norm != "عن" {
			continue
		}
		if eventNoun(d.toks[k+1].Norm) {
			return k + 1
		}
		return 0
	}
	return 0
}

// clauseLink reports a word that links the next clause («بعدما», «حين»,
// «بينما»): a statement cut at the next clause's verb does not end with it.
func clauseLink(w string) bool {
	switch w {
	case "بعدما", "عندما", "حين", "حينما", "بينما", "فيما", "كما", "لكن", "ولكن", "اذ", "حيث", "بعد", "قبل":
		return true
	}
	return false
}

// relayed reports a form of «نقل» that relays a statement («ونقل
// التلفزيون عن مراسل له قوله إن …»): «عن» (or «على لسان») within eight
// tokens and «قوله» or a complementiser after it. «نقل» alone moves
// things («نقل الجرحى إلى المستشفى»).
func (c *Coder) relayed(d *doc, i int, s sent) bool {
	switch bareWord(d, i) {
	case "نقل", "ينقل", "نقلت", "تنقل":
	default:
		return false
	}
	from := -1
	for k := i + 1; k < s.b && k <= i+8; k++ {
		if d.toks[k].Kind == arabic.Punct && d.toks[k].Text != "،" && quoteMarks[d.toks[k].Text] == "" {
			return false
		}
		if d.toks[k].Norm == "عن" || d.toks[k].Norm == "لسان" {
			from = k
			break
		}
	}
	if from < 0 {
		return false
	}
	for k := from + 1; k < s.b && k <= from+12; k++ {
		if w := d.toks[k].Norm; relayedNoun(w) || complementiser(d, k) {
			return true
		}
		if d.toks[k].Kind == arabic.Punct && d.toks[k].Text != "،" {
			return false
		}
	}
	return false
}

// statementAnaphor resolves «البيان» as a speaker («وقال البيان إن …»,
// «وأضاف البيان المشترك أن …») to who issued it: the last speaker, when
// there is one.
func statementAnaphor(sp, last speaker) speaker {
	ws := strings.Fields(arabic.Normalize(sp.name))
	if last.name == "" || len(ws) == 0 || len(ws) > 2 || !strings.HasPrefix(ws[0], "ال") || !statementNoun(strings.TrimPrefix(ws[0], "ال")) {
		return sp
	}
	return speaker{name: last.name, actor: last.actor, end: sp.end}
}

// commented reports a form of «علق» that comments («علق الوزير على القرار
// قائلا …», «وعلق X في بيان أن …»): a complementiser, a colon, a quote,
// «قائلا» or «بالقول» follows within fourteen tokens, before the sentence
// ends. «علقت الحكومة المفاوضات» suspends.
func (c *Coder) commented(d *doc, i int, s sent) bool {
	switch bareWord(d, i) {
	case "علق", "علقت", "يعلق", "تعلق", "علقوا":
	default:
		return false
	}
	for k := i + 1; k < s.b && k <= i+14; k++ {
		t := d.toks[k]
		if t.Text == ":" || quoteMarks[t.Text] != "" || complementiser(d, k) || t.Norm == "قايلا" || t.Norm == "قايله" || t.Norm == "بالقول" {
			return true
		}
		if t.Kind == arabic.Punct && t.Text != "،" || k > i+1 && c.reportingAt(d, k) {
			return false
		}
	}
	return false
}

// masdarTaker reports a verb whose object is a verbal noun («رفضت كشف
// التفاصيل», «قرر إعلان», «حاول نفي»): a reporting form right after it is
// that noun, not a verb.
func masdarTaker(w string) bool {
	switch w {
	case "رفض", "رفضت", "يرفض", "ترفض", "رفضوا", "قرر", "قررت", "يقرر", "تقرر", "حاول", "حاولت", "يحاول", "تحاول", "اعتزم", "اعتزمت", "يعتزم", "تعتزم", "ينوي", "تنوي", "فضل", "فضلت", "يفضل", "تفضل", "اعاد", "اعادت", "يعيد", "تعيد":
		return true
	}
	return false
}

// announcedNoun reads what «أعلن X عن + an event noun» and «شدد X على +
// a content noun» state («أعلن المرصد عن مقتل مدنيين», «وشدد الملك في
// خطابه على ضرورة الحوار»): the token the statement starts at, or -1.
func (c *Coder) announcedNoun(d *doc, v rv, s sent) int {
	switch strings.TrimPrefix(bareWord(d, v.i), "و") {
	case "اعلن", "اعلنت":
		// only with «عن»: a bare «أعلنت الوزارة مقتل …» is more often
		// taken as the event's source in the gold than as a statement
		k := c.skipAdverbs(d, v.end, s.b)
		if k+1 < s.b && d.toks[k].Norm == "عن" && eventNoun(d.toks[k+1].Norm) {
			return k + 1
		}
	case "اكد", "اكدت":
		// «أكد وزير خارجية البحرين، الجمعة، على دعم بلاده …»: what is
		// affirmed, a verbal noun after «على» (across a day between commas)
		k := c.skipDayAside(d, c.skipAdverbs(d, v.end, s.b), s.b)
		if k+1 < s.b && (d.toks[k].Norm == "على" || d.toks[k].Norm == "علي") && affirmedNoun(d, k+1) && c.namedSubject(d, v.i, v.end) {
			return k + 1
		}
	case "شدد", "شددت":
		for k := v.end; k+1 < s.b && k <= v.end+6; k++ {
			if d.toks[k].Kind == arabic.Punct && d.toks[k].Text != "،" {
				break
			}
			if (d.toks[k].Norm == "على" || d.toks[k].Norm == "علي") && contentNoun(d.toks[k+1].Norm) {
				return k + 1
			}
		}
	}
	return -1
}

// eventNoun reports an indefinite verbal noun of something that happened
// («مقتل», «سقوط», «اعتراض»): what «أعلن X (عن)» or «تحدث X عن» reports.
func eventNoun(w string) bool {
	switch w {
	case "سقوط", "مقتل", "وقوع", "حدوث", "وجود", "اصابه", "اصابات", "انفجار", "انفجارات", "اعتقال", "اعتقالات", "سيطره", "انسحاب", "وفاه", "غارات", "اشتباكات", "قصف", "تدمير", "نزوح", "فرار", "مصرع", "استشهاد",
		"تمكن", "اعتراض", "اسقاط", "احباط", "ضبط", "توقيف", "تحرير", "استهداف", "اطلاق", "مقتله", "اصابته":
		return true
	}
	return false
}
