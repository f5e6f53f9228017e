//go:build !purego

package ner

// touchRows starts loading both cache lines of each row of w at the
// offsets rows (the first float and the one last bytes after it), before
// scoreFirst sums them: on amd64 with prefetches (touchrows_amd64.s),
// which, unlike loads, do not hold up the instructions after them while
// their lines arrive.
//
//go:noescape
func touchRows(w []float32, rows []uint32, last int)

func (d *decoder) touch(w []float32, rows []uint32, wide int) {
	touchRows(w, rows, (wide-1)*4)
}
