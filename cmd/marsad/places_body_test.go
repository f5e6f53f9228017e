package main

import (
	"testing"

	"github.com/marsad/marsad"
)

// TestNamedBody: an entity linked as a whole to a newspaper, company or
// party is no place; a body matched on part of it, or a government, is.
func TestNamedBody(t *testing.T) {
	med := &marsad.Actor{ID: "MED_ALQUDSALARABI", Name: "القدس العربي", Sector: "MED"}
	cases := []struct {
		e    marsad.Entity
		want bool
	}{
		{marsad.Entity{Text: "القدس العربي", Type: marsad.LOC, Actor: med}, true},
		{marsad.Entity{Text: "أم المياذن", Type: marsad.LOC, Actor: &marsad.Actor{ID: "MED_WAM", Name: "وأم", Sector: "MED"}}, false},
		{marsad.Entity{Text: "دمشق", Type: marsad.LOC, Actor: &marsad.Actor{ID: "SYR", Name: "دمشق", Sector: "GOV"}}, false},
		{marsad.Entity{Text: "القدس", Type: marsad.LOC}, false},
		{marsad.Entity{Text: "نداء تونس", Type: marsad.LOC, Actor: &marsad.Actor{ID: "TUN_NIDAA", Name: "حزب نداء تونس", Sector: "PTY"}}, true},
	}
	for _, c := range cases {
		if got := namedBody(c.e); got != c.want {
			t.Errorf("namedBody(%q linked to %v) = %v, want %v", c.e.Text, c.e.Actor, got, c.want)
		}
	}
}
