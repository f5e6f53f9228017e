package coding

import (
	"testing"
	"time"
)

// TestDescribedCritic checks that criticism told as a trait, a habit in a
// relative clause, a draft's wording or a view held by nobody in particular
// is no current ACCUSE, while the same words told as acts stay events.
func TestDescribedCritic(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		want bool // a current ACCUSE is coded
	}{
		{"وغادر الكاتب، المعروف بانتقاده الحكومة الإيرانية، البلاد يوم السبت.", false},
		{"واختفى المدون، الذي كان ينتقد السلطات المصرية، منذ أسبوعين.", false},
		{"وفشلت روسيا في تمرير مشروع قرار في مجلس الأمن يدين الغارات الأمريكية.", false},
		{"وانتقد الوزير الإيطالي الحكومة الفرنسية يوم السبت.", true},
		{"وأثار مشروع القرار انتقادات إسرائيلية واسعة.", true},
		{"وتبنى مجلس الأمن قرارا يدين الهجوم على القوات الدولية.", true},
		// judgements held by nobody in particular
		{"ويرى كثيرون أن القانون الجديد انتهاك للدستور.", false},
		{"وانقسم الشارع بين من يؤيد الحكومة ومن يعتبر قرارها عدوانا على الحريات.", false},
		{"واعتبر وزير الخارجية التونسي أن القانون الجديد انتهاك للدستور.", true},
	} {
		all, _ := c.CodeText(tc.text, pub)
		got := false
		for _, e := range all {
			if e.Type == "ACCUSE" && e.Aux == "" {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("CodeText(%s): current ACCUSE = %v, want %v (%s)", tc.text, got, tc.want, describe(all))
		}
	}
}
