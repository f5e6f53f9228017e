package coding

import (
	"sort"
	"strings"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
	"github.com/marsad/marsad/internal/bitfilter"
)

// ActorMention is an actor found in the text by the actor layer, over tokens
// [TokStart,TokEnd) of the article's token slice.
type ActorMention struct {
	Span             marsad.Span
	TokStart, TokEnd int
	Actor            marsad.Actor
}

// ActorLinker finds actor mentions in an article (internal/actor).
type ActorLinker interface {
	Link(text string, toks []arabic.Token, ents []marsad.Entity) []ActorMention
}

// SentenceLinker is an ActorLinker that takes the text's sentences
// (arabic.Sentences) from the caller instead of splitting it again.
type SentenceLinker interface {
	LinkSentences(text string, toks []arabic.Token, sents []arabic.Sentence, ents []marsad.Entity) []ActorMention
}

// EntityTagger finds named entities (internal/ner).
type EntityTagger interface {
	Entities(text string, toks []arabic.Token) []marsad.Entity
}

// PlaceResolver resolves place mentions to coordinates (internal/geo). The
// entities let it skip names of people and organisations.
type PlaceResolver interface {
	Resolve(text string, toks []arabic.Token, ents []marsad.Entity) []marsad.Place
}

// doc is one article prepared for coding: tokens, sentences, and what the
// other layers found, indexed by token.
type doc struct {
	text   string
	toks   []arabic.Token
	keys   [][]string // lookup keys per token
	wordIx []int      // the indexes of the word tokens, in order (wordsIn)
	flags  []uint8    // cached token classes (flag*)
	fut    []bool     // a future prefix was split off the token
	conj   []bool     // the token's second key is its Norm without a leading و or ف (bareWord)
	sents  []sent
	split  []arabic.Sentence // arabic.Sentences(text), for a SentenceLinker
	pub    time.Time

	speakerOf []speaker // per sentence: who speaks in it (set by quotes)
	sport     []int8    // per sentence: sportPlay's answer, 1 yes, -1 no, 0 not asked yet (precision_round6.go)

	mentions  []ActorMention
	mentionAt []int32 // token → index into mentions, -1
	person    []bool  // token inside a person name the entity tagger found (nil without one)
	places    []docPlace
	placeAt   []int32
	dateline  *marsad.Place
	placer    PlaceLookup // the resolver's gazetteer, when it offers one
}

type sent struct {
	a, b         int // token range
	cstart, cend int
	dates        []DateExpr
}

type docPlace struct {
	marsad.Place
	a, b   int  // token range
	header bool // in the newsroom header («دبي، الإمارات (CNN) --»): where the story was filed
}

func newDoc(text string, pub time.Time, lx *Lexicon, cal *Calendar) *doc {
	return newDocInto(&docBuffers{}, text, pub, lx, cal)
}

// newDocInto is newDoc with the tokens and their keys written over the
// cleared arrays of b when they are large enough (doc_pool.go); b then
// holds the doc's arrays.
func newDocInto(b *docBuffers, text string, pub time.Time, lx *Lexicon, cal *Calendar) *doc {
	d := &doc{text: text, toks: arabic.TokenizeInto(b.toks, text), pub: pub}
	n := len(d.toks)
	b.toks = d.toks
	if cap(b.keys) >= n {
		d.keys = b.keys[:n]
	} else {
		d.keys = make([][]string, n)
	}
	b.keys = d.keys
	d.flags = make([]uint8, n)
	// fut and conj share one allocation
	marks := make([]bool, 2*n)
	d.fut, d.conj = marks[:n:n], marks[n:]
	// the tokens' keys share backing arrays: a word has 1.6 keys on
	// average and at most 8 (400 politics articles), so a chunk holds two
	// a token left and a new one is taken when fewer than 16 slots remain
	// (a word whose keys would not fit gets its own slice from append)
	buf := b.keyBuf[:0]
	if cap(buf) < 2*n+16 {
		buf = make([]string, 0, 2*n+16)
		b.keyBuf = buf
	}
	d.wordIx = make([]int, 0, n)
	for i, t := range d.toks {
		if t.Kind != arabic.Word {
			continue
		}
		d.wordIx = append(d.wordIx, i)
		if cap(buf)-len(buf) < 16 {
			buf = make([]string, 0, 2*(n-i)+16)
		}
		var ks []string
		ks, d.fut[i] = keys(t.Norm, strings.HasSuffix(t.Text, "ة") || strings.HasSuffix(t.Text, "ى"), buf[len(buf):])
		d.keys[i] = ks[:len(ks):len(ks)]
		d.conj[i] = conjKey(t.Norm, d.keys[i])
		if len(buf)+len(ks) <= cap(buf) && len(ks) > 0 && &buf[:len(buf)+1][len(buf)] == &ks[0] {
			buf = buf[:len(buf)+len(ks)]
		}
	}
	// b.keyBuf's length is what put must clear: the slots used, or all
	// when the keys went on to another chunk
	if len(buf) > 0 && cap(buf) == cap(b.keyBuf) && &buf[:1][0] == &b.keyBuf[:1][0] {
		b.keyBuf = buf
	} else {
		b.keyBuf = b.keyBuf[:cap(b.keyBuf)]
	}
	d.mentionAt = make([]int32, n)
	d.placeAt = make([]int32, n)
	for i := range d.mentionAt {
		d.mentionAt[i], d.placeAt[i] = -1, -1
	}
	// sentences; a line break always ends one
	ti := 0
	d.split = arabic.Sentences(text)
	for _, s := range d.split {
		for ti < n && d.toks[ti].CStart < s.CStart {
			ti++
		}
		a := ti
		for ti < n && d.toks[ti].CEnd <= s.CEnd {
			ti++
		}
		if ti > a {
			st := sent{a: a, b: ti, cstart: s.CStart, cend: s.CEnd}
			st.dates = cal.Find(d.toks, a, ti, pub)
			d.sents = append(d.sents, st)
		}
	}
	d.speakerOf = make([]speaker, len(d.sents))
	return d
}

