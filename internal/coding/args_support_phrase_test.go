package coding

import (
	"strings"
	"testing"
)

// TestSupportPhraseParty: a party in a longer phrase of support («بإسناد
// من طيران X», «المدعومة من X وY», «مدعومة بحملة قصف جوي من قبل X») backs
// the act of the clause's subject and is not its actor; a participle's own
// backer stays the actor of the backing.
func TestSupportPhraseParty(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []struct {
		text, typ, want, notWant string
	}{
		{"انتزعت قوات الجيش اليمني، بإسناد من طيران التحالف، الأحد، السيطرة على قرى جديدة في مديرية حيس.", "COERCE", "قوات الجيش اليمني|", "التحالف|"},
		{"وكانت القوات السورية شنت هجوما عنيفا على بلدات الريف الشرقي مدعومة بحملة قصف جوي من قبل روسيا.", "ASSAULT", "القوات السورية|", "روسيا|"},
		{"وتستعد قوات النظام المدعومة من إيران وروسيا لشن هجوم على بلدات ريف حماة.", "ASSAULT", "قوات النظام|", "روسيا|"},
		{"وتقدمت القوات الحكومية مدعومة بالقوات الروسية نحو المدينة.", "AID", "الروسية|", ""},
	}
	for _, tc := range cases {
		got := strings.Join(round9Args(t, an, tc.text, tc.typ), " ; ")
		if got == "" || (tc.want != "" && !strings.Contains(got, tc.want)) || (tc.notWant != "" && strings.Contains(got, tc.notWant)) {
			t.Errorf("Analyze(%s) %s = %q, want %q and not %q", tc.text, tc.typ, got, tc.want, tc.notWant)
		}
	}
}
