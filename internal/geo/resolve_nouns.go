package geo

import (
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/arabic"
)

// Tenth session (places13): country names that are also nisba adjectives
// («السعودية», «سورية») read as the country where the word before them
// only looks like a noun they could qualify.
//
//   - «ألقت السعودية القبض»: a word written with a hamza on its first alif
//     («ألقت», «ألغت», «إلغاء») begins with a root letter, not the article,
//     so it is no definite noun for the name to agree with.
//   - «بالسعودية», «لسورية»: an adjective takes no preposition.
//   - «لمكافحة الإرهاب (السعودية والإمارات…)»: an opening bracket between
//     the noun and the name starts a list, not an adjective (a hashtag's #
//     and _ still join its words; a quoted word may be the adjective itself:
//     «نزع وصف "تركية"»).
//   - «الإمارات والسعودية», «إيران وسورية»: a name joined by و to a country
//     named right before it is the next country of a list.

// nisbaNoun reports whether the nisba-spelt country name ms[i] is a noun
// although the word toks[pi] before it agrees with it in definiteness.
func (r *Resolver) nisbaNoun(toks []arabic.Token, ms []mention, i, pi int) bool {
	m := &ms[i]
	if hamzaInitial(toks[pi].Text) {
		return true
	}
	if strings.ContainsAny(m.clitic, "بلك") {
		return true
	}
	for k := pi + 1; k < m.tok; k++ {
		if toks[k].Text == "(" {
			return true
		}
	}
	if strings.HasPrefix(m.clitic, "و") && i > 0 {
		p := &ms[i-1]
		if p.tok+p.ntok-1 == pi && p.cue >= 0 && r.countryOnly(p) {
			return true
		}
	}
	return false
}

// hamzaInitial reports whether word (its text as written, after a و or ف)
// begins with an alif that carries a hamza or madda: «ألقت», «إلغاء».
func hamzaInitial(word string) bool {
	w := word
	for _, c := range []string{"و", "ف"} {
		if rest, ok := strings.CutPrefix(w, c); ok && len([]rune(rest)) > 2 {
			w = rest
			break
		}
	}
	return strings.HasPrefix(w, "أل") || strings.HasPrefix(w, "إل") || strings.HasPrefix(w, "آل")
}

// shortCueAfterWa reads a three-letter word as و + a two-letter cue noun:
// «اليرموك وحي التضامن» (cueOf strips a conjunction only from longer
// words, so «وحي» stayed the noun «revelation», which names no place). It
// gives cue nouns only, not prepositions («وفي»).
func (r *Resolver) shortCueAfterWa(norm string) int {
	rest, ok := strings.CutPrefix(norm, "و")
	if !ok || utf8.RuneCountInString(rest) != 2 {
		return cueNone
	}
	if c := r.classify([]string{rest}, rest); c >= cueRif {
		return c
	}
	return cueNone
}

// holdingPlaceRightAfter is holdingPlaceAfter for an unknown name that
// ends in «ية», like many nouns and adjectives: the place holding it must
// follow within three words of it in the same sentence, as in «منطقة
// السعدونية التابعة لقضاء الحويجة», «في منطقة الطالبية بمحافظة الجيزة».
// The place named before it is not enough («منطقة المسؤولية», the area of
// responsibility, in a report from Najran).
func (r *Resolver) holdingPlaceRightAfter(toks []arabic.Token, ms []mention, mi, j int) int {
	for k := mi; k < len(ms) && ms[k].tok-j <= 4 && !sentenceBreak(toks, j, ms[k].tok); k++ {
		if ms[k].tok <= j {
			continue
		}
		if p := r.holdingPlace(&ms[k]); p >= 0 {
			return p
		}
	}
	return -1
}
