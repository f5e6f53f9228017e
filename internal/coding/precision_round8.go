package coding

// The eighth precision round: ASSAULT, CONSULT and AGREE events of politics
// reports that a hand-read sample showed to be told of years long past.

// longPast reports an assault, a meeting or an agreement whose sentence is
// dated years back by a year or a month of a year two or more years before
// publication, further from the trigger than the date reader attaches
// («وقتل نوارة برصاص قناص، خلال مواجهات قرب سجن عوفر، في ذكرى النكبة عام
// 2014», «فردت القوى الأمنية بإطلاق النار … نهاية أيار/مايو 1957»,
// «أعدمت السعودية 133 شخصا بين يوليو 2015 وفبراير 2016»). A year within eight words
// after «منذ» measures from the past («منذ حرب غزة عام 2014») and one after
// a relative or a participle dates another thing («الاتفاق الذي وقعته
// أوروبا وأميركا مع طهران عام 2015»): neither dates the act, and a recent
// day named in the sentence keeps it news.
func longPast(d *doc, h *hit) bool {
	switch h.trig.Type {
	case "ASSAULT", "CONSULT", "AGREE":
	default:
		return false
	}
	if d.pub.IsZero() || d.recentDay(h.sent) {
		return false
	}
	s := d.sents[h.sent]
	for _, de := range s.dates {
		if (de.Precision != PrecYear && de.Precision != PrecMonth) || de.Date.Year() > d.pub.Year()-2 {
			continue
		}
		if de.TokStart > h.head() && de.TokStart-h.last() <= 12 && !d.commaBetween(h.last(), de.TokStart) {
			continue // near enough for the date reader, which dates it itself
		}
		dates := bareWord(d, de.TokStart) != "منذ" // «المستمر منذ سبعة أعوام»
		for k := de.TokStart - 1; k >= s.a && k >= de.TokStart-8; k-- {
			switch bareWord(d, k) {
			case "منذ", "الموقع", "الموقعه", "المبرم", "المبرمه", "الصادر", "الصادره", "الذي", "التي", "الذين", "وقع", "وقعت", "ابرم", "ابرمت", "حتي", "قبل", "بعد":
				dates = false
			}
		}
		if dates {
			return true
		}
	}
	return false
}