func (d *doc) setMentions(ms []ActorMention) {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].TokStart < ms[j].TokStart })
	d.mentions = ms
	for k, m := range ms {
		for i := max(m.TokStart, 0); i < m.TokEnd && i < len(d.toks); i++ {
			if d.mentionAt[i] < 0 {
				d.mentionAt[i] = int32(k)
			}
		}
	}
}

// setPersons marks the tokens of the tagger's person names.
func (d *doc) setPersons(ents []marsad.Entity) {
	for _, e := range ents {
		if e.Type != marsad.PER {
			continue
		}
		// the first token ending after the name starts (tokens are in text order)
		i := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].CEnd > e.Start })
		for ; i < len(d.toks) && d.toks[i].CStart < e.End; i++ {
			if d.person == nil {
				d.person = make([]bool, len(d.toks))
			}
			d.person[i] = true
		}
	}
}

func (d *doc) setPlaces(ps []marsad.Place) {
	for _, p := range ps {
		a := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].CEnd > p.Start })
		b := a
		for b < len(d.toks) && d.toks[b].CStart < p.End {
			b++
		}
		if b == a {
			continue
		}
		k := int32(len(d.places))
		d.places = append(d.places, docPlace{Place: p, a: a, b: b})
		for i := a; i < b; i++ {
			if d.placeAt[i] < 0 {
				d.placeAt[i] = k
			}
		}
	}
	// dateline: a place at the very start followed by a dash or colon
	// («دمشق - »); readDateline replaces this guess when the resolver can
	// read datelines
	for _, p := range d.places {
		if p.a > 3 {
			break
		}
		if p.b < len(d.toks) && (d.toks[p.b].Text == "-" || d.toks[p.b].Text == "–" || d.toks[p.b].Text == ":" || d.toks[p.b].Text == "(" || d.toks[p.b].Text == "،" && p.a == 0) {
			pl := p.Place
			d.dateline = &pl
			break
		}
	}
}

// mayHave reports whether token i's form or one of its keys may be in the
// word set that f filters (false: none is, has would say false too), so a
// scan over every token can skip has's map look-ups for most of them.
func (d *doc) mayHave(i int, f *bitfilter.Filter) bool {
	if f.MayHave(d.toks[i].Norm) {
		return true
	}
	for _, k := range d.keys[i] {
		if f.MayHave(k) {
			return true
		}
	}
	return false
}

// has reports whether token i has a lookup key in set.
func (d *doc) has(i int, set map[string]bool) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	if set[d.toks[i].Norm] {
		return true
	}
	ks := d.keys[i]
	if len(ks) > 0 && ks[0] == d.toks[i].Norm {
		ks = ks[1:] // a word's first key is its Norm, asked above
	}
	for _, k := range ks {
		if set[k] {
			return true
		}
	}
	return false
}

// spanText returns the text of tokens [a,b) and its code-point span.
func (d *doc) spanText(a, b int) (string, marsad.Span) {
	if a >= b {
		return "", marsad.Span{}
	}
	return d.text[d.toks[a].Start:d.toks[b-1].End], marsad.Span{Start: d.toks[a].CStart, End: d.toks[b-1].CEnd}
}

// firstActor returns a copy of the actor of the first mention found on the
// tokens [a, b), named name when name is not empty (a speaker keeps the
// words the article uses), or nil when no mention lies there.
func (d *doc) firstActor(a, b int, name string) *marsad.Actor {
	for k := a; k < b; k++ {
		if m := d.mentionAt[k]; m >= 0 {
			act := d.mentions[m].Actor
			if name != "" {
				act.Name = name
			}
			return &act
		}
	}
	return nil
}
