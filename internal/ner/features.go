package ner

import (
	"unicode"
	"unicode/utf8"
)

// featureVersion changes whenever the feature templates change, so a model
// trained with other templates is refused at load time.
const featureVersion = 8

// Token flag bits beyond the gazetteer classes (lexicon.go).
const (
	flagArticle uint32 = 1 << (8 + iota) // ال after optional clitics
	flagClitic                           // a proclitic was stripped
	flagNisba                            // ends in ي / يه / يون / يين
	flagLatin                            // has a Latin letter
	flagDigit                            // has a digit
	flagPunct                            // only punctuation or symbols
	flagArabic                           // has an Arabic letter
	flagInVocab                          // has a word cluster
)

// tokInfo is what feature templates read of one token. Everything is a hash
// or a small integer: extraction builds no strings.
type tokInfo struct {
	pairInfo
	word, stem2, proclitic uint64
	pre, suf               [4]uint64
	cues                   uint32 // packed context cues from the cluster file, 0 = none
	tally                  uint32 // packed self-tagged tally (packTally), 0 = none
	gaz                    uint32 // gazetteer bits + 1, 0 = none
	length                 uint32
	sg                     [3]uint32 // skip-gram cluster path, 0 = none
}

// pairInfo is the part of a tokInfo that the two-token templates and the
// history stage read (the word cache keeps only this much per position).
type pairInfo struct {
	norm, stem, shape uint64
	flags             uint32
	clus              [3]uint32
}

// boundary tokens stand for positions outside the sentence.
var (
	bos2 = tokInfo{word: 11, pairInfo: pairInfo{norm: 11, stem: 11, shape: 11, clus: [3]uint32{1 << 30, 1 << 30, 1 << 30}}}
	bos1 = tokInfo{word: 12, pairInfo: pairInfo{norm: 12, stem: 12, shape: 12, clus: [3]uint32{1<<30 + 1, 1<<30 + 1, 1<<30 + 1}}}
	eos1 = tokInfo{word: 13, pairInfo: pairInfo{norm: 13, stem: 13, shape: 13, clus: [3]uint32{1<<30 + 2, 1<<30 + 2, 1<<30 + 2}}}
	eos2 = tokInfo{word: 14, pairInfo: pairInfo{norm: 14, stem: 14, shape: 14, clus: [3]uint32{1<<30 + 3, 1<<30 + 3, 1<<30 + 3}}}
)

// featurizer turns a sentence into hashed feature ids. It is read-only and
// shared; per-call scratch lives in an extractor.
type featurizer struct {
	lex   lexicon
	clus  *Clusters
	tally map[string]uint32 // self-tagged tallies, nil for none
	gaz   map[string]uint32 // gazetteer word bits, nil for none
	// facts merges lex, gaz, tally and clus by key (mergeFacts), so a key
	// costs one look-up instead of four; nil until merged, and the maps
	// must not change after.
	facts map[string]wordFacts
}

// wordFacts is what the featurizer's maps hold for one key: a missing map
// entry reads as zero (inClus false for the clusters).
type wordFacts struct {
	lex, gaz, tally, cues uint32
	clus, sg              [3]uint32
	inClus                bool
}

// mergeFacts fills fz.facts from its maps.
func (fz *featurizer) mergeFacts() {
	facts := make(map[string]wordFacts)
	for k, v := range fz.lex {
		f := facts[k]
		f.lex = v
		facts[k] = f
	}
	for k, v := range fz.gaz {
		f := facts[k]
		f.gaz = v
		facts[k] = f
	}
	for k, v := range fz.tally {
		f := facts[k]
		f.tally = v
		facts[k] = f
	}
	if fz.clus != nil {
		for k, v := range fz.clus.words {
			f := facts[k]
			f.clus, f.cues, f.sg, f.inClus = v, fz.clus.cues[k], fz.clus.sg[k], true
			facts[k] = f
		}
	}
	fz.facts = facts
}

// extractor holds the reusable buffers of one extraction.
type extractor struct {
	fz    *featurizer
	infos []tokInfo
	norm  []byte
	runes []rune
	key   []byte
	feats []uint64 // numTemplates per token
}

// numTemplates is the number of emission feature templates per token of
// the first stage; the history stage adds numHistory more.
const (
	numTemplates = 67
	numHistory   = 7
)

