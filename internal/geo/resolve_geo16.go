package geo

import "strings"

// waPrep reads a three-letter word as و or ف + a two-letter preposition:
// «وفي الرمادي استمرت المواجهات», «ومن عدن انطلقت القوات» (cueOf strips
// a conjunction only from words of four letters or more, so «وفي» and
// «ومن» gave no context at all, and a context-level name after them was
// dropped even in an article about its province). Only في and من: a
// context-level name still needs the article's support after them.
func waPrep(norm string) int {
	for _, c := range []string{"و", "ف"} {
		if rest, ok := strings.CutPrefix(norm, c); ok && (rest == "في" || rest == "من") {
			return cuePrep
		}
	}
	return cueNone
}

// headedByNoun reports whether an indefinite cue noun of a settlement or a
// site stands right before m: a masculine nisba after the name then
// qualifies that noun («مخيم اليرموك الفلسطيني», «منتجع سوتشي الروسي»),
// and does not make a club of the city («برشلونة الإسباني»).
func headedByNoun(m *mention) bool {
	return m.cue >= cueSite && !m.defCue
}
