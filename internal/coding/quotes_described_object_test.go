package coding

import "testing"

// TestDescribedObjectCut: after «وصف» with the description following, the
// object described stands inside the phrase read as the subject.
func TestDescribedObjectCut(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«ووصفت روسيا تقارير الهجوم بأنها»",
			"وطلبت المنظمة ترخيصا بالدخول للتحقق من التقارير. ووصفت روسيا تقارير الهجوم الكيميائي بأنها \"استفزاز\" يهدف إلى تبرير تدخل غربي.",
			"استفزاز", "روسيا", "تقارير"},
		{"«ووصف ماكرون الحادث بأنه»: a person takes no adjective here",
			"وقتل ثلاثة أشخاص في الهجوم على المتجر. ووصف الرئيس الفرنسي إيمانويل ماكرون الحادث بأنه \"هجوم إرهابي خطير\".",
			"هجوم إرهابي", "ماكرون", "الحادث"},
	})
}
