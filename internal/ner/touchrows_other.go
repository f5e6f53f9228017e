//go:build !amd64 || purego

package ner

// touch loads both cache lines of every row before scoreFirst sums them:
// a short loop keeps many more row loads in flight than the sums would.
func (d *decoder) touch(w []float32, rows []uint32, wide int) {
	var t0, t1 float32
	for _, r := range rows {
		t0 += w[r]
		t1 += w[int(r)+wide-1]
	}
	d.sink += t0 + t1
}
