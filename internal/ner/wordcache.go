package ner

import "strings"

// tokenTemplates are the first-stage templates whose value depends on the
// token alone (not on its neighbours): their weight rows are looked up
// once per distinct word and kept in the word cache.
var tokenTemplates = [...]int{0, 1, 2, 3, 4, 14, 15, 16, 17, 18, 19, 20, 21, 22, 24, 25, 30, 31, 32, 39, 46, 47, 48, 49}

// tokenSlot maps a template to its index in tokenTemplates, -1 for the
// templates that read the neighbours.
var tokenSlot = func() (s [numTemplates]int8) {
	for t := range s {
		s[t] = -1
	}
	for i, t := range tokenTemplates {
		s[t] = int8(i)
	}
	return s
}()

// maxCachedWords bounds each of the two generations of a decoder's word
// cache.
const maxCachedWords = 1 << 14

// cachedWord is what decoding needs of one distinct word: its token info
// and the packed-table rows of its token-only templates (-1 = no row).
type cachedWord struct {
	info tokInfo
	rows [len(tokenTemplates)]int32
}

// wordCache keeps the cachedWord of the words a decoder has seen. News
// repeats its words (function words, names, places), so most tokens skip
// normalisation, clitic stripping, the lexicon and cluster look-ups and
// half the row look-ups. It holds two generations: when the current one is
// full it becomes the old one, and a word found only in the old one is
// carried over, so frequent words stay.
type wordCache struct {
	cur, old generation
}

type generation struct {
	idx   map[string]int32
	words []cachedWord
}

// lookup returns the cached entry of w, computing and keeping it when
// absent.
func (c *wordCache) lookup(e *extractor, p *packed, w string) *cachedWord {
	if i, ok := c.cur.idx[w]; ok {
		return &c.cur.words[i]
	}
	var cw cachedWord
	if i, ok := c.old.idx[w]; ok {
		cw = c.old.words[i]
	} else {
		cw.info = e.info(w)
		var f [numTemplates]uint64
		tokenFeatures(&cw.info, f[:])
		for i, t := range tokenTemplates {
			cw.rows[i] = -1
			if h := f[t]; h != 0 {
				cw.rows[i] = int32(p.row(mix(uint64(t), h)))
			}
		}
	}
	if c.cur.idx == nil || len(c.cur.words) >= maxCachedWords {
		// The old generation's slice is reused for the new current one:
		// cw is a copy, and the callers copy what they read before the
		// next lookup.
		c.old, c.cur = c.cur, generation{idx: make(map[string]int32, 1024), words: c.old.words[:0]}
	}
	c.cur.idx[strings.Clone(w)] = int32(len(c.cur.words))
	c.cur.words = append(c.cur.words, cw)
	return &c.cur.words[len(c.cur.words)-1]
}

// extractCached fills d.ex.infos and d.trows of words from the word cache,
// then d.ex.feats with the templates that read the neighbours (the
// token-only ones left 0).
func (d *decoder) extractCached(p *packed, words []string) {
	d.ex.infos = d.ex.infos[:0]
	d.trows = d.trows[:0]
	for _, w := range words {
		cw := d.cache.lookup(&d.ex, p, w)
		d.ex.infos = append(d.ex.infos, cw.info)
		d.trows = append(d.trows, cw.rows[:]...)
	}
	d.ex.features(nil, true)
}
