package coding

import "testing"

// recallCode8Cases are sentences written by the Marsad team for
// recall_code8.go, in the format of testdata/cases.txt (publication date
// 2026-11-29).
var recallCode8Cases = []string{
	"# what a party must do, in reported speech, is the speaker's demand on it",
	"وقال وزير الخارجية المغربي إن على الجزائر أن تفتح حدودها البرية. => REQUEST a=وزير الخارجية المغربي r=الجزائر",
	"وأكد الرئيس التونسي أنه يجب على ليبيا تسليم المطلوبين فورا. => REQUEST a=الرئيس التونسي r=ليبيا",
	"وقال رئيس الوزراء الإثيوبي: \"على مصر احترام حقوق دول المنبع\". => REQUEST a=رئيس الوزراء الإثيوبي r=مصر",
	"وقال زعيم المعارضة عن قادة الميليشيات: \"عليهم تسليم السلاح للدولة\". => REQUEST a=زعيم المعارضة",
	"# no demand: the speaker's own duty, «على أن» (provided that), what is known, what is on something",
	"وقال الوزير السوداني: \"علينا أن نعمل من أجل السلام\". => -",
	"وقال الرئيس الموريتاني إن الاتفاق يمدد عامين، على أن تراجع بنوده كل ستة أشهر. => -",
	"وقال قائد الجماعة: \"عليكم أن تعرفوا أن الحرب لن تنتهي قريبا\". => -",
	"وقال الشاهد: \"دخلنا المكتب وعليه علم البلاد\". => -",
	"وقال قائد الجيش إن على الانفصاليين دفع ثمن هجومهم على المدينة. => -",
	"# a judgement negated with a conjunction, or of a word that judges only when negated",
	"ووصفت وزارة الخارجية المغربية قرار البرلمان الأوروبي بأنه باطل وغير شرعي. => ACCUSE a=وزارة الخارجية المغربية",
	"ووصفت منظمة العفو الدولية حكم المحكمة الجزائرية على الناشطين بأنه غير عادل. => ACCUSE a=منظمة العفو الدولية",
	"ووصفت الحكومة السودانية الاتفاق بأنه شرعي. => SUPPORT a=الحكومة السودانية",
	"ولا تعترف الحكومة الإسبانية بالاستفتاء وتعتبره غير قانوني. => -",
	"# a judgement of an act: the act judged is no stance of its own",
	"ووصفت الحكومة الليبية الاتهامات المصرية بالكاذبة. => ACCUSE a=الحكومة الليبية",
	"# the bare perfect «دان» before its subject; the name Dan is no verb",
	"ودان مجلس الأمن الدولي الهجوم على مقر البعثة في دارفور. => ACCUSE a=مجلس الأمن الدولي",
	"دان وزير الخارجية الموريتاني الاعتداء على السفارة. => ACCUSE a=وزير الخارجية الموريتاني",
	"وقال دان كوتس مدير الاستخبارات الأمريكية إن التقرير سينشر قريبا. => -",
}

// TestRecallCode8Cases runs recallCode8Cases through the full chain.
func TestRecallCode8Cases(t *testing.T) {
	runChainLines(t, "recall_code8_cases.txt", recallCode8Cases)
}

// TestRecallCode8Words checks the word tests of recall_code8.go.
func TestRecallCode8Words(t *testing.T) {
	for _, tc := range []struct {
		w    string
		know bool
		noun bool
	}{
		{"تعرفوا", true, false},
		{"يقرروا", true, false},
		{"تدرك", true, false},
		{"توقف", false, false},
		{"تسليم", false, true},
		{"تصحيحه", false, true},
		{"اخراج", false, true},
		{"الالتزام", false, true},
		{"استئناف", false, true},
		{"ايران", false, false},
		{"هاتف", false, false},
	} {
		if got := knowVerb(tc.w); got != tc.know {
			t.Errorf("knowVerb(%s) = %v, want %v", tc.w, got, tc.know)
		}
		if got := owedNoun(tc.w); got != tc.noun {
			t.Errorf("owedNoun(%s) = %v, want %v", tc.w, got, tc.noun)
		}
	}
}
