package ner

import (
	"context"
	"testing"
)

// TestTrainSGNS trains on an artificial text where words 0..3 only fill
// one slot and words 4..7 another: words of the same slot must end up
// closer to each other than to the words of the other slot.
func TestTrainSGNS(t *testing.T) {
	const filler = 8 // ids 8..11 frame the slots
	var docs [][]int32
	counts := make([]int, 12)
	for i := 0; i < 400; i++ {
		a, b := int32(i%4), int32(4+(i*3)%4)
		doc := []int32{filler, a, filler + 1, filler + 2, b, filler + 3}
		for _, id := range doc {
			counts[id]++
		}
		docs = append(docs, doc)
	}
	cfg := sgnsConfig{dim: 8, window: 1, negative: 3, epochs: 20, sample: 1, alpha: 0.05, seed: 1}
	vecs, err := trainSGNS(context.Background(), docs, counts, cfg, func(string, ...any) {})
	if err != nil {
		t.Fatal(err)
	}
	unit := func(i int) []float32 {
		v := append([]float32(nil), vecs[i*cfg.dim:(i+1)*cfg.dim]...)
		normalize(v)
		return v
	}
	var same, other float32
	for i := 0; i < 8; i++ {
		for j := i + 1; j < 8; j++ {
			s := dot32(unit(i), unit(j))
			if i/4 == j/4 {
				same += s / 12
			} else {
				other += s / 16
			}
		}
	}
	t.Logf("within %.2f across %.2f", same, other)
	if same <= other+0.2 {
		t.Errorf("mean cosine within a slot %.2f, across slots %.2f: want within > across + 0.2", same, other)
	}
	again, _ := trainSGNS(context.Background(), docs, counts, cfg, func(string, ...any) {})
	for i := range vecs {
		if vecs[i] != again[i] {
			t.Fatalf("trainSGNS is not reproducible: component %d %v vs %v", i, vecs[i], again[i])
		}
	}
}
