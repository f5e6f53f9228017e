package ner

// histTable holds, for each history template, the row (offset of the
// history stage's half in packed.w, or -1) of every value its feature can
// take when the labels it combines are under 16: a hist's fields are small
// (labels 0..9, maj 0..5, mask 4 bits, frac 0..4), so scoreSecond reads
// 7 KB instead of hashing each feature and reading the packed index.
type histTable [numHistory][256]int32

// scoreSecond lists at most eight history rows (an index masked with 7).
var _ [8 - numHistory]struct{}

// histIndex gives the table index of each history template for x, and
// whether every one is in the table (the labels that templates 1, 2 and 6
// pair are under 16).
func histIndex(x hist) ([numHistory]uint8, bool) {
	ok := x.own < 16 && x.prev < 16 && x.next < 16 && x.maj < 16
	return [numHistory]uint8{x.own, x.prev<<4 | x.own, x.next<<4 | x.own, x.maj, x.mask, x.frac, x.maj<<4 | x.own}, ok
}

// histOf is a hist whose histIndex for template j is v.
func histOf(j int, v uint8) hist {
	switch j {
	case 0:
		return hist{own: v}
	case 1:
		return hist{prev: v >> 4, own: v & 15}
	case 2:
		return hist{next: v >> 4, own: v & 15}
	case 3:
		return hist{maj: v}
	case 4:
		return hist{mask: v}
	case 5:
		return hist{frac: v}
	default:
		return hist{maj: v >> 4, own: v & 15}
	}
}

// buildHistTable computes the table of a two-stage packed model with
// histFeatures itself, so it cannot drift from it.
func buildHistTable(p *packed) *histTable {
	t := new(histTable)
	var f [numHistory]uint64
	for j := range t {
		for v := range t[j] {
			histFeatures(histOf(j, uint8(v)), f[:])
			t[j][v] = -1
			if f[j] != 0 {
				if k := p.row(mix(uint64(numTemplates+j), f[j])); k >= 0 {
					t[j][v] = int32(k + numLabels) // the history stage's half
				}
			}
		}
	}
	return t
}
