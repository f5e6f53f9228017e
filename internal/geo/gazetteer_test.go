package geo

import (
	"strings"
	"testing"

	"github.com/marsad/marsad"
)

func TestDefaultLoads(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, e := range g.Entries() {
		counts[e.Kind]++
		if e.Kind != marsad.KindCountry && e.Country != "" {
			if _, ok := g.Country(e.Country); !ok {
				t.Errorf("%s: unknown country %q", e.ID, e.Country)
			}
		}
		if e.Admin1 != "" {
			p, ok := g.Entry(e.Admin1)
			if !ok || p.Kind != marsad.KindProvince || p.Country != e.Country {
				t.Errorf("%s: bad province %q", e.ID, e.Admin1)
			}
		}
		if len(e.Names) == 0 {
			t.Errorf("%s: no Arabic name", e.ID)
		}
		for _, n := range e.Names {
			if strings.ContainsAny(n, "abcdefghijklmnopqrstuvwxyz") {
				t.Errorf("%s: Latin letters in Arabic name %q", e.ID, n)
			}
		}
	}
	t.Logf("entries by kind: %v (total %d)", counts, g.Len())
	if counts[marsad.KindCountry] < 190 {
		t.Errorf("countries = %d, want ≥ 190", counts[marsad.KindCountry])
	}
}