// hist is what the first stage predicted around a token and for the other
// occurrences of its stem in the same document.
type hist struct {
	own, prev, next uint8 // first-stage labels (+1; 0 = sentence edge)
	maj             uint8 // most predicted entity type of the stem elsewhere (1..4), 5 = only O, 0 = seen nowhere else
	mask            uint8 // entity types predicted for the stem elsewhere, one bit each
	frac            uint8 // share of entity predictions elsewhere: 1 none, 2 under half, 3 half or more, 4 all
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h | 1 // never 0: 0 means "absent"
}

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h | 1
}

// mix combines a template id and a value into one well-spread hash.
func mix(tid uint64, v uint64) uint64 {
	x := v ^ (tid+1)*0x9E3779B97F4A7C15
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

func mix2(a, b uint64) uint64 { return a*0x100000001b3 ^ (b<<29 | b>>35) }

// proclitic prefixes stripped before the article (normalised forms), longest
// first, and the article forms.
var articlePrefixes = []string{"وبال", "فبال", "وكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال"}

// extract fills e.feats with numTemplates hashes per word, or
// numTemplates+numHistory when h (one per word) is given.
func (e *extractor) extract(words []string, h []hist) {
	e.infos = e.infos[:0]
	for _, w := range words {
		e.infos = append(e.infos, e.info(w))
	}
	e.features(h)
}

// features fills e.feats from e.infos (already computed).
func (e *extractor) features(h []hist) {
	stride := numTemplates
	if h != nil {
		stride += numHistory
	}
	n := len(e.infos)
	e.feats = e.feats[:0]
	at := func(i int) *tokInfo {
		switch {
		case i == -2:
			return &bos2
		case i == -1:
			return &bos1
		case i == n:
			return &eos1
		case i > n:
			return &eos2
		case i < -2:
			return &bos2
		}
		return &e.infos[i]
	}
	for i := 0; i < n; i++ {
		c, p1, p2, n1, n2 := &e.infos[i], at(i-1), at(i-2), at(i+1), at(i+2)
		base := len(e.feats)
		e.feats = append(e.feats, make([]uint64, stride)...)
		f := e.feats[base:]
		tokenFeatures(c, f)
		neighbourFeatures(p2, p1, n1, n2, f)
		pairFeatures(&p2.pairInfo, &p1.pairInfo, &c.pairInfo, &n1.pairInfo, f)
		if h != nil {
			histFeatures(h[i], f[numTemplates:])
		}
		for t := range f {
			if f[t] != 0 {
				f[t] = mix(uint64(t), f[t])
			}
		}
	}
}

// neighbourFeatures fills the templates of f (before mixing) that read one
// neighbour alone: the slots of neighbourTemplates.
func neighbourFeatures(p2, p1, n1, n2 *tokInfo, f []uint64) {
	f[5] = p1.norm
	f[6] = p2.norm
	f[7] = n1.norm
	f[8] = n2.norm
	f[9] = p1.stem
	f[10] = n1.stem
	f[26] = uint64(p1.flags)
	f[27] = uint64(n1.flags)
	f[28] = uint64(p2.flags)
	f[29] = uint64(n2.flags)
	f[33] = uint64(p1.clus[1])
	f[34] = uint64(p1.clus[2])
	f[35] = uint64(n1.clus[1])
	f[36] = uint64(n1.clus[2])
	f[37] = uint64(p2.clus[1])
	f[38] = uint64(n2.clus[1])
	if n1.cues != 0 {
		f[50] = uint64((n1.cues-1)&0xf) + 1
	}
	if p1.tally != 0 {
		f[56] = uint64((p1.tally-1)&0xffff) + 1
	}
	if n1.tally != 0 {
		f[57] = uint64((n1.tally-1)&0xffff) + 1
	}
	f[59] = uint64(p1.gaz)
	f[60] = uint64(n1.gaz)
	f[61] = uint64(p2.gaz)
	f[65] = uint64(p1.sg[1])
	f[66] = uint64(n1.sg[1])
}

// pairFeatures fills the templates of f (before mixing) that combine two
// tokens: the ones outside tokenTemplates and neighbourTemplates.
func pairFeatures(p2, p1, c, n1 *pairInfo, f []uint64) {
	f[11] = mix2(p1.norm, c.norm)
	f[12] = mix2(c.norm, n1.norm)
	f[13] = mix2(p1.stem, c.stem)
	f[23] = mix2(mix2(p1.shape, c.shape), n1.shape)
	f[40] = mix2(p1.norm, uint64(c.clus[1]))
	f[41] = mix2(uint64(c.clus[1]), n1.norm)
	f[42] = mix2(uint64(p1.flags&0xff), uint64(c.clus[0]))
	f[43] = mix2(c.stem, n1.stem)
	f[44] = mix2(uint64(p1.clus[1]), uint64(c.clus[1]))
	f[45] = mix2(p2.norm, p1.norm)
}

// tokenFeatures fills the templates of f (numTemplates values, before
// mixing) that read the token alone: the slots of tokenTemplates.
func tokenFeatures(c *tokInfo, f []uint64) {
	f[0] = 1
	f[1] = c.word
	f[2] = c.norm
	f[3] = c.stem
	f[4] = c.stem2
	f[14], f[15], f[16], f[17] = c.pre[0], c.pre[1], c.pre[2], c.pre[3]
	f[18], f[19], f[20], f[21] = c.suf[0], c.suf[1], c.suf[2], c.suf[3]
	f[22] = c.shape
	f[24] = uint64(c.length)
	f[25] = uint64(c.flags)
	f[30] = uint64(c.clus[0])
	f[31] = uint64(c.clus[1])
	f[32] = uint64(c.clus[2])
	f[39] = c.proclitic
	if c.cues != 0 {
		x := c.cues - 1
		f[46] = uint64(x&0xf) + 1
		f[47] = uint64(x>>4&0xf) + 1
		f[48] = uint64(x>>8&0xf) + 1
		f[49] = uint64(x) + 1
	}
	if c.tally == tallyUnknown {
		f[55] = tallyUnknown
	} else if c.tally != 0 {
		x := c.tally - 1
		f[51] = uint64(x&0xf) + 1
		f[52] = uint64(x>>4&0xf) + 1
		f[53] = uint64(x>>8&0xf) + 1
		f[54] = uint64(x>>12&0xf) + 1
		f[55] = uint64(x) + 1
	}
	f[58] = uint64(c.gaz)
	f[62] = uint64(c.sg[0])
	f[63] = uint64(c.sg[1])
	f[64] = uint64(c.sg[2])
}

// histFeatures fills f (numHistory values) with the history templates'
// values of a token, before mixing with the template ids.
func histFeatures(x hist, f []uint64) {
	f[0] = uint64(x.own) + 1
	f[1] = uint64(x.prev)<<8 | uint64(x.own) + 1
	f[2] = uint64(x.next)<<8 | uint64(x.own) + 1
	f[3] = uint64(x.maj) + 1
	f[4] = uint64(x.mask) + 1
	f[5] = uint64(x.frac) + 1
	f[6] = uint64(x.maj)<<8 | uint64(x.own) + 1
}

// info computes the per-token hashes of one word.
func (e *extractor) info(w string) tokInfo {
	var t tokInfo
	t.word = mix(100, hashString(w))
	e.norm = e.norm[:0]
	e.runes = e.runes[:0]
	var letters, latin, digits, arabicL int
	shape := uint64(fnvOffset)
	var last byte
	for _, r := range w {
		nr := normRune(r)
		if nr < 0 {
			continue
		}
		e.runes = append(e.runes, nr)
		e.norm = utf8.AppendRune(e.norm, nr)
		var cls byte
		switch {
		case nr >= 0x0621 && nr <= 0x064A:
			cls, arabicL, letters = 'a', arabicL+1, letters+1
		case nr < 0x80 && unicode.IsLetter(nr):
			cls, latin, letters = 'L', latin+1, letters+1
		case unicode.IsDigit(nr):
			cls, digits = 'd', digits+1
		case unicode.IsLetter(nr):
			cls, letters = 'x', letters+1
		case unicode.IsPunct(nr):
			cls = byte(nr) // the mark itself, folded to one byte
		default:
			cls = 's'
		}
		if cls != last {
			shape ^= uint64(cls)
			shape *= fnvPrime
			last = cls
		}
	}
	t.shape = shape | 1
	if len(e.norm) == 0 {
		t.norm, t.stem = t.word, t.word
		t.flags = flagPunct
		return t
	}
	t.norm = hashBytes(e.norm)
	t.length = uint32(min(len(e.runes), 10))
	switch {
	case latin > 0:
		t.flags |= flagLatin
	case arabicL > 0:
		t.flags |= flagArabic
	}
	if digits > 0 {
		t.flags |= flagDigit
	}
	if letters == 0 && digits == 0 {
		t.flags |= flagPunct
	}

	// Clitic stripping on the normalised form (the same rules as
	// arabic.Segment, without allocating): an article with its optional
	// conjunction and preposition first; else one leading و ف ب ل ك.
	stem := e.norm
	var procl []byte
	for _, p := range articlePrefixes {
		if len(e.norm) >= len(p) && string(e.norm[:len(p)]) == p && utf8.RuneCount(e.norm[len(p):]) >= 2 {
			stem, procl = e.norm[len(p):], e.norm[:len(p)]
			t.flags |= flagArticle
			break
		}
	}
	t.stem = hashBytes(stem)
	var stem2 []byte
	if procl == nil && len(e.runes) >= 4 {
		switch e.runes[0] {
		case 'و', 'ف', 'ب', 'ل', 'ك':
			stem2 = e.norm[2:] // these letters are 2 bytes in UTF-8
			procl = e.norm[:2]
			t.stem2 = mix(101, hashBytes(stem2))
		}
	}
	if procl != nil {
		t.proclitic = hashBytes(procl)
		t.flags |= flagClitic
	}
	// Prefixes of the stem, suffixes of the word, in runes.
	sr := 0
	for i := range stem {
		if sr == 4 {
			break
		}
		if utf8.RuneStart(stem[i]) && i > 0 {
			t.pre[sr] = hashBytes(stem[:i])
			sr++
		}
	}
	if sr < 4 && len(stem) > 0 {
		t.pre[sr] = hashBytes(stem)
	}
	nr := len(e.runes)
	for k := 1; k <= 4 && k < nr; k++ {
		off := 0
		for _, r := range e.runes[nr-k:] {
			off += utf8.RuneLen(r)
		}
		t.suf[k-1] = hashBytes(e.norm[len(e.norm)-off:])
	}
	if nr >= 4 {
		last := e.runes[nr-1]
		prev := e.runes[nr-2]
		if last == 'ي' || (last == 'ه' && prev == 'ي') || ((last == 'ن') && (prev == 'و' || prev == 'ي') && e.runes[nr-3] == 'ي') {
			t.flags |= flagNisba
		}
	}

	// Gazetteers and clusters: the word, its stem with and without the
	// article, and the form without one leading clitic letter.
	fz := e.fz
	look := func(b []byte) {
		if len(b) == 0 {
			return
		}
		if fz.lex != nil {
			t.flags |= fz.lex[string(b)]
		}
		if t.gaz == 0 && fz.gaz != nil {
			if g := fz.gaz[string(b)]; g != 0 {
				t.gaz = g + 1
			}
		}
		if t.tally == 0 && fz.tally != nil {
			t.tally = fz.tally[string(b)]
		}
		if t.clus[0] == 0 && fz.clus != nil {
			if c, ok := fz.clus.words[string(b)]; ok {
				t.clus = c
				t.cues = fz.clus.cues[string(b)]
				t.sg = fz.clus.sg[string(b)]
			}
		}
	}
	if fz.facts != nil {
		// The same reads as look's, from the merged map.
		look = func(b []byte) {
			if len(b) == 0 {
				return
			}
			f, ok := fz.facts[string(b)]
			if !ok {
				return
			}
			t.flags |= f.lex
			if t.gaz == 0 && f.gaz != 0 {
				t.gaz = f.gaz + 1
			}
			if t.tally == 0 {
				t.tally = f.tally
			}
			if t.clus[0] == 0 && f.inClus {
				t.clus, t.cues, t.sg = f.clus, f.cues, f.sg
			}
		}
	}
	look(e.norm)
	if len(stem) != len(e.norm) {
		e.key = append(append(e.key[:0], "ال"...), stem...)
		look(e.key)
		look(stem)
	}
	if stem2 != nil {
		look(stem2)
	}
	if t.clus[0] != 0 {
		t.flags |= flagInVocab
	}
	if fz.tally != nil && t.tally == 0 && t.flags&(flagArabic|flagLatin) != 0 {
		t.tally = tallyUnknown
	}
	return t
}
