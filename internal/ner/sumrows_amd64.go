//go:build !purego

package ner

// sumRows18 adds to acc, column by column, the rows of w (2*numLabels
// floats each: both stages' weights) that start at the offsets rows, in
// the order given: acc[j] += w[r+j] for each r in turn. The offsets must
// come from packed.row. On amd64 the 18 columns are summed four at a time
// (sumrows_amd64.s); each column still takes its additions one by one in
// row order, so the result is bit-identical to sumRows18Go.
//
//go:noescape
func sumRows18(acc *[2 * numLabels]float32, w []float32, rows []uint32)

// sumRows9 is sumRows18 for rows of numLabels floats (one stage).
//
//go:noescape
func sumRows9(acc *[numLabels]float32, w []float32, rows []uint32)

// The assembly sums exactly 18 columns.
var (
	_ [2*numLabels - 18]struct{}
	_ [18 - 2*numLabels]struct{}
)
