package coding

import "testing"

// TestAppealQuoted: «دعا/حث X إلى/على + verbal noun + "…"» is a quote from
// the verbal noun to the end of its clause, by the one who appealed; a
// bare verbal noun without quotation marks is not.
func TestAppealQuoted(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	runCoderSpeakers(t, c, []speakerCase{
		{"دعا … إلى + masdar + quoted phrase",
			"دعا وزير الزراعة سامر الحلبي المزارعين إلى استغلال \"موسم مطري استثنائي\" هذا العام، خلال زيارة إلى الأرياف.",
			"استغلال \"موسم مطري استثنائي\" هذا العام", "وزير الزراعة", ""},
		{"حث … على + masdar + quoted phrase (حث is no reporting verb by itself)",
			"حث رئيس الاتحاد الرياضي نادر الخطيب الأندية على احترام \"روح المنافسة\" في المباريات المقبلة، وفق بيان للاتحاد.",
			"احترام \"روح المنافسة\" في المباريات المقبلة", "نادر الخطيب", ""},
		{"past another quoted phrase to the clause's end",
			"ودعا المبعوث الأممي خلال الاجتماع إلى البحث عن تسوية \"عادلة\" وليس \"مؤقتة\".",
			"البحث عن تسوية \"عادلة\" وليس \"مؤقتة\"", "المبعوث الأممي", ""},
	})
	// a bare verbal noun is no quote
	checkNoQuotes(t, []string{"ودعا المحافظ السكان إلى ترشيد استهلاك المياه خلال فصل الصيف."})
}
