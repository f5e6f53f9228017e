package coding

import "testing"

// TestAppealAddressee: «ودعت جميع الأطراف إلى …» with no subject written:
// the parties are whom the appeal is made to; the speaker is the one
// named before.
func TestAppealAddressee(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	runCoderSpeakers(t, c, []speakerCase{
		{"«ودعت جميع الأطراف إلى»",
			"وقالت المنظمة إن القصف قتل عشرين شخصا في المدينة. ودعت جميع الأطراف إلى \"اتخاذ التدابير الضرورية لحماية المدنيين\".",
			"اتخاذ التدابير الضرورية", "المنظمة", "الأطراف"},
		{"«ودعا أيضا مرارا حكومة X إلى»",
			"وقال الرئيس إن العملية ستتواصل حتى تحقيق أهدافها. ودعا أيضا مرارا حكومة الجارة إلى \"التحرك ضد القواعد الخلفية للمسلحين\".",
			"التحرك ضد القواعد", "الرئيس", "حكومة"},
	})
}
