package geo

import (
	"strings"
	"testing"

	"github.com/marsad/marsad"
)

// TestGeoNames25km checks our own coordinates against GeoNames: every entry
// that appears in the cities15000 table (by GeoNames id, else by name and
// country) lies within 25 km of it.
func TestGeoNames25km(t *testing.T) {
	rows := readCities15000(t)
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	byID := map[int64]gnCity{}
	byName := map[string][]gnCity{} // cc3|key
	for _, r := range rows {
		byID[r.id] = r
		cc3 := g.ISO3(r.cc)
		if r.nameAr != "" {
			byName[cc3+"|"+stripFirstArticle(nameKey(r.nameAr))] = append(byName[cc3+"|"+stripFirstArticle(nameKey(r.nameAr))], r)
		}
		byName[cc3+"|"+strings.ToLower(nameKey(r.name))] = append(byName[cc3+"|"+strings.ToLower(nameKey(r.name))], r)
	}
	checked, byIDn := 0, 0
	for _, e := range g.Entries() {
		if e.Kind == marsad.KindCountry || e.Kind == marsad.KindRegion {
			continue
		}
		if e.GeoNameID != 0 {
			if r, ok := byID[e.GeoNameID]; ok {
				checked++
				byIDn++
				if d := Distance(e.Lat, e.Lon, r.lat, r.lon); d > 25 {
					t.Errorf("%s (%s): %.0f km from GeoNames %d %s", e.ID, e.Name, d, r.id, r.name)
				}
				continue
			}
		}
		if e.Kind != marsad.KindCity && e.Kind != marsad.KindTown {
			continue
		}
		// by name: the nearest row of the same country with one of our names.
		var best *gnCity
		bestD := 1e9
		for _, n := range append(append([]string{}, e.Names...), e.Latin...) {
			k := stripFirstArticle(nameKey(n))
			if isLatin(n) {
				k = strings.ToLower(nameKey(n))
			}
			for i, r := range byName[e.Country+"|"+k] {
				if d := Distance(e.Lat, e.Lon, r.lat, r.lon); d < bestD {
					bestD, best = d, &byName[e.Country+"|"+k][i]
				}
			}
		}
		if best == nil {
			continue
		}
		checked++
		if bestD > 25 {
			t.Errorf("%s (%s): %.0f km from GeoNames %d %s", e.ID, e.Name, bestD, best.id, best.name)
		}
	}
	t.Logf("checked %d entries against GeoNames (%d by id)", checked, byIDn)
	if checked < 300 {
		t.Errorf("only %d entries checked, want ≥ 300", checked)
	}
}

func isLatin(s string) bool {
	for _, r := range s {
		if r >= 0x0600 && r <= 0x06FF {
			return false
		}
	}
	return true
}
