package coding

import "testing"

// TestBareOpeningSource: «ووفق/وبحسب X» opening a sentence with no comma
// and no «فإن», a verb straight after X: X is the source of the statement
// (quotes_opening_bare.go).
func TestBareOpeningSource(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«ووفق X» then an imperfect",
			"ووفق المرصد السوري لحقوق الإنسان يسيطر المسلحون على ثلاث قرى في ريف حلب.",
			"يسيطر المسلحون", "المرصد السوري لحقوق الإنسان", ""},
	})
	checkNoQuotes(t, []string{
		"ووفق الخطة تسوية النزاع تحتاج إلى سنوات.",
	})
}
