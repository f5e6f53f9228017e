package coding

import "testing"

// recallCode7Cases are sentences written by the Marsad team for the
// seventh-session entries at the end of data/lexicon_round6.yaml, in the
// format of testdata/cases.txt (publication date 2026-11-29).
var recallCode7Cases = []string{
	"# two missiles fired at a target; a test is no attack",
	"وأطلقت الكتيبة صاروخين على المروحية فوق البلدة. => ASSAULT",
	"وأطلقت البحرية الهندية صاروخين في تجربة جديدة. => -",
	"# a capture told in the passive",
	"وتقدمت القوات الحكومية في ريف المحافظة، كما تمت السيطرة على التلال المطلة على الطريق. => COERCE",
	"# assets taken into custody; a reservation voiced is not",
	"أعلن النائب العام التونسي التحفظ على أموال رجل الأعمال الموقوف. => COERCE",
	"# a detention pending trial",
	"وقررت النيابة حبس ثلاثة موظفين احتياطيا على ذمة التحقيق في القضية. => COERCE",
	"وأصدرت محكمة الجنايات حكما بحبس المتهم ثلاث سنوات. => SANCTION",
	"# a verdict with the construct forms",
	"قضت محكمة الجنايات في المنصورة، الأحد، بإعدام ثلاثة متهمين في قضية اغتيال ضابط. => SANCTION",
	"وقضت المحكمة بحبس الصحفي سنتين بتهمة نشر أخبار كاذبة. => SANCTION",
	"وأصدرت محكمة الاستئناف حكما، الخميس، على ناشط معارض بالسجن ست سنوات. => SANCTION",
	"# heavy weapons pulled back",
	"وواصلت الجماعات المسلحة الاثنين سحب سلاحها الثقيل من المنطقة الحدودية. => RETREAT",
	"وسحبت الكتائب أسلحتها الثقيلة من محيط المطار. => RETREAT",
	"# a pledge to act against someone; a pledge to do good is no threat",
	"وتعهدت الحكومة الإثيوبية بملاحقة قادة الجماعة المسلحة الفارين. => THREATEN a=الحكومة الإثيوبية",
	"وتعهد رئيس الوزراء الجديد بتحسين الخدمات العامة. => -",
	"# live ammunition fired at protesters",
	"وأطلق أفراد الأمن الذخيرة الحية على المحتجين أمام مبنى المحافظة. => ASSAULT",
}

// TestRecallCode7Cases runs recallCode7Cases through the full chain.
func TestRecallCode7Cases(t *testing.T) {
	runChainLines(t, "recall_code7_cases.txt", recallCode7Cases)
}
