package coding

import "github.com/marsad/marsad/internal/arabic"

// onsetYear reads the year of an onset told after «منذ» at token k: «منذ
// اندلاع الحرب في سوريا في 2011», «منذ بدء النزاع عام 2014». The onset
// word opens the phrase; its year may come some words on, before a comma
// or the sentence's end (b). A toll counted from a war's outbreak years ago
// is the war's, not a happening of the report's days (tollSince).
func (c *Coder) onsetYear(d *doc, k, b int) (int, bool) {
	if k+1 >= b || !d.has(k+1, c.lx.filters.sinceOnset) {
		return 0, false
	}
	for j, n := k+2, 0; j < b && n < 6; j++ {
		t := d.toks[j]
		if t.Text == "،" || t.Text == "," || t.Text == "." || t.Text == "؛" {
			break
		}
		if t.Kind != arabic.Word && t.Kind != arabic.Number {
			continue
		}
		n++
		if y, ok := year(t); ok {
			return y, true
		}
	}
	return 0, false
}
