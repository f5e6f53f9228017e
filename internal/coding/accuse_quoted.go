package coding

import (
	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// quotedBlame finds, for a blame hit with no «إن/أن» before it, the
// quotation mark that opens the speaker's own words a few words before the
// trigger («وقالت السفيرة "تتحمل حركة حماس المسؤولية الأساسية"», «وأضاف:
// "إن …"» is read by blamed itself). It returns the mark's token (or -1),
// and whether the trigger opens the words, so that its subject follows it
// (VSO: «"تتحمل قوى العدوان المسؤولية"»). A plain «"» opens only when an
// even number of them stands before it in the sentence.
func quotedBlame(d *doc, h *hit) (int, bool) {
	i := h.head()
	s := d.sents[h.sent]
	from := -1
	for k, words := i-1, 0; k >= s.a && words < 6; k-- {
		t := d.toks[k]
		if t.Kind == arabic.Word {
			words++
			continue
		}
		if t.Text == "«" || t.Text == "“" || (t.Text == "\"" && plainMarksBefore(d, s.a, k)%2 == 0) {
			from = k
			break
		}
		if t.Text == "»" || t.Text == "”" || t.Text == "\"" || t.Text == "،" || t.Text == "," || t.Text == ":" {
			return -1, false // a clause or a quotation closed between: not the words' opening
		}
	}
	if from < 0 {
		return -1, false
	}
	return from, d.wordsIn(from+1, i) == nil && len(h.pos) > 1
}

// plainMarksBefore counts the «"» marks in tokens [a,b).
func plainMarksBefore(d *doc, a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if d.toks[k].Text == "\"" {
			n++
		}
	}
	return n
}

// speakerParty returns the party that speaks: the speaker's linked actor,
// or a capital or a country named alone as the speaker («وأضافت طهران أن
// واشنطن تقف وراء الهجوم», «وأوضحت واشنطن أن الحرس الثوري يتحمل
// المسؤولية»), standing for its government as a city does for the
// verbal acts it is the subject of (cityParty). Not a place inside a longer
// speaker («مراسلنا في دمشق»).
func (d *doc) speakerParty(sp speaker) *marsad.Actor {
	if sp.actor != nil && linked(sp.actor) {
		return sp.toActor()
	}
	if sp.end <= 0 || sp.end > len(d.toks) {
		return nil
	}
	k := d.placeAt[sp.end-1]
	if k < 0 {
		return nil
	}
	pl := d.places[k]
	if pl.Country == "" || (pl.Kind != marsad.KindCity && pl.Kind != marsad.KindCountry) {
		return nil
	}
	if name, _ := d.spanText(pl.a, pl.b); name == sp.name {
		return &marsad.Actor{Name: name, Country: pl.Country, Sector: "GOV"}
	}
	return nil
}
