package coding

import "testing"

// TestAscribedSaying: «نسب X إلى/لـ Y قوله (،) إن …» — Y speaks
// (quotes_ascribed_saying.go).
func TestAscribedSaying(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	runCoderSpeakers(t, c, []speakerCase{
		{"«إلى Y قوله إن»",
			"ونسبت الإذاعة إلى ضابط في الشرطة قوله إن المهاجمين فروا نحو الجبال.",
			"المهاجمين فروا", "ضابط في الشرطة", "الإذاعة"},
		{"«لـY قوله، إن» after a quoted outlet name",
			"ونسبت صحيفة \"الفجر\" لأحد سكان الحي قوله، إن المياه لم تصل منذ أسبوع.",
			"المياه لم تصل", "أحد سكان الحي", "الفجر"},
		{"a long subject before «إلى Y قوله»",
			"ونسبت وثائق رسمية للحكومة اطلعت عليها الصحيفة، إلى موظف كبير قوله إن العقد ألغي قبل توقيعه.",
			"العقد ألغي", "موظف كبير", ""},
	})
}
