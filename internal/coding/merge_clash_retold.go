package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// clashNouns are the stems of words that name fighting between two sides.
// A sentence that names only one side («شوهد شبان في اشتباكات مع الأمن»,
// «خاضت قوات الجيش معارك مع الحوثيين») reads the clash as one-sided.
var clashNouns = []string{"مواجه", "اشتباك", "اشتبك", "معارك", "معركه", "معركة", "قتال", "مناوشات"}

// clashRetold reports two tellings of one clash in different sentences, one
// read as symmetric and the other as one-sided because its sentence names a
// single side: the one-sided telling's trigger is a word of fighting, it
// shares a party with the clash by name, and the two have the same day and place
// (none may be missing on one side only when the other names it). Without it
// «clashes between two sides are not a one-sided attack» keeps them apart.
func clashRetold(o, e *coded) bool {
	if o.Type != "ASSAULT" || o.Symmetric == e.Symmetric {
		return false
	}
	sym, one := o, e
	if e.Symmetric {
		sym, one = e, o
	}
	if !clashTrigger(one.Trigger) {
		return false
	}
	if o.Date != e.Date {
		return false
	}
	if o.Location != nil && e.Location != nil && o.Location.Name != e.Location.Name {
		return false
	}
	for _, p := range []*marsad.Actor{one.Actor, one.Recipient} {
		if p == nil {
			continue
		}
		for _, q := range []*marsad.Actor{sym.Actor, sym.Recipient} {
			if q != nil && namesOverlap(p.Name, q.Name) {
				return true
			}
		}
	}
	return false
}

// clashTrigger reports a trigger whose words name fighting (clashNouns).
func clashTrigger(trigger string) bool {
	for _, w := range strings.Fields(arabic.Normalize(trigger)) {
		if clashWord(w) {
			return true
		}
	}
	return false
}

// clashWord reports a normalised word holding a fighting stem.
func clashWord(w string) bool {
	for _, n := range clashNouns {
		if strings.Contains(w, n) {
			return true
		}
	}
	return false
}
