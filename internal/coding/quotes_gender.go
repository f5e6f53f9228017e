package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// A subjectless continuation verb («وأضاف», «وأوضحت», «وتابع») agrees in
// gender with its subject: a feminine «وأضافت» cannot continue «أحد شهود
// العيان» or «الوزير», a masculine «وأضاف» cannot continue «الوكالة» or
// «الصحيفة». When the speaker carried over (the last speaker, or the outlet
// that relayed) disagrees with the verb, the most recent speaker of the
// verb's gender in the last sentences speaks instead; for a feminine verb,
// else a body («وكالة», «وزارة», «صحيفة») named as a subject in those
// sentences.

// genderReach is how many sentences back a speaker of the verb's gender is
// looked for.
const genderReach = 3

// continuationGender reads the gender of the subject of a perfect or
// imperfect verb joined by و or ف at i that opens a clause (the sentence
// from start, or after a comma) («وأضافت» 1, «وأضاف», «ويضيف» -1),
// 0 for a plural or dual, a form that may be either («وتابع» is a perfect,
// «وتقول» an imperfect) or a word not joined.
func continuationGender(d *doc, i, start int) int {
	w := d.toks[i].Norm
	if !d.conj[i] && !strings.HasPrefix(w, "ف") {
		return 0
	}
	if i > start && d.toks[i-1].Kind == arabic.Word {
		return 0 // «ما وصفته», «التي وصفته»: not a verb opening a clause
	}
	w = strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف")
	n := len([]rune(w))
	switch {
	case n < 3 || strings.HasSuffix(w, "وا") || strings.HasSuffix(w, "ون") || strings.HasSuffix(w, "ا") || strings.HasSuffix(w, "ن"):
		return 0 // «وأضافوا», «ويقولون», «وأضافا», «وأضفن»
	case strings.HasPrefix(w, "ت"):
		if strings.HasSuffix(w, "ت") && n >= 5 {
			return 1 // «وتابعت»
		}
		return 0 // «وتابع» or «وتقول»
	case w == "لفت":
		return -1 // the stem ends in ت
	case strings.HasSuffix(w, "ت"):
		return 1
	case strings.HasPrefix(w, "ي"):
		return -1
	case strings.HasPrefix(w, "ن"):
		return 0 // «ونقل» or «ونقول»
	}
	return -1
}

// speakerGender reads a speaker's gender from the first word of its name:
// 1 for a feminine body or title («وكالة», «الخارجية», «الوزيرة»,
// «مصادر»), -1 for a masculine title or body («الوزير», «أحد», «مصدر»,
// «الجيش»), 0 for a name (person names in ة are often masculine:
// «حمزة»; women's names often lack it).
func speakerGender(name string) int {
	ws := strings.Fields(arabic.Normalize(name))
	if len(ws) == 0 {
		return 0
	}
	w := strings.TrimPrefix(ws[0], "ال")
	switch {
	case w == "محاميه":
		return 0 // «محاميه»: his lawyer or a woman lawyer
	case feminineOutlet(w), bareTitle(w) && strings.HasSuffix(w, "ه"):
		return 1
	case bareTitle(w):
		return -1
	}
	switch w {
	case "خارجيه", "داخليه", "متحدثه", "ناطقه", "مصادر", "تقارير", "وسايل", "مفوضيه", "بعثه", "محكمه", "نيابه", "شرطه",
		"منظمه", "حركه", "جماعه", "حكومه", "وزاره", "شركه", "جمعيه", "هييه", "لجنه", "سلطه", "رياسه", "سفاره", "قياده":
		return 1
	case "احد", "مصدر", "ناطق", "شاهد", "امين", "جيش", "مجلس", "مرصد", "اتحاد", "تحالف", "شيخ", "ملك", "امير", "حزب", "مساعد", "دكتور", "عميد", "لواء", "عقيد", "جنرال", "مسوول", "مراسل", "موقع", "مكتب":
		return -1
	}
	return 0
}

// feminineOutlet reports the feminine head of a news outlet's name («وكالة»,
// «صحيفة»): outlets relay what others say, so a masculine verb after one
// is the man it relayed.
func feminineOutlet(w string) bool {
	switch strings.TrimPrefix(w, "ال") {
	case "وكاله", "صحيفه", "قناه", "اذاعه", "مجله", "شبكه", "جريده":
		return true
	}
	return false
}

