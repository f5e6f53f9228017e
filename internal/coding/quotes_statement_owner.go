package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// statementOwner reads «قال/أكد/اعتبر … فيه/فيها» after a statement noun
// whose owner is written right after it: «بعد تصريح من نائب الوزير قال
// فيه …», «تصريحات سابقة لرئيس الوزراء العام الماضي، اعترف فيها …»,
// «تصريح الوزير X الذي قال فيه …», «تصريحات أدلى بها X لموقع "…"، قال
// فيها …», «تحقيق نشرته صحيفة "…" …، وقالت فيه …». The owner speaks, not
// the subject of the sentence that mentions the statement. Statements
// whose issuer is the subject of the verb before («أصدر الجيش بيانا قال
// فيه») are left to saidIn.
func (c *Coder) statementOwner(d *doc, i int, s sent) (speaker, bool) {
	if !statementClause(d, i, s.b) {
		return speaker{}, false
	}
	noun := -1
	for k := i - 1; k >= s.a && k >= i-14; k-- {
		t := d.toks[k]
		if t.Kind == arabic.Punct && t.Text != "،" && quoteMarks[t.Text] == "" || k < i-1 && c.reportingAt(d, k) {
			break
		}
		w := strings.TrimSuffix(bareWord(d, k), "ا")
		if ownedStatement(w) || ownedStatement(strings.TrimPrefix(w, "ال")) {
			noun = k
			break
		}
	}
	if noun < 0 || noun+1 >= i {
		return speaker{}, false
	}
	if noun-1 > s.a && statementTopic(bareWord(d, noun-1)) {
		for k := noun - 2; k >= s.a && k >= noun-6; k-- {
			if heldStatement(strings.TrimSuffix(bareWord(d, k), "ا")) {
				return speaker{}, false // «أصدرت بيانا بشأن تصريحات X، قالت فيه»: the statement is the first
			}
		}
	}
	end := i
	for end > noun+1 && (d.toks[end-1].Text == "،" || relative(strings.TrimPrefix(d.toks[end-1].Norm, "و"))) {
		end-- // «… تساهي هنغبي الذي قال فيه»
	}
	k := noun + 1
	if statementAdjective(d.toks[k].Norm) && k+1 < end {
		k++ // «تصريحات سابقة لـX»
	}
	w := d.toks[k].Norm
	switch {
	case w == "من" && k+1 < end && (d.mentionAt[k+1] >= 0 || ownerHead(d.toks[k+1].Norm)):
		// «تصريح من نائب وزير الخارجية قال فيه»
		return c.ownerAfter(d, k, end, true)
	case ownerVerb(w):
		// «تصريحات أدلى بها X», «تحقيق نشرته صحيفة X»
		if strings.HasPrefix(w, "ادلي") || strings.HasPrefix(w, "ادلت") {
			if k+1 >= end || !strings.HasPrefix(d.toks[k+1].Norm, "ب") {
				return speaker{}, false
			}
			k++
		}
		return c.ownerAfter(d, k, end, false)
	case strings.HasPrefix(w, "ل") && len(d.keys[k]) > 1 && (d.mentionAt[k] >= 0 || ownerHead(w)):
		// «تصريحا لعمدة المدينة», «تصريحات لحمد بن جاسم»: whose it is
		if outletWord(strings.TrimPrefix(w, "ل")) || outletWord(strings.TrimPrefix(w, "لل")) || strings.HasPrefix(w, "لل") && outletWord("ال"+strings.TrimPrefix(w, "لل")) {
			return speaker{}, false // «تصريحات لوكالة …»: whom it was given to
		}
		b := min(k+3, end) // «لعمدة المدينة», «لعمدة كيزليار»: a title and its genitive
		if m := d.mentionAt[k]; m >= 0 {
			b = min(int(d.mentions[m].TokEnd), end)
		}
		for j := k + 1; j < b; j++ {
			if d.toks[j].Kind != arabic.Word || temporalWord(d.toks[j].Norm) || d.mentionAt[k] < 0 && !definite(d.toks[j].Norm) && j+1 < end {
				b = j
				break
			}
		}
		name, _ := d.spanText(k, b)
		sp := speaker{name: withoutLam(strings.Trim(name, " ،,«»\"“”()")), end: b}
		sp.actor = d.firstActor(k, b, sp.name)
		return sp, sp.name != ""
	case (d.mentionAt[k] >= 0 && d.mentionAt[noun] != d.mentionAt[k] || ownerHead(w)) && !strings.HasPrefix(w, "ب") && !strings.HasPrefix(w, "ل"):
		// «تصريح وزير التعاون الإقليمي X الذي قال فيه»: in construct
		return c.ownerAfter(d, k-1, end, true)
	}
	return speaker{}, false
}

// ownerAfter reads the owner's phrase after the word at k up to end, and
// keeps it, when linked is set, only when it holds a linked name or opens
// with a title.
func (c *Coder) ownerAfter(d *doc, k, end int, linked bool) (speaker, bool) {
	sp, ok := c.speakerAfter(d, k, end)
	if !ok || linked && sp.actor == nil && !ownerHead(d.toks[k+1].Norm) {
		return speaker{}, false
	}
	return sp, true
}

// ownedStatement reports a noun for something said or published that a
// clause «قال فيه» can describe, its owner written after it.
func ownedStatement(w string) bool {
	if heldStatement(w) {
		return true
	}
	switch w {
	case "تقرير", "تحقيق", "تصريحاته", "تغريدته":
		return true
	}
	return false
}

// statementAdjective reports an adjective that may stand between a
// statement noun and its owner («تصريحات سابقة لـX», «بيان مشترك»).
func statementAdjective(w string) bool {
	switch w {
	case "سابقه", "سابق", "جديده", "جديد", "اخيره", "الاخيره", "الاخير", "صحفيه", "صحفي", "متلفزه", "مكتوب", "مشترك", "سابقا":
		return true
	}
	return false
}

// ownerVerb reports a verb that names who made or published a statement
// after it («أدلى بها X», «نشرته صحيفة X», «أجرته القناة»).
func ownerVerb(w string) bool {
	switch w {
	case "ادلي", "ادلت", "نشرته", "نشرتها", "نشره", "نشرها", "اصدره", "اصدرته", "اصدرها", "اصدرتها", "اعدته", "اعده", "اعدتها", "اعدها":
		return true
	}
	return false
}

// ownerHead reports a title or office that opens the name of a statement's
// owner («لعمدة», «وزير», «نائب»), with ل or ال before it.
func ownerHead(w string) bool {
	w = strings.TrimPrefix(strings.TrimPrefix(w, "ل"), "ال")
	return officeHead(w) || bareTitle(w) || w == "عمده"
}

// statementClause reports a verb at j followed, before end, by
// «فيه/فيها»: a clause on a statement noun whose complementiser is its
// own (statementOwner and saidIn read who made the statement).
func statementClause(d *doc, j, end int) bool {
	if j+1 >= end || d.toks[j].Kind != arabic.Word {
		return false
	}
	n := d.toks[j+1].Norm
	return n == "فيه" || n == "فيها"
}

// statementTopic reports a preposition that makes a statement noun the
// topic of another («بيانا بشأن تصريحات X»).
func statementTopic(w string) bool {
	switch w {
	case "بشان", "حول", "عن", "بخصوص", "ضد":
		return true
	}
	return false
}
