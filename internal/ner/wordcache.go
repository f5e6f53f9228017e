package ner

import (
	"hash/maphash"
	"runtime"
	"strings"
)

// numPrefix templates come first in the sum order and read the token
// alone (the bias, the word, its normal form and stems): the word cache
// keeps their rows' partial sums, so decoding starts each token's sums
// from those and never reads the rows again.
const numPrefix = 5

// cachedTemplates are the first-stage templates after the prefix whose
// value depends on one token alone, with the position of that token
// relative to the tagged one: the token itself, or one neighbour. Their
// weight rows are looked up once per distinct word (per role) and kept in
// the word cache; only the templates that combine two tokens are hashed per
// position.
var cachedTemplates = [...]struct{ t, off int }{
	// The token itself (tokenFeatures).
	{14, 0}, {15, 0}, {16, 0}, {17, 0}, {18, 0}, {19, 0}, {20, 0}, {21, 0}, {22, 0},
	{24, 0}, {25, 0}, {30, 0}, {31, 0}, {32, 0}, {39, 0},
	{46, 0}, {47, 0}, {48, 0}, {49, 0},
	{51, 0}, {52, 0}, {53, 0}, {54, 0}, {55, 0}, {58, 0}, {62, 0}, {63, 0}, {64, 0},
	// One neighbour (neighbourFeatures).
	{5, -1}, {6, -2}, {7, 1}, {8, 2}, {9, -1}, {10, 1},
	{26, -1}, {27, 1}, {28, -2}, {29, 2},
	{33, -1}, {34, -1}, {35, 1}, {36, 1}, {37, -2}, {38, 2},
	{50, 1}, {56, -1}, {57, 1}, {59, -1}, {60, 1}, {61, -2}, {65, -1}, {66, 1},
}

// pairTemplates are the templates that combine two tokens (pairFeatures),
// in template order.
var pairTemplates = [...]int{11, 12, 13, 23, 40, 41, 42, 43, 44, 45}

const (
	numCached = len(cachedTemplates)
	numPair   = len(pairTemplates)
	// posStride is the number of rows decoding keeps per position: the
	// cached templates' rows of its word, then the pair templates' rows of
	// the token there.
	posStride = numCached + numPair
)

// gatherRel gives, for each template after the prefix in template order,
// where its row is found relative to the tagged token's rows in
// decoder.trows (position stride posStride).
var gatherRel = func() (g [numTemplates - numPrefix]int) {
	var found [numTemplates]bool
	for i, c := range cachedTemplates {
		g[c.t-numPrefix] = c.off*posStride + i
		found[c.t] = true
	}
	for j, t := range pairTemplates {
		g[t-numPrefix] = numCached + j
		found[t] = true
	}
	for t := numPrefix; t < numTemplates; t++ {
		if !found[t] {
			panic("ner: template without a place in the gather order")
		}
	}
	return g
}()

// gatherWindow is the number of rows of d.trows that one token's sums
// read: five positions, the token's and two on each side.
const gatherWindow = 5 * posStride

// gatherAt is gatherRel counted from the start of that window (the first
// of the five positions), for scoreFirst's gather.
var gatherAt = func() (g [numTemplates - numPrefix]uint16) {
	for j, rel := range gatherRel {
		g[j] = uint16(rel + 2*posStride)
		if rel+2*posStride < 0 || int(g[j]) >= gatherWindow {
			panic("ner: a gathered row outside the five positions")
		}
	}
	return g
}()

// gatherRows is the size of scoreFirst's row list: a power of two at
// least the number of templates gathered, so that an index masked with
// gatherRows-1 needs no bounds check.
const gatherRows = 64

var _ [gatherRows - (numTemplates - numPrefix)]struct{}

// maxCachedWords bounds each of the two generations of a decoder's word
// cache.
const maxCachedWords = 1 << 15

// cachedWord is what decoding needs of one distinct word: the part of its
// token info that the two-token templates read, the partial sums of the
// prefix templates' rows (the first stage's numLabels, then the history
// stage's), and the packed-table rows of the cached templates when the
// word fills their token (-1 = no row).
type cachedWord struct {
	info pairInfo
	pre  [2 * numLabels]float32
	rows [numCached]int32
}

// cacheWord computes the cachedWord of a token info.
func cacheWord(p *packed, in tokInfo) cachedWord {
	cw := cachedWord{info: in.pairInfo}
	var f [numTemplates]uint64
	tokenFeatures(&in, f[:])
	neighbourFeatures(&in, &in, &in, &in, f[:]) // each template reads one role
	for t := 0; t < numPrefix; t++ {
		h := f[t]
		if h == 0 {
			continue
		}
		if k := p.row(mix(uint64(t), h)); k >= 0 {
			for y, v := range p.w[k : k+p.width] {
				cw.pre[y] += v
			}
		}
	}
	for i, c := range cachedTemplates {
		cw.rows[i] = -1
		if h := f[c.t]; h != 0 {
			cw.rows[i] = int32(p.row(mix(uint64(c.t), h)))
		}
	}
	runtime.KeepAlive(p) // p.w may be mapped apart (hugepage_linux.go)
	return cw
}

// wordCache keeps the cachedWord of the words a decoder has seen. News
// repeats its words (function words, names, places), so most tokens skip
// normalisation, clitic stripping, the lexicon and cluster look-ups and
// most row look-ups. It holds two generations: when the current one is
// full it becomes the old one, and a word found only in the old one is
// carried over, so frequent words stay.
type wordCache struct {
	seed     maphash.Seed
	cur, old generation
}

