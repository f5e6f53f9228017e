package coding

import "testing"

// TestQuoteSubjectEnd checks that a speaker read after a verb that takes
// an object ends before the object (subjectEnd).
func TestQuoteSubjectEnd(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«ووصف X الاتفاق بأنه»",
			"ووصف ماكرون الاتفاق بأنه خطوة مهمة نحو السلام في المنطقة.",
			"خطوة مهمة", "ماكرون", "الاتفاق"},
		{"«ووصف X تلك التصريحات»",
			"ووصف أردوغان تلك التصريحات بأنها غير مسؤولة على الإطلاق.",
			"غير مسؤولة", "أردوغان", "التصريحات"},
		{"a title and its name keep together",
			"ووصف الرئيس الأمريكي دونالد ترامب الاتفاق بأنه سيئ للغاية ولن يصمد طويلا.",
			"سيئ للغاية", "دونالد ترامب", "الاتفاق"},
		{"a definite subject with its nisba, then the object",
			"واتهمت الحكومة العراقية الجماعات المسلحة بأنها تسعى إلى إشعال الفوضى في البلاد.",
			"إشعال الفوضى", "الحكومة العراقية", "الجماعات"},
		{"a place in ا is no accusative object",
			"وحذر حاكم ولاية فلوريدا من أن العاصفة ستكون الأسوأ منذ عقود طويلة.",
			"الأسوأ منذ عقود", "حاكم ولاية فلوريدا", ""},
		{"«قال» keeps its phrase",
			"وقال وزير الخارجية الفرنسي جان إيف لودريان إن باريس تدعم الحوار بين الأطراف.",
			"تدعم الحوار", "لودريان", ""},
	})
}

// TestQuotePluralSpeaker checks a speaker that opens with ب or ل and ends
// in ون (pluralSpeaker).
func TestQuotePluralSpeaker(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«وقال باحثون إن»",
			"وقال باحثون في جامعة القاهرة إن تلوث الهواء يضر بصحة الأطفال في المدن.",
			"تلوث الهواء", "باحثون", ""},
		{"«وأكد لاعبون أن»",
			"وأكد لاعبون في الفريق أنهم مستعدون تماما للمباراة النهائية يوم الجمعة.",
			"مستعدون تماما", "لاعبون", ""},
	})
}
