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

// TestTollBefore: an act told as the cause of a toll named before it in
// its sentence counts those dead (the toll itself may join another
// report); an act not told as a cause takes no count from before.
func TestTollBefore(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text, head string
		want       int // 0: no count
	}{
		{"أعلنت الوزارة مقتل ثلاثة مدنيين وجرح عشرة آخرين، وذلك في قتال امتد حتى فجر الخميس بين الجيش والمسلحين.", "قتال", 3},
		{"أعلنت الوزارة مقتل ثلاثة مدنيين، واندلع قتال عنيف بين الجيش والمسلحين.", "قتال", 0},
	}
	for _, tc := range cases {
		d := newDoc(tc.text, pub, c.lx, c.cal)
		found := false
		for _, h := range c.findHits(d, 0) {
			if d.toks[h.head()].Text != tc.head {
				continue
			}
			found = true
			got := 0
			if n := c.tollBefore(d, &h); n != nil {
				got = *n
			}
			if got != tc.want {
				t.Errorf("tollBefore(%s) = %d, want %d", tc.text, got, tc.want)
			}
		}
		if !found {
			t.Errorf("findHits(%s) has no hit on %s", tc.text, tc.head)
		}
	}
}
