package coding

import (
	"strings"
	"testing"
)

// TestDealWithdrawal: a withdrawal from the nuclear agreement is aimed at
// Iran when the sentence names no other party, and the party right after
// the trigger (or the verbal noun's nisba) is who withdrew.
func TestDealWithdrawal(t *testing.T) {
	an := chainAnalyzer(t)
	runArgsCases(t, an, []argsCase{
		{"وقالت شركة أوروبية إنها ستغادر إيران بعد انسحاب واشنطن من الاتفاق النووي.", "SANCTION", "واشنطن|إيران", ""},
		{"وانسحبت الولايات المتحدة في وقت سابق من الشهر الحالي من الاتفاق النووي، وفرضت عقوبات جديدة على طهران.", "SANCTION", "الولايات المتحدة|طهران", ""},
		// another agreement: its party is not Iran, though the story names Iran
		{"وانسحبت كندا من اتفاق التجارة الأسبوع الماضي، بينما تواصل إيران محادثاتها مع أوروبا.", "SANCTION", "كندا|", "|إيران"},
	})
	// the nisba of the verbal noun, not a party read earlier in the sentence
	text := "وتسعى فرنسا إلى تعزيز التعاون مع إيران رغم قرار الانسحاب الأميركي من الاتفاق النووي."
	if got := ownCountryParty(t, an, text, "SANCTION", false); got != "USA|GOV" {
		t.Errorf("Analyze(%s) SANCTION actor = %q, want USA|GOV", text, got)
	}
	if got := strings.Join(round9Args(t, an, text, "SANCTION"), " ; "); !strings.Contains(got, "|إيران") {
		t.Errorf("Analyze(%s) SANCTION = %q, want Iran as recipient", text, got)
	}
}
