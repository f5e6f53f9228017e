package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// ownState reports a recipient that is the actor's own state: the
// dictionary's entry for a country («السعودية», «إسرائيل», «تركيا»)
// while the actor is that country's government, forces, police or court.
// The state is then the actor's side, named in passing: «قوات التحالف،
// الذي تقوده السعودية، …», «برصاص الجيش الإسرائيلي قرب الحدود بين غزة
// وإسرائيل», «وزير الخارجية الأميركي حذر بأن الولايات المتحدة …»,
// «قررت المحكمة … شرط عدم مغادرتهما تركيا». Parliaments, parties,
// opposition and civilians are left: they do address their own state.
// The actor's country must be its own (a dictionary entry, or a nisba in
// its name): a bare title («وزير الخارجية», «رئيس الأركان») takes the
// country of the story, often the recipient's, and is left.
func (c *Coder) ownState(a, r *marsad.Actor) bool {
	if a == nil || r == nil || r.ID == "" || r.ID != r.Country || a.Country != r.Country {
		return false
	}
	switch a.Sector {
	case "GOV", "MIL", "POL", "JUD":
	default:
		return false
	}
	if a.ID != "" {
		return true
	}
	for _, w := range strings.Fields(arabic.Normalize(a.Name)) {
		if c.nisba[w] == a.Country {
			return true
		}
	}
	return false
}

// dropOwnState removes from merged events a recipient that is the actor's
// own state (ownState). It runs after merging: the recipient a telling
// names takes part in which tellings join, and those joins stand.
func (c *Coder) dropOwnState(evs []marsad.Event) {
	for k := range evs {
		if e := &evs[k]; !e.Symmetric && c.ownState(e.Actor, e.Recipient) {
			e.Recipient = nil
		}
	}
}
