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
	seen := 0
	for k, tok := range d.toks {
		p := np{a: k, b: k + 1}
		if w, ok := pron[tok.Text]; ok {
			seen++
			if got := pronounOpener(d, p); got != w {
				t.Errorf("pronounOpener(%s) = %v, want %v", tok.Text, got, w)
			}
		}
		if w, ok := verb[tok.Text]; ok {
			if got := verbOpener(d, p); got != w {
				t.Errorf("verbOpener(%s) = %v, want %v", tok.Text, got, w)
			}
		}
	}
	if seen != len(pron) {
		t.Errorf("read %d of the %d words", seen, len(pron))
	}
}
