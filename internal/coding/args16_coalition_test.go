package coding

import (
	"context"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// TestCoalitionSide: a coalition told by its leader («التحالف الذي تقوده
// السعودية») is the leader's side: the bare «التحالف» has the leader's
// country, and the leader is no recipient of the coalition's act.
func TestCoalitionSide(t *testing.T) {
	an := chainAnalyzer(t)
	runArgsCases(t, an, []argsCase{
		{"ودمر التحالف الذي تقوده السعودية في اليمن مواقع يستخدمها المتمردون لإطلاق الصواريخ.", "ASSAULT", "التحالف|", "|السعودية"},
		{"ويتهم التحالف الذي تقوده السعودية طهران بتهريب الأسلحة إلى المتمردين.", "ACCUSE", "التحالف|", "|السعودية"},
		// the object right after the leader's clause is the one accused (afterLeader)
		{"ويتهم التحالف الذي تقوده السعودية طهران بتهريب الأسلحة إلى المتمردين.", "ACCUSE", "التحالف|طهران", ""},
	})
	text := "تواصلت المعارك في اليمن أمس بين القوات الحكومية والمتمردين. وكان التحالف الذي تقوده السعودية قد بدأ عملياته في اليمن عام 2015. وقال التحالف إنه دمر مواقع للمتمردين في صعدة."
	r, err := an.Analyze(context.Background(), &marsad.Article{ID: "coalition", Text: text, Published: time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range r.Events {
		if e.Type == "ASSAULT" && e.Actor != nil && e.Actor.Name == "التحالف" {
			found = true
			if e.Actor.Country != "SAU" || e.Actor.Sector != "MIL" {
				t.Errorf("Analyze(%s) ASSAULT actor = %+v, want the coalition as SAU MIL", text, *e.Actor)
			}
		}
	}
	if !found {
		t.Errorf("Analyze(%s): no ASSAULT by the coalition", text)
	}
}
