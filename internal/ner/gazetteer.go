package ner

import (
	"strings"

	"github.com/marsad/marsad"
)

// GazName is one name of a gazetteer (our actor dictionary, our place
// gazetteer) with the ANERcorp type it stands for.
type GazName struct {
	Name string // as written; words separated by spaces
	Type string // PERS, ORG, LOC or MISC
}

// Gazetteer word bits: for each entity type t (PERS, ORG, LOC, MISC =
// 0..3), bit 3t marks a one-word name, 3t+1 the first word of a longer
// name and 3t+2 a later word of one.
const gazBits = 12

// compileGazetteer maps each normalised word of the names to its bits.
func compileGazetteer(names []GazName) (map[string]uint32, error) {
	if len(names) == 0 {
		return nil, nil
	}
	out := map[string]uint32{}
	for _, n := range names {
		t := entityIndex(n.Type)
		if t < 0 {
			return nil, marsad.Errorf(marsad.EINVALID, "gazetteer name %q: type %q is not PERS, ORG, LOC or MISC", n.Name, n.Type)
		}
		words := strings.Fields(n.Name)
		for i, w := range words {
			k := normalizeString(w)
			if k == "" {
				continue
			}
			switch {
			case len(words) == 1:
				out[k] |= 1 << (3 * t)
			case i == 0:
				out[k] |= 1 << (3*t + 1)
			default:
				out[k] |= 1 << (3*t + 2)
			}
		}
	}
	return out, nil
}

// entityIndex returns 0..3 for PERS, ORG, LOC, MISC and -1 otherwise.
func entityIndex(typ string) int {
	switch typ {
	case "PERS", "PER":
		return 0
	case "ORG":
		return 1
	case "LOC":
		return 2
	case "MISC":
		return 3
	}
	return -1
}
