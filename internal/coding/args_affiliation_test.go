package coding

import "testing"

// TestPatronOfActor: the party an actor is tied to («مرتبطون بتنظيم
// القاعدة», «المتحالفة مع إيران») is not the recipient of its act; a
// patron named after the target («مواقع تابعة لحركة حماس») is.
func TestPatronOfActor(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []recipCase{
		{"واقتحمت جماعة الحوثيين المتحالفة مع إيران، الاثنين، معسكرا في محافظة الجوف.", "ASSAULT", "-"},
		{"وشن مسلحون مرتبطون بتنظيم القاعدة هجوما على نقطة تفتيش في محافظة أبين.", "ASSAULT", "-"},
		{"وقصفت الطائرات الإسرائيلية مواقع تابعة لحركة حماس في قطاع غزة.", "ASSAULT", "حركة حماس"}, // (the glued «ل» cut: args_names.go)
	}
	runRecipCases(t, an, cases)
}

// TestAffiliationWord: the participles of allegiance, with the article,
// a conjunction already stripped, and in the plural; other words not.
func TestAffiliationWord(t *testing.T) {
	for w, want := range map[string]bool{"مرتبطون": true, "المواليه": true, "المتحالفه": true, "المدعومه": true, "تابعه": true, "الموالون": true, "مواقع": false, "الحكومه": false, "مرتفعات": false, "مواليد": false, "تابعت": false, "المنتمين": true} {
		if got := affiliationWord(w); got != want {
			t.Errorf("affiliationWord(%s) = %v, want %v", w, got, want)
		}
	}
}
