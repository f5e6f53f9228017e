package geo

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/marsad/marsad"
)

// admin1Total is the number of first-level divisions of each country we
// survey: ISO 3166-2 first-level subdivisions, or the current official
// division where it is newer (Vietnam's 34 units of 2025, Angola's 21
// provinces of 2024, Burundi's 5 provinces of 2025, Indonesia's 38 provinces, Norway's 15 counties of
// 2024 plus Svalbard and Jan Mayen). Conventions: China is the mainland's
// 31 (Hong Kong, Macau and Taiwan are countries of the gazetteer); France
// counts the 13 metropolitan and 5 overseas regions; Israel lists five of
// its six districts (Jerusalem stays under Palestine's Jerusalem
// Governorate, docs/parts/geo.md). Countries whose first level is a list
// of municipalities count them all: North Macedonia's 80, Malta's 68 local
// councils (ISO 3166-2:MT has no regions), the Bahamas' 31 districts and
// New Providence, Seychelles' 27 districts, the Maldives' 19 atolls and 2
// cities, Palau's 16 states, Nauru's 14 districts, and the Marshall
// Islands' 24 municipalities (ISO's level under its two chains, Ralik and
// Ratak) and Slovenia's 212 municipalities. Hong Kong, Macau and Puerto
// Rico (themselves subdivisions in ISO 3166-2) are not surveyed. New
// Caledonia counts its 3 provinces. Azerbaijan counts the units outside
// Nakhchivan (10 cities, 59 districts) and the autonomous republic; Serbia
// counts Belgrade, Vojvodina and the 17 districts of Central Serbia (the
// districts of Kosovo are under the country Kosovo).
var admin1Total = map[string]int{
	// Arab League, Turkey, Iran
	"SYR": 14, "IRQ": 19, "JOR": 12, "LBN": 9, "PSE": 16, "EGY": 27, "LBY": 22, "TUN": 24, "DZA": 58, "MAR": 12, "MRT": 15,
	"SDN": 18, "SOM": 18, "DJI": 6, "COM": 3, "SAU": 13, "YEM": 22, "OMN": 11, "ARE": 7, "QAT": 8, "BHR": 4, "KWT": 6,
	"TUR": 81, "IRN": 31,
	// Middle East, Caucasus, Central and South Asia
	"ISR": 5, "CYP": 6, "AZE": 70, "AFG": 34, "PAK": 7, "ARM": 11, "GEO": 12, "KAZ": 20, "UZB": 14, "TKM": 6, "KGZ": 9, "TJK": 5,
	"IND": 36, "BGD": 8, "LKA": 9, "NPL": 7, "BTN": 20,
	// East and South-East Asia
	"CHN": 31, "JPN": 47, "KOR": 17, "PRK": 11, "MNG": 22, "TWN": 22, "MMR": 15, "THA": 78, "LAO": 18, "KHM": 25,
	"VNM": 34, "MYS": 16, "IDN": 38, "PHL": 18, "BRN": 4, "TLS": 13,
	// Africa
	"ERI": 6, "ETH": 14, "SSD": 10, "TCD": 23, "NER": 8, "MLI": 11, "NGA": 37, "GHA": 16, "CIV": 14, "SEN": 14, "GMB": 6,
	"GIN": 8, "GNB": 9, "SLE": 5, "LBR": 15, "BFA": 13, "TGO": 5, "BEN": 12, "CMR": 10, "CAF": 17, "GAB": 9, "GNQ": 8,
	"COG": 12, "COD": 26, "AGO": 21, "ZMB": 10, "ZWE": 10, "MOZ": 11, "MWI": 3, "TZA": 31, "KEN": 47, "UGA": 4, "RWA": 5,
	"BDI": 5, "ZAF": 9, "NAM": 14, "LSO": 10, "SWZ": 4, "MDG": 6,
	// Europe
	"GBR": 4, "FRA": 18, "DEU": 16, "ITA": 20, "ESP": 19, "PRT": 20, "NLD": 12, "BEL": 3, "CHE": 26, "AUT": 9, "IRL": 4,
	"ISL": 8, "DNK": 5, "NOR": 17, "SWE": 21, "FIN": 19, "EST": 15, "LTU": 10, "POL": 16, "CZE": 14, "SVK": 8, "HUN": 20,
	"ROU": 42, "BGR": 28, "GRC": 13, "ALB": 12, "BIH": 3, "SRB": 19, "HRV": 21, "XKX": 7, "UKR": 27, "BLR": 7, "RUS": 83,
	// Americas
	"USA": 51, "CAN": 13, "MEX": 32, "GTM": 22, "BLZ": 6, "HND": 18, "SLV": 14, "NIC": 17, "CRI": 7, "PAN": 14, "CUB": 16,
	"HTI": 10, "DOM": 32, "JAM": 14, "COL": 33, "VEN": 25, "ECU": 24, "PER": 26, "BOL": 9, "BRA": 27, "PRY": 18, "URY": 19,
	"ARG": 24, "CHL": 16, "GUY": 10, "SUR": 10,
	// Oceania
	"AUS": 8, "NZL": 17, "PNG": 22, "FJI": 5, "SLB": 10, "VUT": 6, "TON": 5,
	// small states with few divisions
	"MDA": 37, "TTO": 15, "LUX": 12, "SGP": 5, "BWA": 16, "MUS": 12, "LVA": 43, "MNE": 25, "CPV": 22,
	"AND": 7, "LIE": 11, "SMR": 9, "GRL": 5, "NCL": 3, "STP": 7, "KIR": 3, "FSM": 4, "TUV": 8, "WSM": 11,
	"GRD": 7, "VCT": 6, "ATG": 8, "BRB": 11, "DMA": 10, "LCA": 10, "KNA": 14,
	// countries whose first level is a list of municipalities, districts or atolls
	"MKD": 80, "MLT": 68, "BHS": 32, "SYC": 27, "MDV": 21, "PLW": 16, "MHL": 24, "NRU": 14, "SVN": 212,
}

