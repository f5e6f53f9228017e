package coding

import (
	"strings"
	"testing"
	"time"
)

// TestAdverbialVerb: the subject of a reporting verb inside «بعد أن/عندما»
// after the sentence's own reporting verb neither takes the quotation nor
// is the speaker «وأضاف» continues.
func TestAdverbialVerb(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	text := "وقال المرشح سليم داود بعد أن دعاه رئيس الحزب إلى المنصة \"سنعيد بناء المدارس في كل قرية\". وأضاف \"لن نترك أحدا خلفنا\"."
	_, qs := c.CodeText(text, pub)
	for _, piece := range []string{"سنعيد بناء المدارس", "لن نترك أحدا خلفنا"} {
		found := false
		for _, q := range qs {
			if strings.Contains(q.Text, piece) {
				found = true
				if q.Speaker == nil || !strings.Contains(q.Speaker.Name, "سليم داود") {
					t.Errorf("CodeText(%s): speaker of %q = %+v, want سليم داود", text, piece, q.Speaker)
				}
			}
		}
		if !found {
			t.Errorf("CodeText(%s) quotes = %+v, want one holding %q", text, qs, piece)
		}
	}
}
