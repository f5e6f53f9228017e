package coding

import "testing"

// TestTalksRetoldJoin checks that a meeting or a signing told again with a
// definite noun — after a verb of content or a frame («وتناول اللقاء»,
// «وجرى خلال اللقاء»), or a signing of «الاتفاقية» — joins the meeting or
// deal told before, and that a meeting dated in its own sentence stays
// apart.
func TestTalksRetoldJoin(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []struct {
		text     string
		typ      string
		want     int // events of type typ
		evidence int // evidence sentences of the first one
	}{
		{"التقى وزير الخارجية المصري نظيره الأردني في القاهرة يوم الأحد. وتناول اللقاء تطورات القضية الفلسطينية.", "CONSULT", 1, 2},
		{"التقى وزير الخارجية المصري نظيره الأردني في القاهرة يوم الأحد. واستعرض الاجتماع العلاقات بين البلدين.", "CONSULT", 1, 2},
		{"استقبل رئيس الوزراء العراقي سفير فرنسا في بغداد يوم الاثنين. وشدد وزير الخارجية العراقي خلال اللقاء على أهمية التعاون.", "CONSULT", 1, 2},
		{"وقع الأردن اتفاقية مع الاتحاد الأوروبي يوم الأربعاء لدعم اللاجئين. ووقع الاتفاقية عن الجانب الأردني وزير التخطيط.", "AGREE", 1, 2},
		{"وقعت قطر اتفاقية مع حلف شمال الأطلسي يوم الأربعاء لتسهيل مرور قوات الحلف. وحضر أمير قطر توقيع الاتفاقية مع الأمين العام للحلف.", "AGREE", 1, 2},
		{"استقبل الرئيس المصري في القاهرة يوم الخميس رئيس الوزراء الفلسطيني. كما بحثا أيضا تخفيف معاناة السكان في قطاع غزة.", "CONSULT", 1, 2},
		{"توصلت الحكومة والمسلحون يوم السبت إلى اتفاق لإخلاء الحي. وتم التوصل إلى الاتفاق بعد شهر من القتال العنيف في جنوب العاصمة.", "AGREE", 1, 2},
		// «اليوم» dates a meeting of its own before «اللقاء»
		{"بحث وزير الخارجية السعودي أمس مع نظيره المصري العلاقات الثنائية. وقال إنه بحث خلال لقائه وزير الخارجية الفرنسي اليوم الأزمة السورية، وتناول اللقاء موضوع العراق.", "CONSULT", 2, 1},
	}
	for _, tc := range cases {
		got, all := chainEventsOf(t, an, tc.text, tc.typ)
		if len(got) != tc.want || len(got[0].Evidence) != tc.evidence {
			t.Errorf("Analyze(%s) = %s, want %d %s events, the first with %d evidence sentences", tc.text, all, tc.want, tc.typ, tc.evidence)
		}
	}
}

// TestTalksUrgedOrSearched checks the consult11 senses: talks urged, named
// as a means or to be resumed, a search and research are no meeting.
func TestTalksUrgedOrSearched(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []struct {
		text string
		want int // CONSULT events
	}{
		{"وقالت الخارجية في بيان: ونواصل دعوتنا إلى جميع الأطراف للعودة إلى المفاوضات السياسية في جنيف.", 0},
		{"وأكد الوزير أن الهدف هو الضغط على المسلحين ودفعهم للعودة إلى المفاوضات مع الحكومة.", 0},
		{"وشدد الملك على ضرورة إطلاق مفاوضات جادة بين الفلسطينيين والإسرائيليين.", 0},
		{"وتسعى الوساطة القطرية إلى استئناف المحادثات بين الطرفين المتنازعين في السودان.", 0},
		{"ووسعت الشرطة، التي تحقق في اختفاء رجل أعمال، بحثها ليشمل غابة قريبة من المدينة.", 0},
		{"ويلتقي منتخب الأرجنتين نظيره الإسرائيلي يوم السبت في اللقاء الودي على ملعب تيدي في القدس.", 0},
		{"نظمت جمعية خيرية يوم الجمعة زيارة دار الرعاية للمسنين في عمان بمناسبة العيد.", 0},
		{"واستقبلت المتطوعات النزيلات بالأهازيج والورود في حفل أقيم يوم الخميس.", 0},
		// talks held stay
		{"استأنف الطرفان المحادثات في جنيف يوم الأحد بعد توقف دام أسبوعين.", 1},
		{"طالب الوفد الحكومي خلال المفاوضات في الكويت يوم السبت بانسحاب المسلحين من المدن.", 1},
	}
	for _, tc := range cases {
		got, all := chainEventsOf(t, an, tc.text, "CONSULT")
		if len(got) != tc.want {
			t.Errorf("Analyze(%s) = %s, want %d CONSULT events", tc.text, all, tc.want)
		}
	}
}
