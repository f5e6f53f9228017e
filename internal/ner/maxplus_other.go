//go:build !amd64 || purego

package ner

// maxPlus is maxPlusGo (see maxplus_amd64.go).
func maxPlus(best *[maxPlusLanes]float32, prev *[numLabels]float32, tr *[numLabels][maxPlusLanes]float32) {
	maxPlusGo(best, prev, tr)
}
