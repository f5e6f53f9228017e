package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// cameInMore reads «وجاء/وورد في + a text or an outlet … أن/إن/:/"…"» where
// cameInStatement does not: words between the noun and what it says («وجاء
// في التقرير أيضا أن», «وجاء في بيان حصلت الوكالة عليه "…"», «وجاء في
// تصريح نشره الوزير على صفحته أنه»), a document that is no statement
// («وجاء في لائحة الاتهام أن», «وجاء في القرار أنه»), or an outlet («وجاء
// في صحيفة X، الأحد، أن», «وجاء في وسائل الإعلام الرسمية أن»). i is the
// noun after «في». The speaker is the outlet; the subject of «نشره/
// أصدره» on a statement; for a statement or a report with no one named,
// who was speaking (cur, else the relay); else the document itself. It
// needs what is said to open within sixteen tokens, with no sentence mark
// or other verb on the way, so «وجاء في المرتبة الثالثة …» is never read.
func (c *Coder) cameInMore(d *doc, i int, s sent, cur, relay speaker) (speaker, bool) {
	if !cameIn(d, i, s) {
		return speaker{}, false
	}
	w := strings.TrimPrefix(bareWord(d, i), "ال")
	n := strings.TrimPrefix(d.toks[i].Norm, "ال") // «وكالة», «وسائل»: the و is the word's own
	outlet := outletWord(n) || n == "وسايل" || n == "تقارير"
	statement := statementNoun(w)
	document := writtenStatement(w) || w == "لايحه" || w == "قرار" || w == "نص" || w == "وثيقه"
	if !outlet && !statement && !document {
		return speaker{}, false
	}
	// «وجاء في بيان "حزب الله" أن …»: a quoted name issues the statement
	if !outlet && i+3 < s.b && quoteMarks[d.toks[i+1].Text] != "" {
		for e := i + 3; e < s.b && e <= i+6; e++ {
			if d.toks[e].Kind != arabic.Punct {
				continue
			}
			if quoteMarks[d.toks[e].Text] != "" && e+1 < s.b && complementiser(d, e+1) {
				name, _ := d.spanText(i+2, e)
				return speaker{name: name, actor: d.firstActor(i+2, e, name)}, true
			}
			break
		}
	}
	// what is said: a complementiser, a colon or an opening quotation mark
	k := -1
	for j := i + 1; j < s.b && j <= i+16; j++ {
		t := d.toks[j]
		if t.Kind == arabic.Punct && quoteMarks[t.Text] != "" && j > i+1 {
			// «الرسالة، التي حصلت عليها "تلغراف" …»: a short quoted name on the way
			e := j + 1
			for e < s.b && e <= j+4 && d.toks[e].Text != t.Text && quoteMarks[d.toks[e].Text] == "" {
				e++
			}
			if e < s.b && e <= j+4 && quoteMarks[d.toks[e].Text] != "" && e > j+1 && !(e+1 < s.b && complementiser(d, e+1)) && d.words(j+1, e) <= 2 {
				j = e
				continue
			}
		}
		if t.Kind == arabic.Punct {
			if t.Text == ":" || quoteMarks[t.Text] != "" && (!outlet || j > i+1 && !(d.toks[j-1].Kind == arabic.Word && c.nameBefore(d, j-1))) {
				k = j
				break
			}
			if t.Text == "." || t.Text == "!" || t.Text == "؟" {
				return speaker{}, false
			}
			continue
		}
		if complementiser(d, j) {
			k = j
			break
		}
		if saidNoun(t.Norm) || relayedNoun(t.Norm) || strings.HasPrefix(t.Norm, "قول") {
			return speaker{}, false // «وجاء في الرسالة …، قول الوزير: "…"»: the saying's owner (sayingNoun)
		}
		if c.reportingAt(d, j) && !textIssuer(bareWord(d, j)) {
			return speaker{}, false
		}
	}
	if k < 0 {
		return speaker{}, false
	}
	if outlet {
		// the outlet's name up to a comma, a day or what is said
		b := i + 1
		for b < k && b < i+6 && d.toks[b].Kind == arabic.Word && !temporalWord(d.toks[b].Norm) {
			if _, day := c.cal.weekday(d.toks[b].Norm); day {
				break
			}
			b++
		}
		if b < k && quoteMarks[d.toks[b].Text] != "" {
			// «وكالة "سانا"»: the quoted name is part of it
			for e := b + 1; e < k && e <= b+4; e++ {
				if d.toks[e].Text == d.toks[b].Text || quoteMarks[d.toks[e].Text] != "" {
					b = e + 1
					break
				}
			}
		}
		name, _ := d.spanText(i, b)
		name = strings.Trim(name, " ،,«»“”()")
		if name == "" {
			return speaker{}, false
		}
		return speaker{name: name, actor: d.firstActor(i, b, name)}, true
	}
	// «وجاء في تصريح نشره الوزير …»: who issued it
	for j := i + 1; j < k && j <= i+3; j++ {
		if textIssuer(bareWord(d, j)) || textIssuer(strings.TrimSuffix(strings.TrimSuffix(bareWord(d, j), "ه"), "ها")) {
			if sp, ok := c.speakerAfter(d, j, k); ok {
				return sp, true
			}
			break
		}
	}
	le := i + 2
	for le < k && le < i+6 && d.toks[le].Kind == arabic.Word && definite(d.toks[le].Norm) && !relative(d.toks[le].Norm) {
		le++ // «بيان للمركز الإعلامي الأمني صدر …»: the issuer ends at the verb
	}
	if sp, ok := c.lamSpeaker(d, i+1, le); ok && !outletWord(strings.TrimPrefix(d.toks[i+1].Norm, "ل")) {
		return sp, true // «وجاء في بيان للمركز الإعلامي … "…"»
	}
	if statement && cur.name != "" {
		return cur, true
	}
	if statement && relay.name != "" {
		return relay, true
	}
	// the document itself («لائحة الاتهام», «القرار», «التقرير»)
	b := i + 1
	if !strings.HasPrefix(bareWord(d, i), "ال") && b < k && d.toks[b].Kind == arabic.Word && definite(d.toks[b].Norm) && !relative(d.toks[b].Norm) && !complementiser(d, b) {
		b++ // «لائحة الاتهام»
	}
	if !strings.HasPrefix(bareWord(d, i), "ال") && b == i+1 && !(b < k && d.toks[b].Kind == arabic.Word && definite(d.toks[b].Norm) && !relative(d.toks[b].Norm)) {
		if cur.name != "" {
			return cur, true // «وجاء في وثيقة اطلعت عليها …»: an unnamed text of who was speaking
		}
	}
	name, _ := d.spanText(i, b)
	name = strings.Trim(name, " ،,«»“”()")
	if name == "" {
		return speaker{}, false
	}
	return speaker{name: name}, true
}

// textIssuer reports a verb that issues a text: «نشره», «أصدره», «وزعته».
func textIssuer(w string) bool {
	switch w {
	case "نشر", "نشرت", "اصدر", "اصدرت", "وزع", "وزعت", "نشره", "نشرته", "نشرها", "اصدره", "اصدرته", "اصدرها", "وزعته":
		return true
	}
	return false
}
