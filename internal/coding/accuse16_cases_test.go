package coding

import "testing"

// accuse16Cases are sentences written by the Marsad team for the eleventh
// session's ACCUSE recall without the canonical trigger (accuse16_copula.go
// and the accuse16 entries of data/lexicon_more.yaml), in the format of
// testdata/cases.txt (publication date 2026-11-29).
var accuse16Cases = []string{
	"# a party's act judged a wrong with a copula, in the speaker's words: the act's agent by its nisba",
	"وقال وزير الخارجية القطري إن القرار الأمريكي بشأن القدس يمثل خرقا لقرارات مجلس الأمن. => ACCUSE a=وزير الخارجية القطري r=القرار الأمريكي",
	"وقالت موسكو إن التصريحات البريطانية تعد تدخلا في شؤونها الداخلية. => ACCUSE a=موسكو r=التصريحات البريطانية",
	"# the nisba of the act's head, not the place the act is aimed at",
	"وقال المتحدث باسم الخارجية الروسية إن الضربة الأمريكية على سوريا تشكل انتهاكا للقانون الدولي. => ACCUSE a=المتحدث باسم الخارجية الروسية r=الضربة الأمريكية",
	"# the head noun's genitive, a capital or a country",
	"وقال وزير الخارجية التركي إن موقف باريس يمثل تدخلا سافرا في الشؤون التركية. => ACCUSE a=وزير الخارجية التركي r=باريس",
	"# the speaker's quoted words",
	"وقال وزير الخارجية السوري: \"العدوان الإسرائيلي على مطار دمشق يشكل انتهاكا للسيادة السورية\". => ACCUSE a=وزير الخارجية السوري r=العدوان الإسرائيلي",
	"# told by the narrator, negated, or with no party judged (civilians are no accused): no event",
	"ويمثل ذلك تصعيدا خطيرا في الأزمة بين البلدين. => -",
	"وقال وزير الخارجية الإيراني إن الخطوة السعودية لا تمثل خرقا للاتفاق. => -",
	"وقال المتحدث باسم الحكومة الأردنية إن نقل السكان قسرا يشكل انتهاكا للقانون الدولي. => -",
	"# investigations run now, of more things than lexicon_recall.yaml listed",
	"وقال الجيش اللبناني إنه يحقق في الواقعة. => ACCUSE a=الجيش اللبناني",
	"وتحقق الشرطة الفرنسية في تقارير عن تسريب وثائق سرية. => ACCUSE a=الشرطة الفرنسية",
	"وقالت وزارة الداخلية الكويتية إنه يجري التحقيق في الحادث. => ACCUSE a=وزارة الداخلية الكويتية",
	"وأطلقت السلطات التونسية تحقيقا في وفاة السجين. => ACCUSE a=السلطات التونسية",
	"# «تحقق» that achieves, and an investigation only planned",
	"وتحقق القوات العراقية تقدما في الموصل. => -",
	"وقال المتحدث باسم الجيش إنه سيحقق في الواقعة. => -",
}

// TestAccuse16Cases runs accuse16Cases through the full chain.
func TestAccuse16Cases(t *testing.T) {
	runChainLines(t, "accuse16_cases.txt", accuse16Cases)
}
