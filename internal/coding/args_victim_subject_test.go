package coding

import "testing"

// TestVictimSubject: affected people right before a perfect verb of force
// with no object after it underwent the act (an unvowelled passive); a
// subject that acts on an object, or soldiers tied to a party by a
// pronoun, stays the actor.
func TestVictimSubject(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []argsCase{
		{"وقالت الخارجية الهولندية إن مواطنا هولنديا اعتقل في طهران يوم الأحد.", "COERCE", "|مواطنا هولنديا", "مواطنا هولنديا|"},
		{"وقال المحققون إن الرجل اعتقل في عام 2009 بتهمة التجسس.", "COERCE", "|الرجل", "الرجل|"},
		{"وقال الجيش إن مسلحين قتلوا جنديا في الهجوم على الحاجز.", "ASSAULT", "مسلحين|", ""},
		{"وقال الجيش في بيان إن جنوده قتلوا شابا عند السياج الحدودي.", "ASSAULT", "جنوده|", ""},
	}
	runArgsCases(t, an, cases)
}
