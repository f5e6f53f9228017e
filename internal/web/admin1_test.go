package web

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/geo"
)

// TestProvinceBasemap checks the embedded province boundaries
// (ui/vendor/admin1.topo.json, built by ui-src/admin1.mjs): one topology
// whose "provinces" are polygons with distinct ids, and a polygon for most
// of the gazetteer's provinces (2,461 of 3,109 when built), including every province of the countries
// where both sources divide the land alike (here: Syria, Jordan, Egypt,
// Libya, Saudi Arabia, Turkey, Iran), so a province-level event there is
// drawn as its province. Rerun admin1.mjs when the gazetteer's provinces
// change.
func TestProvinceBasemap(t *testing.T) {
	b, err := uiFiles.ReadFile("ui/vendor/admin1.topo.json")
	if err != nil {
		t.Fatal(err)
	}
	var topo struct {
		Type      string
		Arcs      [][][2]int
		Transform *struct{ Scale, Translate [2]float64 }
		Objects   map[string]struct {
			Type       string
			Geometries []struct {
				Type string
				ID   string
			}
		}
	}
	if err := json.Unmarshal(b, &topo); err != nil {
		t.Fatal(err)
	}
	prov, found := topo.Objects["provinces"]
	if topo.Type != "Topology" || topo.Transform == nil || !found || len(prov.Geometries) < 4000 || len(topo.Arcs) == 0 {
		t.Fatalf("admin1.topo.json: type %q, transform %v, provinces %d, arcs %d; want a quantised topology of over 4,000 provinces",
			topo.Type, topo.Transform != nil, len(prov.Geometries), len(topo.Arcs))
	}
	ids := map[string]bool{}
	for _, g := range prov.Geometries {
		if g.Type != "Polygon" && g.Type != "MultiPolygon" {
			t.Errorf("province %q is a %s, want a polygon", g.ID, g.Type)
		}
		if g.ID == "" || ids[g.ID] {
			t.Errorf("province id %q empty or repeated", g.ID)
		}
		ids[g.ID] = true
	}
	gz, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	full := map[string]bool{"SYR": true, "JOR": true, "EGY": true, "LBY": true, "SAU": true, "TUR": true, "IRN": true}
	var all, drawn int
	for _, e := range gz.Entries() {
		if e.Kind != marsad.KindProvince {
			continue
		}
		all++
		if ids[e.ID] {
			drawn++
		} else if full[e.Country] {
			t.Errorf("province %s (%s) of %s has no polygon", e.ID, strings.Join(e.Names, "|"), e.Country)
		}
	}
	// The gazetteer grows (provinces the basemap may not have): a floor and
	// a share with room for that; rerun admin1.mjs to match new ones.
	if drawn < 2000 || drawn*3 < all*2 {
		t.Errorf("%d of the gazetteer's %d provinces have a polygon, want at least 2,000 and two in three", drawn, all)
	}
	t.Logf("%d provinces drawn; %d of the gazetteer's %d have a polygon", len(prov.Geometries), drawn, all)
}
