package coding

import "testing"

// TestRetellingJoins checks that an act told again without a demonstrative
// — a definite act noun after a verb of occurrence, outcome or
// continuation, or an act of «الطرفان» — joins the happening told before
// (with the toll its retelling adds), and that continuing fighting placed
// elsewhere stays its own event.
func TestRetellingJoins(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []joinCase{
		{"قتل أربعة مسلحين في اشتباكات مع قوات الجيش في بلدة جنوبية يوم الأربعاء. ووقعت الاشتباكات بعد تحذيرات أطلقها الرئيس للسكان.", "ASSAULT", 1, 2, 4},
		{"استقبل الرئيس المصري وزير الخارجية الأمريكي في القاهرة يوم الأحد. وبحث الطرفان الأوضاع في قطاع غزة.", "CONSULT", 1, 2, 0},
		// the toll sentence's own «مقتل» may stay beside it; the clashes take its count
		{"اندلعت اشتباكات بين الجيش والمسلحين في مدينة الحديدة يوم الخميس. وأسفرت المواجهات عن مقتل عشرة مسلحين.", "ASSAULT", 2, 2, 10},
		// fighting that goes on at another front is another event
		{"اندلعت اشتباكات بين الجيش والمسلحين في مدينة الحديدة يوم الخميس. وتواصلت المواجهات في محافظة تعز يوم الجمعة.", "ASSAULT", 2, 1, 0},
	}
	runJoinCases(t, an, cases)
}
