package coding

import (
	"strings"
	"testing"
	"time"
)

// TestOpeningSourceNoComma: «وبحسب X فإن …» without a comma before the
// فاء is a statement by X, as «وبحسب X، فإن …» is; unsourced estimates
// are not a speaker.
func TestOpeningSourceNoComma(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, want, speaker string
	}{
		{"وبحسب نقابة الأطباء فإن المستشفيات الحكومية تعاني نقصا حادا في الأدوية منذ أشهر.",
			"المستشفيات الحكومية تعاني نقصا حادا", "نقابة الأطباء"},
		{"وبحسب تقديرات أولية فإن نحو ثلاثة آلاف أسرة غادرت البلدة خلال الأسبوع.", "", ""},
	} {
		_, qs := c.CodeText(tc.text, pub)
		if tc.want == "" {
			if len(qs) > 0 {
				t.Errorf("CodeText(%s) quotes = %+v, want none", tc.text, qs)
			}
			continue
		}
		if len(qs) != 1 || !strings.Contains(qs[0].Text, tc.want) || qs[0].Speaker == nil || !strings.Contains(qs[0].Speaker.Name, tc.speaker) {
			t.Errorf("CodeText(%s) quotes = %+v, want %q by %s", tc.text, qs, tc.want, tc.speaker)
		}
	}
}
