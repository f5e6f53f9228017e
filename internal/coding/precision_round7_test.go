package coding

import "testing"

// TestRound7 checks the seventh round's constructions (precision_round7.go)
// on texts of our own: each "drop" case codes no current event of its type
// without the rule, each "keep" case is a current event, which stays.
func TestRound7(t *testing.T) {
	runCurrentCases(t, []currentCase{
		{"long charge", "وتتهم منظمات حقوقية دولية بارزة قوات الحكومة الجوية باستهداف المدنيين والمستشفيات في الإقليم.", "ASSAULT", false},
		{"second charge", "ويتهم المتمردون الحكومة وحلفاءها بتجويع السكان واستهداف القرى الحدودية.", "ASSAULT", false},
		{"charged with refusing", "واتهم نواب من الحزب الحاكم رئيس البرلمان برفض المقترحات التي قدمتها الكتل الصغيرة.", "REJECT", false},
		{"accused, then struck", "واتهمت الحكومة المتمردين بخرق الهدنة، وقصفت طائراتها مواقعهم في الجبال الأحد.", "ASSAULT", true},
		{"an attack the same day", "وقصفت طائرات الجيش الأحد مواقع المتمردين في الجبال، متهمة إياهم بخرق الهدنة.", "ASSAULT", true},
		{"since a year ago, arrested", "وأوضحت الهيئة أنه منذ العام 1990، اعتقلت السلطات نحو خمسين ألف معارض في البلاد.", "COERCE", false},
		{"since the war began", "ومنذ اندلاع الحرب الأهلية في صيف 2019، اتهمت الحكومة مرات عدة باستخدام الألغام.", "ACCUSE", false},
		{"bloodiest since", "وكان اليوم أكثر الأيام دموية في الإقليم منذ عام 2020، إذ قصفت الطائرات السوق المركزية.", "ASSAULT", true},
		{"dated today", "وقال الوزير، الأحد، إن الجماعة تهاجم المدينة منذ 2021، واعتقلت قوات الأمن اليوم عشرة من عناصرها.", "COERCE", true},
	})
}
