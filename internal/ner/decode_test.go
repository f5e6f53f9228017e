package ner

import (
	"math/rand/v2"
	"testing"
)

// pathScore is the score of labels ys under m's transitions and the
// emission scores sc, and whether every step is allowed.
func pathScore(m *Model, sc []float32, ys []int) (float64, bool) {
	total, prev := 0.0, -1
	for i, y := range ys {
		if !allowed(prev, y) {
			return 0, false
		}
		total += float64(m.T[(prev+1)*numLabels+y]) + float64(sc[i*numLabels+y])
		prev = y
	}
	return total, true
}

func TestViterbiFindsBestAllowedPath(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	const n = 4
	for trial := 0; trial < 30; trial++ {
		m := newModel(4)
		for i := range m.T {
			m.T[i] = rng.Float32()*4 - 2
		}
		var d decoder
		d.score = make([]float32, n*numLabels)
		for i := range d.score {
			d.score[i] = rng.Float32()*4 - 2
		}
		got := d.viterbi(m, n, nil)
		gotScore, ok := pathScore(m, d.score, got)
		if !ok {
			t.Fatalf("trial %d: viterbi path %v breaks the BIO constraints", trial, got)
		}
		best := -1e18
		ys := make([]int, n)
		var walk func(i int)
		walk = func(i int) {
			if i == n {
				if s, ok := pathScore(m, d.score, ys); ok && s > best {
					best = s
				}
				return
			}
			for y := 0; y < numLabels; y++ {
				ys[i] = y
				walk(i + 1)
			}
		}
		walk(0)
		if gotScore < best-1e-4 {
			t.Errorf("trial %d: viterbi path scores %.5f, best allowed path %.5f", trial, gotScore, best)
		}
	}
}
