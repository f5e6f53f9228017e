package coding

import "testing"

// TestIssuedClause: «نشر X صورا قال إنها …», «تبنى X قرارا يدعو إلى "…"»:
// who published or adopted the noun speaks, not the noun; a verb with a
// subject of its own after it («في حين قالت Y») keeps Y.
func TestIssuedClause(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	runCoderSpeakers(t, c, []speakerCase{
		{"the publisher of pictures",
			"نشرت وكالة الأنباء الرسمية، مساء الأحد، صورا قالت إنها لمستودع الذخيرة الذي انفجر قرب المطار.",
			"لمستودع الذخيرة", "وكالة الأنباء الرسمية", "صورا"},
		{"the adopter of a resolution",
			"وتبنى البرلمان الأوروبي، الخميس، قرارا يدعو إلى \"وقف فوري لتصدير الأسلحة\" إلى أطراف النزاع.",
			"وقف فوري لتصدير الأسلحة", "البرلمان الأوروبي", "قرارا"},
		{"a verb with its own subject",
			"وذكرت صحيفة محلية أن الحكومة نشرت قوات إضافية في الشمال، في حين قالت وكالة الأنباء الرسمية إن القوات وصلت منذ أسبوع.",
			"القوات وصلت منذ أسبوع", "وكالة الأنباء الرسمية", "الحكومة"},
	})
}
