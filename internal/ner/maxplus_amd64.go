//go:build !purego

package ner

// maxPlus is maxPlusGo (decode.go) with each of the twelve lanes an SSE
// lane (maxplus_amd64.s): MAXPS keeps its first operand only when it is
// strictly greater, NaN and equal sums included, as the scalar comparison
// does, and ADDPS rounds each lane like ADDSS, so the result is
// bit-identical.
//
//go:noescape
func maxPlus(best *[maxPlusLanes]float32, prev *[numLabels]float32, tr *[numLabels][maxPlusLanes]float32)

// The assembly reads exactly nine previous labels into twelve lanes.
var (
	_ [numLabels - 9]struct{}
	_ [9 - numLabels]struct{}
	_ [maxPlusLanes - 12]struct{}
	_ [12 - maxPlusLanes]struct{}
)
