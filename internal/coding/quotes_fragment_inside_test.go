package coding

import "testing"

// TestFragmentInsideContent: a short direct quote inside a paraphrase
// that goes on after it is part of the paraphrase; the quote is the
// reported content as a whole.
func TestFragmentInsideContent(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	runCoderSpeakers(t, c, []speakerCase{
		{"«أن المحادثات \"…\" بهدف»",
			"وأضاف المسؤول أن المحادثات \"ستركز على سبل زيادة الضغط على الحكومة\" بهدف دفعها إلى التفاوض.",
			"بهدف دفعها", "المسؤول", ""},
		{"«إن هذه \"…\" منذ»",
			"وقال الباحث إن هذه \"الخسائر من بين الأكبر في تاريخ الشركة\" منذ تأسيسها.",
			"إن هذه", "الباحث", ""},
	})
	runCoderSpeakers(t, c, []speakerCase{
		{"«قال إن \"…\" على حد تعبيره» stays the quote alone",
			"وقال الوزير إن \"الحكومة لن تتراجع عن قرارها أبدا\" على حد تعبيره.",
			"الحكومة لن تتراجع", "الوزير", ""},
	})
}
