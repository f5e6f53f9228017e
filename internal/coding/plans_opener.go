package coding

// plannedOpener reports a sentence opened by «من المقرر/المتوقع/المنتظر
// أن …» (with «و» or «ف» too) whose trigger follows in the same clause
// (tenth session, precision13): «ومن المقرر أن يلتقي بوتين في وقت لاحق
// الأربعاء …», «ومن المتوقع أن تشمل جولة السيدة الأولى زيارة المدارس»,
// «ومن المقرر أن تصل الاحتجاجات … إلى ذروتها، الثلاثاء». What is expected
// or scheduled is not yet done; the future-word window before a trigger
// misses it when the act comes several words later. A clause after a
// comma («…، الذي أيد قرار ترمب»), a relative clause and a sentence with
// a past day may tell a done act, so they are left.
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
	if h.head() <= at || d.commaBetween(at, h.head()) {
		return false
	}
	// «… لتفقد المبنى الذي تعرض لقصف مدفعي أمس»: a relative clause or a
	// past day tells an act already done
	for _, k := range d.wordsIn(at+1, h.head()) {
		if relativeWords[bareWord(d, k)] {
			return false
		}
	}
	for _, de := range s.dates {
		if de.Precision == PrecDay && de.Date.Before(dayOf(d.pub)) {
			return false
		}
	}
	return true
}

// relativeWords open a relative clause (normalised forms).
var relativeWords = map[string]bool{"الذي": true, "التي": true, "الذين": true, "اللذين": true, "اللتين": true, "اللذان": true, "اللتان": true, "ممن": true}

// plannedWords are the participles of «من المقرر أن»: scheduled, expected, awaited.
var plannedWords = map[string]bool{"المقرر": true, "المتوقع": true, "المنتظر": true, "المرتقب": true, "المزمع": true, "المفترض": true, "المنتظره": true}
