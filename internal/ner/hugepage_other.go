//go:build !linux

package ner

// weightTable returns a zeroed slice of n float32 for the packed weight
// table (on Linux it is mapped on huge pages).
func weightTable(_ *packed, n int) []float32 { return make([]float32, n) }
