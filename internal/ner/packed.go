package ner

import (
	"math/bits"
	"runtime"
)

// packed is a read-only copy of a model's weight tables made for decoding.
// It keeps only the rows that are non-zero in some stage (most hashed
// buckets were never updated in training: about an eighth are), found
// through a bitmap with per-word ranks, so an absent feature costs one
// small bitmap read and the random row reads hit the cache far more often.
// The stages are interleaved: row k holds the first stage's numLabels
// weights, then the history stage's, so the first stage's pass also sums
// the history stage's weights of the same features at the cost of one
// adjacent cache line.
//
// Sums are taken in the same template order as with Model.W, skipping rows
// that are all zero (adding +0 changes no sum), so scores are bit-identical
// to decoding with the full tables.
type packed struct {
	shift  uint
	index  []rankWord // one per 64 rows
	w      []float32  // kept rows, width weights each, in row order
	width  int        // numLabels per stage: numLabels or 2*numLabels
	first  *Model
	second *Model // nil for a one-stage model
	// bounds are the cached rows of the sentence-boundary positions bos2,
	// bos1, eos1, eos2.
	bounds [4]cachedWord
	hist   *histTable // the history templates' rows (hist_rows.go); nil for a one-stage model
}

// rankWord holds the kept bits of 64 consecutive rows and the number of
// kept rows before them.
type rankWord struct {
	bits uint64
	base uint32
}

// pack builds the packed tables of a model and its history stage, if any.
func pack(m *Model) *packed {
	rows := 1 << m.Bits
	p := &packed{shift: uint(64 - m.Bits), index: make([]rankWord, (rows+63)/64), width: numLabels, first: m, second: m.Second}
	if p.second != nil {
		p.width = 2 * numLabels
	}
	keep := func(r int) bool {
		if !zeroRow(m.W[r*numLabels : (r+1)*numLabels]) {
			return true
		}
		return p.second != nil && !zeroRow(p.second.W[r*numLabels:(r+1)*numLabels])
	}
	n := uint32(0)
	for r := 0; r < rows; r++ {
		if r%64 == 0 {
			p.index[r/64].base = n
		}
		if keep(r) {
			p.index[r/64].bits |= 1 << (r % 64)
			n++
		}
	}
	p.w = weightTable(p, int(n)*p.width)
	at := 0
	for r := 0; r < rows; r++ {
		if p.index[r/64].bits&(1<<(r%64)) == 0 {
			continue
		}
		at += copy(p.w[at:], m.W[r*numLabels:(r+1)*numLabels])
		if p.second != nil {
			at += copy(p.w[at:], p.second.W[r*numLabels:(r+1)*numLabels])
		}
	}
	for i, b := range []tokInfo{bos2, bos1, eos1, eos2} {
		p.bounds[i] = cacheWord(p, b)
	}
	if p.second != nil {
		p.hist = buildHistTable(p)
	}
	return p
}

// row returns the offset in p.w of the kept row of feature hash h, or -1
// when the row is zero in every stage.
func (p *packed) row(h uint64) int {
	r := h >> p.shift
	rw := p.index[r>>6]
	bit := uint64(1) << (r & 63)
	if rw.bits&bit == 0 {
		return -1
	}
	return (int(rw.base) + bits.OnesCount64(rw.bits&(bit-1))) * p.width
}

