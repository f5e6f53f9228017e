package coding

import (
	"context"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// TestMeetingRetelling checks that one meeting told twice in an article —
// with a party named in both and the other side missing or unread in one
// telling — is one event, and that two meetings of one party with two
// known others stay two.
func TestMeetingRetelling(t *testing.T) {
	an := chainAnalyzer(t)
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text string
		want int // CONSULT events
	}{
		// a talk and the call it was held in
		{"بحث الرئيس المصري عبد الفتاح السيسي والعاهل البحريني الملك حمد بن عيسى آل خليفة العلاقات الثنائية بين البلدين. جاء ذلك خلال اتصال هاتفي تلقاه الرئيس السيسي من ملك البحرين.", 1},
		// two meetings of one envoy with two known others
		{"التقى المبعوث الأمريكي الرئيس المصري عبد الفتاح السيسي في القاهرة يوم الخميس. وكان المبعوث الأمريكي قد التقى أمير قطر الشيخ تميم بن حمد في الدوحة يوم الأربعاء.", 2},
	}
	for _, tc := range cases {
		r, err := an.Analyze(context.Background(), &marsad.Article{ID: "m", Text: tc.text, Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, e := range r.Events {
			if e.Type == "CONSULT" {
				n++
			}
		}
		if n != tc.want {
			t.Errorf("Analyze(%s): %d CONSULT events %s, want %d", tc.text, n, describe(r.Events), tc.want)
		}
	}
}
