package geo

import (
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// Tenth session (places13): country names that are also nisba adjectives
// («السعودية», «سورية») read as the country where the word before them
// only looks like a noun they could qualify.
//
//   - «ألقت السعودية القبض»: a word written with a hamza on its first alif
//     («ألقت», «ألغت», «إلغاء») begins with a root letter, not the article,
//     so it is no definite noun for the name to agree with.
//   - «بالسعودية», «لسورية», «فالسعودية أكبر»: an adjective takes no
//     preposition and no ف.
//   - «لمكافحة الإرهاب (السعودية والإمارات…)»: an opening bracket between
//     the noun and the name starts a list, not an adjective (a hashtag's #
//     and _ still join its words; a quoted word may be the adjective itself:
//     «نزع وصف "تركية"»).
//   - «الإمارات والسعودية», «إيران وسورية»: a name joined by و to a country
//     named right before it is the next country of a list.

//
// And names after words that looked like the head of a name:
//
//   - «رئيس غواتيمالا», «لأمير الكويت»: a ruler's title before a name that
//     is a country as well as its capital city is the country's ruler (the
//     title rule read countries only).
//   - «مكن الاتفاق إيران من…», «أمام المجلس إسرائيل»: an organisation or
//     treaty head with the article cannot head a construct, so the name
//     after it is the verb's object, not part of a name («اتفاق جنيف»,
//     «مجلس محافظة البصرة» stay names).
//   - «إعلان تركيا السيطرة»: «إعلان» before a country is its announcement
//     (declarations are named after cities: «إعلان جدة»).
//   - «قال إن "تركيا تنتهك القانون"»: a quotation opened after a speech
//     word is a sentence, so a name at its start is no quoted title
//     («صحيفة "إسرائيل هايوم"» stays a newspaper).

// nisbaNoun reports whether the nisba-spelt country name ms[i] is a noun
// although the word toks[pi] before it agrees with it in definiteness.
func (r *Resolver) nisbaNoun(toks []arabic.Token, ms []mention, i, pi int) bool {
	m := &ms[i]
	if hamzaInitial(toks[pi].Text) {
		return true
	}
	if strings.ContainsAny(m.clitic, "بلكف") {
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

// countryReading reports whether one reading of m is a country.
func (r *Resolver) countryReading(m *mention) bool {
	for _, p := range m.posts {
		if r.g.entries[p.idx].Kind == marsad.KindCountry {
			return true
		}
	}
	return false
}

// notConstruct reports whether the organisation head prev right before m
// does not make m part of a name: it has the article (a construct's head
// has none), or it is «إعلان» before a country.
func (r *Resolver) notConstruct(prev *arabic.Token, m *mention) bool {
	head := bareWord(prev.Norm)
	if !r.lex.orghead[head] || r.lex.person[head] {
		return false
	}
	if definite(prev.Norm) {
		return true
	}
	return r.lex.announce[head] && (r.countryOnly(m) || r.countryReading(m) && strings.HasPrefix(m.key, "ال"))
}

// speechWords open a quoted sentence: «قال إن "…"», «مضيفا "…"».
var speechWords = map[string]bool{
	"ان": true, "بان": true, "قال": true, "قالت": true, "قائلا": true, "قائله": true,
	"اضاف": true, "اضافت": true, "مضيفا": true, "مضيفه": true, "اكد": true, "اكدت": true, "مؤكدا": true, "مؤكده": true,
}
