package coding

import "testing"

// verbal11Cases are sentences written by the Marsad team for the ninth
// session's second round of verbal stances (verbal11_stances.go and the
// verbal11 entries of data/lexicon_more.yaml), in the format of
// testdata/cases.txt (publication date 2026-11-29).
var verbal11Cases = []string{
	"# a perfect verb with its object pronoun, written with hamza above, is no verbal noun",
	"وأدانتها الحكومة الأردنية بشدة. => ACCUSE a=الحكومة الأردنية r=-",
	"وأدانته وزارة الخارجية الكويتية. => ACCUSE a=وزارة الخارجية الكويتية r=-",
	"# the verbal noun, written with hamza below, keeps the party after it as its genitive",
	"وجددت الحكومة إدانتها للهجوم على السفارة المصرية. => ACCUSE",
	"# praise with «أثنى»: the subject after the verb, the party after على",
	"أثنى وزير الخارجية الأردني على جهود الحكومة المصرية في الوساطة. => SUPPORT a=وزير الخارجية الأردني r=الحكومة المصرية",
	"وأثنت الحكومة الكويتية على دور قطر. => SUPPORT a=الحكومة الكويتية r=قطر",
	"# disappointment felt and told, with a quotation mark inside the phrase",
	"وقال المتحدث إن الرئيس الأمريكي يشعر بـ\"إحباط كبير\" لعدم إفراج تركيا عن القس. => ACCUSE a=الرئيس الأمريكي r=تركيا",
	"وقال نائب السفير الروسي إن بلاده تشعر بخيبة أمل إزاء قرار الرئيس الأمريكي. => ACCUSE r=الرئيس الأمريكي",
	"# anger felt is a mood, and a feeling told is no quote",
	"وقال الشاب إن الشعب يشعر بالغضب. => -",
	"# the party in a stance noun's genitive takes the stance; what follows ل is what it is taken on",
	"وأعلن رئيس الوزراء رفض بلاده للقرار الإسرائيلي. => REJECT a=رئيس الوزراء r=القرار الإسرائيلي",
	"وأكد الوزير رفض الأردن للقرار الأمريكي. => REJECT a=الأردن r=القرار الأمريكي",
	"# not a time phrase after ل, nor a genitive that names no party",
	"وجددت الحكومة إدانة الهجوم للمرة الثانية. => ACCUSE a=الحكومة",
	"وطالب الوزير إيران بتقديم ضمانات لدول المنطقة. => REQUEST a=الوزير r=إيران",
	"# support affirmed with the speaker's own country named",
	"وأكد المسؤول الإيراني دعم إيران لقطر حكومة وشعبا. => SUPPORT a=المسؤول الإيراني r=قطر",
	"وأكد العاهل السعودي وقوف المملكة العربية السعودية مع المغرب. => SUPPORT a=العاهل السعودي r=المغرب",
	"# another country's support affirmed is a charge or a finding, not the speaker's support",
	"وأكد الوزير الأمريكي دعم إيران للحوثيين. => -",
	"أكد الوزير الأمريكي أن الهجوم تم بدعم إيران للمسلحين. => -",
	"# a word of a name («تحالف دعم الشرعية») is no support affirmed",
	"أكد المتحدث باسم قوات تحالف دعم الشرعية العقيد تركي المالكي، أن الحوثيين هاجموا السفن. => ASSAULT",
	"# twelve, and deterred, are no praise",
	"وقتل اثني عشر شخصا على الطريق. => ASSAULT",
}

// TestVerbal11Cases runs verbal11Cases through the full chain.
func TestVerbal11Cases(t *testing.T) {
	runChainLines(t, "verbal11_cases.txt", verbal11Cases)
}
