package ner

import (
	"math/rand/v2"
	"testing"
)

// histRowsComputed is scoreSecond's row list computed feature by feature,
// the way histTable replaces.
func histRowsComputed(p *packed, x hist) []uint32 {
	var f [numHistory]uint64
	histFeatures(x, f[:])
	var rows []uint32
	for j, v := range f {
		if v == 0 {
			continue
		}
		if k := p.row(mix(uint64(numTemplates+j), v)); k >= 0 {
			rows = append(rows, uint32(k+numLabels))
		}
	}
	return rows
}

// The table gives every history template's rows as hashing does, for any
// hist whose labels are under 16; others are not looked up in it.
func TestHistTableMatchesFeatures(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Skipf("no embedded model: %v", err)
	}
	p := tg.packed
	if p.second == nil || p.hist == nil {
		t.Fatal("the embedded model has no history stage table")
	}
	rng := rand.New(rand.NewPCG(4, 4))
	for trial := 0; trial < 20000; trial++ {
		x := hist{own: uint8(rng.IntN(16)), prev: uint8(rng.IntN(16)), next: uint8(rng.IntN(16)), maj: uint8(rng.IntN(16)), mask: uint8(rng.IntN(256)), frac: uint8(rng.IntN(256))}
		if trial%4 == 0 { // the values tagging produces
			x = hist{own: uint8(rng.IntN(10)), prev: uint8(rng.IntN(10)), next: uint8(rng.IntN(10)), maj: uint8(rng.IntN(6)), mask: uint8(rng.IntN(16)), frac: uint8(rng.IntN(5))}
		}
		ix, ok := histIndex(x)
		if !ok {
			t.Fatalf("histIndex(%+v) not in the table", x)
		}
		var got []uint32
		for j := range ix {
			if k := p.hist[j][ix[j]]; k >= 0 {
				got = append(got, uint32(k))
			}
		}
		want := histRowsComputed(p, x)
		if len(got) != len(want) {
			t.Fatalf("table rows of %+v = %v, want %v", x, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("table rows of %+v = %v, want %v", x, got, want)
			}
		}
	}
	if _, ok := histIndex(hist{own: 16}); ok {
		t.Error("histIndex(own 16) is in the table; its pairs would overlap")
	}
}
