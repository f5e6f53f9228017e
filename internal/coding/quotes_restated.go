package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// restatedReport reports a verb that states something only when a
// complementiser follows it (its subject may come between), like
// extraReport: «وكرر الوزير أن …» (reiterated), «وتصر إيران على أن …»
// (insists; the perfect «أصر» is in the lexicon, its imperfect is not,
// because «نصر» would read «حسن نصر الله» as a verb), «وأبان المتحدث أن
// …» (made clear), «وقدر التقرير أن …» (estimated), «ورجح محللون أن …»
// (judged likely), and «وبيّن المصدر أن …» (explained), whose bare
// perfect the lexicon drops for the preposition «بين». Without a
// complementiser they repeat, insist or estimate something else («وكرر
// تهديداته», «قدرت الخسائر بـ»).
func (c *Coder) restatedReport(d *doc, i int, s sent) bool {
	w := bareWord(d, i)
	if !restatedForm(w) {
		return false
	}
	if (w == "بين" || w == "بينت") && !restatedOpens(d, i, s) && !strings.ContainsRune(d.toks[i].Text, 'ّ') {
		return false // «بين» between, unless it opens a clause or carries its shadda («بيّن»)
	}
	if w != "بين" && w != "بينت" && !restatedOpens(d, i, s) && !afterSubjectPronoun(d, i, s) {
		return false // «الانقطاع المتكرر», «بقدر ما»: the verb must open its clause
	}
	for k := i + 1; k < s.b && k <= i+7; k++ {
		t := d.toks[k]
		switch {
		case t.Kind == arabic.Punct && t.Text != "،":
			return false
		case t.Kind == arabic.Word && (ownedNoun(t.Norm) || conditionWord(t.Norm)):
			return false // «وكرر X مناشدته … بشرط أن …»: what is repeated is an act, the «أن» a condition
		case t.Kind == arabic.Word && complementiser(d, k):
			return true
		case t.Kind == arabic.Word && (c.reportingAt(d, k) || relative(t.Norm)):
			return false // the complementiser is another verb's
		case (w == "بين" || w == "بينت") && t.Kind == arabic.Word && d.conj[k]:
			return false // «بين الطرفين والوسيط …»: between X and Y
		}
	}
	return false
}

// restatedOpens reports token i opening its sentence or a clause joined by
// و/ف: «وكرر …», «…، وتصر …».
func restatedOpens(d *doc, i int, s sent) bool {
	if i == s.a || d.conj[i] {
		return true
	}
	switch d.toks[i-1].Norm {
	case "لطالما", "ولطالما", "كما", "وكما", "ثم":
		return true
	}
	return false
}

// afterSubjectPronoun reports a verb right after «لكنه/لكنها/إنه …», whose
// pronoun is its subject: «لكنه كرر أن …».
func afterSubjectPronoun(d *doc, i int, s sent) bool {
	if i == s.a {
		return false
	}
	switch d.toks[i-1].Norm {
	case "لكنه", "لكنها", "ولكنه", "ولكنها", "لكنهم", "ولكنهم":
		return true
	}
	return false
}

// restatedWhat reports w as what a form of «كرر» restates, not its
// subject: «وكرر الجبير موقف الحكومة بأن …», «كررت اتهاماتها لـX بأن».
func restatedWhat(verb, w string) bool {
	switch verb {
	case "كرر", "كررت", "كرروا", "يكرر", "تكرر", "يكررون":
	default:
		return false
	}
	switch w {
	case "موقف", "مواقف", "موقفه", "موقفها", "موقفهم", "تاكيد", "تاكيده", "تاكيدها", "اتهام", "اتهامه", "اتهامها", "اتهامات", "اتهاماته", "اتهاماتها",
		"دعوه", "دعوته", "دعوتها", "دعوات", "دعواته", "مطالبته", "مطالبتها", "مطالبات", "رفضه", "رفضها", "تحذير", "تحذيره", "تحذيرها", "تحذيرات", "تحذيراته",
		"قوله", "قولها", "تصريحاته", "تصريحاتها", "رواية", "روايه", "روايته", "روايتها", "الموقف", "الاتهامات", "التاكيد", "الدعوه", "التحذير", "التحذيرات":
		return true
	}
	return false
}

// restatedForm reports the verb forms restatedReport reads.
func restatedForm(w string) bool {
	switch w {
	case "كرر", "كررت", "كرروا", "يكرر", "تكرر", "يكررون",
		"تصر", "يصر", "يصرون", "تصران", "يصران",
		"ابان", "ابانت",
		"قدر", "قدرت", "قدروا",
		"رجح", "رجحت", "رجحوا", "يرجح", "ترجح", "يرجحون",
		"بين", "بينت":
		return true
	}
	return false
}

// conditionWord reports «بشرط/شرط/شريطة», after which «أن» opens a
// condition, not what was said.
func conditionWord(w string) bool {
	switch w {
	case "بشرط", "شرط", "شريطه", "بشريطه", "مقابل":
		return true
	}
	return false
}
