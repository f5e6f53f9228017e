package coding

import "testing"

// verbal16Cases are sentences written by the Marsad team for the eleventh
// session's verbal stances (verbal16_addressee.go and the verbal16 entry
// of data/lexicon_more.yaml), in the format of testdata/cases.txt
// (publication date 2026-11-29).
var verbal16Cases = []string{
	"# an appeal to the international community: the community is the one called on",
	"وطالب المصدر المجتمع الدولي بالتحرك العاجل لوقف الهجمات. => REQUEST a=المصدر r=المجتمع الدولي",
	"ودعا الأمين العام للأمم المتحدة المجتمع الدولي إلى دعم جهود السلام في اليمن. => REQUEST a=الأمين العام للأمم المتحدة r=المجتمع الدولي",
	"ودعت الأمانة العامة المجتمع الدولي إلى التحرك لحماية المدنيين. => REQUEST a=الأمانة العامة r=المجتمع الدولي",
	"# with the subject dropped, the speaker calls on it",
	"وقال المتحدث باسم الخارجية اليمنية إن الهجوم مدان. ودعا المجتمع الدولي إلى الضغط على النظام الإيراني. => REQUEST a=المتحدث باسم الخارجية اليمنية r=المجتمع الدولي",
	"وقال الوزير الكندي: \"أناشد المجتمع الدولي ألا ينسى المدينة\". => REQUEST a=الوزير الكندي r=المجتمع الدولي",
	"# a rejection expressed with «أعرب/عبر عن» is REJECT",
	"وأعرب وزير الخارجية الروسي عن رفضه للعقوبات الأمريكية الجديدة. => REJECT a=وزير الخارجية الروسي",
	"وعبرت الحكومة العراقية عن رفضها القاطع للتدخل التركي في الشمال. => REJECT a=الحكومة العراقية",
	"# a condemnation expressed stays ACCUSE",
	"وأعرب وزير الخارجية الأردني عن إدانته للهجوم الإرهابي على الكنيسة. => ACCUSE a=وزير الخارجية الأردني",
}

// TestVerbal16Cases runs verbal16Cases through the full chain.
func TestVerbal16Cases(t *testing.T) {
	runChainLines(t, "verbal16_cases.txt", verbal16Cases)
}
