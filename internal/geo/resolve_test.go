package geo

import (
	"strings"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// want is one expected place: the surface text of its span and the place
// meant.
type want struct {
	text      string
	country   string
	kind      string  // "" = any
	lat, lon  float64 // 0,0 = do not check
	precision int     // 0 = do not check
}

func resolveTest(t *testing.T, text string, opts Options) []marsad.Place {
	t.Helper()
	r, err := NewResolver(nil)
	if err != nil {
		t.Fatal(err)
	}
	return r.Resolve(text, arabic.Tokenize(text), opts)
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name string
		text string
		opts Options
		want []want
	}{
		{"Hasakah vs al-Shaddadi", "سيطرت القوات على بلدة الشدادي جنوب الحسكة بعد معارك عنيفة.", Options{},
			[]want{{"الشدادي", "SYR", marsad.KindTown, 36.05, 40.73, 1}, {"الحسكة", "SYR", marsad.KindCity, 36.50, 40.75, 1}}},
		{"clitic ب", "قتل ثلاثة مدنيين بالحسكة أمس.", Options{}, []want{{"الحسكة", "SYR", "", 36.50, 40.75, 1}}},
		{"clitic لل", "وصلت تعزيزات للحسكة قادمة من القامشلي.", Options{},
			[]want{{"حسكة", "SYR", "", 36.50, 40.75, 1}, {"القامشلي", "SYR", marsad.KindCity, 37.05, 41.23, 1}}},
		{"clitic و and ل", "زار الوزير حلب ودمشق قبل أن يعود لسوريا مرة أخرى.", Options{},
			[]want{{"حلب", "SYR", marsad.KindCity, 36.20, 37.13, 1}, {"دمشق", "SYR", marsad.KindCity, 33.51, 36.29, 1}, {"سوريا", "SYR", marsad.KindCountry, 0, 0, 3}}},
		{"rif", "تدور اشتباكات عنيفة في ريف حلب الشمالي منذ الصباح.", Options{},
			[]want{{"حلب", "SYR", marsad.KindRegion, 36.20, 37.13, 2}}},
		{"multi-word names", "انفجرت سيارة مفخخة في دير الزور، وسقطت قذائف على رأس العين والبوكمال.", Options{},
			[]want{{"دير الزور", "SYR", marsad.KindCity, 35.34, 40.14, 1}, {"رأس العين", "SYR", "", 36.85, 40.07, 1}, {"البوكمال", "SYR", "", 34.45, 40.92, 1}}},
		{"Abu Kamal spelling", "وصلت الميليشيات إلى مدينة أبو كمال الحدودية.", Options{},
			[]want{{"أبو كمال", "SYR", marsad.KindCity, 34.45, 40.92, 1}}},
		{"variant listed without the article", "قصفت الطائرات بوكمال وقرية خان الأحمر.", Options{},
			[]want{{"بوكمال", "SYR", "", 34.45, 40.92, 1}, {"خان الأحمر", "PSE", "", 31.80, 35.33, 1}}},
		{"province cue is precision 3", "أعلنت السلطات حظر التجول في محافظة الحسكة.", Options{},
			[]want{{"الحسكة", "SYR", marsad.KindProvince, 0, 0, 3}}},
		{"north-east Syria is the country", "تسيطر قوات التحالف على مناطق في شمال شرق سوريا.", Options{},
			[]want{{"سوريا", "SYR", marsad.KindCountry, 0, 0, 3}}},
		{"organisation names are not places", "قال رئيس حزب نداء تونس إن اتفاقية جنيف لا تسري، بحسب أستاذ في جامعة القاهرة.", Options{}, nil},
		{"excluded person span", "قال المتحدث عمر حلب إن الوضع هادئ.", Options{Exclude: []marsad.Span{{Start: 11, End: 18}}}, nil},
		{"an entity span made of a cue and the place keeps it", "قصفت الطائرات بلدة الشدادي.", Options{Exclude: []marsad.Span{{Start: 14, End: 26}}},
			[]want{{"الشدادي", "SYR", marsad.KindTown, 36.05, 40.73, 1}}},
		{"football clubs are not places", "فاز برشلونة الإسباني على مانشستر يونايتد بينما خسر ريال مدريد في مدينة ميونيخ.", Options{},
			[]want{{"ميونيخ", "DEU", marsad.KindCity, 48.14, 11.58, 1}}},
		{"a ruler's title heads a country", "استقبل أمير الكويت وملك المغرب والسلطان عبد الله وفدا من الأمير حمزة.", Options{},
			[]want{{"الكويت", "KWT", marsad.KindCountry, 0, 0, 3}, {"المغرب", "MAR", marsad.KindCountry, 0, 0, 3}}},
		{"a nisba after a city is its adjective", "انعقد المؤتمر في مدينة الرياض السعودية بحضور وفد من السعودية.", Options{},
			[]want{{"الرياض", "SAU", "", 24.71, 46.68, 1}, {"السعودية", "SAU", marsad.KindCountry, 0, 0, 3}}},
		{"a nisba after a city, but «ب» makes it a place", "سقطت قذيفة في منطقة جازان بالسعودية.", Options{},
			[]want{{"جازان", "SAU", "", 0, 0, 0}, {"السعودية", "SAU", marsad.KindCountry, 0, 0, 3}}},
		{"hospitals named after a town give the town", "نقل الجرحى إلى مستشفى الشفاء ثم إلى مستشفى حيس.", Options{},
			[]want{{"حيس", "YEM", "", 13.93, 43.48, 1}}},
		{"a definite cue noun is no construct head", "قال إن الهدوء عاد إلى المنطقة وأن الطرق مفتوحة، وإن كان الحذر قائما في العاصمة كابل.", Options{},
			[]want{{"كابل", "AFG", "", 0, 0, 0}}},
		{"a common word with a civil or oil adjective is no site", "قتل ألف مدني وعسكري قرب أكبر حقل نفطي، وقصفت الطائرات مطار حماة والضمير العسكري.", Options{},
			[]want{{"حماة", "SYR", "", 0, 0, 0}, {"الضمير", "SYR", "", 0, 0, 0}}},
		{"diabetes and a factory are not places", "يعاني مرضى السكري في المصنع من نقص الدواء، بينما أغلق الأمن معبر المصنع وقصف حي السكري في حلب.", Options{},
			[]want{{"المصنع", "LBN", "", 0, 0, 0}, {"السكري", "SYR", "", 0, 0, 0}, {"حلب", "SYR", "", 0, 0, 0}}},
		{"club cities in a football report", "تعادل ليفربول مع روما في مباراة الدوري، وسجل اللاعب هدفين في الشوط الثاني على ملعب الفريق في ليفربول.", Options{},
			[]want{{"ليفربول", "GBR", "", 0, 0, 0}}},
		{"a head noun listed with the name gives the bare name", "عبرت الشاحنات منفذ الوديعة الحدودي ثم توقفت في ضاحية فيلبنت، وقصفت الطائرات جبال قنديل.", Options{},
			[]want{{"الوديعة", "SAU", marsad.KindSite, 17.05, 47.12, 0}, {"فيلبنت", "FRA", "", 48.96, 2.53, 1}, {"قنديل", "IRQ", "", 36.40, 45.00, 0}}},
		{"a crossing named after a town is the town", "أغلقت السلطات منفذ الطوال أمام المسافرين.", Options{},
			[]want{{"الطوال", "SAU", "", 16.52, 42.97, 1}}},
		{"«إقليم كردستان» is the Iraqi region", "زار الوفد إقليم كردستان ثم محافظة كردستان في إيران.", Options{},
			[]want{{"كردستان", "IRQ", marsad.KindRegion, 36.2, 44.0, 0}, {"كردستان", "IRN", marsad.KindProvince, 0, 0, 3}, {"إيران", "IRN", marsad.KindCountry, 0, 0, 3}}},
		{"Kurdistan–Turkey border places", "قصفت المدفعية التركية قرى ناحية سيدكان وبلدة كاني ماسي، فيما قتل جنود في يوكسكوفا وشمدينلي.", Options{},
			[]want{{"سيدكان", "IRQ", "", 36.80, 44.67, 1}, {"كاني ماسي", "IRQ", "", 37.22, 43.43, 1}, {"يوكسكوفا", "TUR", "", 37.57, 44.28, 1}, {"شمدينلي", "TUR", "", 37.31, 44.57, 1}}},
		{"common words that are border crossings need a cue", "ارتفعت قيمة الوديعة وبيعت علب الحلوى في الحديقة الخضراء خلال الصراع الدائر، ثم فتح منفذ علب ومنفذ الخضراء.", Options{},
			[]want{{"علب", "YEM", marsad.KindSite, 0, 0, 0}, {"الخضراء", "SAU", marsad.KindSite, 0, 0, 0}}},
		{"club cities outside football", "زار الوزير ليفربول وروما قبل أن يعود إلى باريس.", Options{},
			[]want{{"ليفربول", "GBR", "", 0, 0, 0}, {"روما", "ITA", "", 0, 0, 0}, {"باريس", "FRA", "", 0, 0, 0}}},
		{"clubs and continents", "فاز باريس سان جيرمان على ليفربول الإنجليزي، وزار الوزير دول أمريكا اللاتينية وأميركا الوسطى ثم باريس.", Options{},
			[]want{{"باريس", "FRA", "", 0, 0, 0}}},
		{"an unknown name after a settlement noun", "اقتحمت القوات قرية الزعفرانة جنوب نابلس، ثم مخيم اللاجئين والبلدة القديمة.", Options{},
			[]want{{"الزعفرانة", "PSE", marsad.KindVillage, 0, 0, 2}, {"نابلس", "PSE", "", 0, 0, 0}}},
		{"pictures are not Tyre", "نشرت وكالة الفضاء صور الأقمار الصناعية للمنطقة.", Options{}, nil},
		{"Tyre with a cue", "شنت طائرات إسرائيلية غارة على مدينة صور جنوب لبنان.", Options{},
			[]want{{"صور", "LBN", marsad.KindCity, 33.27, 35.20, 1}, {"لبنان", "LBN", marsad.KindCountry, 0, 0, 3}}},
		{"protectors are not Hama", "أشاد الرئيس بحماة الديار في كلمته.", Options{}, nil},
		{"Hama with a cue", "قصفت الطائرات مدينة حماة وسط البلاد.", Options{},
			[]want{{"حماة", "SYR", marsad.KindCity, 35.13, 36.76, 1}}},
		{"Tripoli in Lebanon", "تجددت الاشتباكات في طرابلس بين باب التبانة وجبل محسن شمال لبنان.", Options{},
			[]want{{"طرابلس", "LBN", "", 34.44, 35.85, 1}, {"باب التبانة", "LBN", "", 0, 0, 1}, {"جبل محسن", "LBN", "", 0, 0, 1}, {"لبنان", "LBN", "", 0, 0, 3}}},
		{"Tripoli in Libya", "وصل المبعوث إلى طرابلس قادما من مصراتة وبنغازي في ليبيا.", Options{},
			[]want{{"طرابلس", "LBY", "", 32.89, 13.19, 1}, {"مصراتة", "LBY", "", 0, 0, 1}, {"بنغازي", "LBY", "", 0, 0, 1}, {"ليبيا", "LBY", "", 0, 0, 3}}},
		{"Amman with Jordan", "وصل الوفد إلى عمان حيث التقى العاهل الأردني في قصره وسط الأردن.", Options{},
			[]want{{"عمان", "JOR", marsad.KindCity, 31.95, 35.93, 1}, {"الأردن", "JOR", marsad.KindCountry, 0, 0, 3}}},
		{"Oman by its long name", "زار وزير الخارجية سلطنة عمان والكويت.", Options{},
			[]want{{"سلطنة عمان", "OMN", marsad.KindCountry, 0, 0, 3}, {"الكويت", "KWT", marsad.KindCountry, 0, 0, 3}}},
		{"nisba is not a place by default", "أغلقت السلطات السعودية الحدود العراقية السورية.", Options{}, nil},
		{"nisba places option", "انتشرت القوات على الحدود العراقية السورية.", Options{NisbaPlaces: true},
			[]want{{"العراقية", "IRQ", marsad.KindCountry, 0, 0, 3}, {"السورية", "SYR", marsad.KindCountry, 0, 0, 3}}},
		{"country as subject", "أعلنت السعودية إغلاق سفارتها.", Options{},
			[]want{{"السعودية", "SAU", marsad.KindCountry, 0, 0, 3}}},
		{"sites", "نقل المعتقلون من سجن غويران إلى مخيم الهول، وقصفت قاعدة عين الأسد.", Options{},
			[]want{{"غويران", "SYR", marsad.KindSite, 36.48, 40.73, 1}, {"مخيم الهول", "SYR", marsad.KindSite, 36.38, 41.14, 1}, {"عين الأسد", "IRQ", marsad.KindSite, 33.80, 42.44, 1}}},
		{"crossing named after its town", "أعيد فتح معبر نصيب مع الأردن.", Options{},
			[]want{{"نصيب", "SYR", "", 32.55, 36.21, 1}, {"الأردن", "JOR", "", 0, 0, 3}}},
		{"village list placed at the area", "هاجم المسلحون ريف السويداء الشرقي في قرى برقشة والزبيدة ومعربة.", Options{},
			[]want{{"السويداء", "SYR", marsad.KindRegion, 32.71, 36.57, 2}, {"برقشة", "SYR", marsad.KindVillage, 32.71, 36.57, 2}, {"الزبيدة", "SYR", marsad.KindVillage, 32.71, 36.57, 2}, {"معربة", "SYR", marsad.KindVillage, 32.71, 36.57, 2}}},
		{"Gaza strip and city", "قصفت الطائرات شمال قطاع غزة بينما خرجت مظاهرات في غزة.", Options{},
			[]want{{"قطاع غزة", "PSE", marsad.KindRegion, 0, 0, 2}, {"غزة", "PSE", marsad.KindCity, 31.50, 34.47, 1}}},
		{"a hashtag on a name's last word", "قصفت الطائرات شمال قطاع #غزة.", Options{},
			[]want{{"قطاع #غزة", "PSE", marsad.KindRegion, 0, 0, 2}}},
		{"Yemeni districts listed with their head noun", "تقدمت القوات في مديرية الصلو ومديرية حيفان جنوب شرق تعز.", Options{},
			[]want{{"الصلو", "YEM", marsad.KindDistrict, 13.35, 44.20, 2}, {"حيفان", "YEM", marsad.KindDistrict, 13.13, 44.25, 2}, {"تعز", "YEM", marsad.KindCity, 13.58, 44.02, 1}}},
		{"a common-word district needs its head noun", "قال إن الشعر العربي يعيش أزهى عصوره.", Options{}, nil},
		{"unknown mountain, sub-district and junction near a known place", "سيطرت القوات على جبل المنقار وعزلة الأشروح ومفرق الشعاب في مديرية باقم، وقصفت بجبل الصمع.", Options{},
			[]want{{"جبل المنقار", "YEM", marsad.KindVillage, 17.38, 43.63, 2}, {"الأشروح", "YEM", marsad.KindVillage, 17.38, 43.63, 2}, {"مفرق الشعاب", "YEM", marsad.KindVillage, 17.38, 43.63, 2}, {"باقم", "YEM", "", 17.38, 43.63, 0}, {"جبل الصمع", "YEM", marsad.KindVillage, 17.38, 43.63, 2}}},
		{"directorates, ranges and figures of speech are not places", "أعلنت مديرية الأمن في صنعاء أن جبال الألب وجبل الجليد ليسا في عزلة النظام.", Options{},
			[]want{{"صنعاء", "YEM", marsad.KindCity, 15.37, 44.19, 1}}},
		{"a head-noun-only name after «حي» is an unknown quarter", "وقع الحادث في حي الصفراء بمدينة بريدة.", Options{},
			[]want{{"الصفراء", "SAU", marsad.KindVillage, 0, 0, 2}, {"بريدة", "SAU", "", 0, 0, 0}}},
		{"a front is named after its place, a party is not", "تقدم الجيش في جبهة حرض بمحافظة حجة وبجبهة صرواح، بينما انسحبت جبهة النصرة وجبهة البوليساريو.", Options{},
			[]want{{"حرض", "YEM", "", 16.41, 43.07, 1}, {"حجة", "YEM", marsad.KindProvince, 0, 0, 3}, {"صرواح", "YEM", "", 15.36, 45.30, 1}}},
		{"a front whose name is also a word needs the article's support", "اشتدت المعارك في جبهة العقبة.", Options{}, nil},
		{"a prison named after a word needs its head noun", "نقل المتهم إلى سجن رومية بعد أن درس الآثار الرومية والذباب.", Options{},
			[]want{{"رومية", "LBN", marsad.KindSite, 33.88, 35.59, 1}}},
		{"a basketball team is no borough", "تغلب بروكلين نتس على ضيفه، ثم عاد اللاعب إلى بروكلين.", Options{},
			[]want{{"بروكلين", "USA", "", 40.65, -73.95, 1}}},
		{"Jeddah needs no article support, an «أهلي» club is no place", "سافر الوفد إلى جدة بعد أن فاز أهلي طرابلس على ضيفه.", Options{},
			[]want{{"جدة", "SAU", marsad.KindCity, 21.49, 39.19, 1}}},
		{"a team's nickname and a document named after a place are no places", "وقع الطرفان وثيقة قرطاج، ثم خسر نسور قرطاج مباراتهم في رادس قرب متحف باردو.", Options{},
			[]want{{"رادس", "TUN", "", 36.77, 10.28, 1}, {"باردو", "TUN", "", 36.81, 10.14, 1}}},
		{"a cup, a league and a club named after a place, and «باكرا» (early), are no places", "استيقظ اللاعب باكرا قبل نهائي كأس إيطاليا، وتصدر إينتراخت فرانكفورت دوري ألمانيا ثم سافر إلى ميلانو.", Options{},
			[]want{{"ميلانو", "ITA", "", 45.46, 9.19, 1}}},
		{"the Tunisian circulation tax «معلوم الجولان» is no Golan", "مددت الوزارة أجل خلاص معلوم الجولان، بينما قصف الطيران مواقع في الجولان.", Options{},
			[]want{{"الجولان", "SYR", "", 0, 0, 0}}},
		{"«وادي» and «ولاية» are cue nouns, «وأدى» is no valley", "قصفت الطائرات وادي الجاح جنوب الحديدة، وأدى القصف إلى دمار واسع في ولاية البليدة.", Options{},
			[]want{{"الجاح", "YEM", "", 14.25, 43.15, 1}, {"الحديدة", "YEM", "", 14.80, 42.95, 1}, {"البليدة", "DZA", marsad.KindProvince, 0, 0, 3}}},
		{"succession to the throne is no district", "يأتي الأمير الصغير خامسا في ترتيب ولاية العرش.", Options{}, nil},
		{"a hotel in a city", "وقعت الحادثة في فندق بلاس فيغاس، لا في فندق الرشيد.", Options{},
			[]want{{"لاس فيغاس", "USA", "", 36.17, -115.14, 1}}},
		{"a word-like name after a preposition with a place of its country close by", "تحصن مسلحو التنظيم في هجين بعد طردهم من البوكمال، ورفعوا الراية البيضاء في هجين.", Options{},
			[]want{{"هجين", "SYR", "", 34.69, 40.83, 1}, {"البوكمال", "SYR", "", 34.45, 40.92, 1}, {"هجين", "SYR", "", 34.69, 40.83, 1}}},
		{"a word-like name after a preposition with no place close by", "عاد التنظيم إلى هجين.", Options{}, nil},
		{"the Houthis say the article is about Yemen", "هاجم الحوثيون مواقع الجيش. وقال الجيش إن الحوثيين تراجعوا. واتهم التحالف الحوثيين بخرق الهدنة. وأكد قائد أن هجوم الحوثيين فشل وأن الحوثيين خسروا مواقع، وأن قيادات حوثية قتلت في ميدي.", Options{},
			[]want{{"ميدي", "YEM", "", 16.38, 42.83, 1}}},
		{"quoted company name", "تعاقدت الحكومة مع شركة \"دبي للاستثمار\" للبناء.", Options{}, nil},
		{"an event noun in construct before a word-like name, with the article's support", "دانت دمشق الضربات، وقالت إن هجوم دوما مفبرك وإن سكان دوما غادروا إلى الشمال السوري.", Options{},
			[]want{{"دمشق", "SYR", "", 33.51, 36.29, 1}, {"دوما", "SYR", "", 33.57, 36.40, 1}, {"دوما", "SYR", "", 33.57, 36.40, 1}}},
		{"a word-like name before a direction adverb, with the article's support", "قسمت القوات السورية الغوطة إلى جيبين في ريف دمشق: دوما شمالا وحرستا غربا.", Options{},
			[]want{{"الغوطة", "SYR", "", 0, 0, 0}, {"ريف دمشق", "SYR", "", 0, 0, 0}, {"دوما", "SYR", "", 33.57, 36.40, 1}, {"حرستا", "SYR", "", 0, 0, 0}}},
		{"a word-like name after a preposition, then its own country", "تحقق المنظمة في هجوم وقع في دوما بسوريا.", Options{},
			[]want{{"دوما", "SYR", "", 33.57, 36.40, 1}, {"سوريا", "SYR", marsad.KindCountry, 0, 0, 3}}},
		{"a word-like name in apposition with a superlative and a settlement noun", "عزل الجيش السوري دوما، أبرز مدن الغوطة الشرقية.", Options{},
			[]want{{"دوما", "SYR", "", 33.57, 36.40, 1}, {"الغوطة الشرقية", "SYR", "", 0, 0, 0}}},
		{"the adverb «دوما» is no Douma", "قال الوزير في دمشق إن بلاده تسعى دوما إلى الحل.", Options{},
			[]want{{"دمشق", "SYR", "", 33.51, 36.29, 1}}},
		{"a word-like name where the next place says it is («X في Y»), or joined to a place close by", "دخلت القافلة دوما في الغوطة الشرقية، وقصفت الطائرات دوما وحرستا.", Options{},
			[]want{{"دوما", "SYR", "", 33.57, 36.40, 1}, {"الغوطة الشرقية", "SYR", "", 0, 0, 0}, {"دوما", "SYR", "", 33.57, 36.40, 1}, {"حرستا", "SYR", "", 0, 0, 0}}},
		{"a capital with adjectives before its name", "وصل الرئيس إلى العاصمة الأفغانية كابل، ثم زار المسؤولون العاصمة السودانية مشهد ازدحام السيارات.", Options{},
			[]want{{"كابل", "AFG", "", 34.53, 69.17, 1}}},
		{"the same word twice is no place and its area («العين بالعين»)", "قال المسؤول: العين بالعين.", Options{}, nil},
		{"a party's name before «في» is no place («هيئة تحرير الشام في الغوطة»)", "قال إن مقاتلي هيئة تحرير الشام في الغوطة الشرقية قلة.", Options{},
			[]want{{"الغوطة الشرقية", "SYR", "", 0, 0, 0}}},
		{"a list of mountains with indefinite names, ended by punctuation", "توغلت القوات التركية في ناحية سيدكان، ونفذت إنزالا على جبال شابان وديلان وأليكان، وفق مصادر كردية.", Options{},
			[]want{{"سيدكان", "IRQ", "", 0, 0, 0}, {"شابان", "IRQ", "", 0, 0, 2}, {"ديلان", "IRQ", "", 0, 0, 2}, {"أليكان", "IRQ", "", 0, 0, 2}}},
		{"a mountain range followed by a verb is no list", "دخلت القوات محافظة صعدة وتقدمت في جبال مران وسيطرت على مواقع.", Options{},
			[]want{{"صعدة", "YEM", marsad.KindProvince, 0, 0, 3}, {"مران", "YEM", "", 0, 0, 0}}},
		{"Eastern Qalamoun, and the Syrian Nasiriyah in a report from it", "خرج المسلحون من الرحيبة وجيرود والناصرية في منطقة القلمون الشرقي.", Options{},
			[]want{{"الرحيبة", "SYR", "", 0, 0, 0}, {"جيرود", "SYR", "", 0, 0, 0}, {"الناصرية", "SYR", "", 33.87, 36.80, 1}, {"القلمون الشرقي", "SYR", "", 33.78, 36.74, 0}}},
		{"a Yemeni district spelt without و, and «مديريتي» as a cue noun", "تقدمت القوات في مديرية خب الشعف، وقصفت الطائرات مواقع في مديريتي زبيد والتحيتا.", Options{},
			[]want{{"خب الشعف", "YEM", "", 16.75, 44.85, 0}, {"زبيد", "YEM", "", 0, 0, 0}, {"التحيتا", "YEM", "", 0, 0, 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := resolveTest(t, tt.text, tt.opts)
			rs := []rune(tt.text)
			if len(got) != len(tt.want) {
				var names []string
				for _, p := range got {
					names = append(names, p.Name+"("+p.Country+" "+p.Kind+")")
				}
				t.Fatalf("Resolve(%q) = %d places %v, want %d", tt.text, len(got), names, len(tt.want))
			}
			for i, w := range tt.want {
				p := got[i]
				if s := string(rs[p.Start:p.End]); s != w.text || p.Name != w.text {
					t.Errorf("place %d: span text %q (name %q), want %q", i, s, p.Name, w.text)
				}
				if p.Country != w.country {
					t.Errorf("%s: country = %q, want %q", w.text, p.Country, w.country)
				}
				if w.kind != "" && p.Kind != w.kind {
					t.Errorf("%s: kind = %q, want %q", w.text, p.Kind, w.kind)
				}
				if w.lat != 0 && Distance(p.Lat, p.Lon, w.lat, w.lon) > 10 {
					t.Errorf("%s: at %.3f,%.3f, want within 10 km of %.2f,%.2f", w.text, p.Lat, p.Lon, w.lat, w.lon)
				}
				if w.precision != 0 && p.Precision != w.precision {
					t.Errorf("%s: precision = %d, want %d", w.text, p.Precision, w.precision)
				}
				if p.Kind == marsad.KindCountry && p.Precision != marsad.PrecisionProvince {
					t.Errorf("%s: a country must be precision 3, got %d", w.text, p.Precision)
				}
			}
		})
	}
}

func TestHasakahIsNotShaddadi(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	h, s := g.Lookup("الحسكة"), g.Lookup("الشدادي")
	if len(h) == 0 || len(s) == 0 {
		t.Fatalf("Lookup: الحسكة %d entries, الشدادي %d entries", len(h), len(s))
	}
	if d := Distance(h[0].Lat, h[0].Lon, s[0].Lat, s[0].Lon); d < 40 {
		t.Errorf("Distance(Hasakah, al-Shaddadi) = %.0f km, want ≥ 40", d)
	}
}

func TestGazetteerAPI(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	t.Run("Country", func(t *testing.T) {
		e, ok := g.Country("SYR")
		if !ok || e.Name != "سوريا" || e.Precision() != 3 {
			t.Errorf("Country(SYR) = %+v, %v", e, ok)
		}
		if _, ok := g.Country("XXX"); ok {
			t.Errorf("Country(XXX) found")
		}
	})
	t.Run("Lookup variants", func(t *testing.T) {
		for _, n := range []string{"الحسكة", "الحسكه", "حسكة", "Hasakah", "  الحَسَكة "} {
			es := g.Lookup(n)
			found := false
			for _, e := range es {
				if e.ID == "SYR:al-hasakah" {
					found = true
				}
			}
			if !found {
				t.Errorf("Lookup(%q) = %d entries without SYR:al-hasakah", n, len(es))
			}
		}
	})
	t.Run("Within", func(t *testing.T) {
		es := g.Lookup("الشدادي")
		if len(es) == 0 || !es[0].Within("SY-HA") || !es[0].Within("SYR") || es[0].Within("SY-DY") {
			t.Errorf("al-Shaddadi containment wrong: %+v", es)
		}
		p, _ := g.Entry("SY-HA")
		if !p.Within("SY-HA") {
			t.Errorf("a province must contain itself")
		}
	})
	t.Run("Distance", func(t *testing.T) {
		// Damascus–Aleppo is about 310 km as the crow flies.
		if d := Distance(33.5102, 36.2913, 36.2021, 37.1343); d < 300 || d > 320 {
			t.Errorf("Distance(Damascus, Aleppo) = %.1f, want 300-320", d)
		}
		if d := Distance(10, 20, 10, 20); d != 0 {
			t.Errorf("Distance(p, p) = %v, want 0", d)
		}
	})
	t.Run("ISO3", func(t *testing.T) {
		if g.ISO3("sy") != "SYR" || g.ISO3("ZZ") != "" {
			t.Errorf("ISO3 wrong")
		}
	})
}

func TestReadRejectsBadData(t *testing.T) {
	tests := []struct{ name, data, err string }{
		{"bad latitude", "country; SYR; SY; 95; 38; ; ; Syria; سوريا", "latitude"},
		{"fields", "country; SYR; SY; 35; 38", "fields"},
		{"unknown country", "@; QQQ", "unknown country"},
		{"province outside", "province; SY-HA; 36; 40; ; ; H; الحسكة", "outside a country"},
		{"bad kind", "country; SYR; SY; 35; 38; ; ; Syria; سوريا\nplanet; 1; 2; ; ; X; س", "bad kind"},
		{"field count", "country; SYR; SY; 35; 38; ; ; Syria; سوريا\ncity; 1; 2; ; ; X; س; ص", "wants 7"},
		{"duplicate", "country; SYR; SY; 35; 38; ; ; Syria; سوريا\ncountry; SYR; SY; 35; 38; ; ; Syria; سوريا", "duplicate"},
		{"no names", "country; SYR; SY; 35; 38; ; ; ; ", "no names"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := newGazetteer()
			err := g.read("test", strings.NewReader(tt.data), "test")
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Fatalf("read(%q) = %v, want error containing %q", tt.data, err, tt.err)
			}
			if marsad.ErrorCode(err) != marsad.EINVALID {
				t.Errorf("error code = %q, want %q", marsad.ErrorCode(err), marsad.EINVALID)
			}
		})
	}
}
