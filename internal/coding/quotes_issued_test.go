package coding

import (
	"strings"
	"testing"
	"time"
)

// TestIssuedClause: «نشر X صورا قال إنها …», «تبنى X قرارا يدعو إلى "…"»:
// who published or adopted the noun speaks, not the noun; a verb with a
// subject of its own after it («في حين قالت Y») keeps Y.
func TestIssuedClause(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, want, speaker, notSpeaker string
	}{
		{"نشرت وكالة الأنباء الرسمية، مساء الأحد، صورا قالت إنها لمستودع الذخيرة الذي انفجر قرب المطار.",
			"لمستودع الذخيرة", "وكالة الأنباء الرسمية", "صورا"},
		{"وتبنى البرلمان الأوروبي، الخميس، قرارا يدعو إلى \"وقف فوري لتصدير الأسلحة\" إلى أطراف النزاع.",
			"وقف فوري لتصدير الأسلحة", "البرلمان الأوروبي", "قرارا"},
		{"وذكرت صحيفة محلية أن الحكومة نشرت قوات إضافية في الشمال، في حين قالت وكالة الأنباء الرسمية إن القوات وصلت منذ أسبوع.",
			"القوات وصلت منذ أسبوع", "وكالة الأنباء الرسمية", "الحكومة"},
	} {
		_, qs := c.CodeText(tc.text, pub)
		found := false
		for _, q := range qs {
			if !strings.Contains(q.Text, tc.want) {
				continue
			}
			found = true
			if q.Speaker == nil || !strings.Contains(q.Speaker.Name, tc.speaker) || strings.Contains(q.Speaker.Name, tc.notSpeaker) {
				t.Errorf("CodeText(%s): speaker of %q = %+v, want %s", tc.text, tc.want, q.Speaker, tc.speaker)
			}
		}
		if !found {
			t.Errorf("CodeText(%s) quotes = %+v, want one holding %q", tc.text, qs, tc.want)
		}
	}
}
