package geo

import "testing"

// TestNisbaNouns checks places13's country names spelt like a nisba
// («السعودية», «سورية») read as countries where the word before them is no
// noun they qualify, beside the adjective readings that stay.
func TestNisbaNouns(t *testing.T) {
	runPlaceCases(t, []placeCase{
		{"after a verb with a hamza on its alif",
			"ألغت السعودية صفقة السلاح مع الشركة.", []string{"السعودية SAU"}},
		{"next country of a list joined by و",
			"وقعت الأردن والسعودية اتفاقية للنقل البري.", []string{"الأردن JOR", "السعودية SAU"}},
		{"indefinite, next country of a list",
			"تبادلت إيران وسورية الزيارات الرسمية.", []string{"إيران IRN", "سورية SYR"}},
		{"first of a list in brackets",
			"صدر بيان عن دول المقاطعة (السعودية والبحرين) مساء أمس.", []string{"السعودية SAU", "البحرين BHR"}},
		{"after a preposition ب",
			"عقد الاجتماع في الظهران بالسعودية.", []string{"الظهران SAU", "السعودية SAU"}},
		{"the adjective after a definite noun stays",
			"أعلنت الحكومة السعودية إجراءات جديدة.", nil},
		{"the adjective after an indefinite noun stays",
			"نقلت وكالات سعودية الخبر.", nil},
		{"an adjective joined by و to another adjective stays",
			"شنت مقاتلات روسية وسورية غارات على ريف حمص.", []string{"حمص SYR"}},
		{"a quoted adjective stays",
			"تعهد الرئيس بحذف كلمة \"سورية\" من اسم الجمعية.", nil},
	})
}

// TestPhraseNext checks that «رأس» after a name blocks it only in «مسقط
// رأسه» (birthplace): before it was a club word after any name.
func TestPhraseNext(t *testing.T) {
	runPlaceCases(t, []placeCase{
		{"«مسقط رأسه» the birthplace",
			"دفن الشاعر في مسقط رأسه قرب بغداد.", []string{"بغداد IRQ"}},
		{"«إيران رأس الحربة» Iran",
			"تعد الفصائل المدعومة من إيران رأس الحربة في المعركة.", []string{"إيران IRN"}},
		{"a city before «رأس»",
			"أصبحت الموصل رأس الحربة في الحرب على التنظيم.", []string{"الموصل IRQ"}},
	})
}

// TestShortCueAndNisbaNames checks the two-letter cue noun after و
// («وحي التضامن») and unknown names ending in «ية» in construct after an
// indefinite cue noun («منطقة السعدونية التابعة لقضاء الحويجة»).
func TestShortCueAndNisbaNames(t *testing.T) {
	runPlaceCases(t, []placeCase{
		{"«وحي» is و + حي",
			"خرج المدنيون بعد الاتفاق من اليرموك وحي التضامن المجاور له.", []string{"اليرموك SYR", "التضامن SYR"}},
		{"an unknown name in «ية» after an indefinite cue noun",
			"انفجرت عبوة في قرية الزهيرية التابعة لقضاء الحويجة.", []string{"الزهيرية IRQ", "الحويجة IRQ"}},
		{"a definite cue noun and its adjective stay out",
			"وصلت التعزيزات إلى القرية الجنوبية قرب الحويجة.", []string{"الحويجة IRQ"}},
	})
}

// TestNotNameHeads checks places13's names after words that looked like
// the head of a name or of an adjective: a ruler's title before a country
// that is also a city, an organisation head with the article, «إعلان»
// before a country, a quotation opened by a speech word, and an adjective
// after a definite noun with a preposition («للسفارة السعودية»).
func TestNotNameHeads(t *testing.T) {
	runPlaceCases(t, []placeCase{
		{"title before a country that is also a city",
			"بعث برقية تهنئة إلى رئيس غواتيمالا بمناسبة العيد الوطني.", []string{"غواتيمالا GTM"}},
		{"title with ل",
			"نقل الوزير رسالة لأمير قطر من الرئيس.", []string{"قطر QAT"}},
		{"a definite treaty head is no construct",
			"منح الاتفاق إيران حق تخصيب اليورانيوم.", []string{"إيران IRN"}},
		{"a definite council head, the name with ل",
			"قدم المجلس لتركيا ضمانات جديدة.", []string{"تركيا TUR"}},
		{"an indefinite treaty head names the treaty",
			"خرقت الميليشيات اتفاق ستوكهولم مرات عدة.", nil},
		{"«إعلان» before a country is its announcement",
			"تراجعت الليرة بعد إعلان تركيا فرض رسوم جديدة.", []string{"تركيا TUR"}},
		{"«إعلان» before a city names a declaration",
			"رحبت الدول بإعلان الرياض الصادر عن القمة.", nil},
		{"a quotation opened by «إن» is a sentence",
			"قال الوزير إن \"روسيا ستواصل دعم الحكومة\" في المرحلة المقبلة.", []string{"روسيا RUS"}},
		{"a quoted newspaper name stays out",
			"نشرت صحيفة \"إسرائيل هايوم\" التقرير كاملا.", nil},
		{"an adjective after a definite noun with ل",
			"توجه الصحفي إلى السفارة ثم للقنصلية السعودية في المدينة.", nil},
		{"an adjective after a definite noun with ب",
			"عقد اللقاء بالعاصمة السعودية يوم الأحد.", nil},
	})
}

