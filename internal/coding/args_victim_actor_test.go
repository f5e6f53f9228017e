package coding

import "testing"

// TestVictimName: a name that opens with a count of people is read as
// victims; the fire it runs on into names the doer's side.
func TestVictimName(t *testing.T) {
	cases := []struct {
		in, want string
		victims  bool
	}{
		{"شخصا", "", true},
		{"شخصاً", "", true},
		{"شخصان", "", true},
		{"أشخاص", "", true},
		{"ثلاثة آخرين", "", true},
		{"اثنان آخران بتهم أخرى", "", true},
		{"نحو 500 آخرين", "", true},
		{"آخرين بالرصاص الإسرائيلي", "الرصاص الإسرائيلي", true},
		{"آخرون برصاص قوات الاحتلال", "رصاص قوات الاحتلال", true},
		{"آخرين بالرصاص", "", true},
		{"عشرات", "", true},
		{"أربعة", "", true},
		{"قوات الأمن", "", false},
		{"شخصيات سياسية أردنية", "", false},
		{"مسلحون مجهولون", "", false},
	}
	for _, tc := range cases {
		got, ok := victimName(tc.in)
		if got != tc.want || ok != tc.victims {
			t.Errorf("victimName(%s) = %q, %v, want %q, %v", tc.in, got, ok, tc.want, tc.victims)
		}
	}
}

// TestVictimActorsChain: the people a material act hit are not its actor.
func TestVictimActorsChain(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []argsCase{
		{"وأصيب نحو 900 آخرين بالرصاص الإسرائيلي خلال المواجهات مع الجيش الإسرائيلي شرق غزة الجمعة.", "ASSAULT", "الرصاص الإسرائيلي|", "آخرين"},
		{"وأصدرت محكمة جنايات الجيزة حكما يقضي بإعدام 11 شخصا أدينوا بقتل ضابط شرطة.", "SANCTION", "", "شخصا|"},
		{"وتعرض صحفيان لاعتداء من قبل أربعة أشخاص في وسط المدينة ليلة الجمعة.", "ASSAULT", "أشخاص|", ""},
	}
	runArgsCases(t, an, cases)
}
