package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// pronounOpener reports a recipient phrase that opens with a preposition
// fused to a pronoun («منكم إصدار», «عنهم», «معه», «إليها», «عليهما») or
// with «باعتباره», «بوصفه», «بصفته»: the word points back to a party named
// elsewhere or says in what role; it names none itself. The context's
// party, if any, stands in its place. (A lone pronoun after a verb is not
// here: the phrase reader never opens a phrase on it.)
func pronounOpener(d *doc, p np) bool {
	if !p.ok() || linked(p.actor) || d.mentionAt[p.a] >= 0 || d.placeAt[p.a] >= 0 || d.toks[p.a].Kind != arabic.Word {
		return false
	}
	w := bareWord(d, p.a)
	for _, r := range []string{"باعتبار", "بوصف", "بصفت"} {
		if strings.HasPrefix(w, r) && len(w) > len(r) {
			return true
		}
	}
	for _, pre := range []string{"من", "عن", "علي", "الي", "مع", "ب", "ل"} { // (normalised: «على», «إلى»)
		if !strings.HasPrefix(w, pre) {
			continue
		}
		switch w[len(pre):] {
		case "ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا":
			return true
		}
	}
	return false
}

// verbOpener reports a recipient phrase that opens with a verb of course,
// occurrence or need («تم», «سيتم», «جرى تحويل», «استمرت», «تدور»,
// «تجددت», «يجب», «حاول الرجل»): the next clause's verb was read as the
// act's object. It names no party; the context's party, if any, stands.
// (args_round4.go's verbWord takes only a lone occurrence verb.)
func verbOpener(d *doc, p np) bool {
	if !p.ok() || linked(p.actor) || d.mentionAt[p.a] >= 0 || d.placeAt[p.a] >= 0 || d.toks[p.a].Kind != arabic.Word {
		return false
	}
	w := bareWord(d, p.a)
	for _, conj := range []string{"و", "ف"} {
		if rest := strings.TrimPrefix(w, conj); rest != w && courseVerb(rest) {
			return true // «وتم»: the tokenizer keeps و on a short word
		}
	}
	return courseVerb(w)
}

// courseVerb reports a verb of attempt, course, occurrence or need, or one
// of a fight going on: auxiliaryVerb and occurrenceVerb (args_round4.go)
// and «سيتم», «يجب», «ينبغي», «تدور», «دارت», «تجددت», «اندلعت».
// Normalised, without a conjunction.
func courseVerb(w string) bool {
	switch w {
	case "سيتم", "يجب", "ينبغي", "تدور", "يدور", "دارت", "تجددت", "تجدد", "يتجدد", "اندلعت", "اندلع":
		return true
	}
	return auxiliaryVerb(w) || occurrenceVerb(w)
}