// scoreFirst computes the first stage's emission scores of the n tokens
// of d.pinfos and d.trows (from extractCached) into d.score, as features,
// buckets then emissions do with the full table: the rows of the cached
// templates come from d.trows, the others are hashed here, in template
// order. With a history stage it also leaves in d.part that stage's partial
// sums over the same templates (before its history templates and its O
// penalty).
func (d *decoder) scoreFirst(p *packed, n int) {
	d.score = resize(d.score, n*numLabels)
	clear(d.score)
	two := p.second != nil
	if two {
		d.part = resize(d.part, n*numLabels)
		clear(d.part)
	}
	if n == 0 {
		return
	}
	w := p.w
	wide := numLabels
	if two {
		wide = 2 * numLabels
	}
	var f [numTemplates]uint64
	var rows [gatherRows]uint32
	for i := 0; i < n; i++ {
		pi := d.pinfos[i : i+4]
		pairFeatures(&pi[0], &pi[1], &pi[2], &pi[3], f[:])
		// the rows of positions i..i+4: the word's two neighbours on each
		// side and itself (position i+2, word i)
		win := (*[gatherWindow]int32)(d.trows[i*posStride : (i+gatherWindow/posStride)*posStride])
		pr := (*[numPair]int32)(win[2*posStride+numCached:])
		pairRowsUnrolled(p, &f, pr) // the pair templates' rows (gather_unrolled.go)
		// Gather the rows in template order without branching on which
		// are absent (-1), so their loads overlap (gather_unrolled.go).
		rs := rows[:gatherUnrolled(win, &rows)]
		// Touch both cache lines of every row before summing
		// (touchrows_*.go).
		d.touch(w, rs, wide)
		pre := d.pres[i*p.width : (i+1)*p.width : (i+1)*p.width]
		if two {
			// both stages' sums at once, each in template order
			// (sumRows18; on amd64 four columns an instruction)
			var acc [2 * numLabels]float32
			copy(acc[:], pre)
			sumRows18(&acc, w, rs)
			acc[0] -= p.first.OPenalty
			copy(d.score[i*numLabels:(i+1)*numLabels], acc[:numLabels])
			copy(d.part[i*numLabels:(i+1)*numLabels], acc[numLabels:])
			continue
		}
		s0, s1, s2, s3, s4, s5, s6, s7, s8 := pre[0], pre[1], pre[2], pre[3], pre[4], pre[5], pre[6], pre[7], pre[8]
		for _, r := range rs {
			k := int(r)
			row := w[k : k+numLabels : k+numLabels]
			s0 += row[0]
			s1 += row[1]
			s2 += row[2]
			s3 += row[3]
			s4 += row[4]
			s5 += row[5]
			s6 += row[6]
			s7 += row[7]
			s8 += row[8]
		}
		s0 -= p.first.OPenalty
		s := d.score[i*numLabels : (i+1)*numLabels : (i+1)*numLabels]
		s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8] = s0, s1, s2, s3, s4, s5, s6, s7, s8
	}
	runtime.KeepAlive(p) // w may be mapped apart and unmapped when p is collected (hugepage_linux.go)
}

// scoreSecond computes the history stage's emission scores into d.score
// from its partial sums part (from scoreFirst) and the tokens' histories:
// the history templates' rows are added after the others and the O penalty
// last, the order emissions uses.
func (d *decoder) scoreSecond(p *packed, part []float32, h []hist) {
	n := len(h)
	d.score = resize(d.score, n*numLabels)
	copy(d.score, part)
	var f [numHistory]uint64
	var rows [8]uint32 // numHistory rows; 7 masks an index into it
	for i := range h {
		s := (*[numLabels]float32)(d.score[i*numLabels : (i+1)*numLabels])
		nr := 0
		if ix, ok := histIndex(h[i]); ok && p.hist != nil {
			// the same rows from the table, in template order
			for j := range ix {
				k := uint32(p.hist[j][ix[j]])
				rows[nr&7] = k
				nr += int(^k >> 31)
			}
			sumRows9(s, p.w, rows[:nr])
			s[0] -= p.second.OPenalty
			continue
		}
		histFeatures(h[i], f[:])
		for j, v := range f {
			if v == 0 {
				continue
			}
			k := p.row(mix(uint64(numTemplates+j), v))
			if k < 0 {
				continue
			}
			rows[nr] = uint32(k + numLabels) // the history stage's half
			nr++
		}
		sumRows9(s, p.w, rows[:nr])
		s[0] -= p.second.OPenalty
	}
	runtime.KeepAlive(p) // see scoreFirst
}
