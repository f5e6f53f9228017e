package coding

import "testing"

// TestCrossToldBlow checks that one blow of one sentence, read once from the
// act and once from its dead with the sides the other way round, is one
// ASSAULT event with the act's sides, and that an act and the act it
// answers («ردا على») stay two events.
func TestCrossToldBlow(t *testing.T) {
	an := chainAnalyzer(t)
	runBlowCases(t, an, []blowCase{
		// the dead as the subject of «سقطوا», then the raid that killed them
		{"وأفادت مصادر محلية بأن نحو 60 عنصرا من ميليشيات الحوثي سقطوا بين قتيل وجريح، إثر استهداف طائرات التحالف بعدة غارات تجمعا للميليشيات في مديرية حيس.", 1, "التحالف"},
		// an operation of the police that also cost them two men
		{"ونفذت قوات الشرطة هجوما على وكر للإرهابيين في بلدة الرمثا، وشهد الهجوم مقتل اثنين من عناصر الشرطة.", 1, "الشرطة"},
		{"وأسفرت المعارك في جبهة نهم عن سقوط عشرات القتلى من الميليشيات بنيران قوات الجيش الوطني.", 1, "قوات الجيش الوطني"},
		// a raid and the fire it answers: two acts
		{"وقال الجيش الإسرائيلي إنه قصف عشرة أهداف لحركة حماس في قطاع غزة فجر الأحد، ردا على إطلاق صواريخ من القطاع باتجاه إسرائيل.", 2, ""},
	})
}
