package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// describedObjectCut ends a speaker phrase [a,b) read after «وصف» when
// the description («بأنه/بأنها …», «بـ"…"») follows the phrase at once:
// the object described must then stand inside the phrase, after the
// subject. It opens after a linked name or a nationality that closes the
// subject: «ووصفت روسيا تقارير الهجوم بأنها "استفزاز"», «ووصف ترامب
// الاتفاقية مع إيران بأنها …», «ووصف الجيش الإسرائيلي الهجوم بأنه …».
// A name after a title («الرئيس الأمريكي دونالد ترامب»), an adjective
// («السابق») or a complement with ل/ب stays in the subject.
func describedObjectCut(d *doc, i, a, b, end int) int {
	switch strings.TrimPrefix(strings.TrimPrefix(bareWord(d, i), "و"), "و") {
	case "صف", "صفت", "يصف", "تصف":
	default:
		return b
	}
	if !describedAfter(d, b, end) {
		return b // «ووصفها X بأنها»: a pronoun object, or no description
	}
	for k := a + 1; k < b; k++ {
		t := d.toks[k]
		if t.Kind != arabic.Word {
			return b
		}
		m := d.mentionAt[k]
		if m >= 0 && m == d.mentionAt[k-1] {
			continue // inside a linked name
		}
		w := t.Norm
		if afterPerson(d, k) && definite(w) && m < 0 && !officeHead(strings.TrimPrefix(w, "ال")) && !bareTitle(strings.TrimPrefix(w, "ال")) && !nameEpithet(w) {
			return k // «ترامب | الاتفاقية», «ماكرون | الحادث»: a person takes no adjective here
		}
		if m >= 0 || nisba(w) || len(d.keys[k]) > 1 && (strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "ب")) || w == "باسم" {
			continue // a name after a title, an adjective, a complement
		}
		pm := d.mentionAt[k-1]
		afterName := pm >= 0 && endsOnName(d, pm)
		afterNisba := definite(d.toks[k-1].Norm) && nisba(d.toks[k-1].Norm)
		if !afterName && !afterNisba {
			continue
		}
		if definite(w) && nounAfterName(d, k, false) {
			return k // «ترامب | الاتفاقية», «الإسرائيلي | الهجوم»
		}
		if !definite(w) && afterName && k+1 < end && definite(d.toks[k+1].Norm) && !officeHead(w) && !bareTitle(w) {
			return k // «روسيا | تقارير الهجوم»: a construct after the name
		}
	}
	return b
}

// describedAfter reports the description «بأنه/بأنها …» or «بـ"…"» within
// a few words after b, in the same clause.
func describedAfter(d *doc, b, end int) bool {
	for j := b; j < end && j <= b+6; j++ {
		t := d.toks[j]
		if t.Kind == arabic.Punct && quoteMarks[t.Text] == "" {
			return false
		}
		if strings.HasPrefix(t.Norm, "بان") || t.Norm == "ب" || t.Norm == "بـ" {
			return true
		}
	}
	return false
}

// afterPerson reports a linked name that ends just before k and is no
// place («ترامب», «ماكرون»; not «كوريا …»).
func afterPerson(d *doc, k int) bool {
	pm := d.mentionAt[k-1]
	return pm >= 0 && pm != d.mentionAt[k] && endsOnName(d, pm) && d.placeAt[k-1] < 0
}

// nameEpithet reports a word that follows a person's name as part of it
// («بوش الابن», «الملك عبد الله الثاني», «الراحل»).
func nameEpithet(w string) bool {
	switch w {
	case "الابن", "الاب", "الراحل", "الاول", "الثاني", "الثالث", "الكبير", "الصغير":
		return true
	}
	return false
}
