package coding

import (
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
