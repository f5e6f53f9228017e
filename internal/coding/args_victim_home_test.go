package coding

import "testing"

// TestVictimHome: civilians hit by a state's forces abroad are of the place
// they were hit; a phrase with its own nisba, or members of a named party,
// keep theirs.
func TestVictimHome(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []struct {
		text, typ, want string // want: recipient country|sector
	}{
		{"وقتلت الطائرات الروسية 12 مدنيا في إدلب.", "ASSAULT", "SYR|CVL"},
		{"وقال المرصد إن المقاتلات التركية قتلت تسعة مدنيين في مدينة عفرين.", "ASSAULT", "SYR|CVL"},
		{"وأطلق جنود إسرائيليون النار على ثلاثة إسرائيليين قرب مدينة جنين.", "ASSAULT", "ISR|CVL"},
	}
	for _, tc := range cases {
		if got := ownCountryParty(t, an, tc.text, tc.typ, true); got != tc.want {
			t.Errorf("Analyze(%s) %s recipient = %q, want %q", tc.text, tc.typ, got, tc.want)
		}
	}
}
