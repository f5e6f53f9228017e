package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// reportStart holds the complementisers that open what is reported or
// charged («أن», «بأن»).
var reportStart = normSet("أن", "إن", "أنه", "إنه", "أنها", "إنها", "بأن", "بأنه", "بأنها")

// normSet returns the set of the normalised forms of ws.
func normSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[arabic.Normalize(w)] = true
	}
	return m
}

// inCharge reports whether the place starting at token p lies in the
// charge of an accusation: after the trigger, past the preposition ب that
// opens what the accused did («اتهمت السلطات البلجيكية رجلا بالتحضير
// لاعتداء … في ضاحية فيلبنت», «أدان ترامب اعتقال القس في تركيا» is not
// one) or past a complementiser («اتهم … بأن», «أن»). An accusation is made
// where its speaker stands, not where the act it charges happened. A
// place before the charge (the subject of «وندد أهالي سقطرى بالحملات»)
// stands. It also skips a place in what a material act answers
// («احتجاجا على …») and a wider place that only says where a specific one
// lies («قيفة في البيضاء»), both in location_round4.go.
func inCharge(d *doc, h *hit, p int) bool {
	return chargeOf(d, h, p) || d.grievance(h, p) || d.container(p) // location_round4.go
}

// chargeOf is inCharge's reading of an accusation's charge.
func chargeOf(d *doc, h *hit, p int) bool {
	if h.trig.Type != "ACCUSE" || p <= h.last() {
		return false
	}
	s := d.sents[h.sent]
	for k := h.last() + 1; k < p && k < s.b; k++ {
		if d.toks[k].Text == "." || d.toks[k].Text == "،" {
			return false // another clause
		}
		w := bareWord(d, k)
		if reportStart[w] {
			return true
		}
		if strings.HasPrefix(w, "ب") && len([]rune(w)) > 3 && d.placeAt[k] < 0 && d.mentionAt[k] < 0 {
			return true
		}
	}
	return false
}

// chargePlace returns the first place of the sentence that lies in the
// charge of an accusation, or nil.
func chargePlace(d *doc, h *hit) *marsad.Place {
	s := d.sents[h.sent]
	for k := range d.places {
		p := &d.places[k]
		if p.a >= s.a && p.b <= s.b && !p.header && d.mentionAt[p.a] < 0 && chargeOf(d, h, p.a) {
			pl := p.Place
			return &pl
		}
	}
	return nil
}
