//go:build !amd64 || purego

package ner

// sumRows18 adds to acc the rows of w at the offsets rows, in order (see
// sumrows_amd64.go).
func sumRows18(acc *[2 * numLabels]float32, w []float32, rows []uint32) {
	sumRows18Go(acc, w, rows)
}

// sumRows9 is sumRows18 for rows of numLabels floats.
func sumRows9(acc *[numLabels]float32, w []float32, rows []uint32) {
	sumRows9Go(acc, w, rows)
}
