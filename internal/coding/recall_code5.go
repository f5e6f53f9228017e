package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// reactionVerbs open a second act of the subject after a denial: «ونفت
// موسكو ضلوعها …، وردت بطرد …», «وقامت بـ», «وعمدت إلى», «ولجأت إلى».
// Written without the conjunction, normalised.
var reactionVerbs = map[string]bool{
	"رد": true, "ردت": true, "قام": true, "قامت": true, "عمد": true, "عمدت": true,
	"لجا": true, "لجات": true, "سارع": true, "سارعت": true, "بادر": true, "بادرت": true,
}

// denialReaches reports whether a denial word at token k governs the
// trigger at token i. A denial negates only what it denies: a verb joined
// after it by «و» («ونفت الصين الاتهامات وهددت بالرد») is the subject's own
// second act, and so is an act after a reaction verb («، وردت بطرد …»),
// unless a «أن» clause of the denial holds them both («نفى أن يكون التقى
// السفير وبحث معه …»).
func denialReaches(d *doc, h *hit, k, i int) bool {
	for j := k + 1; j <= i; j++ {
		t := d.toks[j]
		if t.Kind != arabic.Word {
			continue
		}
		w := bareWord(d, j)
		switch w {
		case "ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "بانهم", "لان":
			return true // «نفى أن …»: the clause denied holds what follows
		}
		if w == t.Norm || !strings.HasPrefix(t.Norm, "و") {
			continue // no conjunction
		}
		if (j == i && h.trig.Verb && h.clitic == "") || reactionVerbs[w] {
			return false
		}
	}
	return true
}

// appositionWords returns the number of words of an apposition that opens
// with the comma at token k and closes with the next comma — «وجه النائب
// العام في جنوب لبنان، القاضي فلان الفلاني، تهمة القتل ضد …» — so that a
// phrase gap does not count them: a subject with its title and name is
// longer than a gap, and what is between the commas only names it again.
// It is 0 where no such apposition opens at k: no comma there, no closing
// comma within five words, a segment that does not open with a party, or
// one that opens with «و» or a relative or «أن» and so is a clause of its
// own.
func appositionWords(d *doc, k, end int) int {
	if t := d.toks[k].Text; t != "،" && t != "," {
		return 0
	}
	words := 0
	for j := k + 1; j < end && words <= 5; j++ {
		t := d.toks[j]
		if t.Kind == arabic.Punct {
			if t.Text == "،" || t.Text == "," {
				if words == 0 {
					return 0
				}
				return words
			}
			if t.Text == "." || t.Text == ":" || t.Text == "؟" || t.Text == "(" || t.Text == ")" {
				return 0
			}
			continue
		}
		if t.Kind != arabic.Word {
			continue
		}
		if words == 0 {
			if d.mentionAt[j] < 0 && (!strings.HasPrefix(t.Norm, "ال") || j+1 >= end || d.mentionAt[j+1] < 0) {
				return 0 // «، برعاية مصر،»: no party named again (a title may come first: «القاضي فلان»)
			}
			w := t.Norm
			switch {
			case strings.HasPrefix(w, "و") && w != bareWord(d, j):
				return 0 // «، واتهم …»: a new clause
			case w == "الذي" || w == "التي" || w == "الذين" || w == "ان" || w == "انه" || w == "انها" || w == "كما" || w == "فيما" || w == "بينما" || w == "حيث" || w == "لكن" || w == "مما" || w == "ما":
				return 0
			}
		}
		words++
	}
	return 0
}
