package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// relayedFromPronoun reports «عنه/عنها/عنهم» at b after the subject of a
// relaying «نقل» that runs into «قوله», a complementiser, a colon or a
// quotation mark: «ونقلت وكالة فرانس برس عنه قوله "…"». The outlet only
// relays; who speaks is the party the pronoun points back to.
func relayedFromPronoun(d *doc, b, end int) bool {
	if b >= end {
		return false
	}
	switch d.toks[b].Norm {
	case "عنه", "عنها", "عنهم", "عنهما":
	default:
		return false
	}
	for k := b + 1; k < end && k <= b+6; k++ {
		t := d.toks[k]
		switch {
		case t.Norm == "قوله" || t.Norm == "قولها" || t.Norm == "قولهم" || t.Norm == "قولهما":
			return true
		case t.Text == ":" || quoteMarks[t.Text] != "" || t.Kind == arabic.Word && complementiser(d, k):
			return true
		case t.Kind == arabic.Punct && t.Text != "،":
			return false
		}
	}
	return false
}

// spokesmanPhrase reports «باسم» inside [a,b): «المتحدثة باسم رئيس
// المفوضية جان كلود يونكر» names whom the spokesman speaks for.
func spokesmanPhrase(d *doc, a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].Norm == "باسم" {
			return true
		}
	}
	return false
}

// holderAfterPost reports a linked name m starting at j, deeper in a post
// abroad or in a body («مدير قسم أمريكا الشمالية في وزارة الخارجية
// الروسية غيورغي بوريسينكو، إن»): it follows a definite word (the body's
// name ends) and runs straight into a comma or a complementiser, so it
// closes the speaker phrase as the post's holder. An outlet after ل
// («طبيب في مستشفى الثورة لوكالة الأنباء الفرنسية») is whom it was said to.
func holderAfterPost(d *doc, m int32, j, end int) bool {
	if m < 0 || j >= len(d.toks) || d.toks[j-1].Kind != arabic.Word || !definite(d.toks[j-1].Norm) {
		return false
	}
	if w := d.toks[j].Norm; strings.HasPrefix(w, "ل") && len(d.keys[j]) > 1 && (outletWord(w[len("ل"):]) || strings.HasPrefix(w, "لل") && outletWord("ال"+w[len("لل"):])) {
		return false
	}
	e := d.mentions[m].TokEnd
	return e < end && (d.toks[e].Text == "،" || complementiser(d, e))
}
