package coding

import "strings"

// closedPhrase reports a phrase that the party named at k (at or after its
// end) cannot complete: a phrase ending in a definite word is no construct
// head, so «واتهم الوزير إيران», «ودعا الملك رئيس الحكومة», «واستقبل
// الرئيس وزير الخارجية» name the subject by its title and the object
// after it: a place or an office. A personal name after a title is the
// same person («الناشطة الحقوقية عائشة المانع», «الدكتور أنور قرقاش»),
// and a party glued to ل («الأمين العام للأمم المتحدة») still belongs to
// the phrase.
func (c *Coder) closedPhrase(d *doc, p np, k int) bool {
	last := p.b - 1
	if indefiniteParty(d, p, k) {
		return true
	}
	if last < p.a || !definite(d.toks[last].Norm) || gluedLam(d, k) || strings.HasPrefix(bareWord(d, k), "لل") {
		return false
	}
	if d.placeAt[k] >= 0 {
		return true
	}
	return officeHead(bareWord(d, k))
}

// officeHead reports a noun that opens the name of an office or a body
// («رئيس الحكومة», «وزير الخارجية», «قوات الأمن»), not a personal name.
func officeHead(w string) bool {
	switch w {
	case "رييس", "رييسه", "وزير", "وزيره", "وزاره", "ملك", "امير", "سفير", "سفيره", "مندوب", "متحدث", "قايد", "زعيم", "نايب", "مدير", "حكومه", "مجلس", "جيش", "قوات", "حركه", "حزب", "منظمه", "رياسه":
		return true
	}
	return false
}
