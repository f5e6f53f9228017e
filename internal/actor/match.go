package actor

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// Mention is an actor found in an article over tokens [TokStart,TokEnd).
type Mention struct {
	Span             marsad.Span // code points, from the first letter of the name (clitics excluded)
	TokStart, TokEnd int
	Actor            marsad.Actor
	Kind             string // entry kind (country, ministry, person …), KindCapital or KindRole
	Via              string // ViaName, ViaCapital, ViaSurname, ViaRole, ViaNER
	// Place is set when the mention reads as a place rather than an actor:
	// a capital city that does not act («في دمشق»), or a country name after
	// a locative word or preposition («في العراق», «بالعراق»). Actor is still
	// filled (the government) so consumers can choose.
	Place bool
	// Ambiguous is set when the name is shared by actors that differ in
	// country or sector; Actor is the first listed (Match) or the one of
	// the article's main country (Linker).
	Ambiguous bool

	alts     []int // entries an ambiguous name may mean
	ante     int   // Linker: 1 + index of the antecedent of an anaphor
	dateline bool  // Linker: inside the article's dateline (no context)
	locative bool  // Linker: after a locative word or preposition
}

// firstKey is one reading of the first word of a match.
type firstKey struct {
	key      string
	stripped int       // letters removed as clitics
	start    int       // code-point offset of the name inside the word
	prep     bool      // a preposition ب or ك was stripped
	prefix   string    // letters to put before the surface in a Name: ال where لل merged ل and ال
	art      bool      // the word has the article (written or after clitics)
	ix       *keyIndex // the dictionary's aliases under key, nil for none
}

// firstKeys returns the candidate keys of a word used as the first word of
// a name: the whole word, then the readings with proclitics removed (no
// pronoun suffixes: names do not take them). The article stays part of the
// span when present.
func (d *Dictionary) firstKeys(t arabic.Token, buf []firstKey) []firstKey {
	var seg [16]arabic.Analysis
	buf, _ = d.firstKeysSeg(t, buf, seg[:0])
	return buf
}

