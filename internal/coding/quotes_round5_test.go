package coding

import (
	"testing"
	"time"
)

// TestQuoteClosingAttribution: a sentence closed by its source («…، بحسب
// X», «…، وفق ما أوردت X», «…، حسبما قال X») reports a fact with its source;
// as the official dev gold reads it (13 of its 17 such sentences are no
// quote), it adds no quote, whether the source names a party, an outlet, a
// norm or a price. A clause with a speaker of its own keeps its speaker.
func TestQuoteClosingAttribution(t *testing.T) {
	checkNoQuotes(t, []string{
		"واعتقلت الشرطة ثلاثة رجال في حي شعبي شرق المدينة ليل السبت، بحسب السلطات المحلية.",
		"وتضررت عشرات المنازل في القرى الحدودية جراء الأمطار الغزيرة، وفق ما أوردت وكالة الأنباء الرسمية.",
		"وسقطت قذيفتان على سوق الخضار في البلدة صباح الاثنين، حسبما قال سكان محليون.",
		"ويعيش نحو مليوني لاجئ في مخيمات على الحدود الشمالية، وفقا لوزارة الشؤون الاجتماعية.",
		"وقتل ثلاثة مدنيين وأصيب عشرة آخرون في القصف الذي استهدف السوق، بحسب المرصد.",
		"وأحيل المتهمون إلى المحكمة العسكرية بتهمة التخطيط لهجوم، بحسب ما أفادت النيابة الاثنين.",
		"واستهدف الهجوم قاعدة جوية في الشمال، حسبما ذكرت وسائل الإعلام الرسمية التي لم توجه اتهاما لأي جهة.",
		"وتراجعت أسعار النفط الخام بنحو ثلاثة في المئة خلال الأسبوع الماضي، حسب \"منظمة البلدان المصدرة\".",
		"ومن المتوقع أن يرتفع عدد المعتقلين المنقولين إلى ستة آلاف خلال أسابيع، وفق بيان «القيادة الوسطى».",
		"وارتفعت أسعار الخبز في العاصمة بنسبة عشرين في المئة، وذلك بحسب مصادر تجارية، بينما بقيت أسعار الوقود ثابتة.",
		"وغادرت الحافلات المدينة بعد ظهر الأحد، وفق اتفاق تم التوصل إليه الأسبوع الماضي.",
		"ويحتفل سكان القرية بالعيد ثلاثة أيام متتالية، وفقا للتقاليد الموروثة.",
		"وبيعت السيارة بعشرين ألف دولار مقابل ثلاثين ألفا، بحسب السعر السابق.",
		"وتوزع الحصص على العائلات كل شهر، حسب الأصول المتبعة في البلدية.",
	})
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	// the clause already has its speaker: the source only relays
	text := "وأكد الوزير أن المفاوضات ستستأنف الأسبوع المقبل في العاصمة، وفق ما نقلت وكالة الأنباء الرسمية."
	_, qs := c.CodeText(text, time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC))
	for _, q := range qs {
		if q.Speaker != nil && q.Speaker.Name == "وكالة الأنباء الرسمية" {
			t.Errorf("CodeText(%s): %q said by %s, want the minister", text, q.Text, q.Speaker.Name)
		}
	}
}

// TestQuoteSpeakersRound5: speakers of the fifth quotes round, in
// sentences written by the team. Each case names a piece of the quote, the
// speaker it must have and a name it must not have.
func TestQuoteSpeakersRound5(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«وفي حين ذكر …، لفت إلى أن»: the conjunction is no speaker",
			"وقال مدير المعرض سامي الحربي إن الإقبال فاق التوقعات.\nوفي حين ذكر أنه لم يكشف بعد عن قيمة العقود، لفت إلى أن عدد الوظائف الجديدة قد يبلغ عشرات الآلاف.",
			"عدد الوظائف", "سامي الحربي", "حين"},
		{"«واتهم TITLE، OBJECT بأنها»: the object after the comma is no speaker",
			"واتهم رئيس الوزراء الأردني، المعارضة بأنها تسعى إلى تعطيل عمل البرلمان.",
			"تعطيل عمل البرلمان", "رئيس الوزراء الأردني", "المعارضة"},
		{"an apposition closed by a comma stays the speaker",
			"ووصف وزير الخارجية الفرنسي، جان إيف لودريان، الهجوم بأنه \"عمل جبان لن يمر دون عقاب\".",
			"عمل جبان", "جان إيف لودريان", ""},
		{"«وزاد بقوله:» adds to the last statement",
			"وقال مدرب المنتخب خالد الراشد إن اللاعبين في حالة جيدة.\nوزاد بقوله: \"طلبت من الجميع التركيز على المباراة المقبلة فقط\".",
			"التركيز على المباراة", "خالد الراشد", "وزاد"},
	})
}

