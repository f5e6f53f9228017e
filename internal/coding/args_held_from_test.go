package coding

import (
	"strings"
	"testing"
)

// TestHeldFrom: the party a town is taken «من سيطرة/قبضة» is the recipient
// of the seizure, not the holding word nor an adjective of the place.
func TestHeldFrom(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []struct {
		text, want, notWant string
	}{
		{"وحررت القوات العراقية حي الزهراء من سيطرة تنظيم داعش أمس.", "|تنظيم داعش", "|سيطرة"},
		{"وواصلت القوات الحكومية تحرير القرى من سيطرة تنظيم القاعدة في محافظة أبين.", "|تنظيم القاعدة", ""},
		{"واستعاد الجيش السوري السيطرة على بلدة القريتين من قبضة المسلحين.", "|المسلحين", "|قبضة"},
		{"وانتزعت قوات الجيش، الأحد، السيطرة على قرى جديدة من قبضة المتمردين شرق المدينة.", "|المتمردين", "|جديدة"},
	}
	for _, tc := range cases {
		got := strings.Join(round9Args(t, an, tc.text, "COERCE"), " ; ")
		if got == "" || !strings.Contains(got, tc.want) || (tc.notWant != "" && strings.Contains(got, tc.notWant)) {
			t.Errorf("Analyze(%s) COERCE = %q, want %q and not %q", tc.text, got, tc.want, tc.notWant)
		}
	}
}

// TestOwnSoldiers: «جنوده» is a state word like «قواته»: the soldiers of
// the state the sentence names before it.
func TestOwnSoldiers(t *testing.T) {
	an := chainAnalyzer(t)
	for _, text := range []string{
		"وقال وزير الدفاع التركي إن جنوده قتلوا عشرين مسلحا في شمال العراق.",
		"وأعلن الرئيس الروسي أن جنوده قصفوا مواقع المسلحين قرب حمص.",
	} {
		got := ownCountryParty(t, an, text, "ASSAULT", false)
		if got != "TUR|MIL" && got != "RUS|MIL" {
			t.Errorf("Analyze(%s) ASSAULT actor = %q, want the speaker's country|MIL", text, got)
		}
	}
}

// TestHeldUnder: a place taken that lay «تحت سيطرة X» was taken from X.
func TestHeldUnder(t *testing.T) {
	an := chainAnalyzer(t)
	text := "وحررت القوات المشتركة القرى الواقعة تحت سيطرة الميليشيات جنوب المدينة."
	if got := strings.Join(round9Args(t, an, text, "COERCE"), " ; "); !strings.Contains(got, "|الميليشيات") {
		t.Errorf("Analyze(%s) COERCE = %q, want the militias as recipient", text, got)
	}
}
