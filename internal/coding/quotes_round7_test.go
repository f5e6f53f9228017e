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
		{"a narrative verb's subject ends before its object",
			"بدأ الرئيس الفرنسي إيمانويل ماكرون جولة طويلة في أفريقيا. ويقول: \"هذه الجولة مهمة جدا لمستقبل العلاقات بيننا\".",
			"هذه الجولة مهمة", "ماكرون", "جولة"},
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

// TestQuoteImpersonalReport checks that «تبيّن أن» (it turned out) and
// «اقرأ أيضا:» introduce no quote, while «وتبيّن الوزارة أن» still does
// (impersonalReport).
func TestQuoteImpersonalReport(t *testing.T) {
	checkNoQuotes(t, []string{
		"فتحت الشرطة تحقيقا في الحادث، ثم تبين لاحقا أن السائق كان يقود بسرعة كبيرة جدا.",
		"وتبين للمحققين، بعد فحص الهاتف، أن الرسائل أرسلت من حساب مزيف في الخارج.",
		"وعاد الوزير إلى منصبه. اقرأ أيضا: الحكومة الجديدة تؤدي اليمين أمام البرلمان في العاصمة",
		"ورفع الوحدة رصيده إلى 40 نقطة ليتقدم إلى المركز الرابع مؤقتا علما بأنه الفوز الثاني له في آخر خمس مباريات.",
		"وقدم الفريقان أداء قويا في الشوط الثاني حتى بدت المباراة كأنها نهائي بطولة كبرى.",
		"وأعربت المدرسة عن قلقها إزاء سلامة الطفل بما في ذلك قدرته على أن يعبر الشارع وحده كل صباح.",
	})
	runChainSpeakers(t, []speakerCase{
		{"«بشكل» is no verb inside a colon quote",
			"وقال المدرب سامر: لعبنا بشكل جيد في الشوط الأول، إننا قادرون على الفوز في المباراة المقبلة.",
			"إننا قادرون", "المدرب", "جيد"},
	})
	runChainSpeakers(t, []speakerCase{
		{"«وتبين الوزارة أن» has a subject",
			"وتبين وزارة الصحة أن الأطفال الذين ينامون مبكرا يتعلمون بسرعة أكبر من غيرهم.",
			"ينامون مبكرا", "وزارة الصحة", ""},
	})
}

// TestQuoteOpeningSubject checks that a participle takes the subject of
// the clause it closes (openingSubject, clauseNameFirst).
func TestQuoteOpeningSubject(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«لكن X دافع عن …، قائلا إن»",
			"وقال متحدث باسم المعارضة إن القرار خاطئ تماما.\nلكن ماكرون دافع عنه الأحد، قائلا إنه يخدم مصلحة البلاد على المدى البعيد.",
			"يخدم مصلحة البلاد", "ماكرون", "متحدث"},
	})
}

// TestQuoteTidy checks that a quoted name is not its speaker's quote and
// that an attributed statement does not open with its source's apposition
// (tidyQuotes).
func TestQuoteTidy(t *testing.T) {
	checkNoQuotes(t, []string{
		"وصل المهاجرون إلى الشاطئ صباح اليوم، بحسب المتحدث باسم خفر السواحل، العقيد سالم الهادي.",
		"ارتفعت أسعار القمح في الأسواق المحلية، بحسب منى العلي، مديرة قسم الدراسات في الغرفة التجارية.",
	})
	runChainSpeakers(t, []speakerCase{
		{"«ووفقا لموقع X، المتخصص في …، يأتي …»",
			"ووفقا لموقع \"كورة نت\"، المتخصص في الشؤون الرياضية، يأتي المنتخب المغربي في صدارة الترتيب القاري هذا العام.",
			"يأتي المنتخب المغربي", "كورة نت", ""},
	})
}

// TestQuoteRelayedPastAbbreviation checks that an outlet's abbreviation in
// parentheses does not hide the source it relays (pastAbbreviation).
func TestQuoteRelayedPastAbbreviation(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«ونقلت وكالة … (واع) عن X قوله»",
			"ونقلت وكالة الأنباء العراقية (واع) عن مصدر أمني قوله إن الطريق أعيد فتحه أمام المسافرين صباح اليوم.",
			"الطريق أعيد فتحه", "مصدر أمني", "وكالة"},
	})
}

// TestQuoteLatterParty checks that a speaker «الأخير» is the party named
// last before it (latterParty).
func TestQuoteLatterParty(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«بين X وY، حيث قال الأخير إن»",
			"وتصاعد الخلاف بين الرئيس الأمريكي دونالد ترامب والرئيس الروسي فلاديمير بوتين، حيث قال الأخير إن بلاده لن تقبل أي عقوبات جديدة.",
			"لن تقبل أي عقوبات", "بوتين", "الأخير"},
		{"«اتصل X بنظيره …، وقال الأخير إن» keeps «الأخير»",
			"واتصل رئيس الحكومة المغربية عزيز أخنوش بنظيره الماليزي، وقال الأخير إن البلدين سيوقعان اتفاقا تجاريا قريبا.",
			"سيوقعان اتفاقا", "الأخير", "أخنوش"},
	})
}

// TestQuoteIssuedBy checks that a statement «صادر عن X» speaks for X
// (issuedBy).
func TestQuoteIssuedBy(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«وقال بيان صادر عن X إن»",
			"وقال الوزير أحمد سالم إن الوضع في المدينة هادئ تماما.\nوقال بيان صادر عن وزارة الداخلية المغربية إن قوات الأمن أوقفت ثلاثة أشخاص في مدينة طنجة.",
			"أوقفت ثلاثة أشخاص", "وزارة الداخلية المغربية", "أحمد سالم"},
	})
}
