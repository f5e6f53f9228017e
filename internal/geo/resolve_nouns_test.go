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
