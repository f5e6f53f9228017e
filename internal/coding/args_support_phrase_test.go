package coding

import "testing"

// TestSupportPhraseParty: a party in a longer phrase of support («بإسناد
// من طيران X», «المدعومة من X وY», «مدعومة بحملة قصف جوي من قبل X») backs
// the act of the clause's subject and is not its actor; a participle's own
// backer stays the actor of the backing.
func TestSupportPhraseParty(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []argsCase{
		{"انتزعت قوات الجيش اليمني، بإسناد من طيران التحالف، الأحد، السيطرة على قرى جديدة في مديرية حيس.", "COERCE", "قوات الجيش اليمني|", "التحالف|"},
		{"وكانت القوات السورية شنت هجوما عنيفا على بلدات الريف الشرقي مدعومة بحملة قصف جوي من قبل روسيا.", "ASSAULT", "القوات السورية|", "روسيا|"},
		{"وتستعد قوات النظام المدعومة من إيران وروسيا لشن هجوم على بلدات ريف حماة.", "ASSAULT", "قوات النظام|", "روسيا|"},
		{"وتقدمت القوات الحكومية مدعومة بالقوات الروسية نحو المدينة.", "AID", "الروسية|", ""},
	}
	runArgsCases(t, an, cases)
}
