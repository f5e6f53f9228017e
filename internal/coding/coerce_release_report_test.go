package coding

import (
	"testing"

	"github.com/marsad/marsad"
)

// TestReleaseAndReport checks releasedCaptives (coerce_release_clause.go),
// reportedPractice (coerce_report_practice.go), imperfectHead
// (sanction_hedged.go), advocacyClause (request_advocacy.go) and the
// coerce11 triggers of data/lexicon_more.yaml on texts of our own.
func TestReleaseAndReport(t *testing.T) {
	runCurrentCases(t, []currentCase{
		// releasedCaptives: the old arrest inside a release is no event
		{"freed who were held", "أفرجت السلطات الاثنين عن عشرين شابا ممن اعتقلوا خلال الاحتجاجات الأخيرة في العاصمة.", "COERCE", false},
		{"captives of a deal", "ويشمل الاتفاق الإفراج عن 40 أسيرا احتجزتهم الفصائل خلال المعارك الماضية.", "COERCE", false},
		{"arrested then freed", "واعتقلت الشرطة الأحد ثلاثة شبان في الساحة ثم أفرجت عنهم.", "COERCE", true},
		{"freed and arrested this week", "وأطلقت المحكمة الثلاثاء سراح الناشط، الذي اعتقل السبت الماضي في المطار.", "COERCE", true},
		// reportedPractice: a practice in a rights report
		{"report of a habit", "وقالت المنظمة الحقوقية في تقريرها إن السلطات تعتقل الصحفيين بشكل تعسفي.", "COERCE", false},
		{"tally of cases", "وقالت المنظمة إنها وثقت 16 حالة اعتقال غير قانوني لدى المسلحين.", "COERCE", false},
		{"refused release keeps house arrest", "ورفضت المحكمة الأحد طلب الناشط الإفراج عنه، ليستمر وضعه قيد الإقامة الجبرية.", "COERCE", true},
		{"report of one arrest", "وقالت المنظمة الحقوقية إن السلطات اعتقلت ناشطتين الأحد في العاصمة.", "COERCE", true},
		{"habit without report", "وقال الوزير إن الشرطة تعتقل المهربين على الحدود الشرقية.", "COERCE", true},
		// imperfectHead: «قد» before an imperfect measure hedges it
		{"sanction that may come", "وقد تفرض الحكومة عقوبة إضافية على الشركة المخالفة.", "SANCTION", false},
		{"sanction taken", "وقد فرضت الحكومة الأحد عقوبة إضافية على الشركة المخالفة.", "SANCTION", true},
		// sanctionOnCondition: a measure conditioned further on in its clause
		{"sanction on a far condition", "وقال الوزير إن قطع العلاقات مع الدولة الجارة سيكون الخيار الوحيد أمام حكومتنا في حال استمرار الهجمات.", "SANCTION", false},
		{"sanction decided", "وأعلنت الحكومة الأحد قطع العلاقات مع الدولة الجارة بسبب الهجمات المتكررة على حدودها.", "SANCTION", true},
		// advocacyClause: a standing aim told in a relative clause
		{"movement advocates", "ويقول المعارض إن حركة الإصلاح التي يرأسها تدعو إلى التغيير السلمي.", "REQUEST", false},
		{"a party stands for", "وقال الرئيس إن الحزب الذي يتزعمه يطالب بإصلاح الدستور.", "REQUEST", false},
		{"movement demanded today", "وطالبت الحركة التي يرأسها أمس بالإفراج عن المعتقلين.", "REQUEST", true},
		// triggers: a detention extended, a province taken back, a release
		{"detention extended", "وقررت محكمة الجنايات الأحد تمديد حبس الناشط المعارض خمسة عشر يوما.", "COERCE", true},
		{"province retaken", "وقالت المصادر إن القوات الحكومية استعادت الأحد أكثر من نصف محافظة الحدود الشمالية.", "COERCE", true},
	})
}

// TestPercentNoParty: a share of land read as a capture's recipient is
// cleared; a party stays.
func TestPercentNoParty(t *testing.T) {
	for _, tc := range []struct {
		name string
		keep bool
	}{{"90 بالمئة", false}, {"أكثر من 60 في المئة", false}, {"الفصائل المعارضة", true}} {
		ev := marsad.Event{Type: "COERCE", Mode: "seize", Recipient: &marsad.Actor{Name: tc.name}}
		percentNoParty(&ev)
		if got := ev.Recipient != nil; got != tc.keep {
			t.Errorf("percentNoParty(%q): kept = %v, want %v", tc.name, got, tc.keep)
		}
	}
}
