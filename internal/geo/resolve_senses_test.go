package geo

import "testing"

// TestWordSenses checks places11's senses that are no place: a spelling
// that is only a word («مآرب»), a kinship noun before a kin word («جدة
// الطفلة»), a participle between a noun and «إلى» («الموصل»), a city that
// names a talks process («محادثات أستانا»), and the lexicon's new cue and
// context names («معسكر», «لعصابة», «سيرت», «قفصه»). Each case has its
// place reading beside it.
func TestWordSenses(t *testing.T) {
	runPlaceCases(t, []placeCase{
		{"«مآرب» aims, not Marib",
			"قالت الحكومة إن الحملة على اليمن تخدم مآرب سياسية.", []string{"اليمن YEM"}},
		{"«مأرب» the city",
			"وصل الوزير إلى مأرب أمس.", []string{"مأرب YEM"}},
		{"«جدة الطفلة» the grandmother",
			"حملت جدة الطفلة حفيدتها بعيدا عن الغاز في غزة.", []string{"غزة PSE"}},
		{"«جدة» the city before a person's title",
			"استقبل محافظ جدة الأمير الزائر في مكتبه.", []string{"جدة SAU"}},
		{"«الموصل إلى» leading to",
			"قطعت القوات الطريق الرئيسي الموصل إلى مدينة الحديدة.", []string{"الحديدة YEM"}},
		{"«من الموصل إلى» the city",
			"نزح آلاف السكان من الموصل إلى أربيل.", []string{"الموصل IRQ", "أربيل IRQ"}},
		{"«محادثات أستانا» the process",
			"أعلنت موسكو أن محادثات أستانا ستستأنف الشهر المقبل.", []string{"موسكو RUS"}},
		{"«محادثات في جنيف» the city",
			"تبدأ محادثات في جنيف الأسبوع المقبل.", []string{"جنيف CHE"}},
		{"«مباحثات القاهرة» a meeting held in Cairo",
			"وصف الوزير مباحثات القاهرة بين الرئيسين بالناجحة.", []string{"القاهرة EGY"}},
		{"«تلك البقاع» those spots, not the Bekaa",
			"وصلت القوات إلى تلك البقاع المهمة قرب صعدة.", []string{"صعدة YEM"}},
		{"«بما في ذلك الرقة» the city",
			"استعادت القوات مدنا كثيرة بما في ذلك الرقة.", []string{"الرقة SYR"}},
		{"«مجلس شورى مجاهدي درنة» an organisation",
			"قتل قيادي في مجلس شورى مجاهدي درنة قرب مدينة بنغازي.", []string{"بنغازي LBY"}},
		{"«مشاورات الكويت» a country stays",
			"أشاد الوزير بمشاورات سابقة وقال إن مشاورات الكويت كانت مفيدة.", []string{"الكويت KWT"}},
		{"«معسكر» a camp, not Mascara",
			"نقل الأسرى إلى معسكر قريب من الحدود.", nil},
		{"«للعصابة» of the gang, not Assaba",
			"قالت الشرطة إن الرأس المدبر لعصابة السرقة اعتقل.", nil},
		{"«سيرت» sent, not Siirt",
			"سيرت الجمعية قافلة مساعدات جديدة.", nil},
		{"«قفصه» its cage, not Gafsa",
			"بقي الأسد في قفصه طوال العرض.", nil},
	})
}

// TestPlaces11Data checks places11's gazetteer entries: a name shared by
// two countries read in the article's country, and spellings the news uses.
func TestPlaces11Data(t *testing.T) {
	runPlaceCases(t, []placeCase{
		{"Hamad City by Khan Yunis, not Hamad Town",
			"قصفت الطائرات موقعا قرب مدينة حمد غرب خان يونس.", []string{"مدينة حمد PSE", "خان يونس PSE"}},
		{"Jabal Azzan south of Aleppo",
			"انسحبت الميليشيات من جبل عزان جنوبي مدينة حلب.", []string{"جبل عزان SYR", "حلب SYR"}},
		{"Tahrir Square in Sanaa",
			"احتشد الحوثيون في ميدان التحرير وسط صنعاء.", []string{"ميدان التحرير YEM", "صنعاء YEM"}},
		{"Kermanshah spelt «كرامانشاه»",
			"انطلقت الصواريخ من مدينة كرامانشاه غربي إيران.", []string{"كرامانشاه IRN", "إيران IRN"}},
		{"the Elysee where a delegation was received, in a report naming Paris",
			"زار الوفد باريس واستقبله الرئيس في الإليزيه أمس.", []string{"باريس FRA", "الإليزيه FRA"}},
		{"the Elysee as the presidency",
			"وقال الإليزيه إن الرئيس سيزور باريس قريبا.", []string{"باريس FRA"}},
		{"the Yarmouk valley, not the camp",
			"يتحصن المسلحون في منطقة وادي اليرموك في ريف درعا.", []string{"وادي اليرموك SYR", "درعا SYR"}},
		{"the Bab Tobruk quarter of Derna, not Tobruk",
			"انتفض أهالي منطقة باب طبرق غربي درنة ضد المسلحين.", []string{"باب طبرق LBY", "درنة LBY"}},
		{"Aliaga north of Izmir",
			"عقدت الجلسة في بلدة علي أغا شمالي إزمير.", []string{"علي أغا TUR", "إزمير TUR"}},
	})
}