// admin1Complete lists the countries whose first-level divisions are all
// in the gazetteer: the test fails if one of them loses (or gains) a
// province.
var admin1Complete = strings.Fields(`
	SYR IRQ JOR LBN PSE EGY LBY TUN DZA MAR MRT SDN SOM DJI COM SAU YEM OMN ARE QAT BHR KWT TUR IRN
	ISR CYP AZE AFG PAK ARM GEO KAZ UZB TKM KGZ TJK IND BGD LKA NPL
	CHN JPN KOR MMR VNM MYS IDN PHL
	ERI ETH SSD TCD NER NGA GHA CIV SEN BFA CMR CAF COD AGO MOZ TZA KEN UGA ZAF
	MDG ZMB MWI ZWE GIN RWA BEN BDI TGO SLE COG LBR NAM GAB LSO GNB GNQ SWZ
	GBR DEU ITA NLD BEL AUT DNK POL GRC BIH SRB UKR BLR RUS
	FRA ESP PRT CHE SWE NOR ROU HUN CZE BGR MLI PRK THA
	MDA TTO LUX SGP BWA MUS TON LVA MNE CPV AND LIE SMR
	GRL NCL STP KIR FSM TUV WSM GRD VCT ATG BRB DMA LCA KNA
	TWN KHM LAO MNG PNG FIN SVK NZL IRL HRV LTU ALB XKX EST TLS FJI BTN SLB BRN ISL VUT
	GTM DOM HND PRY NIC SLV CRI PAN URY JAM GUY SUR BLZ GMB
	USA CAN MEX CUB HTI COL VEN ECU PER BOL BRA ARG CHL AUS
	MKD MLT BHS SYC MDV PLW MHL NRU SVN`)

// TestAdmin1Coverage surveys the first-level divisions per country (listed
// against the real number, with the GeoNames lower bound: the admin1 units
// that hold a city of 15,000 or more) and checks the complete countries.
func TestAdmin1Coverage(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]int{}
	for _, e := range g.Entries() {
		if e.Kind == marsad.KindProvince {
			listed[e.Country]++
		}
	}
	for c, n := range admin1Total {
		if _, ok := g.Country(c); !ok {
			t.Errorf("admin1Total: unknown country %s", c)
		}
		if listed[c] > n {
			t.Errorf("%s: %d provinces listed, more than its %d first-level divisions", c, listed[c], n)
		}
	}
	for _, c := range admin1Complete {
		if n, ok := admin1Total[c]; !ok {
			t.Errorf("admin1Complete: %s has no total", c)
		} else if listed[c] != n {
			t.Errorf("%s: %d provinces listed, want all %d", c, listed[c], n)
		}
	}

	t.Run("survey", func(t *testing.T) { admin1Survey(t, g, listed) })
}

// admin1Survey logs the survey table of docs/parts/geo.md, largest
// countries first (skipped without the GeoNames table of ../shared).
func admin1Survey(t *testing.T, g *Gazetteer, listed map[string]int) {
	lower := geoNamesAdmin1(readCities15000(t), g)
	var cs []Entry
	for _, e := range g.Entries() {
		if e.Kind == marsad.KindCountry {
			cs = append(cs, e)
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].Population > cs[j].Population })
	complete := map[string]bool{}
	for _, c := range admin1Complete {
		complete[c] = true
	}
	var b strings.Builder
	b.WriteString("| country | listed | real | GeoNames ≥ | status |\n|---|---|---|---|---|\n")
	provinces, real, realDone, done, surveyed := 0, 0, 0, 0, 0
	for _, e := range cs {
		n, ok := admin1Total[e.ID]
		status, realS := "not surveyed", "?"
		if ok {
			surveyed++
			realS = fmt.Sprint(n)
			real += n
			status = fmt.Sprintf("missing %d", n-listed[e.ID])
			if complete[e.ID] {
				status = "complete"
				done++
				realDone += n
			}
		}
		provinces += listed[e.ID]
		fmt.Fprintf(&b, "| %s %s | %d | %s | %d | %s |\n", e.ID, e.English, listed[e.ID], realS, lower[e.ID], status)
	}
	t.Logf("%d provinces listed; %d of %d surveyed countries complete (%d of their %d first-level divisions)\n%s",
		provinces, done, surveyed, realDone, real, b.String())
}

// geoNamesAdmin1 counts, per country, the admin1 codes of the GeoNames
// cities15000 rows.
func geoNamesAdmin1(rows []gnCity, g *Gazetteer) map[string]int {
	seen := map[string]bool{}
	out := map[string]int{}
	for _, r := range rows {
		k := r.cc + "." + r.admin1
		if r.admin1 == "" || r.admin1 == "00" || seen[k] {
			continue
		}
		seen[k] = true
		out[g.ISO3(r.cc)]++
	}
	return out
}
