package coding

import "testing"

// recipCase is a text whose first event of type typ must have the
// recipient recip ("-": none).
type recipCase struct{ text, typ, recip string }

// runRecipCases checks the first event of each case's type for its
// recipient, as recipCase describes.
func runRecipCases(t *testing.T, an *Analyzer, cases []recipCase) {
	t.Helper()
	for _, c := range cases {
		got := eventArgs(t, an, c.text, c.typ)
		if len(got) == 0 {
			t.Errorf("Analyze(%s): no %s event", c.text, c.typ)
			continue
		}
		if r := got[0][1]; r != c.recip {
			t.Errorf("Analyze(%s) %s recipient = %q, want %q", c.text, c.typ, r, c.recip)
		}
	}
}

// TestContentRecipient: a deal, an election or a verdict backed, asked
// for or condemned is no recipient; a party named beside it stays.
func TestContentRecipient(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []recipCase{
		{"وأعلنت الحكومة المغربية رسميا تأييدها للاتفاق.", "SUPPORT", "-"},
		{"ودعا رئيس الوزراء الإيطالي إلى انتخابات مبكرة في الربيع المقبل.", "REQUEST", "-"},
		{"ورفض مقاتلو المعارضة اتفاق التسوية الذي عرضته روسيا.", "REJECT", "روسيا"},
	}
	runRecipCases(t, an, cases)
}

// TestContentRecipientPhrases: the predicate on one-word phrases of a text
// of our own, with and without the article and ب/ل; a party and a place
// stay.
func TestContentRecipientPhrases(t *testing.T) {
	an, d := phraseDoc(t, "الاتفاق للاتفاق بإجراءات الانتخابات ضرورة الحكومة مصر المتظاهرين")
	want := map[string]bool{"الاتفاق": true, "للاتفاق": true, "بإجراءات": true, "الانتخابات": true, "ضرورة": true, "الحكومة": false, "مصر": false, "المتظاهرين": false}
	checkWords(t, d, "contentRecipient", want, func(k int) bool { return an.coder.contentRecipient(d, np{a: k, b: k + 1}) })
}
