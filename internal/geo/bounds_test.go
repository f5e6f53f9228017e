package geo

import (
	"testing"

	"github.com/marsad/marsad"
)

// provinceReach is how far (km) a province may lie from its country's
// point in countries.txt: 2,000 km by default, more for countries with
// far-flung parts (Réunion, Hawaii, Kaliningrad, Newfoundland, the Gilbert
// Islands, Aceh, Tasmania, Heilongjiang, Roraima).
var provinceReach = map[string]float64{
	"FRA": 9500, "USA": 6000, "RUS": 5000, "CAN": 4000, "KIR": 3500, "IDN": 3000,
	"AUS": 2500, "CHN": 2500, "BRA": 2500,
}

// countryBox is the bounding box (south, north, west, east) of the
// countries whose divisions were written without a GeoNames id or a city
// of 15,000 to check them against (most of them small islands and
// villages): every province of these countries must lie inside.
var countryBox = map[string][4]float64{
	"MKD": {40.85, 42.37, 20.45, 23.04},
	"MLT": {35.78, 36.09, 14.18, 14.58},
	"BHS": {20.90, 27.30, -80.50, -72.70},
	"SYC": {-10.30, -3.70, 46.20, 56.30},
	"MDV": {-0.70, 7.10, 72.60, 73.80},
	"PLW": {2.80, 8.20, 131.10, 134.80},
	"MHL": {4.50, 14.70, 160.80, 172.20},
	"NRU": {-0.56, -0.50, 166.90, 166.96},
	"SVN": {45.42, 46.88, 13.37, 16.61},
}

// TestProvincesInCountry checks that every province lies near its country
// (catching a dropped minus sign or swapped coordinates) and, for the
// countries of countryBox, inside the country's bounding box.
func TestProvincesInCountry(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	boxed := map[string]int{}
	for _, e := range g.Entries() {
		if e.Kind != marsad.KindProvince {
			continue
		}
		c, ok := g.Country(e.Country)
		if !ok {
			t.Errorf("%s (%s): unknown country %q", e.ID, e.English, e.Country)
			continue
		}
		reach := provinceReach[e.Country]
		if reach == 0 {
			reach = 2000
		}
		if d := Distance(e.Lat, e.Lon, c.Lat, c.Lon); d > reach {
			t.Errorf("%s (%s): %.0f km from %s's point, want ≤ %.0f", e.ID, e.English, d, e.Country, reach)
		}
		if b, ok := countryBox[e.Country]; ok {
			boxed[e.Country]++
			if e.Lat < b[0] || e.Lat > b[1] || e.Lon < b[2] || e.Lon > b[3] {
				t.Errorf("%s (%s): %.4f, %.4f outside %s's box %v", e.ID, e.English, e.Lat, e.Lon, e.Country, b)
			}
		}
	}
	for c := range countryBox {
		if _, ok := g.Country(c); !ok {
			t.Errorf("countryBox: unknown country %s", c)
		}
	}
	t.Logf("provinces inside their country's box: %v", boxed)
}
