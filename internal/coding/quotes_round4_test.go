package coding

import (
	"context"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// TestQuoteSpeakersRound4: speakers of the fourth quotes round (issue 5),
// in sentences written by the team and read through the actor linker.
// Each case names a piece of the quote, the speaker it must have and, where
// the old reading was wrong, a name it must not have.
func TestQuoteSpeakersRound4(t *testing.T) {
	an := chainAnalyzer(t)
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	cases := []struct{ name, text, quote, speaker, not string }{
		{"«نقلت X عنه قوله»: the pronoun's antecedent speaks, not the outlet",
			"وقال وزير الخارجية الروسي سيرغي لافروف إن الحل في سوريا سياسي.\nونقلت وكالة تاس عنه قوله إن موسكو لن تتراجع عن موقفها في مجلس الأمن.",
			"موسكو لن تتراجع", "لافروف", "تاس"},
		{"«نقلت المتحدثة باسم X عنه قوله»: X",
			"ونقلت المتحدثة باسم رئيس المفوضية الأوروبية جان كلود يونكر عنه قوله إن الاتحاد سيرد على الرسوم الجديدة.",
			"الاتحاد سيرد", "يونكر", ""},
		{"a post in a body, then its holder's name before a comma",
			"وقال مدير إدارة الشرق الأوسط في وزارة الخارجية الروسية ميخائيل بوغدانوف، إن موسكو تدعم الحوار بين الأطراف اليمنية.",
			"موسكو تدعم", "بوغدانوف", ""},
		{"«، فيما ذكرت Y أن» after a participle: Y's statement, not the participle's",
			"وأعلن وزير الدفاع الإسرائيلي أفيغدور ليبرمان أن الضربة أصابت مواقع إيرانية، متهما طهران بإطلاق صواريخ على الجولان، فيما ذكرت وزارة الدفاع الروسية أن الطائرات أطلقت عشرات الصواريخ على ريف دمشق.",
			"الطائرات أطلقت", "وزارة الدفاع الروسية", "ليبرمان"},
		{"«، بينما قال سكان إن» after a non-reporting clause",
			"ولم توضح القناة عدد الجرحى، بينما قال سكان إن الكهرباء انقطعت عن الحي منذ الفجر.",
			"الكهرباء انقطعت", "سكان", "القناة"},
		{"a possessed plural is a subject, not an accusative participle",
			"وقالت رئيسة الوزراء إن الضربات كانت ضرورية.\nويرى معارضوها أن ما يجري هناك لا يهدد البلاد مباشرة.",
			"لا يهدد البلاد", "معارضوها", "رئيسة الوزراء"},
		{"an unjoined verb opening the sentence, its subject and a feminine participle",
			"قال ترامب إن الاقتصاد قوي.\nطرحت وزيرة الخارجية الأسبق، هيلاري كلينتون، الأحد، سؤالا عن التحقيقات، قائلة: \"من يحقق مع الرئيس الحالي في هذه الاتهامات؟\"",
			"من يحقق", "هيلاري كلينتون", "ترامب"},
		{"an unjoined verb opening the sentence, then «وقال في مقابلة»",
			"قال الوزير إن المحادثات متوقفة.\nدافع الرئيس الأمريكي دونالد ترامب عن لقائه مع نظيره الروسي، وقال في مقابلة بثتها محطة محلية إن المحادثات كانت جيدة رغم الخلافات.",
			"المحادثات كانت جيدة", "دونالد ترامب", "الوزير"},
		{"a platform in quotation marks before a colon is no speaker",
			"وقال الرئيس الأمريكي دونالد ترامب إن العقوبات ستبقى.\nورد ترامب على التهديدات عبر \"تويتر\": \"لا تهددوا الولايات المتحدة مرة أخرى أبدا\".",
			"لا تهددوا", "ترامب", "تويتر"},
		{"«في كلمة لـX» names the audience, not the speaker",
			"أعلن الرئيس الأمريكي دونالد ترامب استعداده للتفاوض.\nوقال في كلمة لقدامى المحاربين في ولاية ميزوري: \"نحن مستعدون لاتفاق حقيقي مع طهران\".",
			"نحن مستعدون", "ترامب", "المحاربين"},
		{"a subject before its verb ending in a linked «للـX» keeps its head",
			"وتتنافس كتلتان على تسمية رئيس الحكومة.\nلكن رئيس الجلسة الأولى للبرلمان قال إن المحكمة الاتحادية ستحسم الخلاف قريبا.",
			"المحكمة الاتحادية ستحسم", "رئيس الجلسة", ""},
		{"a post in a body, then its holder's unlinked name before «إن»",
			"وقال عضو المكتب السياسي في حركة النهضة سامي قاسمي إن الحركة لن تشارك في الحكومة المقبلة.",
			"الحركة لن تشارك", "سامي قاسمي", ""},
		{"«أكد X، يوم، على + verbal noun»: what was affirmed",
			"أكد الرئيس المصري عبد الفتاح السيسي، الأربعاء، على ضرورة تعزيز التعاون الاقتصادي مع دول الجوار.",
			"تعزيز التعاون", "السيسي", ""},
		{"a first name that also reads as an act («ساره» as «سار»)",
			"وقالت المستشارة السابقة إن الجميع يكذب.\nوقالت ساره ساندرز في بيان إن هذه التصريحات لا تستحق الرد.",
			"هذه التصريحات لا تستحق", "ساره ساندرز", "المستشارة"},
		{"a first name that reads as a participle, in an apposition",
			"وقالت المتحدثة باسم البلدية، ماريا حداد، في مؤتمر صحفي، إن المياه ستعود إلى الأحياء الشرقية غدا.",
			"المياه ستعود", "ماريا حداد", ""},
		{"«بعض + people» after the verb speaks",
			"وقالت المنظمة إن البرنامج مستمر.\nويقول بعض المعلقين إن التعليم في المدارس الريفية لا يؤخذ على محمل الجد.",
			"التعليم في المدارس", "بعض المعلقين", "المنظمة"},
		{"«عدد من + people» after the verb speaks, named in full",
			"وقال عدد من الدبلوماسيين إن المبعوثين طلبوا دعم المجلس لخطتهم الجديدة.",
			"المبعوثين طلبوا", "عدد من الدبلوماسيين", ""},
		{"«، في حين طلبت Y من Z \"…\"»: the quote is Y's, not the earlier speaker's",
			"ودعا الرئيس الفرنسي إيمانويل ماكرون الطرفين إلى \"ضبط النفس\"، في حين طلبت وزارة الخارجية الفرنسية من طهران \"الامتناع عن أي خطوة عسكرية في المنطقة\".",
			"الامتناع عن أي خطوة", "وزارة الخارجية الفرنسية", "ماكرون"},
		{"a subject before its verb whose name holds «و»",
			"ويعتقد أن الخضار مصدر العدوى، غير أن إدارة الأدوية والغذاء الأمريكية تقول إنه لا دليل على مسؤولية مزرعة بعينها.",
			"لا دليل على", "إدارة الأدوية والغذاء", ""},
		{"«للصحفيين» after the name is whom it was said to",
			"وقال وزير الخارجية الإثيوبي للصحفيين إن بلاده جاءت بروح إيجابية من أجل التعاون.",
			"بلاده جاءت", "وزير الخارجية", "للصحفيين"},
		{"a feminine «فاعلة» participle after a comma; a name glued to «بالـ» is an object",
			"علقت السفارة اليمنية في واشنطن على لقاء وفد الحوثيين بالأمين العام لحزب الله اللبناني، حسن نصرالله، واصفة ذلك بأنه \"دليل على دور الحزب في اليمن\".",
			"دليل على دور", "السفارة اليمنية", "نصرالله"},
		{"«X، بالـ…» after an act: the object, not an apposition",
			"وأشاد رئيس الحكومة اليمنية، بالموقف الأميركي الحازم، وقال إن طهران تسعى إلى موطئ قدم في المنطقة.",
			"طهران تسعى", "رئيس الحكومة اليمنية", "بالموقف"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, err := an.Analyze(context.Background(), &marsad.Article{ID: "q", Text: tc.text, Published: pub})
			if err != nil {
				t.Fatal(err)
			}
			checkSpeaker(t, tc.text, r.Quotes, tc.quote, tc.speaker, tc.not)
		})
	}
}

// TestQuoteNotSpeechRound4: forms of the fourth round that read as speech
// and are not, in sentences written by the team.
func TestQuoteNotSpeechRound4(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"وأكد سيطرة الجيش على أكثر من نصف المدينة بعد معارك استمرت أسبوعا.",
		"وأكدت إصرارها على استعادة المدينة من قبضة المسلحين خلال أيام.",
	} {
		if _, qs := c.CodeText(text, pub); len(qs) != 0 {
			t.Errorf("CodeText(%s) quotes = %+v, want none", text, qs)
		}
	}
}
