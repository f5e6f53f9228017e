package coding

import (
	"context"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// TestLocationRound4: the place of an event where its sentence alone does
// not say it (sentences of the team's own writing).
func TestLocationRound4(t *testing.T) {
	an := chainAnalyzer(t)
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, typ, place string
	}{
		// an army's attack is not placed in its own country because the
		// article names that country: the story's place stands
		{"تظاهر آلاف الفلسطينيين في مدينة رفح الجمعة. وقالت إسرائيل إن التظاهرات غير سلمية. وطالبت إسرائيل بوقفها فورا. وقتل ثلاثة شبان برصاص الجيش الإسرائيلي.", "ASSAULT", "رفح"},
		{"وقتل ثلاثة شبان برصاص الجيش الإسرائيلي. وقالت إسرائيل إن التظاهرات غير سلمية. وشيع الآلاف الضحايا في مدينة رفح.", "ASSAULT", "رفح"},
		// a place in what the act answers («احتجاجا على», «رفضا لـ») is not
		// where it happened
		{"وتظاهر الآلاف في مدينة نابلس الجمعة. وأصيب عشرة شبان برصاص الشرطة خلال المواجهات، احتجاجا على افتتاح السفارة في القدس.", "ASSAULT", "نابلس"},
		{"وصل الآلاف إلى مدينة الخليل صباح الجمعة. وخرجت مظاهرة حاشدة بعد الصلاة تضامنا مع سكان غزة.", "PROTEST", "الخليل"},
		// a wider place that only says where a specific one lies is not
		// the event's place: the specific one is
		{"وفي بلدة بيت حنينا بالقدس هدمت الجرافات منزلين لعائلة واحدة.", "ASSAULT", "بيت حنينا"},
		{"وفي مديرية الدريهمي جنوبي الحديدة اندلعت اشتباكات عنيفة بين الطرفين.", "ASSAULT", "الدريهمي"},
	} {
		r, err := an.Analyze(context.Background(), &marsad.Article{ID: "l4", Text: tc.text, Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, ev := range r.Events {
			if ev.Type != tc.typ {
				continue
			}
			found = true
			if ev.Location == nil || ev.Location.Name != tc.place {
				t.Errorf("Analyze(%s) %s location = %v, want %s", tc.text, tc.typ, ev.Location, tc.place)
			}
		}
		if !found {
			t.Errorf("Analyze(%s) = %s, want a %s event", tc.text, describe(r.Events), tc.typ)
		}
	}
}
