package ner

// docBlock is the number of consecutive sentences read as one document when
// the input marks no documents (ANERcorp, CoNLL streams).
const docBlock = 30

// entityOf maps a label index to its entity type: 0 for O, 1..4 for PERS,
// ORG, LOC, MISC.
func entityOf(y int) int { return (y + 1) / 2 }

// histories computes the hist of every token of one document from the
// first stage's labels and the tokens' stem hashes. A token's own label is
// left out of the counts of its stem.
func histories(labels [][]int, stems [][]uint64) [][]hist {
	var hx histScratch
	return hx.histories(labels, stems)
}

// histScratch holds histories' buffers, reused from document to document.
type histScratch struct {
	index  map[uint64]int32
	counts [][5]int32
	slots  []int32
	out    [][]hist
	all    []hist
}

// histories is the package function histories with hx's buffers; the
// result is valid until its next call.
func (hx *histScratch) histories(labels [][]int, stems [][]uint64) [][]hist {
	// Each distinct stem gets a slot of counts; slots holds the slot of
	// every token, in document order.
	total := 0
	for s := range labels {
		total += len(labels[s])
	}
	if hx.index == nil || len(hx.index) > 1<<15 {
		// a map cleared keeps its size: one huge document would make
		// every later clear as slow
		hx.index = make(map[uint64]int32, total)
	} else {
		clear(hx.index)
	}
	index := hx.index
	counts := hx.counts[:0]
	slots := resizeOf(hx.slots, total)[:0]
	for s := range labels {
		for i, y := range labels[s] {
			c, ok := index[stems[s][i]]
			if !ok {
				c = int32(len(counts))
				index[stems[s][i]] = c
				counts = append(counts, [5]int32{})
			}
			counts[c][entityOf(y)]++
			slots = append(slots, c)
		}
	}
	hx.counts, hx.slots = counts, slots
	out := resizeOf(hx.out, len(labels))
	all := resizeOf(hx.all, total)
	clear(all)
	hx.out, hx.all = out, all
	at := 0
	for s := range labels {
		hs := all[:len(labels[s]):len(labels[s])]
		all = all[len(labels[s]):]
		for i, y := range labels[s] {
			h := &hs[i]
			h.own = uint8(y + 1)
			if i > 0 {
				h.prev = uint8(labels[s][i-1] + 1)
			}
			if i+1 < len(labels[s]) {
				h.next = uint8(labels[s][i+1] + 1)
			}
			c := counts[slots[at]]
			at++
			c[entityOf(y)]--
			total := c[0] + c[1] + c[2] + c[3] + c[4]
			ent := total - c[0]
			switch {
			case total == 0:
			case ent == 0:
				h.maj, h.frac = 5, 1
			default:
				best := 1
				for k := 2; k <= 4; k++ {
					if c[k] > c[best] {
						best = k
					}
				}
				h.maj = uint8(best)
				for k := 1; k <= 4; k++ {
					if c[k] > 0 {
						h.mask |= 1 << k
					}
				}
				switch {
				case ent == total:
					h.frac = 4
				case 2*ent >= total:
					h.frac = 3
				default:
					h.frac = 2
				}
			}
		}
		out[s] = hs
	}
	return out
}
