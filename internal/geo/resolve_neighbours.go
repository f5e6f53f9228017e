package geo

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// Ninth session (issue 4, places10): names that are also words, kept by a
// close neighbour in their sentence, and road junctions.

// neighbourKm and neighbourToks bound the place that vouches for a name
// that is also a word: the same country, this close on the ground, in the
// same sentence and this close in the text.
const (
	neighbourKm   = 30
	neighbourToks = 20
	bigNeighbour  = 1000000
)

// sentenceNeighbours keeps a context- or near-level name with no cue noun
// when a kept place of its country lies within neighbourKm of it in the
// same sentence: «دوما ومحيطها شمالا، حرستا غربا», «شطر دوما … وعزلها عن
// حرستا», «طريق زبيد- التحيتا». The adverb «دوما» ("always") or the noun
// «مشهد» ("scene") has no town of the same area beside it.
func (r *Resolver) sentenceNeighbours(toks []arabic.Token, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.keep || m.best < 0 || m.cue < cueNone || m.ambig != ambigContext && m.ambig != ambigNear {
			continue
		}
		if p := prevWord(toks, m.tok); p >= 0 {
			if r.lex.orghead[bareWord(toks[p].Norm)] {
				continue
			}
			if p2 := prevWord(toks, p); p2 >= 0 && bareWord(toks[p].Norm) == "تحرير" && r.lex.orghead[bareWord(toks[p2].Norm)] {
				continue // «هيئة تحرير الشام»
			}
		}
		// settlements only: a shrine or a base named like a word («حراس
		// الأقصى») is no town beside its city
		e := &r.g.entries[m.best]
		switch e.Kind {
		case marsad.KindCity, marsad.KindTown, marsad.KindVillage, marsad.KindDistrict:
		default:
			continue
		}
		if e.Country == "" {
			continue
		}
		for j := range ms {
			n := &ms[j]
			if j == i || !n.keep || n.best < 0 || n.key == m.key {
				continue
			}
			d := n.tok - m.tok
			if d < -neighbourToks || d > neighbourToks {
				continue
			}
			if a, b := min(m.tok, n.tok), max(m.tok, n.tok); sentenceBreak(toks, a, b) {
				continue
			}
			ne := &r.g.entries[n.best]
			if ne.Kind == marsad.KindCountry || ne.Country != e.Country || Distance(e.Lat, e.Lon, ne.Lat, ne.Lon) > neighbourKm {
				continue
			}
			// a capital is named in too many sentences to vouch from afar:
			// «يؤكد المسؤولون دوما أن الحل في دمشق» is "always"; «دوما في
			// ضواحي دمشق» stays
			if ne.Population >= bigNeighbour && (d < -3 || d > 3) {
				continue
			}
			m.keep = true
			break
		}
	}
}

// junctionHeads are the (normalised) nouns of a road junction named after
// the town its road leads to («مفرق المخا», «مفرق زبيد»).
var junctionHeads = map[string]bool{"مفرق": true}

// junctionSpans gives a place right after «مفرق» the head noun in its
// span: the junction is a place of its own, a few kilometres from the
// town («مفرق المخا» lies some 15 km east of al-Mukha), placed at the
// town with the precision of an area. The dual «مفرقي زبيد والجبلية»
// keeps the bare names.
func junctionSpans(text string, toks []arabic.Token, out []marsad.Place) {
	ti := 0
	for k := range out {
		p := &out[k]
		for ti < len(toks) && toks[ti].CStart < p.Start {
			ti++
		}
		if ti >= len(toks) || toks[ti].CStart != p.Start || ti == 0 {
			continue
		}
		h := &toks[ti-1]
		if h.Kind != arabic.Word || p.Start-h.CEnd != 1 {
			continue
		}
		w := strings.TrimPrefix(strings.TrimPrefix(h.Norm, "و"), "ب")
		if !junctionHeads[w] {
			continue
		}
		// the head without its proclitics («ومفرق», «بمفرق»)
		n := len([]rune(h.Text))
		start := h.CStart + n - len([]rune(w))
		if len([]rune(h.Norm)) != n {
			continue // diacritics or tatweel: keep the bare name
		}
		p.Start = start
		p.Name = sliceRunes(text, p.Start, p.End)
		p.Kind = marsad.KindSite
		if p.Precision < marsad.PrecisionRegion {
			p.Precision = marsad.PrecisionRegion
		}
	}
}
