package geo

import (
	"strings"
	"testing"

	"github.com/marsad/marsad"
)

func TestCountryPlace(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		iso3, name string
		ok         bool
	}{
		{"LBN", "لبنان", true},
		{"irn", "إيران", true},
		{"USA", "الولايات المتحدة", true},
		{"XXX", "", false},
		{"US-NY", "", false}, // a province id is no country
		{"", "", false},
	} {
		p, ok := g.CountryPlace(tc.iso3)
		if ok != tc.ok {
			t.Errorf("CountryPlace(%q) ok = %v, want %v", tc.iso3, ok, tc.ok)
			continue
		}
		if !ok {
			continue
		}
		if p.Name != tc.name || p.Kind != marsad.KindCountry || p.Country != strings.ToUpper(tc.iso3) {
			t.Errorf("CountryPlace(%q) = %+v, want the country %s", tc.iso3, p, tc.name)
		}
		if p.Precision != marsad.PrecisionProvince || p.End != p.Start {
			t.Errorf("CountryPlace(%q) = %+v, want country precision and no span", tc.iso3, p)
		}
	}
}

func TestCityPlace(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	p, ok := g.CityPlace("نيويورك", "USA")
	if !ok || p.Country != "USA" || p.Precision != marsad.PrecisionPoint {
		t.Fatalf("CityPlace(نيويورك, USA) = %+v, %v, want the city", p, ok)
	}
	if km := Distance(p.Lat, p.Lon, 40.7128, -74.006); km > 5 {
		t.Errorf("CityPlace(نيويورك, USA) is %.0f km from Manhattan", km)
	}
	if p, ok := g.CityPlace("نيويورك", "GBR"); ok {
		t.Errorf("CityPlace(نيويورك, GBR) = %+v, want none", p)
	}
	if p, ok := g.CityPlace("سوريا", "SYR"); ok {
		t.Errorf("CityPlace(سوريا, SYR) = %+v, want none: a country is no city", p)
	}
}
