package coding

import "testing"

// TestMergedActorStrength checks that a happening told twice takes the actor
// the actor layer identified in its second telling when the first telling's
// actor is a single unidentified word, and keeps the first telling's actor when
// that one is identified.
func TestMergedActorStrength(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []struct {
		text, typ, actor string
	}{
		// a single word the actor layer read as the actor («بيان»,
		// «فلسطينيان») is no party; the second telling names it
		{"وأعلن بيان السيطرة على مواقع جديدة في مديرية كتاف يوم الأحد. وقالت مصادر عسكرية إن قوات الجيش اليمني سيطرت على ثلاثة مواقع للحوثيين في كتاف يوم الأحد.", "COERCE", "قوات الجيش اليمني"},
		{"قتل فلسطينيان وأصيب ثالث يوم الأحد في قصف على مبنى سكني في غزة. وقالت وزارة الصحة إن الجيش الإسرائيلي قصف المبنى يوم الأحد.", "ASSAULT", "الجيش الإسرائيلي"},
		// a phrase of several words the actor layer does not know is
		// mostly a party («قوات دعم الشرعية»): it stays
		{"تمكنت قوات دعم الشرعية من السيطرة على مواقع جديدة في مديرية كتاف يوم الأحد. وقالت مصادر عسكرية إن قوات الجيش اليمني سيطرت على ثلاثة مواقع للحوثيين في كتاف يوم الأحد.", "COERCE", "قوات دعم الشرعية"},
		// an identified first actor stays
		{"سيطرت قوات الجيش اليمني على مواقع جديدة في مديرية كتاف يوم الأحد. وقالت مصادر محلية إن قوات دعم الشرعية سيطرت على ثلاثة مواقع للحوثيين في كتاف يوم الأحد.", "COERCE", "قوات الجيش اليمني"},
	}
	for _, tc := range cases {
		got, all := chainEventsOf(t, an, tc.text, tc.typ)
		if len(got) != 1 || got[0].Actor == nil || got[0].Actor.Name != tc.actor {
			t.Errorf("Analyze(%s) = %s, want one %s event by %s", tc.text, all, tc.typ, tc.actor)
		}
	}
}
