package coding

import (
	"context"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// TestMeetingRetelling checks that one meeting told twice in an article —
// with a party named in both and the other side missing or unread in one
// telling — is one event, that two meetings of one party with two known
// others stay two, and that an act told again with an outlet read as its
// subject joins the telling with its party.
func TestMeetingRetelling(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []struct {
		text string
		typ  string
		want int // events of type typ
	}{
		// a talk and the call it was held in
		{"بحث الرئيس المصري عبد الفتاح السيسي والعاهل البحريني الملك حمد بن عيسى آل خليفة العلاقات الثنائية بين البلدين. جاء ذلك خلال اتصال هاتفي تلقاه الرئيس السيسي من ملك البحرين.", "CONSULT", 1},
		// two meetings of one envoy with two known others
		{"التقى المبعوث الأمريكي الرئيس المصري عبد الفتاح السيسي في القاهرة يوم الخميس. وكان المبعوث الأمريكي قد التقى أمير قطر الشيخ تميم بن حمد في الدوحة يوم الأربعاء.", "CONSULT", 2},
		// a resignation told again with the outlet read as its subject
		{"قدم رئيس الوزراء الهايتي استقالته يوم السبت أمام البرلمان. وقال رئيس الوزراء في كلمة بثها التلفزيون على الهواء إن رئيس البلاد قبل استقالته.", "RETREAT", 1},
	}
	for _, tc := range cases {
		got, all := chainEventsOf(t, an, tc.text, tc.typ)
		if len(got) != tc.want {
			t.Errorf("Analyze(%s): %d %s events %s, want %d", tc.text, len(got), tc.typ, all, tc.want)
		}
	}
}

// chainEventsOf runs text (published on a Sunday) through the whole chain
// and returns its events of type typ, with all its events described for an
// error message.
func chainEventsOf(t *testing.T, an *Analyzer, text, typ string) ([]marsad.Event, string) {
	t.Helper()
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	r, err := an.Analyze(context.Background(), &marsad.Article{ID: "m", Text: text, Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	var got []marsad.Event
	for _, e := range r.Events {
		if e.Type == typ {
			got = append(got, e)
		}
	}
	return got, describe(r.Events)
}
