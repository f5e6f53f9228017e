package coding

import "testing"

// TestParticipleVerbSubject: a participle closing a clause whose verb is
// not a reporting verb but has a named subject is that subject's, not the
// last speaker's (quotes17_participle_subject.go).
func TestParticipleVerbSubject(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"an opening phrase, then verb and subject",
			"وقال الجيش إن الهجوم انتهى. إلى جانب ذلك، سخر ترامب من الصحفيين في المؤتمر، قائلا إنهم ينشرون أخبارا كاذبة كل يوم.",
			"ينشرون أخبارا", "ترامب", "الجيش"},
		{"a title, its office, then the name",
			"وقال الجيش إن الهجوم انتهى. وشبه الوزير في الحكومة الإسرائيلية نفتالي بينيت الطائرات بالقنابل، قائلا إن الرد يجب أن يكون قاسيا.",
			"الرد يجب", "نفتالي بينيت", "الجيش"},
		{"«لكن» and a subject with a name in apposition",
			"وقال الجيش إن الهجوم انتهى. لكن الرئيس الأميركي، دونالد ترامب، وجه إنذارا للقوى الأوروبية، قائلا إن هذه فرصة أخيرة لإصلاح الاتفاق.",
			"فرصة أخيرة", "ترامب", "الجيش"},
		{"«غير أن» and a subject before «ردّ»",
			"وقال الجيش إن الهجوم انتهى. غير أن رئيس الوزراء سعد الحريري رد على الانتقادات، معتبرا أن الحكومة ستتشكل قبل نهاية الشهر الحالي.",
			"الحكومة ستتشكل", "سعد الحريري", "الجيش"},
		{"«فيما» and a participle with no comma",
			"وقال الجيش إن الهجوم انتهى. فيما تحدث مدير الشركة خميس الزهراني قائلا إن المشروع سيكتمل قبل نهاية العام المقبل.",
			"المشروع سيكتمل", "خميس الزهراني", "الجيش"},
	})
	runChainSpeakers(t, []speakerCase{
		{"a pro-drop «وأضاف» keeps the last speaker",
			"وقال الجيش إن الهجوم انتهى. وأضاف أن القوات تقدمت في المدينة، مشيرا إلى أن المعارك توقفت في المساء.",
			"المعارك توقفت", "الجيش", ""},
		{"a purpose clause with its own subject",
			"وقال الجيش إن الهجوم انتهى. لكن السلطات المصرية كذبت هذه الرواية لتظهر الفتاة في لقاء تلفزيوني، موضحة أنها تزوجت قبل عام ولم تتواصل مع أسرتها.",
			"تزوجت قبل عام", "الجيش", "السلطات المصرية"},
	})
}
