package coding

import (
	"strings"
	"testing"
	"time"
)

// TestRelayAside: «وقال X، حسب/وفقا لـY، إن …»: X said it, Y relays it;
// the speaker phrase ends at the comma before the attribution.
func TestRelayAside(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, want, speaker, relay string
	}{
		{"وقالت مصادر أمنية، حسب صحف محلية، إن الشرطة أوقفت خمسة مشتبه بهم قرب الميناء.",
			"الشرطة أوقفت خمسة مشتبه بهم", "مصادر أمنية", "صحف محلية"},
		{"وأكد الوزير الهولندي، وفقا لوكالة رويترز، أن حكومته لن ترسل جنودا إضافيين.",
			"حكومته لن ترسل جنودا إضافيين", "الوزير الهولندي", "وفقا"},
	} {
		_, qs := c.CodeText(tc.text, pub)
		found := false
		for _, q := range qs {
			if !strings.Contains(q.Text, tc.want) {
				continue
			}
			found = true
			if q.Speaker == nil || !strings.Contains(q.Speaker.Name, tc.speaker) || strings.Contains(q.Speaker.Name, tc.relay) {
				t.Errorf("CodeText(%s): speaker of %q = %+v, want %s", tc.text, tc.want, q.Speaker, tc.speaker)
			}
		}
		if !found {
			t.Errorf("CodeText(%s) quotes = %+v, want one holding %q", tc.text, qs, tc.want)
		}
	}
}
