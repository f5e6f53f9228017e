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

// indefiniteHeads are the singular settlement and area nouns (normalised)
// after which an unknown indefinite name is read as a place: «قرية زينون»,
// «وادي حمارا», «منطقة يعر» is not (a verb's prefix), «جبهة» is left out
// («جبهة جديدة», «جبهة أخرى»), and so are «مدينة» and the plurals.
var indefiniteHeads = map[string]bool{
	"قريه": true, "بلده": true, "مخيم": true, "ضاحيه": true, "عزبه": true, "نجع": true,
	"مديريه": true, "عزله": true, "جبل": true, "منطقه": true, "وادي": true,
}

// twoWordHeads begin names of two words after such a noun («منطقة أبو
// صوير», «قرية بني زهير», «منطقة كفر نبودة»).
var twoWordHeads = map[string]bool{"ابو": true, "بني": true, "بيت": true, "كفر": true, "عين": true, "تل": true, "دير": true, "ام": true, "راس": true, "بير": true, "بئر": true, "خربه": true}

// indefiniteNames finds unknown names without the article right after a
// singular settlement or area noun (cuedNames reads the definite ones):
// «قرية زينون», «منطقة يعيس», «قرية بني زهير». A name must look like one:
// no feminine or nisba ending (adjectives agree with the noun: «منطقة
// عسكرية», «حي سكني»), no plural ending, no proclitic or verb prefix
// («منطقة تسيطر», «قرية بمحافظة»), no lexicon stop word («منطقة خفض
// التوتر»). It is placed like the names cuedNames finds, at a kept place
// of the same sentence (before it within neighbourToks tokens, or after
// it within 12).
func (r *Resolver) indefiniteNames(toks []arabic.Token, ms []mention, listed []listedName) []listedName {
	var out []listedName
	mi := 0
	for i := 0; i+1 < len(toks); i++ {
		h := &toks[i]
		if h.Kind != arabic.Word || definite(h.Norm) {
			continue
		}
		head := bareWord(h.Norm)
		if rootInitial(h) && indefiniteHeads[h.Norm] {
			head = h.Norm // «وادي»
		}
		if !indefiniteHeads[head] {
			continue
		}
		j := i + 1
		t := &toks[j]
		if t.Kind != arabic.Word || t.CStart-h.CEnd != 1 || strings.HasPrefix(t.Norm, "ال") {
			continue
		}
		for mi < len(ms) && ms[mi].tok+ms[mi].ntok <= j {
			mi++
		}
		if mi < len(ms) && ms[mi].tok <= j {
			continue // a name the gazetteer knows
		}
		w, end := t.Norm, t.CEnd
		if twoWordHeads[w] {
			n := j + 1
			if n >= len(toks) || toks[n].Kind != arabic.Word || toks[n].CStart-t.CEnd != 1 || strings.HasPrefix(toks[n].Norm, "و") {
				continue
			}
			w, end = toks[n].Norm, toks[n].CEnd // the second word is checked
		} else if !nameLike(w) {
			continue
		}
		if len([]rune(w)) < 3 || r.lex.notname[stripFirstArticle(w)] || r.lex.areanot[w] || r.lex.nisba[w] != "" || r.lex.direction[w] || r.lex.preposition[w] || r.cueOf(w) != cueNone {
			continue
		}
		last := j
		if end != t.CEnd {
			last = j + 1
		}
		e2, ok := r.nameEnd(toks, ms, last)
		if !ok {
			continue
		}
		end = e2
		dup := false
		for _, l := range listed {
			if l.start <= t.CStart && t.CStart < l.end {
				dup = true
			}
		}
		if dup {
			continue
		}
		near := r.holdingPlaceBefore(toks, ms, mi, j, neighbourToks, true)
		if near < 0 {
			near = r.holdingPlaceAfter(toks, ms, mi, j)
		}
		if near < 0 {
			continue
		}
		start := t.CStart
		if siteNameHeads[head] {
			if n, tr := len([]rune(h.Norm)), len([]rune(h.Text)); n == tr {
				start = h.CStart + n - len([]rune(head))
			}
		}
		out = append(out, listedName{start, end, near})
	}
	return out
}

