package ner

import "math"

// decoder holds the scratch of one Viterbi decoding.
type decoder struct {
	ex     extractor
	score  []float32 // n * numLabels emission scores
	delta  []float32
	rows   []uint32   // n * numTemplates bucket indices
	part   []float32  // n * numLabels history-stage partial sums (packed decoding)
	cache  wordCache  // the words seen (packed decoding)
	pinfos []pairInfo // bos2, bos1, the words' infos, eos1, eos2 (packed decoding)
	pres   []float32  // the prefix templates' sums per word (packed decoding)
	trows  []int32    // posStride rows per position of pinfos
	sink   float32    // keeps the row touches of scoreFirst
	doc    docScratch // tagDocument's and Entities' buffers
}

// docScratch holds the buffers of one document's tagging, reused from
// document to document.
type docScratch struct {
	first, out       [][]int
	firstAll, outAll []int
	path             []int
	stems            [][]uint64
	stemAll          []uint64
	parts            [][]float32
	partAll          []float32
	hist             histScratch
	words            []string
	sents            [][]string
	starts           []int
	spans            []span
}

// tagWith decodes words with one stage's model; h is the history for a
// second-stage model, nil for the first stage.
func tagWith(d *decoder, m *Model, words []string, h []hist, out []int) []int {
	d.ex.extract(words, h)
	d.buckets(m.Bits)
	d.emissions(m, len(words))
	return d.viterbi(m, len(words), out)
}

// stems returns the stem hash of each word, the key under which the
// history stage counts a word's other occurrences.
func (d *decoder) stems(words []string) []uint64 {
	out := make([]uint64, len(words))
	for i, w := range words {
		out[i] = d.ex.info(w).stem
	}
	return out
}

// buckets turns the feature hashes of e.ex into weight-table rows.
func (d *decoder) buckets(bits int) {
	d.rows = d.rows[:0]
	shift := 64 - bits
	for _, h := range d.ex.feats {
		if h == 0 {
			d.rows = append(d.rows, noRow)
			continue
		}
		d.rows = append(d.rows, uint32(h>>shift))
	}
}

// noRow marks an absent feature.
const noRow = math.MaxUint32

// emissions sums the weight rows of each token into d.score.
func (d *decoder) emissions(m *Model, n int) {
	d.score = resize(d.score, n*numLabels)
	clear(d.score)
	if n == 0 {
		return
	}
	w := m.W
	stride := len(d.rows) / n
	for i := 0; i < n; i++ {
		s := d.score[i*numLabels : (i+1)*numLabels : (i+1)*numLabels]
		for _, r := range d.rows[i*stride : (i+1)*stride] {
			if r == noRow {
				continue
			}
			row := w[int(r)*numLabels : int(r)*numLabels+numLabels : int(r)*numLabels+numLabels]
			s[0] += row[0]
			s[1] += row[1]
			s[2] += row[2]
			s[3] += row[3]
			s[4] += row[4]
			s[5] += row[5]
			s[6] += row[6]
			s[7] += row[7]
			s[8] += row[8]
		}
		s[0] -= m.OPenalty
	}
}

