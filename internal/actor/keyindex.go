package actor

import (
	"github.com/marsad/marsad/internal/arabic"
	"github.com/marsad/marsad/internal/bitfilter"
)

// keyIndex holds the aliases of every index whose first word has one key.
// The indexes share most keys, so a token's key is looked up once for all
// of them (firstKey.ix) instead of once per index.
type keyIndex struct {
	names    []alias     // names and capitals
	nisbas   []alias     // nisba forms
	surnames []alias     // surnames (used by the Linker only)
	roles    []roleAlias // role aliases
}

// aliasSet picks one of a keyIndex's alias lists.
type aliasSet int

const (
	setNames aliasSet = iota
	setNisbas
	setSurnames
)

// get returns the aliases of set s; x may be nil (a key of no index).
func (x *keyIndex) get(s aliasSet) []alias {
	if x == nil {
		return nil
	}
	switch s {
	case setNames:
		return x.names
	case setNisbas:
		return x.nisbas
	}
	return x.surnames
}

// buildKeys fills d.first from the four indexes and sizes its filter at
// 16 bits a key or more.
func (d *Dictionary) buildKeys() {
	d.first = map[string]*keyIndex{}
	at := func(k string) *keyIndex {
		x := d.first[k]
		if x == nil {
			x = &keyIndex{}
			d.first[k] = x
		}
		return x
	}
	for k, as := range d.names {
		at(k).names = as
	}
	for k, as := range d.nisbas {
		at(k).nisbas = as
	}
	for k, as := range d.surnames {
		at(k).surnames = as
	}
	for k, rs := range d.roleIdx {
		at(k).roles = rs
	}
	d.keyBits = bitfilter.New(len(d.first), 16)
	for k := range d.first {
		d.keyBits.Add(k)
	}
}

// keyIx returns the aliases whose first word has key k, nil when there are
// none.
func (d *Dictionary) keyIx(k string) *keyIndex {
	if !d.keyBits.MayHave(k) {
		return nil
	}
	return d.first[k]
}

// fingerprint packs a key's length and five of its bytes. Equal keys have
// equal fingerprints, so an alias whose second word's fingerprint is not
// the next token's is skipped without comparing strings (most first words
// of a long list, «وزارة» with 400 names, are followed by none of them).
func fingerprint(s string) uint64 {
	n := len(s)
	x := uint64(n)
	if n > 0 {
		x |= uint64(s[n-1]) << 16
	}
	if n > 1 {
		x |= uint64(s[1]) << 24
	}
	if n > 2 {
		x |= uint64(s[n-3]) << 32
	}
	if n > 3 {
		x |= uint64(s[3]) << 40
	}
	if n > 4 {
		x |= uint64(s[n-5]) << 48
	}
	return x
}

// restFP is the fingerprint of an alias's second word, 0 for one-word
// aliases.
func restFP(rest []string) uint64 {
	if len(rest) == 0 {
		return 0
	}
	return fingerprint(rest[0])
}

// nextFP holds the fingerprints a second word must have to match token j:
// restMatches matches key k there when k is the token's normal form or its
// wordKey.
type nextFP struct {
	norm, key uint64
	ok        bool // token j exists and is matchable
}

func nextFPAt(toks []arabic.Token, j int) nextFP {
	if j >= len(toks) || !matchable(toks[j]) {
		return nextFP{}
	}
	n := toks[j].Norm
	return nextFP{norm: fingerprint(n), key: fingerprint(wordKey(n)), ok: true}
}

// may reports whether an alias with rest and rest fingerprint fp can match
// from the next token on; false means restMatches would fail.
func (f nextFP) may(rest []string, fp uint64) bool {
	return len(rest) == 0 || (f.ok && (fp == f.norm || fp == f.key))
}
