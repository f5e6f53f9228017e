package coding

import (
	"context"
	"time"

	"testing"

	"github.com/marsad/marsad"
)

func TestParseNisba(t *testing.T) {
	m, err := ParseNisba(nisbaData)
	if err != nil {
		t.Fatal(err)
	}
	for form, want := range map[string]string{
		"الامريكيه": "USA", "اميركي": "USA", "السوريه": "SYR", "الايرانيين": "IRN", "عراقيون": "IRQ", "السعودي": "SAU",
	} {
		if got := m[form]; got != want {
			t.Errorf("nisba[%s] = %q, want %s", form, got, want)
		}
	}
	for _, bad := range []string{"usa أمريكي\n", "USA\n", "USA أمريكا\n", "USA أمريكي\nGBR أمريكي\n", "# only a comment\n"} {
		if _, err := ParseNisba([]byte(bad)); marsad.ErrorCode(err) != marsad.EINVALID {
			t.Errorf("ParseNisba(%q) error = %v, want %s", bad, err, marsad.EINVALID)
		}
	}
}

// TestNationalParties: phrases the actor layer does not know take the
// country and sector of their nisba.
func TestNationalParties(t *testing.T) {
	an := chainAnalyzer(t)
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text, typ, role, country, sector string
	}{
		{"أشاد رئيس الوزراء العراقي بالموقف الأمريكي من الأزمة.", "SUPPORT", "r", "USA", "GOV"},
		{"قصفت الطائرات الحربية السورية بلدات في ريف إدلب.", "ASSAULT", "a", "SYR", "MIL"},
	}
	for _, tc := range cases {
		r, err := an.Analyze(context.Background(), &marsad.Article{ID: "n", Text: tc.text, Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range r.Events {
			if e.Type != tc.typ {
				continue
			}
			a := e.Actor
			if tc.role == "r" {
				a = e.Recipient
			}
			found = a != nil && a.Country == tc.country && a.Sector == tc.sector
			if !found {
				t.Errorf("Analyze(%s) %s %s = %+v, want %s %s", tc.text, tc.typ, tc.role, a, tc.country, tc.sector)
			}
		}
		if !found {
			t.Errorf("Analyze(%s): no %s with a %s party", tc.text, tc.typ, tc.country)
		}
	}
}
