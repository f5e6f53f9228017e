package coding

import "testing"

// TestHeldState checks heldSince, heldByClause and standingMeasure
// (coerce_held_state.go) on texts of our own: a hold, siege or sanction
// told as a standing state is no act of the news; the day's arrest, siege
// or sanction stays.
func TestHeldState(t *testing.T) {
	const lead = "وصل وفد الوساطة إلى العاصمة مساء الأحد لبحث ملف الأسرى. "
	runCurrentCases(t, []currentCase{
		// heldSince
		{"held for two years", "واحتجزت السلطات الصحفي المعارض منذ نحو عامين بتهمة نشر أخبار كاذبة.", "COERCE", false},
		{"siege for a decade", "تفرض الحكومة منذ أكثر من عقد حصارا مشددا على الجزيرة الصغيرة.", "COERCE", false},
		{"sanctions since a year past", "وتفرض الدول الغربية عقوبات على الشركة منذ العام 2023 بسبب صفقات السلاح.", "SANCTION", false},
		{"arrested this week", "واعتقلت الشرطة الصحفي المعارض الأحد في مطار العاصمة.", "COERCE", true},
		{"most since", "واحتجزت الشرطة أكبر عدد من المتظاهرين منذ عقدين في ساحة المدينة.", "COERCE", true},
		{"a crisis lasting", "ويعد اعتقال الصحفي أحدث حادثة في الأزمة التي مازالت مستمرة منذ 11 شهرا بين البلدين.", "COERCE", true},
		{"funding lasting decades", "وأعلنت الحكومة أنها ستقطع تمويلها المستمر منذ عقود للمنظمة الدولية.", "SANCTION", true},
		// heldByClause
		{"captives described", "واتجهت الحافلات إلى البلدة لإجلاء ألف شخص إلى جانب 200 مدني قروي تحتجزهم الفصائل.", "COERCE", false},
		{"captives held where", "ونشر ناشطون صورا للمخيم الجبلي حيث يحتجزهم المسلحون.", "COERCE", false},
		{"captives taken today", "واحتجزت الفصائل المسلحة 200 مدني قروي على الطريق الساحلي الأحد.", "COERCE", true},
		// standingMeasure
		{"standing restriction", lead + "وتفرض السلطات قيودا تحول دون وصول الصحفيين إلى الإقليم الشمالي.", "SANCTION", false},
		{"standing siege", lead + "وتحاصر الدولة الجارة أيضا المدينة الساحلية وتقيد الدخول إليها.", "COERCE", false},
		{"siege in the lead", "تحاصر القوات الحكومية مركز المديرية الجبلية من ثلاثة محاور.", "COERCE", true},
		{"siege told now", lead + "وقال المحافظ إن قوات الأمن تحاصر المبنى الذي تحصن فيه المسلحون.", "COERCE", true},
		{"perfect with ta", lead + "وتمكنت القوات الحكومية من السيطرة على التلال المطلة على الطريق.", "COERCE", true},
	})
}
