package coding

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// Round 10: arguments read on the tune4 and tune3 gold sets and on 400
// Middle East politics articles, each rule kept only after a reading of
// its changes on 400 others.

var (
	countryNamesOnce sync.Once
	countryNames     map[string]bool
)

// isCountryName reports one of Marsad's country names (data/countries.txt).
func isCountryName(w string) bool {
	countryNamesOnce.Do(func() {
		countryNames = map[string]bool{}
		for _, line := range strings.Split(countriesTxt, "\n") {
			line = strings.TrimSpace(line)
			if line != "" && !strings.HasPrefix(line, "#") {
				countryNames[ScoreNorm(line)] = true
			}
		}
	})
	return countryNames[ScoreNorm(w)]
}

// gluedWords are words that open with «و» or «ب» of their own and read as
// a conjunction or preposition before a definite noun.
var gluedWords = map[string]bool{"والد": true, "والدة": true, "والده": true, "والدته": true, "والي": true, "والتر": true}

// bareName drops a conjunction «و» or a preposition «ب» or «ل» left
// glued to the first word of an argument's name when the rest of the word
// is a country's name or a definite noun: the party of «بين مصر وقبرص» is
// «قبرص», the place of «بالقاهرة» is «القاهرة», «وبريطانيا» is
// «بريطانيا», «لسوريا» is «سوريا», «للحوثيين» is «الحوثيين». A word
// that opens with the letter of its own («واشنطن», «وائل», «والي»,
// «لبنان», «ليبيا») is left alone.
func bareName(name string) string {
	first, rest, _ := strings.Cut(name, " ")
	if gluedWords[first] {
		return name
	}
	if w, ok := strings.CutPrefix(first, "لل"); ok && utf8.RuneCountInString(w) >= 3 {
		first = "ال" + w // «للحوثيين» → «الحوثيين»
		if rest != "" {
			return first + " " + rest
		}
		return first
	}
	for _, p := range []string{"و", "ب", "وب", "ل", "ول"} {
		w, ok := strings.CutPrefix(first, p)
		if !ok || utf8.RuneCountInString(w) < 3 {
			continue
		}
		definite := strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) >= 5
		if !definite && !isCountryName(w) {
			continue
		}
		if rest != "" {
			return w + " " + rest
		}
		return w
	}
	return name
}
