package coding

import (
	"context"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// TestArgParties checks the country and sector of parties that the chain
// cases (which compare names) cannot tell apart: «نظام طهران» is Iran's
// government, not a phrase that names no party.
func TestArgParties(t *testing.T) {
	an := chainAnalyzer(t)
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text, typ, recipCountry, recipSector string
	}{
		{"وفرضت واشنطن عقوبات جديدة على نظام طهران.", "SANCTION", "IRN", "GOV"},
		{"وقال الوزير إن بلاده قد تشارك في ضربات ضد نظام دمشق.", "THREATEN", "SYR", "GOV"},
	}
	for _, tc := range cases {
		r, err := an.Analyze(context.Background(), &marsad.Article{ID: "a", Text: tc.text, Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range r.Events {
			if e.Type == tc.typ && e.Recipient != nil && e.Recipient.Country == tc.recipCountry && e.Recipient.Sector == tc.recipSector {
				found = true
			}
		}
		if !found {
			t.Errorf("Analyze(%s) = %s, want %s aimed at %s %s", tc.text, describe(r.Events), tc.typ, tc.recipCountry, tc.recipSector)
		}
	}
}