// agreeingSpeaker returns the speaker of a subjectless continuation verb
// at i in sentence si when sp, the speaker carried over, disagrees with
// the verb's gender: the most recent speaker of the verb's gender among
// spoken (said in sentences spokenAt) within genderReach sentences when
// the verb opens the sentence; for a feminine verb, first a body named as
// the subject of a reporting or relaying verb there.
func (c *Coder) agreeingSpeaker(d *doc, i, si int, sp speaker, spoken []speaker, spokenAt []int) (speaker, bool) {
	g := continuationGender(d, i, d.sents[si].a)
	if g == 0 || speakerGender(sp.name) != -g {
		return sp, false
	}
	if g < 0 && !feminineOutlet(firstWord(sp.name)) {
		return sp, false // «وأوضح بيان الخارجية … وأشار»: the statement is masculine
	}
	from := d.sents[max(0, si-genderReach+1)].a
	if i > d.sents[si].a {
		from = d.sents[si].a // after a comma, a body of the sentence itself
	}
	if g > 0 {
		for k := i - 1; k >= from; k-- {
			if b, ok := c.bodySubject(d, k); ok {
				return b, true
			}
		}
	}
	if i > d.sents[si].a {
		// after a comma the subject may be in the sentence itself
		// («أن منظمة … عاينت القناة، وأكدت أنها …»): a body only
		return sp, false
	}
	for k := len(spoken) - 1; k >= 0 && spokenAt[k] >= si-genderReach+1; k-- {
		if speakerGender(spoken[k].name) == g && spoken[k].actor != nil {
			return spoken[k], true
		}
	}
	return sp, false
}

// firstWord returns the first word of a name, normalised.
func firstWord(name string) string {
	ws := strings.Fields(arabic.Normalize(name))
	if len(ws) == 0 {
		return ""
	}
	return ws[0]
}

// bodySubject reads a feminine body named at k right after a reporting
// or relaying verb, its subject («ونسبت وكالة "خبر" …», «بيان نشرته
// وزارة الخارجية»); «للوكالة», «بالوزارة» are whom it was said to or where.
func (c *Coder) bodySubject(d *doc, k int) (speaker, bool) {
	t := d.toks[k]
	// («وكالة», «وزارة» read as و + a stem: the word as written first)
	if t.Kind != arabic.Word || !feminineBody(t.Norm) && !feminineBody(bareWord(d, k)) {
		return speaker{}, false
	}
	if k == 0 || d.toks[k-1].Kind != arabic.Word || !(c.reportingAt(d, k-1) || relayingVerb(strings.TrimPrefix(d.toks[k-1].Norm, "و"))) {
		return speaker{}, false // «استهدفت قيادة المحور»: an object
	}
	return bodyPhrase(d, k), true
}

// bodyPhrase reads the name of a body from its head at k: a name in
// quotation marks right after it («وكالة "خبر"»), then up to three definite
// words («وزارة الخارجية اليمنية»); a word glued to ل («للأنباء», «لأحد
// شهود العيان») or anything else ends it.
func bodyPhrase(d *doc, k int) speaker {
	b := k + 1
	if b+2 < len(d.toks) && quoteMarks[d.toks[b].Text] != "" {
		for j := b + 1; j < len(d.toks) && j <= b+5; j++ {
			if quoteMarks[d.toks[j].Text] != "" {
				b = j + 1
				break
			}
		}
	}
	for n := 0; n < 3 && b < len(d.toks) && d.toks[b].Kind == arabic.Word && strings.HasPrefix(d.toks[b].Norm, "ال") && !d.conj[b]; n++ {
		b++
	}
	name, _ := d.spanText(k, b)
	name = strings.TrimRight(name, " ،,") // a closing mark stays with its name
	if !feminineBody(d.toks[k].Norm) {
		name = strings.TrimPrefix(name, "و") // «ووزارة الخارجية»
	}
	return speaker{name: name, actor: d.firstActor(k, b, name)}
}

// relayingVerb reports a verb that relays or issues what another says
// («نسبت», «نقلت», «نشرته»), whose subject is the outlet or the issuer.
func relayingVerb(w string) bool {
	switch w {
	case "نسبت", "نقلت", "نشرت", "نشرته", "نشرتها", "اصدرت", "اصدرته", "اصدرتها", "بثت", "بثته", "بثتها", "اوردت", "اوردته", "اوردتها":
		return true
	}
	return false
}
