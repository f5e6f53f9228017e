package ner

import (
	"math"
	"math/rand/v2"
	"testing"
)

// viterbiBackPointers is the decoder's former Viterbi pass, which kept a
// back-pointer for every label of every token: the reference the
// max-only forward pass must match label for label and score for score.
func viterbiBackPointers(m *Model, score []float32, n int) ([]int, []float32) {
	delta := make([]float32, n*numLabels)
	back := make([]int8, n*numLabels)
	neg := float32(math.Inf(-1))
	for y := 0; y < numLabels; y++ {
		if allowed(-1, y) {
			delta[y] = m.T[y] + score[y]
		} else {
			delta[y] = neg
		}
	}
	var trans [numLabels][numLabels]float32
	for y := 0; y < numLabels; y++ {
		for p := 0; p < numLabels; p++ {
			trans[y][p] = m.T[(p+1)*numLabels+y]
		}
	}
	for i := 1; i < n; i++ {
		prev := (*[numLabels]float32)(delta[(i-1)*numLabels : i*numLabels])
		for _, y := range [...]int{0, 1, 3, 5, 7} {
			best, arg := bestOfAll(prev, &trans[y])
			if best != neg {
				best += score[i*numLabels+y]
			}
			delta[i*numLabels+y], back[i*numLabels+y] = best, arg
		}
		for y := 2; y < numLabels; y += 2 {
			best, arg := neg, int8(0)
			if v := prev[y-1] + trans[y][y-1]; v > best {
				best, arg = v, int8(y-1)
			}
			if v := prev[y] + trans[y][y]; v > best {
				best, arg = v, int8(y)
			}
			if best != neg {
				best += score[i*numLabels+y]
			}
			delta[i*numLabels+y], back[i*numLabels+y] = best, arg
		}
	}
	last := delta[(n-1)*numLabels:]
	arg := 0
	for y := 1; y < numLabels; y++ {
		if last[y] > last[arg] {
			arg = y
		}
	}
	out := make([]int, n)
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = int(back[i*numLabels+arg])
	}
	return out, delta
}

// awkward draws weights with many ties, signed zeros and infinities.
func awkward(rng *rand.Rand) float32 {
	switch rng.IntN(8) {
	case 0:
		return 0
	case 1:
		return float32(math.Copysign(0, -1))
	case 2:
		return float32(math.Inf(-1))
	case 3:
		return float32(rng.IntN(3)) - 1 // ties
	}
	return rng.Float32()*8 - 4
}

func TestViterbiMatchesBackPointers(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	for trial := 0; trial < 3000; trial++ {
		n := 1 + rng.IntN(12)
		m := newModel(4)
		for i := range m.T {
			m.T[i] = awkward(rng)
			if trial%2 == 0 {
				m.T[i] = rng.Float32()*4 - 2
			}
		}
		var d decoder
		d.score = make([]float32, n*numLabels)
		for i := range d.score {
			d.score[i] = awkward(rng)
		}
		want, wantDelta := viterbiBackPointers(m, d.score, n)
		got := d.viterbi(m, n, nil)
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("trial %d: viterbi = %v, back-pointers %v", trial, got, want)
			}
		}
		for i, v := range wantDelta {
			if math.Float32bits(d.delta[i]) != math.Float32bits(v) {
				t.Fatalf("trial %d: delta[%d] = %v, back-pointers %v", trial, i, d.delta[i], v)
			}
		}
	}
}

func TestMaxPlusMatchesGo(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 1))
	nan := float32(math.NaN())
	for trial := 0; trial < 20000; trial++ {
		var prev [numLabels]float32
		var tr [numLabels][maxPlusLanes]float32
		for p := range prev {
			prev[p] = awkward(rng)
			if rng.IntN(50) == 0 {
				prev[p] = nan
			}
			if rng.IntN(50) == 0 {
				prev[p] = float32(math.Inf(1))
			}
			for y := range tr[p] {
				tr[p][y] = awkward(rng)
			}
		}
		var got, want [maxPlusLanes]float32
		maxPlus(&got, &prev, &tr)
		maxPlusGo(&want, &prev, &tr)
		for y := range want {
			if math.Float32bits(got[y]) != math.Float32bits(want[y]) {
				t.Fatalf("trial %d: maxPlus lane %d = %v (%#x), Go %v (%#x)", trial, y, got[y], math.Float32bits(got[y]), want[y], math.Float32bits(want[y]))
			}
		}
	}
}
