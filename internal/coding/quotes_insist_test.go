package coding

import (
	"strings"
	"testing"
	"time"
)

// TestInsistComplain: «أصر X على أن …» and «شكا/اشتكى X من أن …» report
// what X says; the imperfect «نصر» stays a name («حسن نصر الله»).
func TestInsistComplain(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, want, speaker string
	}{
		{"وأصرت الوزارة على أن الشحنة دخلت البلاد بطريقة قانونية.", "الشحنة دخلت البلاد", "الوزارة"},
		{"واشتكى سكان الحي من أن المياه مقطوعة منذ أسبوعين.", "المياه مقطوعة", "سكان الحي"},
		{"ويشكو المزارعون من أن أسعار الأسمدة تضاعفت هذا العام.", "أسعار الأسمدة تضاعفت", "المزارعون"},
		{"وقال حسن نصر الله إن المقاومة مستعدة لكل الاحتمالات.", "المقاومة مستعدة", "حسن نصر الله"},
	} {
		_, qs := c.CodeText(tc.text, pub)
		found := false
		for _, q := range qs {
			if !strings.Contains(q.Text, tc.want) {
				continue
			}
			found = true
			if q.Speaker == nil || !strings.Contains(q.Speaker.Name, tc.speaker) {
				t.Errorf("CodeText(%s): speaker of %q = %+v, want %s", tc.text, tc.want, q.Speaker, tc.speaker)
			}
		}
		if !found {
			t.Errorf("CodeText(%s) quotes = %+v, want one holding %q", tc.text, qs, tc.want)
		}
	}
}
