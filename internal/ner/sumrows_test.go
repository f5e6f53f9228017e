package ner

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestSumRows18MatchesGo: the assembly sums (sumRows18, sumRows9) (on amd64) equal the plain Go
// ones bit for bit, with values of every magnitude, signed zeros,
// subnormals and infinities, rows in any order and repeated, and no rows.
func TestSumRows18MatchesGo(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	special := []float32{0, float32(math.Copysign(0, -1)), 1e-45, -1e-45, 1e-38, float32(math.Inf(1)), float32(math.Inf(-1)), 3.4e38, -3.4e38}
	w := make([]float32, 2*numLabels*500)
	for i := range w {
		switch rng.IntN(4) {
		case 0:
			w[i] = special[rng.IntN(len(special))]
		case 1:
			w[i] = float32(rng.NormFloat64() * 1e-3)
		default:
			w[i] = float32(rng.NormFloat64())
		}
	}
	for trial := 0; trial < 2000; trial++ {
		rows := make([]uint32, rng.IntN(80))
		for i := range rows {
			// any offset that leaves a whole row, not only multiples of the width
			rows[i] = uint32(rng.IntN(len(w) - 2*numLabels + 1))
		}
		var got, want [2 * numLabels]float32
		for j := range got {
			got[j] = float32(rng.NormFloat64())
		}
		want = got
		var got9, want9 [numLabels]float32
		copy(got9[:], got[:])
		want9 = got9
		sumRows18(&got, w, rows)
		sumRows18Go(&want, w, rows)
		sumRows9(&got9, w, rows)
		sumRows9Go(&want9, w, rows)
		sameBits(t, "sumRows18", trial, got[:], want[:])
		sameBits(t, "sumRows9", trial, got9[:], want9[:])
	}
}

func sameBits(t *testing.T, name string, trial int, got, want []float32) {
	t.Helper()
	for j := range got {
		if math.Float32bits(got[j]) != math.Float32bits(want[j]) && !(got[j] != got[j] && want[j] != want[j]) {
			t.Fatalf("trial %d: %s column %d = %v (%08x), want %v (%08x)", trial, name, j, got[j], math.Float32bits(got[j]), want[j], math.Float32bits(want[j]))
		}
	}
}
