package coding

import (
	"testing"
	"time"
)

// recallCode6Cases are sentences written by the Marsad team for
// recall_code6.go, in the format of testdata/cases.txt (publication date
// 2026-11-29).
var recallCode6Cases = []string{
	"# an assent refused is a REJECT; one not refused is no event by itself",
	"لم توافق الحكومة المغربية على مقترح الشركة الإسبانية بشأن الميناء. => REJECT a=الحكومة المغربية",
	"وأوضح الناطق باسم الحكومة أن الأردن لم يوافق عليه حتى الآن. => REJECT a=الأردن",
	"لن توافق تركيا على تعديل الاتفاق مع اليونان. => REJECT a=تركيا",
	"وافق البرلمان التونسي على قانون المالية الجديد. => -",
	"لن تصرف الوزارة المنحة ما لم يوافق المجلس البلدي على الخطة. => -",
	"وافقت كينيا على توقيع اتفاقية تجارية مع أوغندا. => AGREE a=كينيا",
	"# an act placed on a coming day is planned; a verbal stance is not",
	"ويلتقي وزير الخارجية التونسي نظيره الجزائري غدا في العاصمة. => -",
	"وتبدأ المحادثات بين الوفدين الأسبوع المقبل في جنيف. => -",
	"وقال الوزير إنه سيعرض الملف خلال اجتماع مع نظيره الليبي صباح غد. => -",
	"التقى وزير الخارجية التونسي نظيره الجزائري أمس في العاصمة. => CONSULT a=وزير الخارجية التونسي",
	"وتطالب النقابات الحكومة بإجراء الانتخابات الشهر المقبل. => REQUEST a=النقابات",
	"ومن المقرر أن يصل الرئيس الغاني إلى الرباط في زيارة رسمية تستمر ثلاثة أيام. => -",
	"وتنظم النقابات وقفة احتجاجية خلال زيارة الرئيس الفرنسي المرتقبة للعاصمة. => PROTEST a=النقابات",
	"واجتمع الرئيس الغاني بنظيره المغربي في الرباط لبحث القمة المقررة في أكتوبر. => CONSULT a=الرئيس الغاني",
	"# what a relative clause sets for later, or tells inside a plan, is not planned",
	"وتوافد آلاف السكان الأحد إلى ساحة البلدية في إطار حركة الاحتجاج التي من المقرر أن تستمر أسبوعين. => PROTEST",
	"ومن المقرر أن يزور المراقبون البلدة لتفقد المبنى الذي تعرض لقصف مدفعي أمس. => ASSAULT",
	"# a meeting or a call a demand was made in, and an act after «بعدما», «وسط», are acts of their own",
	"وطالب الرئيس الموريتاني خلال اتصال هاتفي مع نظيره السنغالي بفتح الحدود. => REQUEST a=الرئيس الموريتاني | CONSULT",
	"وتطالب واشنطن بالإفراج عن الصحفي وسط رفض السلطات الإيرانية. => REQUEST a=واشنطن | REJECT a=السلطات الإيرانية",
	"وطالب الوزير بوقف القصف الذي يستهدف القرى. => REQUEST a=الوزير",
	"# «لـ» after «سببا», «نتيجة», «قلق», or a putting down of protests, is no aim",
	"وكان قرار الحكومة الأخير سببا لاحتجاجات عمالية في المدينة. => PROTEST",
	"وسقط جرحى خلال تصدي الشرطة لمظاهرات الطلاب في العاصمة. => ASSAULT a=الشرطة | PROTEST a=الطلاب",
	"وتوجه الوزير إلى العاصمة للتفاوض بشأن الهدنة. => -",
	"# a threat as a verbal noun with its maker's pronoun; «وإلا» after a demand",
	"وانتقد الاتحاد القرار بعد أن فرضت الحكومة رسوما على الواردات، وتهديدها بفرض ضرائب أخرى. => ACCUSE a=الاتحاد | SANCTION a=الحكومة | THREATEN",
	"وطالب الوزير الجزائري الشركة بدفع المستحقات وإلا سيلغي العقد. => REQUEST a=الوزير الجزائري | THREATEN a=الوزير الجزائري",
	"وفي حال خسر الفريق المباراة يضمن منافسه اللقب، وإلا سيكون عليه الانتظار. => -",
	"ودعا الحزب إلى الحوار وألا يلجأ أحد إلى التصعيد. => REQUEST a=الحزب",
	"# a battle that names its other side is an act of its own beside the capture after it",
	"سيطرت القوات الحكومية على ثلاث قرى في ريف المحافظة بعد معارك عنيفة مع تنظيم داعش. => COERCE a=القوات الحكومية | ASSAULT r=تنظيم داعش",
	"وقال القائد إن المعركة مع تنظيم داعش طويلة. => -",
	"# operations resumed or begun against a named side",
	"وأعلن الرئيس الصومالي استئناف العمليات العسكرية ضد حركة الشباب. => ASSAULT r=حركة الشباب",
	"وقتل عشرات المدنيين منذ بدء العمليات العسكرية ضد حركة الشباب. => ASSAULT",
	"# a judgement in a clause of its own after a stance",
	"ورفضت الحكومة الإثيوبية التقرير ووصفته بأنه أكاذيب. => REJECT a=الحكومة الإثيوبية | ACCUSE",
	"وطالبت المنظمة الأمم المتحدة بالتحقيق، معتبرة ما جرى جريمة حرب. => REQUEST a=المنظمة | ACCUSE",
	"واعتذر المغني عما وصفه بمزحة سخيفة وطلب من جمهوره المسامحة. => CONCEDE a=المغني | REQUEST",
}

// TestRecallCode6Cases runs recallCode6Cases through the full chain.
func TestRecallCode6Cases(t *testing.T) {
	runChainLines(t, "recall_code6_cases.txt", recallCode6Cases)
}

// TestRecallCode6Words checks the word tests of recall_code6.go on
// sentences of their own.
func TestRecallCode6Words(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	find := func(d *doc, w string) int {
		for i, tk := range d.toks {
			if tk.Text == w {
				return i
			}
		}
		t.Fatalf("no %q", w)
		return -1
	}
	coming := []struct {
		text, word string
		want       bool
	}{
		{"يصل الوفد غدا إلى الرباط.", "غدا", true},
		{"يصل الوفد صباح غد إلى الرباط.", "غد", true},
		{"تعقد القمة الشهر المقبل في نواكشوط.", "المقبل", true},
		{"تعقد القمة الخميس المقبل في نواكشوط.", "المقبل", true},
		{"تعقد القمة في أكتوبر المقبل في نواكشوط.", "المقبل", true},
		{"فرضت رسوما على السلع القادمة من الصين.", "القادمة", false},
		{"ناقش الطرفان الخطوات المقبلة للتعاون.", "المقبلة", false},
	}
	for _, tc := range coming {
		d := newDoc(tc.text, pub, c.lx, c.cal)
		k := find(d, tc.word)
		s := d.sents[sentOf(d, k)]
		if got := c.comingTime(d, k, s.a, s.b); got != tc.want {
			t.Errorf("comingTime(%s, %s) = %v, want %v", tc.text, tc.word, got, tc.want)
		}
	}
}
