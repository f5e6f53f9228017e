package coding

import "testing"

// TestRound9Aroused checks arousedProtest (background_round9.go) on texts of
// our own: the protest a measure drew is no demonstration reported; a
// protest the sentence tells stays.
func TestRound9Aroused(t *testing.T) {
	runCurrentCases(t, []currentCase{
		{"anger and protest drawn", "وتبحث الحكومة منذ أشهر خطة جديدة للموازنة، منذ قرار البرلمان رفع أسعار الوقود في مطلع 2024 ما أثار غضب واحتجاج النقابات.", "PROTEST", false},
		{"the law that drew protests", "وأعلن رئيس الوزراء سحب قانون الضرائب الذي أثار جدلا واحتجاجات في الشارع.", "PROTEST", false},
		{"protesters went out", "وخرج آلاف المحتجين الجمعة في العاصمة احتجاجا على قانون الضرائب الجديد.", "PROTEST", true},
		{"protests went on", "وتواصلت الاحتجاجات في العاصمة مساء الأربعاء رفضا لقانون الضرائب الذي أقره البرلمان.", "PROTEST", true},
	})
}

// TestRound9Several checks severalInRelative (background_round9.go): acts
// counted «عدة» in a relative clause describing a party are its habit; in
// a main clause they are the day's news.
func TestRound9Several(t *testing.T) {
	runCurrentCases(t, []currentCase{
		{"a habit described", "وتسود الحدود الشمالية حالة من التوتر بين تركيا والمسلحين الأكراد، الذين شنوا هجمات عدة على مواقع الجيش في المنطقة.", "ASSAULT", false},
		{"strikes of the day", "ونفذت الطائرات الحربية التركية غارات عدة على مواقع المسلحين الأكراد شمالي العراق الأحد.", "ASSAULT", true},
	})
}
