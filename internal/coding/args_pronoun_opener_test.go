package coding

import (
	"strings"
	"testing"
)

// TestPronounOpenerChain: a request whose object opens on «منكم» keeps no
// recipient read from it.
func TestPronounOpenerChain(t *testing.T) {
	an := chainAnalyzer(t)
	text := "وطالب المحامي القضاة في جلسة الأحد قائلا: نطلب منكم إصدار حكم عادل بحق المتهمين."
	for _, p := range eventArgs(t, an, text, "REQUEST") {
		if strings.Contains(p[1], "منكم") {
			t.Errorf("Analyze(%s) REQUEST recipient %q, want none read from «منكم»", text, p[1])
		}
	}
}

// TestOpenerPhrases: pronounOpener and verbOpener on one-word phrases of
// text of our own; a party, a place and a plain noun stay.
func TestOpenerPhrases(t *testing.T) {
	_, d := phraseDoc(t, "منكم عنهم معه إليها عليهما باعتباره بصفته الحكومة منزل مصر تم سيتم وتم استمرت تدور يجب تجددت حاول الجنود دار")
	pron := map[string]bool{"منكم": true, "عنهم": true, "معه": true, "إليها": true, "عليهما": true, "باعتباره": true, "بصفته": true, "الحكومة": false, "منزل": false, "مصر": false, "تم": false}
	verb := map[string]bool{"تم": true, "سيتم": true, "وتم": true, "استمرت": true, "تدور": true, "يجب": true, "تجددت": true, "حاول": true, "الجنود": false, "دار": false, "معه": false, "الحكومة": false}
	checkWords(t, d, "pronounOpener", pron, func(k int) bool { return pronounOpener(d, np{a: k, b: k + 1}) })
	checkWords(t, d, "verbOpener", verb, func(k int) bool { return verbOpener(d, np{a: k, b: k + 1}) })
}