// nameLike reports whether a normalised word without the article may be
// a name rather than an adjective, a plural, a verb or a word with a
// proclitic.
func nameLike(w string) bool {
	for _, suf := range []string{"ه", "ي", "ات", "ين", "ون"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	// («منطقة متنازع عليها»: a participle)
	for _, pre := range []string{"و", "ب", "ل", "ف", "ك", "ي", "ت", "سي", "ست", "سن", "مت", "مست"} {
		if strings.HasPrefix(w, pre) {
			return false
		}
	}
	return true
}

// nameEnd reads the word after a name found by indefiniteNames (its last
// token at last) and returns the name's end: the name alone when a
// preposition, a conjunction, a direction, a cue noun, an
// adjective with the article («جبل جالس الاستراتيجي») or punctuation
// follows; two words when a definite noun follows in construct («منطقة
// قرص النفل», «منطقة سبع البور»); not a name (ok false) when an
// indefinite word follows («منطقة صهاريج رأس لانوف», «منطقة قلاج
// كورتك»: a noun in construct or a longer name we cannot bound).
func (r *Resolver) nameEnd(toks []arabic.Token, ms []mention, last int) (end int, ok bool) {
	end = toks[last].CEnd
	n := last + 1
	if n >= len(toks) || toks[n].Kind != arabic.Word || toks[n].CStart-end != 1 {
		return end, true
	}
	w := toks[n].Norm
	for k := range ms {
		if ms[k].tok == n {
			// a known name in construct: «منطقة صهاريج رأس لانوف» is the
			// tanks of Ras Lanuf (and «منطقة هران أرحب» goes with it);
			// with a proclitic it is where the name lies («منطقة ماس بمأرب»)
			return end, ms[k].clitic != ""
		}
	}
	if r.lex.preposition[w] || r.lex.direction[w] || r.lex.notname[w] || r.cueOfToken(&toks[n]) != cueNone ||
		strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف") {
		return end, true
	}
	if strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل") {
		// «بمديرية», «بالحديدة», «لمحافظة»: a preposition; «باغلاس» is not
		rest := w[len("ب"):]
		if strings.HasPrefix(rest, "ال") || strings.HasPrefix(rest, "ل") || r.cueOf(rest) != cueNone {
			return end, true
		}
		return 0, false
	}
	if strings.HasPrefix(w, "ال") {
		if strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "ه") {
			return end, true // an adjective («الاستراتيجي», «التابعة»)
		}
		return toks[n].CEnd, true
	}
	return 0, false
}

// holdingPlace returns the entry of a kept mention that places a name
// beside it — a place inside a country, not a country — or -1.
func (r *Resolver) holdingPlace(m *mention) int {
	if m.keep && m.best >= 0 {
		if e := &r.g.entries[m.best]; e.Kind != marsad.KindCountry && e.Country != "" {
			return m.best
		}
	}
	return -1
}

// holdingPlaceBefore returns the holding place of the nearest mention
// before ms[mi] within maxToks tokens of token j (and, when sameSentence,
// in j's sentence), or -1.
func (r *Resolver) holdingPlaceBefore(toks []arabic.Token, ms []mention, mi, j, maxToks int, sameSentence bool) int {
	for k := mi - 1; k >= 0 && j-ms[k].tok <= maxToks && !(sameSentence && sentenceBreak(toks, ms[k].tok, j)); k-- {
		if p := r.holdingPlace(&ms[k]); p >= 0 {
			return p
		}
	}
	return -1
}

// holdingPlaceAfter returns the holding place of the first mention from
// ms[mi] on within 12 tokens after token j in its sentence («جبل X وجبل
// Y في مديرية Z»), or -1.
func (r *Resolver) holdingPlaceAfter(toks []arabic.Token, ms []mention, mi, j int) int {
	for k := mi; k < len(ms) && ms[k].tok-j <= 12 && !sentenceBreak(toks, j, ms[k].tok); k++ {
		if p := r.holdingPlace(&ms[k]); p >= 0 {
			return p
		}
	}
	return -1
}