// viterbi returns the best label sequence under the BIO constraints.
//
// The forward pass keeps only each label's best score (maxPlus, no
// back-pointers); the backward pass finds the previous label of each label
// on the best path by redoing that one comparison (bestOfAll), which picks
// the same label as keeping back-pointers would: the same sums compared in
// the same order.
func (d *decoder) viterbi(m *Model, n int, out []int) []int {
	out = out[:0]
	if n == 0 {
		return out
	}
	d.delta = resize(d.delta, n*numLabels)
	neg := float32(math.Inf(-1))
	for y := 0; y < numLabels; y++ {
		if allowed(-1, y) {
			d.delta[y] = m.T[y] + d.score[y]
		} else {
			d.delta[y] = neg
		}
	}
	// trans[y][p] is the weight of p → y, -Inf where I-X cannot follow p:
	// prev[p] - Inf is -Inf or NaN, never above the best so far, so such a
	// p never wins, as when it is not tried. transT is trans by p, padded
	// to maxPlus's twelve lanes.
	var transT [numLabels][maxPlusLanes]float32
	for p := range transT {
		tp := &transT[p]
		copy(tp[:numLabels], m.T[(p+1)*numLabels:(p+2)*numLabels])
		tp[9], tp[10], tp[11] = neg, neg, neg
		for y := 2; y < numLabels; y += 2 {
			if p != y-1 && p != y { // I-X follows only B-X and I-X
				tp[y] = neg
			}
		}
	}
	var trans [numLabels][numLabels]float32
	for y := range trans {
		for p := range trans[y] {
			trans[y][p] = transT[p][y]
		}
	}
	var best [maxPlusLanes]float32
	for i := 1; i < n; i++ {
		prev := (*[numLabels]float32)(d.delta[(i-1)*numLabels : i*numLabels])
		cur := (*[numLabels]float32)(d.delta[i*numLabels : (i+1)*numLabels])
		sc := (*[numLabels]float32)(d.score[i*numLabels : (i+1)*numLabels])
		// The previous labels are tried in increasing order and a later
		// one wins only when strictly better. A disallowed previous label
		// (-Inf) never wins: -Inf plus a finite weight is not above best.
		maxPlus(&best, prev, &transT)
		for y := 0; y < numLabels; y++ {
			b := best[y]
			if b != neg {
				b += sc[y]
			}
			cur[y] = b
		}
	}
	last := d.delta[(n-1)*numLabels : n*numLabels]
	arg := 0
	for y := 1; y < numLabels; y++ {
		if last[y] > last[arg] {
			arg = y
		}
	}
	out = resizeInt(out, n)
	for i := n - 1; i > 0; i-- {
		out[i] = arg
		_, a := bestOfAll((*[numLabels]float32)(d.delta[(i-1)*numLabels:i*numLabels]), &trans[arg])
		arg = int(a)
	}
	out[0] = arg
	return out
}

// maxPlusLanes is the width of maxPlus's rows: numLabels rounded up to
// whole SSE registers.
const maxPlusLanes = 12

// viterbi pads the nine labels' transitions with three lanes.
var _ [maxPlusLanes - numLabels - 3]struct{}

// maxPlusGo sets best[y] to the largest prev[p] + tr[p][y] over p in
// increasing order, a later sum replacing the best only when strictly
// above it (so a NaN sum never does), starting from -Inf.
func maxPlusGo(best *[maxPlusLanes]float32, prev *[numLabels]float32, tr *[numLabels][maxPlusLanes]float32) {
	for y := range best {
		b := float32(math.Inf(-1))
		for p := range prev {
			if v := prev[p] + tr[p][y]; v > b {
				b = v
			}
		}
		best[y] = b
	}
}

// bestOfAll returns the best of prev[p] + tr[p] over every previous label
// p, and that p: the first in increasing order on ties, 0 when every sum
// is -Inf.
func bestOfAll(prev, tr *[numLabels]float32) (float32, int8) {
	best, arg := float32(math.Inf(-1)), int8(0)
	if v := prev[0] + tr[0]; v > best {
		best, arg = v, 0
	}
	if v := prev[1] + tr[1]; v > best {
		best, arg = v, 1
	}
	if v := prev[2] + tr[2]; v > best {
		best, arg = v, 2
	}
	if v := prev[3] + tr[3]; v > best {
		best, arg = v, 3
	}
	if v := prev[4] + tr[4]; v > best {
		best, arg = v, 4
	}
	if v := prev[5] + tr[5]; v > best {
		best, arg = v, 5
	}
	if v := prev[6] + tr[6]; v > best {
		best, arg = v, 6
	}
	if v := prev[7] + tr[7]; v > best {
		best, arg = v, 7
	}
	if v := prev[8] + tr[8]; v > best {
		best, arg = v, 8
	}
	return best, arg
}

func resize(s []float32, n int) []float32 {
	if cap(s) < n {
		return make([]float32, n)
	}
	return s[:n]
}

// resizeOf returns s with length n, reallocated only when its capacity is
// short (the contents are then not kept).
func resizeOf[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

func resizeInt(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}
