package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// addedSaid reports «زاد» that adds to a statement («وزاد: …», «وزاد
// بقوله: "…"», «وزاد المدرب في حديثه: …»): a colon, «بقوله» or «قائلا»
// must follow within eight tokens, with no sentence mark between.
// «زاد» is otherwise «increased» («وزاد عدد القتلى»).
func (c *Coder) addedSaid(d *doc, i int, s sent) bool {
	switch bareWord(d, i) {
	case "زاد", "زادت", "يزيد", "تزيد":
	default:
		return false
	}
	for k := i + 1; k < s.b && k <= i+8; k++ {
		t := d.toks[k]
		switch {
		case t.Text == ":" && !clockColon(d, k):
			return true
		case t.Norm == "بقوله" || t.Norm == "بقولها" || t.Norm == "بالقول" || t.Norm == "قايلا" || t.Norm == "قايله":
			return true
		case t.Kind == arabic.Punct && t.Text != "،" || quoteMarks[t.Text] != "":
			return false
		}
	}
	return false
}

// connectiveSpeaker reports a speaker phrase made only of conjunctions and
// particles («وفي حين ذكر أنه …، لفت إلى أن …»: «وفي حين» is no one).
// The verb's subject is then the speaker before.
func connectiveSpeaker(name string) bool {
	ws := strings.Fields(arabic.Normalize(name))
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if !connective(w) && !connective(strings.TrimPrefix(w, "و")) && !connective(strings.TrimPrefix(w, "ف")) {
			return false
		}
	}
	return true
}

// connective reports a conjunction or particle that opens a clause.
func connective(w string) bool {
	switch w {
	case "في", "حين", "فيما", "بينما", "عندما", "حيث", "لكن", "كما", "اذ", "اذا", "بعدما", "بعد", "قبل", "لما", "ما", "ثم", "كذلك", "ايضا", "قد", "لقد":
		return true
	}
	return false
}

// objectAfterComma trims a speaker phrase read after «وصف» or «اتهم» that
// runs past a comma into the verb's object: in «ووصف المتحدث باسم الجيش،
// فلانا بأنه …» the name after the comma is whom he describes, since «بـ»
// follows it at once and no second comma closes it as an apposition. It
// returns the phrase up to the comma, and false when nothing is trimmed.
func (c *Coder) objectAfterComma(d *doc, i int, sp speaker) (speaker, bool) {
	switch bareWord(d, i) {
	case "وصف", "وصفت", "يصف", "تصف", "اتهم", "اتهمت", "يتهم", "تتهم", "حمل", "حملت", "يحمل", "تحمل":
	default:
		return sp, false
	}
	e := sp.end
	if e <= i+2 || e >= len(d.toks) || d.toks[e].Kind != arabic.Word || !strings.HasPrefix(d.toks[e].Norm, "ب") || len(d.keys[e]) < 2 && d.toks[e].Norm != "بانه" && d.toks[e].Norm != "بانها" {
		return sp, false
	}
	comma := -1
	for k := i + 2; k < e; k++ {
		if d.toks[k].Text == "،" {
			if comma >= 0 {
				return sp, false // «TITLE، NAME، …»: an apposition closed by a comma
			}
			comma = k
		}
	}
	if comma < 0 || comma+1 >= e {
		return sp, false
	}
	a := i + 1
	for a < comma && d.toks[a].Kind == arabic.Punct {
		a++
	}
	if a >= comma {
		return sp, false
	}
	name, _ := d.spanText(a, comma)
	out := speaker{name: strings.Trim(name, " ،,«»\"“”()"), end: comma}
	out.actor = d.firstActor(a, comma, out.name)
	return out, out.name != ""
}

// extraReport reports a verb that reports only when a complementiser
// follows it within six tokens (its subject may come between): «ونبه إلى
// أن "…"», «وخلص التقرير إلى أن …», «وكتب ترامب أن "…"». Without one they
// warn, conclude or write something else («نبه السائقين», «خلص من»);
// «كتب» with its post named is wrote's. («لاحظ أن» is left out: in news it
// is as often «you notice» or a condition as a statement.)
func (c *Coder) extraReport(d *doc, i int, s sent) bool {
	switch bareWord(d, i) {
	case "نبه", "نبهت", "ينبه", "خلص", "خلصت", "يخلص", "كتب", "كتبت", "يكتب", "تكتب", "كتبوا":
	default:
		return false
	}
	if i > s.a && d.toks[i-1].Text == "،" && bareWord(d, i) == d.toks[i].Norm {
		return false // «نتائج لجنة، خلصت إلى أن …»: an unjoined verb after a comma describes the noun before
	}
	for k := i + 1; k < s.b && k <= i+6; k++ {
		t := d.toks[k]
		switch {
		case t.Kind == arabic.Punct && t.Text != "،":
			return false
		case t.Kind == arabic.Word && complementiser(d, k):
			return true
		case t.Kind == arabic.Word && (c.reportingAt(d, k) || relative(t.Norm)):
			return false // the complementiser is another verb's
		}
	}
	return false
}

// pronounSource reports an attribution to what «he» said or how he put it
// («حسب روايته», «بحسب تعبيرها», «نقلوا عنه قوله»): a verbal noun with a
// possessive pronoun, which names no speaker of its own.
func pronounSource(name string) bool {
	ws := strings.Fields(arabic.Normalize(name))
	if len(ws) != 1 {
		return false
	}
	switch ws[0] {
	case "قوله", "قولها", "قولهم", "روايته", "روايتها", "روايتهم", "تعبيره", "تعبيرها", "تعبيرهم", "وصفه", "وصفها", "وصفهم",
		"تقديره", "تقديرها", "رايه", "رايها", "كلامه", "كلامها", "زعمه", "زعمها", "ادعايه", "تصريحه", "تصريحها", "تصريحاته":
		return true
	}
	return false
}

