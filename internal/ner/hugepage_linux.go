//go:build linux

package ner

import (
	"runtime"
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on linux/amd64 and
// linux/arm64 (4 KiB base pages).
const hugePage = 2 << 20

// weightTable returns a zeroed slice of n float32 for the packed weight
// table. Decoding reads its rows at random, one or two per feature, so with
// 4 KiB pages nearly every read also misses the TLB; on Linux the table is
// mapped apart and advised to use transparent huge pages (the Go heap is
// not), which cuts the page walks. owner's collection unmaps it. Where the
// mapping fails it falls back to the heap.
func weightTable(owner *packed, n int) []float32 {
	size := (n*4 + hugePage - 1) &^ (hugePage - 1)
	if n*4 < hugePage {
		return make([]float32, n)
	}
	// Map one extra huge page to align the start on a huge-page boundary.
	mem, err := syscall.Mmap(-1, 0, size+hugePage, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return make([]float32, n)
	}
	off := 0
	if r := uintptr(unsafe.Pointer(&mem[0])) % hugePage; r != 0 {
		off = int(hugePage - r)
	}
	_ = syscall.Madvise(mem[off:off+size], syscall.MADV_HUGEPAGE)
	runtime.AddCleanup(owner, func(b []byte) { _ = syscall.Munmap(b) }, mem)
	return unsafe.Slice((*float32)(unsafe.Pointer(&mem[off])), n)
}
