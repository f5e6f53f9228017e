// Package bitfilter is a one-hash bit filter over a set of words: MayHave
// is false only for a word that was never added, so a caller skips the map
// lookup for most words of a text (most words start no name, trigger or
// place). The hash mixes a word's length with a few of its bytes — for
// Arabic letters, two bytes each, the second tells them apart — which is
// cheaper than a full string hash and enough for a filter.
package bitfilter

import "math/bits"

// Filter is sized at construction; the zero Filter holds nothing and
// answers true (no filtering).
type Filter struct {
	bits  []uint64
	shift uint // 64 - log2(len(bits)*64)
}

// New returns a filter for about n words at bitsPerWord bits each or more
// (a power of two, at least 1,024 bits).
func New(n, bitsPerWord int) *Filter {
	size := uint64(1024)
	for size < uint64(bitsPerWord)*uint64(n) {
		size *= 2
	}
	return &Filter{bits: make([]uint64, size/64), shift: uint(64 - bits.TrailingZeros64(size))}
}

// Add puts w in the set.
func (f *Filter) Add(w string) {
	b := Hash(w) >> f.shift
	f.bits[b>>6] |= 1 << (b & 63)
}

// MayHave is false only when w was never added.
func (f *Filter) MayHave(w string) bool {
	if f == nil || f.bits == nil {
		return true
	}
	b := Hash(w) >> f.shift
	return f.bits[b>>6]&(1<<(b&63)) != 0
}

// Hash mixes a word's length with its second, fourth, sixth, last and
// third-to-last bytes; the filter takes the product's top bits.
func Hash(w string) uint64 {
	n := len(w)
	x := uint64(n)
	if n > 0 {
		x |= uint64(w[n-1]) << 8
	}
	if n > 1 {
		x |= uint64(w[1]) << 16
	}
	if n > 3 {
		x |= uint64(w[3])<<24 | uint64(w[n-3])<<32
	}
	if n > 5 {
		x |= uint64(w[5]) << 40
	}
	return x * 0x9E3779B97F4A7C15
}
