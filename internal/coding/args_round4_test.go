package coding

import (
	"context"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// TestRound4Countries: the people an act hit take the country of their own
// nisba, not that of the place or of the party that acted; protesters are
// those of the place, not the forces named beside them.
func TestRound4Countries(t *testing.T) {
	an := chainAnalyzer(t)
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text, typ, role, country, sector string
	}{
		{"وأكدت وزارة الصحة مقتل 12 فلسطينيا برصاص القوات الإسرائيلية قرب مدينة عسقلان.", "ASSAULT", "r", "PSE", "CVL"},
		{"وأعلنت الشرطة الفرنسية اعتقال لاجئ عراقي في مدينة ليون.", "COERCE", "r", "IRQ", "CVL"},
		{"وأصيب ثلاثة شبان برصاص الجيش الإسرائيلي خلال مظاهرات قرب حدود قطاع غزة.", "PROTEST", "a", "PSE", "CVL"},
		{"وأعلنت جماعة الحوثي مسؤوليتها عن إطلاق صاروخ باليستي على مدينة نجران.", "ASSAULT", "r", "SAU", "GOV"},
		// a bare spokesman named after the spokesman of a party speaks for it
		{"قال المتحدث باسم الرئيس التركي إن بلاده ترفض العقوبات. وردا على سؤال، قال المتحدث إبراهيم كالين في مؤتمر صحفي: \"نشجب هذا القرار بشدة\".", "ACCUSE", "a", "TUR", "GOV"},
	}
	for _, tc := range cases {
		r, err := an.Analyze(context.Background(), &marsad.Article{ID: "r4", Text: tc.text, Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		var got *marsad.Actor
		for _, e := range r.Events {
			if e.Type == tc.typ {
				got = e.Recipient
				if tc.role == "a" {
					got = e.Actor
				}
			}
		}
		if got == nil || got.Country != tc.country || got.Sector != tc.sector {
			t.Errorf("Analyze(%s) %s %s = %+v, want %s %s", tc.text, tc.typ, tc.role, got, tc.country, tc.sector)
		}
	}
}
