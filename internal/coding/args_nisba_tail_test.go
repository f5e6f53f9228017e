package coding

import "testing"

// TestNisbaTail: a one-word adjective the linker read as a party is no
// recipient when it closes the actor's phrase or describes a matter
// («شؤونها الداخلية»); the state's own name after the actor, a country's
// adjective of the place hit and a second member of a list stay.
func TestNisbaTail(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []recipCase{
		// the adjective closes the actor's phrase
		{"وحاصرت قوات الدعم السريع السودانية، الأحد، أحياء في مدينة نيالا.", "COERCE", "-"},
		{"واعتقلت ميليشيات حزب الله اللبنانية، الجمعة، ثلاثة صحفيين في بلدة القصير.", "COERCE", "-"},
		// a domain adjective of a matter, after a possessed or definite noun
		{"وأدانت الكويت، الاثنين، التدخل السافر في شؤونها الداخلية خلال اجتماع الوزراء.", "ACCUSE", "-"},
		// the state itself after the actor stays
		{"واتهم المتمردون الحوثيون السعودية بقصف سوق شعبي في محافظة صعدة.", "ACCUSE", "السعودية"},
	}
	runRecipCases(t, an, cases)
}

// TestNisbaTailPhrases: the predicate on one-word phrases of a text of our
// own; «وزيري العدل والداخلية» keeps its second member.
func TestNisbaTailPhrases(t *testing.T) {
	an, d := phraseDoc(t, "فرض عقوبات على وزيري العدل والداخلية ثم تحدث عن الملاحة البحرية في شؤونها الخارجية")
	want := map[string]bool{"والداخلية": false, "البحرية": true, "الخارجية": true}
	checkWords(t, d, "nisbaTail", want, func(k int) bool { return an.coder.nisbaTail(d, np{a: k, b: k + 1}, np{}) })
}
