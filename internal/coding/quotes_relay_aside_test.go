package coding

import "testing"

// TestRelayAside: «وقال X، حسب/وفقا لـY، إن …»: X said it, Y relays it;
// the speaker phrase ends at the comma before the attribution.
func TestRelayAside(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	runCoderSpeakers(t, c, []speakerCase{
		{"«، حسب Y،»",
			"وقالت مصادر أمنية، حسب صحف محلية، إن الشرطة أوقفت خمسة مشتبه بهم قرب الميناء.",
			"الشرطة أوقفت خمسة مشتبه بهم", "مصادر أمنية", "صحف محلية"},
		{"«، وفقا لـY،»",
			"وأكد الوزير الهولندي، وفقا لوكالة رويترز، أن حكومته لن ترسل جنودا إضافيين.",
			"حكومته لن ترسل جنودا إضافيين", "الوزير الهولندي", "وفقا"},
	})
}
