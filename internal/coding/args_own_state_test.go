package coding

import (
	"testing"

	"github.com/marsad/marsad"
)

// TestOwnStateChain: a count of victims of the Israeli army told beside
// «الحدود بين غزة وإسرائيل» does not give Israel as the party hit; a
// neighbour named the same way stays.
func TestOwnStateChain(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []recipCase{
		{"وارتفع إلى 40 عدد الفلسطينيين الذين قتلوا برصاص الجيش الإسرائيلي منذ بدء المسيرات على الحدود بين غزة وإسرائيل.", "ASSAULT", "-"},
		{"وقصف الطيران الإسرائيلي، الأحد، موقعا قرب الحدود بين لبنان وإسرائيل.", "ASSAULT", "لبنان"},
	}
	runRecipCases(t, an, cases)
}

// TestOwnState: the predicate on parties built by hand.
func TestOwnState(t *testing.T) {
	c := chainAnalyzer(t).coder
	state := func(code string) *marsad.Actor {
		return &marsad.Actor{ID: code, Name: "الدولة", Country: code, Sector: "GOV"}
	}
	cases := []struct {
		name string
		a, r *marsad.Actor
		want bool
	}{
		{"forces with a nisba", &marsad.Actor{Name: "الجيش الإسرائيلي", Country: "ISR", Sector: "MIL"}, state("ISR"), true},
		{"a dictionary person", &marsad.Actor{ID: "EGY_PRES", Name: "السيسي", Country: "EGY", Sector: "GOV"}, state("EGY"), true},
		{"another state", &marsad.Actor{Name: "الجيش الإسرائيلي", Country: "ISR", Sector: "MIL"}, state("LBN"), false},
		{"a bare title", &marsad.Actor{Name: "وزير الخارجية", Country: "SAU", Sector: "GOV"}, state("SAU"), false},
		{"a parliament", &marsad.Actor{Name: "البرلمان المصري", Country: "EGY", Sector: "LEG"}, state("EGY"), false},
		{"not the state's entry", &marsad.Actor{ID: "EGY_PRES", Name: "السيسي", Country: "EGY", Sector: "GOV"}, &marsad.Actor{Name: "الحكومة", Country: "EGY", Sector: "GOV"}, false},
	}
	for _, tc := range cases {
		if got := c.ownState(tc.a, tc.r); got != tc.want {
			t.Errorf("ownState(%s) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
