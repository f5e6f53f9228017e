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
