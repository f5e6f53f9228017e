package coding

import "testing"

// verbal10Cases are sentences written by the Marsad team for the ninth
// session's verbal-event rules (events_commentator_clause.go and the
// disappointment entry of data/lexicon_recall.yaml), in the
// format of testdata/cases.txt (publication date 2026-11-29).
var verbal10Cases = []string{
	"# a party's act told before the experts whose report it answers",
	"رفضت الحكومة العراقية تقريرا من خبراء الأمم المتحدة يقول إن الفساد انتشر في الوزارات. => REJECT a=الحكومة العراقية",
	"# what the expert says stays his opinion",
	"وقال الخبير الاقتصادي إن الحكومة العراقية رفضت الخطة. => -",
	"# a titled speaker whose title ends like the experts' («حقوق الإنسان») is no expert",
	"التقى وفد من خبراء حقوق الإنسان بعائلات المعتقلين في القاهرة. وقال مفوض حقوق الإنسان إن الوضع مقلق، ودعا المفوض السامي السلطات المصرية إلى الإفراج عن المعتقلين. => CONSULT | REQUEST a=المفوض السامي r=السلطات المصرية",
	"# the analyst named in full elsewhere still comments",
	"التقى المحلل فريد زكريا طلابا في الجامعة. وقال زكريا إن الحكومة الإيرانية طالبت واشنطن بالتراجع. => CONSULT",
	"# disappointment voiced at another's decision",
	"وأعربت الخارجية الروسية عن خيبة أملها إزاء قرار الرئيس الأمريكي. => ACCUSE a=الخارجية الروسية r=الرئيس الأمريكي",
	"# a quotation mark opening inside a stance phrase",
	"وأعربت الخارجية المصرية عن \"استيائها\" من تصريحات الوزير التركي. => ACCUSE a=الخارجية المصرية r=الوزير التركي",
	"# not a settlement still far off",
	"وقال الوزير إن الطرفين لا يزالان بعيدين عن التوصل إلى \"تسوية\" بشأن الحدود. => -",
	"# the thing judged, of another country by its nisba, names the party judged",
	"ووصف المتحدث الإيراني التصريحات الأمريكية بأنها سخيفة. => ACCUSE a=المتحدث الإيراني r=التصريحات الأمريكية",
	"ووصف المتحدث الإيراني القرار بأنه سخيف. => ACCUSE a=المتحدث الإيراني r=-",
	"وصف الزعيم الكردي صالح مسلم، الاتهامات التركية بالكاذبة. => ACCUSE r=الاتهامات التركية",
}

// TestVerbal10Cases runs verbal10Cases through the full chain.
func TestVerbal10Cases(t *testing.T) {
	runChainLines(t, "verbal10_cases.txt", verbal10Cases)
}
