package coding

import "testing"

// TestSVOContent: a verb whose subject stands right after «إن/أن» is part
// of what the outer speaker says; the name after it is its object.
func TestSVOContent(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	runCoderSpeakers(t, c, []speakerCase{
		{"«قوله إن X تحذر Y من أنها»",
			"ونقلت الوكالة عن مسؤول في الوزارة قوله إن القاهرة تحذر جيرانها من أنها ستتخذ كل الإجراءات.",
			"إن القاهرة تحذر", "مسؤول في الوزارة", "القاهرة"},
		{"«قال X إن Y أبلغ Z بأن»",
			"وقال المتحدث باسم الحكومة إن الرئيس أبلغ نظيره في اتصال هاتفي بأن بلاده قلقة من التصعيد.",
			"إن الرئيس أبلغ", "المتحدث باسم الحكومة", "نظيره"},
		{"a verb of its own after a comma is still a new report",
			"وقال المتحدث إن الأزمة انتهت، وحذر الرئيس المعارضة من أنها ستدفع الثمن.",
			"ستدفع الثمن", "الرئيس", "المتحدث"},
	})
}
