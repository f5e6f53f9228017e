package coding

import "testing"

// TestRelaySource: «نقلت X … عن Y قوله إن …»: Y speaks, also when the
// outlet carries a relative clause, a quoted name and a day, stands before
// the verb, or is not written (quotes16_relay_source.go).
func TestRelaySource(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"an outlet with a relative clause",
			"ونقلت وكالة الأنباء التي تديرها الحكومة عن وزير الزراعة قوله إن المحصول سيتضاعف هذا العام.",
			"المحصول سيتضاعف", "وزير الزراعة", "وكالة الأنباء"},
		{"an outlet before the verb, a day before إن",
			"وكانت الإذاعة الرسمية نقلت عن مصدر أمني قوله، الاثنين، إن \"دوريات جديدة انتشرت على الحدود الشرقية\".",
			"دوريات جديدة انتشرت", "مصدر أمني", "الإذاعة الرسمية"},
		{"no outlet written",
			"وأفاد مراسل القناة أن الطرق أغلقت. ونقل عن مصادر محلية في المدينة قولها، إن المسلحين نصبوا حواجز عند المداخل.",
			"نصبوا حواجز", "مصادر محلية", "مراسل القناة"},
		{"«نقلا عن» after another verb",
			"وأفادت صحيفة \"الأخبار\" المحلية، الخميس، نقلا عن مهندسين في الميناء قولهم إن الرافعات توقفت عن العمل.",
			"الرافعات توقفت", "مهندسين في الميناء", "الأخبار"},
	})
}