// firstKeysSeg is firstKeys with seg as scratch space for the word's
// segmentations; it returns seg for reuse.
func (d *Dictionary) firstKeysSeg(t arabic.Token, buf []firstKey, seg []arabic.Analysis) ([]firstKey, []arabic.Analysis) {
	buf = buf[:0]
	if t.Kind != arabic.Word {
		k := wordKey(t.Norm)
		return append(buf, firstKey{key: k, ix: d.keyIx(k)}), seg
	}
	k0 := wordKey(t.Norm)
	buf = append(buf, firstKey{key: k0, art: strings.HasPrefix(t.Norm, "ال"), ix: d.keyIx(k0)})
	if !procliticStart(t.Norm) || utf8.RuneCountInString(t.Norm) < 3 {
		return buf, seg
	}
	// (only readings with proclitics and no suffix are keys)
	seg = arabic.AppendProclitics(seg[:0], t.Text)
	for _, a := range seg {
		if a.Enclitic != "" || len(a.Proclitics) == 0 {
			continue
		}
		k := wordKey(a.Stem)
		art := a.HasArticle() || strings.HasPrefix(a.Stem, "ال")
		dup := false
		for j := range buf {
			if buf[j].key == k {
				buf[j].art = buf[j].art || art
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		start, prefix := a.StemStart, ""
		if a.HasArticle() {
			start, prefix = articleStart(t.Text, a.StemStart)
		}
		prep := false
		for _, p := range a.Proclitics {
			if p == "ب" || p == "ك" {
				prep = true
			}
		}
		buf = append(buf, firstKey{key: k, stripped: a.Stripped(), start: start, prep: prep, prefix: prefix, art: art, ix: d.keyIx(k)})
	}
	return buf, seg
}

// procliticStart reports whether a normalised word starts with a letter
// that may be a proclitic (و ف ب ك ل س); only those words need Segment.
func procliticStart(norm string) bool {
	r, _ := utf8.DecodeRuneInString(norm)
	switch r {
	case 'و', 'ف', 'ب', 'ك', 'ل', 'س':
		return true
	}
	return false
}

// articleStart backs up from the stem start over the article ال so the
// span keeps it. In لل (ل + ال, alef elided) the name starts at the stem
// and its Name gets the prefix ال («للأمم المتحدة» → «الأمم المتحدة»).
func articleStart(word string, stemStart int) (int, string) {
	rs := []rune(word)
	if stemStart > len(rs) {
		return stemStart, ""
	}
	p := stemStart - 1
	for p >= 0 && arabic.NormalizeRune(rs[p]) < 0 {
		p--
	}
	if p < 0 || rs[p] != 'ل' {
		return stemStart, ""
	}
	q := p - 1
	for q >= 0 && arabic.NormalizeRune(rs[q]) < 0 {
		q--
	}
	if q >= 0 && arabic.NormalizeRune(rs[q]) == 'ا' {
		return q, ""
	}
	return stemStart, "ال"
}

// hit is a candidate match over tokens [i,end).
type hit struct {
	end      int
	entry    int
	via      string
	amb      bool
	stripped int
	start    int // code-point offset of the name inside the first token
	prep     bool
	prefix   string
	adj      bool  // the name is also an adjective (Entry.Adjective)
	alts     []int // for an ambiguous name: every entry it may mean
}

func (h hit) better(o hit) bool {
	if h.end != o.end {
		return h.end > o.end
	}
	if h.stripped != o.stripped {
		return h.stripped < o.stripped
	}
	if h.amb != o.amb {
		return !h.amb
	}
	return h.entry < o.entry
}

// restMatches reports whether the tokens from j on match the keys of rest,
// returning the end index. It compares without building keys: a token
// matches key k when its normal form is k or ال+k (what wordKey folds).
func restMatches(toks []arabic.Token, j int, rest []string) (int, bool) {
	for _, k := range rest {
		if j >= len(toks) || !matchable(toks[j]) {
			return 0, false
		}
		n := toks[j].Norm
		if n != k && (len(n) != len(k)+len("ال") || n[len("ال"):] != k || n[:len("ال")] != "ال" || wordKey(n) != k) {
			return 0, false
		}
		j++
	}
	return j, true
}

// lookup finds the best alias of set starting at token i. When the best is
// an ambiguous name, alts lists the entries of every reading of that span.
func lookup(set aliasSet, toks []arabic.Token, i int, keys []firstKey) (best hit, found bool) {
	var nf nextFP
	nfSet := false
	defer func() {
		if !found || !best.amb {
			return
		}
		for _, fk := range keys {
			for _, a := range fk.ix.get(set) {
				if !a.amb || (a.needArt && !fk.art) || (a.noArt && fk.art) || !nf.may(a.rest, a.fp) || !writtenAs(toks[i], fk, a.exact) {
					continue
				}
				if end, ok := restMatches(toks, i+1, a.rest); ok && end == best.end && !slices.Contains(best.alts, a.entry) {
					best.alts = append(best.alts, a.entry)
				}
			}
		}
	}()
	for _, fk := range keys {
		as := fk.ix.get(set)
		if len(as) > 0 && !nfSet {
			nf, nfSet = nextFPAt(toks, i+1), true
		}
		for _, a := range as {
			if (a.needArt && !fk.art) || (a.noArt && fk.art) || !nf.may(a.rest, a.fp) || !writtenAs(toks[i], fk, a.exact) {
				continue
			}
			end, ok := restMatches(toks, i+1, a.rest)
			if !ok {
				continue
			}
			h := hit{end: end, entry: a.entry, via: a.via, amb: a.amb, stripped: fk.stripped, start: fk.start, prep: fk.prep, prefix: fk.prefix, adj: a.adj}
			if !found || h.better(best) {
				best, found = h, true
			}
		}
	}
	return best, found
}

// writtenAs reports whether token t, read as fk (its clitics skipped), is
// written exact; an empty exact accepts every spelling. A name written
// with the article is compared without it («للإخوان», «والإخوان»).
func writtenAs(t arabic.Token, fk firstKey, exact string) bool {
	if exact == "" {
		return true
	}
	w := writtenForm(skipRunes(t.Text, fk.start))
	if strings.HasPrefix(exact, "ال") {
		return strings.TrimPrefix(w, "ال") == exact[len("ال"):]
	}
	return w == exact
}

// matchAt finds the longest dictionary name starting at token i; buf is
// scratch space for the first word's keys.
func (d *Dictionary) matchAt(toks []arabic.Token, i int, buf []firstKey) (hit, bool) {
	if i >= len(toks) || !matchable(toks[i]) {
		return hit{}, false
	}
	h, ok := lookup(setNames, toks, i, d.firstKeys(toks[i], buf))
	if ok && d.readsAsAdjective(toks, i, h) {
		return hit{}, false
	}
	return h, ok
}

// matchKeys is matchAt with the first word's keys already computed.
func (d *Dictionary) matchKeys(toks []arabic.Token, i int, fks []firstKey) (hit, bool) {
	if i >= len(toks) || !matchable(toks[i]) {
		return hit{}, false
	}
	h, ok := lookup(setNames, toks, i, fks)
	if ok && d.readsAsAdjective(toks, i, h) {
		return hit{}, false
	}
	return h, ok
}

// readsAsAdjective reports whether hit h at token i is a name that is also
// an adjective and reads as one: bare, right after an indefinite word that
// is no place word, particle or verb of a subject («مبلغ مالي», but «في
// مالي», «شمال مالي», «أعلنت مالي», «بمالي»).
func (d *Dictionary) readsAsAdjective(toks []arabic.Token, i int, h hit) bool {
	if !h.adj || h.stripped > 0 || i == 0 || toks[i-1].Kind != arabic.Word {
		return false
	}
	prev := toks[i-1].Norm
	if d.isPlaceWord(prev) || d.isSubjectVerb(prev) || adjParticles[prev] || adjParticles[strings.TrimPrefix(prev, "و")] {
		return false
	}
	return !strings.HasPrefix(prev, "ال")
}

// adjParticles are words after which an adjective name stays a name.
var adjParticles = map[string]bool{"بين": true, "و": true, "علي": true, "عن": true, "مع": true, "ضد": true, "او": true, "ان": true, "حتي": true}

// mention builds the Mention of hit h starting at token i.
func (d *Dictionary) mention(text string, toks []arabic.Token, i int, h hit) Mention {
	e := d.entries[h.entry]
	sp := marsad.Span{Start: toks[i].CStart + h.start, End: toks[h.end-1].CEnd}
	kind := e.Kind
	if h.via == ViaCapital {
		kind = KindCapital
	}
	m := Mention{
		Span: sp, TokStart: i, TokEnd: h.end,
		Actor: e.Actor(h.prefix + surface(text, toks, i, h.end, h.start)),
		Kind:  kind, Via: h.via, Ambiguous: h.amb,
		Place: h.via == ViaCapital,
		alts:  h.alts,
	}
	return m
}

// surface returns the text of tokens [i,end) from code point start of token
// i on. It falls back to the tokens' own text when offsets do not fit text.
func surface(text string, toks []arabic.Token, i, end, start int) string {
	a, b := toks[i].Start, toks[end-1].End
	if a < 0 || b > len(text) || a > b || text[a:toks[i].End] != toks[i].Text {
		var sb strings.Builder
		for k := i; k < end; k++ {
			if k > i {
				sb.WriteByte(' ')
			}
			sb.WriteString(toks[k].Text)
		}
		return skipRunes(sb.String(), start)
	}
	return skipRunes(text[a:b], start)
}

func skipRunes(s string, n int) string {
	for n > 0 && s != "" {
		_, w := utf8.DecodeRuneInString(s)
		s = s[w:]
		n--
	}
	return s
}

// Match returns the dictionary names in toks (the tokens of text), longest
// match first, left to right, without overlaps. Each token may carry
// proclitics on the first word of a name («وبالحوثيين», «لداعش»); the
// article ال is optional on every word. Capitals come back with Kind
// KindCapital and Place set: the Linker decides when they act. Bare
// nisbas and surnames are not names (see ResolvePhrase and Linker).
func (d *Dictionary) Match(text string, toks []arabic.Token) []Mention {
	var out []Mention
	buf := make([]firstKey, 0, 8)
	for i := 0; i < len(toks); {
		h, ok := d.matchAt(toks, i, buf)
		if !ok {
			i++
			continue
		}
		out = append(out, d.mention(text, toks, i, h))
		i = h.end
	}
	return out
}
