package coding

import (
	"context"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// TestOwnCountryPronoun: «بلاده», «قواته» and the like name the state of
// the party the sentence names before them (its speaker first), as actor or
// recipient; a state word after a first-person verb is its object.
func TestOwnCountryPronoun(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []struct {
		text, typ string
		recipient bool   // check the recipient instead of the actor
		want      string // country|sector of the party, "" for no such party
	}{
		{"وقال وزير الخارجية التركي في مؤتمر صحفي إن بلاده ستفرض عقوبات على شركات أمريكية.", "SANCTION", false, "TUR|GOV"},
		{"وأعلن الرئيس الفرنسي عن شن بلاده ضربات على مواقع عسكرية في شمال سوريا.", "ASSAULT", false, "FRA|GOV"},
		{"وقال الرئيس الإيراني إن الأزمة بدأت حين فرضت واشنطن عقوبات جديدة على بلاده.", "SANCTION", true, "IRN|GOV"},
		{"وقال رئيس الوزراء اليمني إن المواجهات مستمرة بين قواته والحوثيين في محافظة تعز.", "ASSAULT", false, "YEM|MIL"},
	}
	for _, tc := range cases {
		got := ownCountryParty(t, an, tc.text, tc.typ, tc.recipient)
		if got != tc.want {
			t.Errorf("Analyze(%s) %s party = %q, want %q", tc.text, tc.typ, got, tc.want)
		}
	}
}

// ownCountryParty returns country|sector of the first event of type typ's
// actor (or recipient).
func ownCountryParty(t *testing.T, an *Analyzer, text, typ string, recipient bool) string {
	t.Helper()
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	r, err := an.Analyze(context.Background(), &marsad.Article{ID: "own", Text: text, Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range r.Events {
		if e.Type != typ {
			continue
		}
		a := e.Actor
		if recipient {
			a = e.Recipient
		}
		if a == nil {
			return ""
		}
		return a.Country + "|" + a.Sector
	}
	return "no event"
}