// ownerOfSource names whom a pronounSource points back to, for a
// statement at token i of sentence s: the subject of the sentence's
// opening verb («وكان السفير يجلس، حسب روايته، …»), else the speaker
// before, else the party named last.
func (c *Coder) ownerOfSource(d *doc, s sent, si, i int, cur, phrase speaker) speaker {
	if sp, ok := c.clauseSpeaker(d, s.a, i); ok {
		return sp
	}
	if p := c.kanaSubject(d, i, s.a); p.ok() {
		name, _ := d.spanText(p.a, p.b)
		return speaker{name: strings.Trim(name, " ،,«»\"“”()"), actor: p.actor}
	}
	if cur.name != "" {
		return cur
	}
	return c.recentParty(d, i, si, phrase)
}

// maddaName reports a word written with an opening madda that normalises
// to a particle («آن» → «ان»): «وقالت آن شوكيت» names Anne, it is no «أن».
func maddaName(d *doc, k int) bool {
	return strings.HasPrefix(d.toks[k].Text, "آ")
}

// timeOpener moves start past a time phrase that opens the sentence with
// no comma after it («وفي الشهر الماضي بدأ الجيش عملية …، ويقول إنه»,
// «وفي وقت سابق أكد مصدر …»): «في» (joined by و or not), a time noun and
// a word that places it. It returns start when none opens the sentence.
func timeOpener(d *doc, start, i int) int {
	if start+2 >= i || strings.TrimPrefix(d.toks[start].Norm, "و") != "في" {
		return start
	}
	switch d.toks[start+1].Norm {
	case "الشهر", "الاسبوع", "العام", "السنه", "وقت", "اليوم", "الايام", "الاشهر", "الاسابيع", "الساعات", "الليله":
	default:
		return start
	}
	switch d.toks[start+2].Norm {
	case "الماضي", "الماضيه", "سابق", "لاحق", "المقبل", "المقبله", "الحالي", "الجاري", "الاخيره", "الاخير", "نفسه", "ذاته", "الفايت":
	default:
		return start
	}
	if t := d.toks[start+3]; t.Kind != arabic.Word || preposition(t.Norm) || t.Norm == "من" {
		return start // «وفي وقت سابق من الأسبوع، …», «وفي وقت سابق، …»: the comma closes it
	}
	return start + 3
}

// quotedSource reads a source named in quotation marks at k, before end
// («حسب "هيومان رايتس ووتش"»), or after a statement noun («وفق بيان
// «سنتكوم»»: the issuer): one to five words between the marks.
func quotedSource(d *doc, k, end int) (speaker, bool) {
	if k+1 < end && d.toks[k].Kind == arabic.Word && statementNoun(strings.TrimPrefix(d.toks[k].Norm, "ال")) {
		k++
	}
	if k >= end {
		return speaker{}, false
	}
	cm := quoteMarks[d.toks[k].Text]
	if cm == "" {
		return speaker{}, false
	}
	e := k + 1
	for e < end && e <= k+6 && d.toks[e].Text != cm {
		e++
	}
	if n := d.words(k+1, e); e >= end || d.toks[e].Text != cm || n == 0 || n > 5 {
		return speaker{}, false
	}
	name, _ := d.spanText(k+1, e)
	sp := speaker{name: strings.TrimSpace(name), end: e + 1}
	sp.actor = d.firstActor(k+1, e, sp.name)
	return sp, sp.name != ""
}

// countryLike reports a word at k that reads as an accusative participle
// (م…ا) but opens a linked name of a country or place («مالطا», «ماليزيا»,
// «موريتانيا», «مولدوفا», «منغوليا»): a subject, not how one spoke.
func countryLike(d *doc, k int) bool {
	m := d.mentionAt[k]
	// the word alone is the name: «مخاطبا ترامب» tagged as one name is
	// still how one spoke
	return m >= 0 && d.mentions[m].TokStart == k && d.mentions[m].TokEnd == k+1 && d.mentions[m].Actor.Country != ""
}

// adverbialOpener reports a sentence opened by an adverbial phrase
// («وبعد فوزه بالكرة الذهبية مثل منافسه، الأرجنتيني ليونيل ميسي، قال:»)
// that no comma closes before the name at m: the name in apposition just
// before the verb belongs to the phrase, and the verb's subject is
// someone else (the speaker before).
func adverbialOpener(d *doc, start, m int) bool {
	if start >= m {
		return false
	}
	switch strings.TrimPrefix(d.toks[start].Norm, "و") {
	case "بعد", "قبل", "عقب", "اثر", "خلال", "عند", "لدي", "مع", "وسط", "رغم", "اثناء":
	default:
		return false
	}
	for k := start + 1; k < m-1; k++ {
		if d.toks[k].Text == "،" {
			// the comma of the apposition itself («…، الأرجنتيني ليونيل ميسي،»)
			// leaves the name inside the phrase; an earlier one closes it
			return d.mentionAt[k+1] >= 0 && d.mentionAt[k+1] == d.mentionAt[m] || d.toks[k+1].Kind == arabic.Word && definite(d.toks[k+1].Norm) && nisba(d.toks[k+1].Norm)
		}
	}
	return true
}
