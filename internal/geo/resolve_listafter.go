package geo

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// Tenth session (places13): village lists («قرى X وY وZ») whose area is
// named only after them, and lists opened by «هي» or a colon.
//
//   - «حررت قرى الجنينة والجيعة وشمرة الحصان... بريف دير الزور»: with no
//     place before the list (it opens the report), its villages are placed
//     at the first place named after it in the same sentence, within 12
//     words (an ellipsis «...» does not end the sentence).
//   - «السيطرة على 4 قرى هي شقرا والحصان», «القرى التالية: …»: the
//     pronoun «هي» or a colon between the plural noun and the first name.

// listOpener reports whether toks[j], right after a plural settlement
// noun, is «هي» or a colon that introduces the names.
func listOpener(toks []arabic.Token, j int) bool {
	if j+1 >= len(toks) || toks[j+1].Kind != arabic.Word {
		return false
	}
	t := &toks[j]
	return t.Kind == arabic.Word && t.Norm == "هي" || t.Kind == arabic.Punct && t.Text == ":"
}

// listPlaceAfter returns the entry of the first kept place that is not a
// country within 12 tokens after the list ending at token after, in the
// same sentence, or -1. Each item takes it.
func (r *Resolver) listPlaceAfter(toks []arabic.Token, ms []mention, after int, items []listedName) int {
	if len(items) == 0 {
		return -1
	}
	for k := range ms {
		m := &ms[k]
		if m.tok < after {
			continue
		}
		if m.tok-after > 12 || listSentenceBreak(toks, after-1, m.tok) {
			break
		}
		if !m.keep || m.best < 0 {
			continue
		}
		if e := &r.g.entries[m.best]; e.Kind != marsad.KindCountry && e.Country != "" {
			for i := range items {
				items[i].near = m.best
			}
			return m.best
		}
	}
	return -1
}

// listSentenceBreak is sentenceBreak for a list: a run of dots (an
// ellipsis) goes on with the sentence.
func listSentenceBreak(toks []arabic.Token, a, b int) bool {
	for i := a + 1; i < b && i < len(toks); i++ {
		if toks[i].Kind != arabic.Punct {
			continue
		}
		switch toks[i].Text {
		case ".":
			if i+1 < len(toks) && toks[i+1].Text == "." || i > 0 && toks[i-1].Text == "." {
				continue
			}
			return true
		case "!", "?", "؟", "؛":
			return true
		}
	}
	return false
}

// listMiddle keeps a name that needs a cue noun («بورصة», the stock
// exchange; Bursa) when it stands inside a list of places of its own
// country joined by و, with a kept place of that country right before it
// and another right after it: «في إسطنبول وأنقرة وبورصة وطرابزون».
func (r *Resolver) listMiddle(toks []arabic.Token, ms []mention) {
	for i := 1; i+1 < len(ms); i++ {
		m, p, n := &ms[i], &ms[i-1], &ms[i+1]
		if m.keep || m.best < 0 || m.ambig != ambigCue || m.cue < cueNone || !strings.HasPrefix(m.clitic, "و") || !strings.HasPrefix(n.clitic, "و") {
			continue
		}
		if !p.keep || !n.keep || p.best < 0 || n.best < 0 || p.tok+p.ntok != m.tok || m.tok+m.ntok != n.tok {
			continue
		}
		e, pe, ne := &r.g.entries[m.best], &r.g.entries[p.best], &r.g.entries[n.best]
		if e.Country == "" || pe.Country != e.Country || ne.Country != e.Country || pe.Kind == marsad.KindCountry || ne.Kind == marsad.KindCountry {
			continue
		}
		m.keep = true
	}
}