// TestPlaces13Data checks places13's gazetteer entries: airports named
// after people, spellings of the news, and names listed only with their
// head noun.
func TestPlaces13Data(t *testing.T) {
	runPlaceCases(t, []placeCase{
		{"King Khalid airport",
			"هبطت الطائرة في مطار الملك خالد الدولي صباح اليوم.", []string{"مطار الملك خالد الدولي SAU"}},
		{"JFK",
			"أوقف المسافر في مطار جون كينيدي لدى وصوله.", []string{"مطار جون كينيدي USA"}},
		{"Pennsylvania spelt «بينسيلفانيا»",
			"يقيم الداعية في ولاية بينسيلفانيا منذ سنوات.", []string{"بينسيلفانيا USA"}},
		{"Khorramshahr spelt «خورامشهر»",
			"تظاهر السكان في خورامشهر احتجاجا على شح المياه.", []string{"خورامشهر IRN"}},
		{"El Marg in Cairo, not al-Marj in Libya",
			"ألقت الشرطة القبض على متهمين في منطقة المرج شرقي القاهرة.", []string{"المرج EGY", "القاهرة EGY"}},
		{"«الأحمدي» the surname",
			"قال العميد علي الأحمدي إن القوات تقدمت نحو صنعاء.", []string{"صنعاء YEM"}},
		{"«الأحمدي» the Kuwaiti town after a cue noun",
			"افتتح الوزير مستشفى في محافظة الأحمدي جنوب الكويت.", []string{"الأحمدي KWT", "الكويت KWT"}},
		{"«جماعة خراسان» a group",
			"قتل قيادي في جماعة خراسان بغارة قرب إدلب.", []string{"إدلب SYR"}},
		{"«جماعة إيران» Iran's agents",
			"يعاني اليمنيون من إرهاب جماعة إيران منذ سنوات.", []string{"إيران IRN"}},
		{"al-Uyun in al-Ahsa in a Saudi report",
			"احتفل أهالي مدينة العيون في الأحساء بالعيد.", []string{"العيون SAU", "الأحساء SAU"}},
		{"Brega in a Libyan report",
			"هاجم مسلحون نقطة قرب ميناء البريقة غرب بنغازي.", []string{"البريقة LBY", "بنغازي LBY"}},
		{"Pereira only with its head noun",
			"التقى الوزير بالمدرب بيريرا في بوغوتا.", []string{"بوغوتا COL"}},
	})
}

// TestListsAfter checks places13's village lists opened by «هي» and lists
// whose area is named only after them.
func TestListsAfter(t *testing.T) {
	runPlaceCases(t, []placeCase{
		{"a list opened by «هي» after a place",
			"واصل الجيش تقدمه في ريف حماة وسيطر على ثلاث قرى هي الكبيبة والحويز.", []string{"حماة SYR", "الكبيبة SYR", "الحويز SYR"}},
		{"a list with its area after it",
			"أعلن الجيش أنه استعاد قرى الكبيبة والحويز في ريف حماة الشمالي.", []string{"الكبيبة SYR", "الحويز SYR", "حماة SYR"}},
		{"a cue-level name inside a list of its country's cities",
			"خرجت مظاهرات في مشهد وشيراز وأراك وأصفهان.", []string{"مشهد IRN", "شيراز IRN", "أراك IRN", "أصفهان IRN"}},
		{"a cue-level name at the end of a list stays a word",
			"زار الوفد طهران وشيراز وأراك.", []string{"طهران IRN", "شيراز IRN"}},
		{"no area in the same sentence",
			"استعاد الجيش قرى الكبيبة والحويز. وفي حلب تظاهر السكان.", []string{"حلب SYR"}},
	})
}
