package ner

import "testing"

// touch reads nothing it returns, but it must accept any rows packed.row
// gives, up to the table's last row, and none.
func TestTouchRowsAtTableEnds(t *testing.T) {
	const wide = 2 * numLabels
	w := make([]float32, 5*wide)
	var d decoder
	d.touch(w, nil, wide)
	d.touch(w, []uint32{0, uint32(4 * wide), uint32(2 * wide), uint32(4 * wide)}, wide)
}