// generation is an open-addressing table of words. A word is looked up
// on every token, so the table is made for it: a slot of 4 bytes holds 16
// bits of the word's hash and its entry's index, and a word of up to
// inlineKey bytes (nearly all) is kept in its entry, beside the cached
// data read next, so a hit reads one small slot and the entry (a Go map
// reads a larger group and the key's bytes kept elsewhere in memory).
type generation struct {
	slots []uint32 // hash>>48<<16 | index+1; 0 = empty
	words []entry
	long  map[string]int32 // the entries of words longer than inlineKey
}

// entry is one word of a generation.
type entry struct {
	klen uint8
	key  [inlineKey]byte
	cw   cachedWord
}

// inlineKey is the longest word kept in its entry: 11 Arabic letters.
const inlineKey = 23

// slotsPerGeneration is the size of a generation's table: a power of two,
// at least twice maxCachedWords, so probe runs stay short. An entry's
// index+1 must fit in 16 bits.
const slotsPerGeneration = 2 * maxCachedWords

var _ [0xffff - maxCachedWords]struct{} // index+1 fits in 16 bits

// find returns the index of w's entry, or -1.
func (g *generation) find(w string, h uint64) int {
	if len(w) > inlineKey {
		if k, ok := g.long[w]; ok {
			return int(k)
		}
		return -1
	}
	if g.slots == nil {
		return -1
	}
	mask := uint64(len(g.slots) - 1)
	tag := uint32(h >> 48 << 16)
	for i := h & mask; ; i = (i + 1) & mask {
		s := g.slots[i]
		if s == 0 {
			return -1
		}
		if s&0xffff0000 == tag {
			k := int(s&0xffff) - 1
			if e := &g.words[k]; int(e.klen) == len(w) && string(e.key[:len(w)]) == w {
				return k
			}
		}
	}
}

// add appends cw as w's entry; w must be absent and the generation not
// full.
func (g *generation) add(w string, h uint64, cw *cachedWord) *cachedWord {
	g.words = append(g.words, entry{cw: *cw})
	e := &g.words[len(g.words)-1]
	if len(w) > inlineKey {
		if g.long == nil {
			g.long = make(map[string]int32)
		}
		g.long[strings.Clone(w)] = int32(len(g.words) - 1)
		return &e.cw
	}
	e.klen = uint8(copy(e.key[:], w))
	mask := uint64(len(g.slots) - 1)
	i := h & mask
	for g.slots[i] != 0 {
		i = (i + 1) & mask
	}
	g.slots[i] = uint32(h>>48<<16) | uint32(len(g.words))
	return &e.cw
}

// reset empties g, keeping its memory. The entries are allocated at their
// full number at once: grown by append (1.25× at a time past 256 entries)
// they would be copied again and again, about five times their final
// 10 MB in all, and fresh pages cost no memory until a word fills them.
func (g *generation) reset() {
	if g.slots == nil {
		g.slots = make([]uint32, slotsPerGeneration)
	} else {
		clear(g.slots)
	}
	if g.words == nil {
		g.words = make([]entry, 0, maxCachedWords)
	}
	g.words = g.words[:0]
	clear(g.long)
}

// lookup returns the cached entry of w, computing and keeping it when
// absent. The entry is valid until the next lookup.
func (c *wordCache) lookup(e *extractor, p *packed, w string) *cachedWord {
	if c.cur.slots == nil {
		c.seed = maphash.MakeSeed()
		c.cur.reset()
	}
	h := maphash.String(c.seed, w)
	if i := c.cur.find(w, h); i >= 0 {
		return &c.cur.words[i].cw
	}
	var cw cachedWord
	if i := c.old.find(w, h); i >= 0 {
		cw = c.old.words[i].cw
	} else {
		cw = cacheWord(p, e.info(w))
	}
	if len(c.cur.words) >= maxCachedWords {
		// The old generation's memory is reused for the new current one:
		// cw is a copy, and callers copy what they read before the next
		// lookup.
		c.old, c.cur = c.cur, c.old
		c.cur.reset()
	}
	return c.cur.add(w, h, &cw)
}

// extractCached fills d.pinfos, d.pres and d.trows of words from the word
// cache, with the two sentence-boundary positions on each side: position
// i+2 is word i. The pair templates' rows in d.trows are left for
// scoreFirst.
func (d *decoder) extractCached(p *packed, words []string) {
	d.pinfos = append(d.pinfos[:0], bos2.pairInfo, bos1.pairInfo)
	d.pres = d.pres[:0]
	d.trows = d.trows[:0]
	add := func(cw *cachedWord) {
		d.trows = append(d.trows, cw.rows[:]...)
		d.trows = append(d.trows, noPairRows[:]...)
	}
	add(&p.bounds[0])
	add(&p.bounds[1])
	for _, w := range words {
		cw := d.cache.lookup(&d.ex, p, w)
		d.pinfos = append(d.pinfos, cw.info)
		d.pres = append(d.pres, cw.pre[:p.width]...)
		add(cw)
	}
	d.pinfos = append(d.pinfos, eos1.pairInfo, eos2.pairInfo)
	add(&p.bounds[2])
	add(&p.bounds[3])
}

// noPairRows fills the pair templates' place of a position before
// scoreFirst computes them.
var noPairRows = func() (r [numPair]int32) {
	for i := range r {
		r[i] = -1
	}
	return r
}()
