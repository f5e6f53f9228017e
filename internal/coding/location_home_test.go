package coding

import (
	"context"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// TestHomePlaceUnnamed: a party whose country the article names only
// through a nisba speaks at home, at country precision; its material acts
// get no place from its nationality alone.
func TestHomePlaceUnnamed(t *testing.T) {
	an := chainAnalyzer(t)
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, typ, country string // country "": no location
	}{
		{"وانتقدت الخارجية التركية قرار البرلمان الأوروبي بشدة.", "ACCUSE", "TUR"},
		{"وقصفت الطائرات الروسية مواقع للفصائل المعارضة فجر الأحد.", "ASSAULT", ""},
		{"والتقى الوزير الفرنسي نظيره لبحث التعاون الاقتصادي.", "CONSULT", ""},
	} {
		r, err := an.Analyze(context.Background(), &marsad.Article{ID: "h", Text: tc.text, Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, ev := range r.Events {
			if ev.Type != tc.typ {
				continue
			}
			found = true
			switch {
			case tc.country == "" && ev.Location != nil:
				t.Errorf("Analyze(%s) %s location = %+v, want none", tc.text, tc.typ, *ev.Location)
			case tc.country != "" && (ev.Location == nil || ev.Location.Country != tc.country || ev.Location.Kind != marsad.KindCountry || ev.Location.Precision != marsad.PrecisionProvince):
				t.Errorf("Analyze(%s) %s location = %v, want the country %s", tc.text, tc.typ, ev.Location, tc.country)
			}
		}
		if !found {
			t.Errorf("Analyze(%s) = %s, want a %s event", tc.text, describe(r.Events), tc.typ)
		}
	}
}
