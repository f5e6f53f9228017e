package coding

import (
	"strings"
	"testing"
)

// TestVictimSubject: affected people right before a perfect verb of force
// with no object after it underwent the act (an unvowelled passive); a
// subject that acts on an object, or soldiers tied to a party by a
// pronoun, stays the actor.
func TestVictimSubject(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []struct {
		text, typ, want, notWant string
	}{
		{"وقالت الخارجية الهولندية إن مواطنا هولنديا اعتقل في طهران يوم الأحد.", "COERCE", "|مواطنا هولنديا", "مواطنا هولنديا|"},
		{"وقال المحققون إن الرجل اعتقل في عام 2009 بتهمة التجسس.", "COERCE", "|الرجل", "الرجل|"},
		{"وقال الجيش إن مسلحين قتلوا جنديا في الهجوم على الحاجز.", "ASSAULT", "مسلحين|", ""},
		{"وقال الجيش في بيان إن جنوده قتلوا شابا عند السياج الحدودي.", "ASSAULT", "جنوده|", ""},
	}
	for _, tc := range cases {
		got := strings.Join(round9Args(t, an, tc.text, tc.typ), " ; ")
		if got == "" || (tc.want != "" && !strings.Contains(got, tc.want)) || (tc.notWant != "" && strings.Contains(got, tc.notWant)) {
			t.Errorf("Analyze(%s) %s = %q, want %q and not %q", tc.text, tc.typ, got, tc.want, tc.notWant)
		}
	}
}
