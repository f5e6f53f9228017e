package coding

import "testing"

// erredCases are sentences written by the Marsad team for accuse_erred.go,
// in the format of testdata/cases.txt (publication date 2026-11-29).
var erredCases = []string{
	"# a party the speaker says erred or failed: the speaker accuses it",
	"وقال وزير الخارجية المغربي إن الجزائر ارتكبت خطأ كبيرا. => ACCUSE a=وزير الخارجية المغربي r=الجزائر",
	"وأكد الرئيس التونسي أن ليبيا فشلت في حماية الحدود المشتركة. => ACCUSE a=الرئيس التونسي r=ليبيا",
	"# a second speaker named before «قائلا» says the clause after it",
	"وانتقد الرئيس الأمريكي الاتفاق، ورد عليه الرئيس الإيراني قائلا إن أمريكا فشلت في الوفاء بتعهداتها. => ACCUSE a=الرئيس الأمريكي | ACCUSE a=الرئيس الإيراني r=أمريكا",
	"# no accusation: the narrator tells a failure, a pronoun fails, the speaker erred",
	"وفشلت الحكومة الليبية في تمرير الميزانية. => -",
	"وقال وزير الخارجية المغربي إنه فشل في إقناع نظيره بالحضور. => -",
	"وقال رئيس الوزراء الموريتاني: \"ارتكبنا خطأ في إدارة الملف\". => -",
	"وقال الوزير السوداني إن المفاوضات فشلت في التوصل إلى اتفاق. => -",
	"# a wrong the speaker lays on a party (alleged triggers): the speaker accuses it",
	"وقال وزير الخارجية البحريني إن قطر تمول الإرهاب في المنطقة. => ACCUSE a=وزير الخارجية البحريني r=قطر",
	"وأكد رئيس الوزراء الإسرائيلي أن إيران كذبت بشأن برنامجها النووي. => ACCUSE a=رئيس الوزراء الإسرائيلي r=إيران",
	"وقال وزير الدفاع الفرنسي إن روسيا انتهكت الهدنة في سوريا. => ACCUSE a=وزير الدفاع الفرنسي r=روسيا",
	"وقال الرئيس اليمني إن إيران تتدخل في الشؤون الداخلية لبلاده. => ACCUSE a=الرئيس اليمني r=إيران",
	"# no charge: the narrator tells it, those involved as a noun, another's claim, support of a force",
	"وانتهكت الطائرات الإسرائيلية الأجواء اللبنانية ليلا. => -",
	"وداهمت قوات الأمن المصرية مخبأ المتورطين في الهجوم. => COERCE",
	"وقال وزير الداخلية الأردني إن الشرطة اعتقلت شخصين، إلا أن تقارير محلية أكدت أن العراق متورط في الهجوم. => COERCE",
	"وتمكنت قوات دعم الشرعية من السيطرة على مواقع جديدة. => COERCE a=قوات دعم الشرعية",
}

// TestErredCases runs erredCases through the full chain.
func TestErredCases(t *testing.T) {
	runChainLines(t, "erred_cases.txt", erredCases)
}
