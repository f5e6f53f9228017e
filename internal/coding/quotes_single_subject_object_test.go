package coding

import "testing"

// TestSingleSubjectObjectCut: after «وصف/اعتبر/اتهم» with the description
// following, a one-word subject is followed by its object when the second
// word cannot agree with it as an adjective.
func TestSingleSubjectObjectCut(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«وتصف المعارضة الاتفاقات بأنها»: a plural after a feminine subject",
			"وعقدت الأطراف جولة جديدة من المحادثات في الصيف. وتصف المعارضة الاتفاقات بأنها صفقات لتقاسم النفوذ على حساب السكان.",
			"صفقات لتقاسم", "المعارضة", "الاتفاقات"},
		{"«وتتهم السلطات الصحيفة بأنها»: a body noun is no adjective",
			"وأغلقت الشرطة مكاتب الجريدة صباح الأحد. وتتهم السلطات الصحيفة بأنها تنشر أخبارا كاذبة عن وحدات الجيش.",
			"تنشر أخبارا", "السلطات", "الصحيفة"},
	})
}

// TestSingleSubjectObjectKept: an adjective that agrees stays in the
// subject.
func TestSingleSubjectObjectKept(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«واتهمت الحكومة اليمنية بأنها»: a nisba agrees",
			"وتجدد القتال قرب الميناء ليلة السبت. واتهمت الحكومة اليمنية بأن المتمردين يخرقون الهدنة منذ أيام.",
			"يخرقون الهدنة", "الحكومة اليمنية", ""},
	})
}