// TestQuoteNotSpeechRound5: words of the fifth round that read as speech
// and are not: a light verb before an unrelated «أنه», «زاد» that
// increases.
func TestQuoteNotSpeechRound5(t *testing.T) {
	checkNoQuotes(t, []string{
		"ولم يملأ الوزير السابق مناصب كبرى في وزارته وباشر إصلاحات بيروقراطية لم تحظ بالتأييد، والأهم من ذلك أنه لم يكن على توافق مع الرئيس.",
		"وزاد عدد الزوار هذا العام بنسبة كبيرة مقارنة بالعام الماضي، وفق أرقام نشرتها البلدية على موقعها.",
	})
}

// TestQuoteExtraVerbs: «نبه/خلص/كتب … أن» report.
func TestQuoteExtraVerbs(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«ونبه إلى أن \"…\"» after a named speaker",
			"وقال وزير المالية أحمد الساعدي إن الموازنة ستقر الشهر المقبل.\nونبه إلى أن \"كل تأخير في إقرارها سيكلف البلاد خسائر كبيرة\".",
			"كل تأخير", "أحمد الساعدي", ""},
		{"«وخلص التقرير إلى أن»",
			"وخلص التقرير السنوي للمنظمة إلى أن أوضاع السجون تدهورت خلال العام الماضي.",
			"أوضاع السجون تدهورت", "التقرير", ""},
		{"«وكتب X أن \"…\"» without a post named",
			"وكتب الرئيس الأمريكي أن \"الحدود يجب أن تغلق أمام المهربين فورا\".",
			"الحدود يجب", "الرئيس الأمريكي", ""},
	})
}

// TestQuotePronounSource: «حسب روايته», «بحسب تعبيره», «نقلت عنه قوله»
// name no speaker of their own; whom the pronoun points back to speaks.
func TestQuotePronounSource(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«، حسب روايته،» in the middle: the sentence's subject",
			"وكان السفير البريطاني يجلس، حسب روايته، خلف المنصة الرئيسية التي جلس عليها الرئيس ونائبه.",
			"خلف المنصة", "السفير البريطاني", "روايته"},
		{"«\"…\"، حسب تعبيره»: the subject of the opening verb",
			"ونشر وزير الخارجية الإيراني محمد جواد ظريف تغريدة هاجم فيها \"الذين يدعمون الحصار على شعبنا منذ عقود\"، حسب تعبيره.",
			"يدعمون الحصار", "ظريف", "تعبيره"},
	})
}

// TestQuoteMaddaName: «آن» (Anne) normalises to «ان» but is a name, not
// the complementiser: the name and title after «وقالت» speak.
func TestQuoteMaddaName(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«وقالت آن NAME TITLE إن»",
			"وقال مسؤول في الوزارة إن الحملة ستستمر.\nوقالت آن مارتان مديرة الوكالة الصحية إن عشرات الأطفال أصيبوا بالمرض هذا الشتاء.",
			"عشرات الأطفال", "آن مارتان", "مسؤول"},
	})
}

// TestQuoteTimeOpener: a time phrase with no comma after it («وفي الشهر
// الماضي») opens the sentence before its verb; the verb's subject speaks
// for a later «ويقول إنه».
func TestQuoteTimeOpener(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«وفي الشهر الماضي بدأ X …، ويقول إنه»",
			"وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده ستدعم الحوار.\nوفي الشهر الماضي بدأ الجيش الفرنسي عملية واسعة في منطقة الساحل، ويقول إنه قتل عشرات المسلحين هناك.",
			"قتل عشرات المسلحين", "الجيش الفرنسي", "ماكرون"},
	})
}

// TestQuoteCountryLikeParticiple: a country whose name reads as an
// accusative participle (م…ا: «مالطا», «ماليزيا») is the subject of the
// verb before it, not how one spoke.
func TestQuoteCountryLikeParticiple(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«وأعلنت مالطا أنها»",
			"وقالت إيطاليا إن موانئها مغلقة أمام السفن.\nوأعلنت مالطا الثلاثاء أنها ستسمح للسفينة الإنسانية بالرسو في مرفئها.",
			"ستسمح للسفينة", "مالطا", "إيطاليا"},
		{"a participle the tagger joins to the name after it is still how one spoke",
			"وقال الرئيس الإيراني حسن روحاني إن المضيق آمن.\nوقال مخاطبا ترامب: \"لا تلعب بالنار لأنك ستندم\".",
			"لا تلعب بالنار", "روحاني", "مخاطبا"},
		{"«وأكدت ماليزيا أنها»",
			"وأكدت ماليزيا أنها لن تشارك في المناورات البحرية هذا العام.",
			"لن تشارك", "ماليزيا", ""},
	})
}

// TestQuoteAdverbialOpener: a name in apposition at the end of an opening
// «وبعد …» phrase is not the subject of the verb after it.
func TestQuoteAdverbialOpener(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«وبعد لقائه نظيره، NAME، قال:»",
			"وقال وزير الخارجية الأمريكي ريكس تيلرسون إن المحادثات ستستمر.\nوبعد لقائه نظيره الروسي، سيرغي لافروف، قال: \"لدينا خلافات كثيرة لكننا نريد أن نتحدث\".",
			"لدينا خلافات", "تيلرسون", "لافروف"},
	})
}
