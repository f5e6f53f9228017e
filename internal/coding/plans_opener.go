package coding

// plannedOpener reports a sentence opened by «من المقرر/المتوقع/المنتظر
// أن …» (with «و» or «ف» too) whose trigger follows in the same clause
// (tenth session, precision13): «ومن المقرر أن يلتقي بوتين في وقت لاحق
// الأربعاء …», «ومن المتوقع أن تشمل جولة السيدة الأولى زيارة المدارس»,
// «ومن المقرر أن تصل الاحتجاجات … إلى ذروتها، الثلاثاء». What is expected
// or scheduled is not yet done; the future-word window before a trigger
// misses it when the act comes several words later. A clause after a
// comma («…، الذي أيد قرار ترمب») may tell a done act, so it is left.
func plannedOpener(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	ws := d.wordsIn(s.a, min(s.b, s.a+6))
	if len(ws) < 3 {
		return false
	}
	if w := bareWord(d, ws[0]); w != "من" && w != "ومن" && w != "فمن" {
		return false
	}
	if !plannedWords[bareWord(d, ws[1])] || bareWord(d, ws[2]) != "ان" {
		return false
	}
	at := ws[2]
	return h.head() > at && !d.commaBetween(at, h.head())
}

// plannedWords are the participles of «من المقرر أن»: scheduled, expected, awaited.
var plannedWords = map[string]bool{"المقرر": true, "المتوقع": true, "المنتظر": true, "المرتقب": true, "المزمع": true, "المفترض": true, "المنتظره": true}
