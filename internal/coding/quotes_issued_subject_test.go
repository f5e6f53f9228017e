package coding

import "testing"

// TestIssuedSubject: «قال بيان صادر عن X إن …» with no one named before:
// the issuer speaks, and the quote is found.
func TestIssuedSubject(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	runCoderSpeakers(t, c, []speakerCase{
		{"«وقال بيان صادر عن X إن»",
			"انتهت الزيارة مساء أمس.\nوقال بيان صادر عن مكتب رئيسة الوزراء إن الزيارة هي الأولى منذ عامين.",
			"الزيارة هي الأولى", "مكتب رئيسة الوزراء", ""},
		{"«وأفاد بيان مقتضب، صادر عن X الأحد، بأن»",
			"وأفاد بيان مقتضب، صادر عن مكتب رئيس الحكومة الأحد، بأن الوزير أعفي من منصبه.",
			"الوزير أعفي من منصبه", "مكتب رئيس الحكومة", "الأحد"},
	})
}
