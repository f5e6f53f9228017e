package actor

import "hash/maphash"

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

// keyFilter is a one-hash bit filter over the keys of Dictionary.first:
// most words of a text start no alias, and a clear bit answers that without
// probing the map.
type keyFilter struct {
	seed maphash.Seed
	bits []uint64
	mask uint64
}

// buildKeys fills d.first from the four indexes and sizes its filter at
// about 32 bits a key (a word of no index passes it about once in 32).
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
	n := uint64(1 << 12)
	for n < 32*uint64(len(d.first)) {
		n <<= 1
	}
	f := keyFilter{seed: maphash.MakeSeed(), bits: make([]uint64, n/64), mask: n - 1}
	for k := range d.first {
		b := maphash.String(f.seed, k) & f.mask
		f.bits[b>>6] |= 1 << (b & 63)
	}
	d.keyBits = f
}

// keyIx returns the aliases whose first word has key k, nil when there are
// none.
func (d *Dictionary) keyIx(k string) *keyIndex {
	f := &d.keyBits
	if f.bits == nil {
		return d.first[k]
	}
	b := maphash.String(f.seed, k) & f.mask
	if f.bits[b>>6]&(1<<(b&63)) == 0 {
		return nil
	}
	return d.first[k]
}
