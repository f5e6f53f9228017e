package geo

import (
	"fmt"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// Options tune one Resolve call.
type Options struct {
	// Exclude lists spans (PER and ORG entities from the NER layer) in which
	// no place is reported: «جامعة القاهرة», «نداء تونس», a person named
	// after a town.
	Exclude []marsad.Span
	// NisbaPlaces reports a nisba adjective as a country mention when it
	// follows a place noun: «الحدود العراقية» → IRQ, «الأراضي السورية» →
	// SYR. Off by default: most nisbas are actor attributes («الجيش
	// العراقي»), and the evaluation guidelines do not count them as place
	// mentions. Nisbas always count as article context for disambiguation.
	NisbaPlaces bool
}

// Resolver finds and resolves the place mentions of Arabic text against a
// gazetteer. It is safe for concurrent use.
type Resolver struct {
	g   *Gazetteer
	lex *lexicon
}

// NewResolver returns a resolver over g (Default() when g is nil).
func NewResolver(g *Gazetteer) (*Resolver, error) {
	if g == nil {
		var err error
		if g, err = Default(); err != nil {
			return nil, err
		}
	}
	f, err := dataFS.Open("data/lexicon.txt")
	if err != nil {
		return nil, fmt.Errorf("open lexicon: %w", err)
	}
	defer f.Close()
	lex, err := loadLexicon("lexicon.txt", f)
	if err != nil {
		return nil, err
	}
	return &Resolver{g: g, lex: lex}, nil
}

// Gazetteer returns the resolver's gazetteer.
func (r *Resolver) Gazetteer() *Gazetteer { return r.g }

// cue kinds found before a mention.
const (
	cueNone = iota
	cuePrep
	cueDirection
	cueRif
	cueSite
	cueCity
	cueDistrict
	cueProvince
)

// mention is one matched name in the text.
type mention struct {
	tok, ntok  int // token range [tok, tok+ntok)
	words      int // words in the name
	start, end int // code points
	key        string
	posts      []posting
	clitic     string // proclitics stripped from the first word (normalised, without ال)
	cue        int
	adminCue   bool    // right after a singular, indefinite administrative noun («محافظة»)
	provHead   bool    // … that names a first-level division («ولاية العرش» is no «مديرية العرش»)
	headed     []int32 // entries that list the cue noun and the name together («إقليم كردستان»)
	defCue     bool    // the cue noun before it has the article («المنطقة وإن»)
	ambig      int
	best       int // entry index
	score      float64
	keep       bool
}

// Resolve returns every place mention of text with its resolved place,
// in text order. toks are text's tokens from arabic.Tokenize (nil: Resolve
// tokenizes). Spans are code-point offsets into text.
func (r *Resolver) Resolve(text string, toks []arabic.Token, opts Options) []marsad.Place {
	if toks == nil {
		toks = arabic.Tokenize(text)
	}
	ms := r.match(toks)
	bp := bareWords(toks)
	defer putBareWords(bp)
	bare := *bp
	ctx := r.context(toks, ms, bare)
	r.round3Cues(toks, ms) // resolve_round3.go: administrative lists, towns after site nouns
	r.wordSenses(toks, ms) // resolve_senses.go: «مآرب», «جدة الطفلة», «الموصل إلى»
	r.choose(ms, ctx)
	r.coordinated(toks, ms, ctx)
	r.listMiddle(toks, ms)         // resolve_listafter.go: «إسطنبول وأنقرة وبورصة وطرابزون»
	r.sentenceNeighbours(toks, ms) // resolve_neighbours.go
	r.consistent(ms)
	r.conjReading(toks, ms, ctx) // resolve_lists.go: «الرياض وجدة» is و + Jeddah
	r.loneMinor(toks, ms)        // resolve_round3.go: a small place alone in its country with no cue
	listed := r.villageLists(toks, ms, bare)
	listed = append(listed, r.cuedNames(toks, ms, listed, bare)...)
	// resolve_neighbours.go: unknown names without the article after a cue noun
	listed = append(listed, r.indefiniteNames(toks, ms, listed)...)
	r.locateListed(toks, ms, listed) // resolve_round3.go: an unknown name at the place named right after it
	var out []marsad.Place
	rs := runeSlicer{text: text}
	for i := range ms {
		m := &ms[i]
		if !m.keep || m.best < 0 || r.excluded(m.start, m.end, toks, opts.Exclude, ms) && !whereClitic(m, toks, opts.Exclude, r.countryOnly(m)) {
			continue
		}
		if pair := r.splitPair(text, toks, m); pair != nil {
			out = append(out, pair...)
			continue
		}
		p := r.g.entries[m.best].Place()
		p.Span, p.Name = marsad.Span{Start: m.start, End: m.end}, rs.slice(m.start, m.end)
		if m.cue == cueRif && p.Precision < marsad.PrecisionRegion {
			// «ريف حلب»: the countryside around the city, not the city.
			p.Kind, p.Precision = marsad.KindRegion, marsad.PrecisionRegion
		}
		out = append(out, p)
	}
	for _, v := range listed {
		if v.near < 0 || overlaps(v.start, v.end, opts.Exclude) {
			continue
		}
		e := &r.g.entries[v.near]
		out = append(out, marsad.Place{
			Span: marsad.Span{Start: v.start, End: v.end}, Name: rs.slice(v.start, v.end),
			Lat: round4(e.Lat), Lon: round4(e.Lon), Country: e.Country, Admin1: provinceOf(e),
			Kind: marsad.KindVillage, Precision: marsad.PrecisionRegion,
		})
	}
	if opts.NisbaPlaces {
		out = append(out, r.nisbaPlaces(text, toks, opts)...)
	}
	if len(listed) > 0 || opts.NisbaPlaces {
		sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	}
	junctionSpans(text, toks, out) // resolve_neighbours.go
	return out
}

// prefixForm is one reading of a word's start: the name begins `skip`
// normalised letters in, after the proclitics `clitic`.
type prefixForm struct {
	form   string
	skip   int
	clitic string
}

// prefixForms returns the readings of the normalised word whole (valid
// UTF-8) with the proclitics و ف then ب ل ك stripped (and لل = ل + ال),
// the whole word first, and the number of letters of whole. A stripped form
// keeps at least 2 letters. The forms are suffixes of whole, sliced from it.
func prefixForms(whole string, buf []prefixForm) ([]prefixForm, int) {
	offs := [3]int{} // byte offset of runes 0, 1, 2 of whole
	nr := 0
	for b := 0; b < len(whole); b++ {
		if whole[b]&0xC0 != 0x80 { // not a continuation byte: a rune starts
			if nr < len(offs) {
				offs[nr] = b
			}
			nr++
		}
	}
	for k := nr; k < len(offs); k++ {
		offs[k] = len(whole)
	}
	var lead [3]rune // runes 0, 1, 2 of whole (0 past its end)
	for k := 0; k < min(nr, len(lead)); k++ {
		lead[k], _ = utf8.DecodeRuneInString(whole[offs[k]:])
	}
	switch lead[0] {
	case 'و', 'ف', 'ب', 'ل', 'ك':
	default:
		return append(buf[:0], prefixForm{whole, 0, ""}), nr // no proclitic
	}
	out := append(buf[:0], prefixForm{whole, 0, ""})
	for _, conj := range []rune{0, 'و', 'ف'} {
		for _, prep := range []rune{0, 'ب', 'ل', 'ك'} {
			if conj == 0 && prep == 0 {
				continue
			}
			n := 0
			if conj != 0 {
				if nr == 0 || lead[0] != conj {
					continue
				}
				n++
			}
			if prep != 0 {
				if nr <= n || lead[n] != prep {
					continue
				}
				n++
			}
			if nr-n < 3 && !shortConjForm(nr-n, conj, prep) { // resolve_round3.go: «وذي قار»
				continue // «وباب» is not و+ب+اب
			}
			cl := whole[:offs[n]]
			out = append(out, prefixForm{whole[offs[n]:], n, cl})
			// لل: ل + ال with the alef written away («للحسكة»).
			if prep == 'ل' && nr-n >= 3 && lead[n] == 'ل' {
				out = append(out, prefixForm{"ا" + whole[offs[n]:], n + 1, cl})
			}
		}
	}
	return out, nr
}

// normRunes returns the normalised runes of s and, for each, the index of
// the original code point it came from.
func normRunes(s string) ([]rune, []int) {
	return appendNormRunes(s, nil, nil)
}

// appendNormRunes is normRunes appending to rs and at (reset first).
func appendNormRunes(s string, rs []rune, at []int) ([]rune, []int) {
	rs, at = rs[:0], at[:0]
	i := 0
	for _, r := range s {
		if m := arabic.NormalizeRune(r); m >= 0 {
			rs = append(rs, m)
			at = append(at, i)
		}
		i++
	}
	return rs, at
}

// match finds the longest gazetteer names in the token stream.
func (r *Resolver) match(toks []arabic.Token) []mention {
	var ms []mention
	var forms []prefixForm
	var kb []byte
	var wbuf []int
	var w []rune
	var at []int
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.Kind != arabic.Word && t.Kind != arabic.Latin {
			continue
		}
		// The normalised word is t.Norm (Normalize(t.Text)); only a word
		// with invalid UTF-8 is read again rune by rune, as string(w)
		// reads it. The runes' offsets are taken only for a name found.
		whole := t.Norm
		if !utf8.ValidString(whole) {
			w, _ = appendNormRunes(t.Text, w, at)
			whole = string(w)
		}
		var nr int
		forms, nr = prefixForms(whole, forms)
		if nr < 2 {
			continue
		}
		if t.Kind == arabic.Latin {
			forms = forms[:1]
		}
		var best *mention
		for fi, f := range forms {
			// the longest name starting here under this reading; lens
			// has bit n when a key of n words starts with the form
			lens := r.g.firstWords(f.form)
			longest := bits.Len64(lens) - 1
			if t.Kind == arabic.Latin {
				longest = r.g.maxLen // its key is made by nameKey below
			}
			for n := min(longest, r.g.maxLen, len(toks)-i); n >= 1; n-- {
				if n == 1 && f.skip > 0 && nr-f.skip < 3 { // resolve_round3.go (shortConjForm)
					break // resolve_round3.go: a two-letter form only begins a longer name
				} // resolve_round3.go
				if best != nil && n < best.words {
					break
				}
				if best != nil && n == best.words && fi > 0 {
					break // the least-stripped reading of the longest name wins
				}
				if t.Kind != arabic.Latin && lens&(1<<n) == 0 {
					continue // no key of n words starts with the form
				}
				ws := nextWords(toks, i, n, wbuf[:0])
				if ws == nil {
					continue
				}
				wbuf = ws
				kb = append(kb[:0], f.form...)
				for _, j := range ws[1:] {
					kb = append(kb, ' ')
					kb = append(kb, toks[j].Norm...)
				}
				var k string
				var ps []posting
				if t.Kind == arabic.Latin {
					k = nameKey(string(kb))
					ps = r.g.byKey[k]
				} else {
					// Look up without building the key string; it is
					// made only for a name found.
					ps = r.g.byKey[string(kb)]
					if len(ps) != 0 {
						k = string(kb)
					}
				}
				if len(ps) == 0 {
					continue
				}
				ps = exact(ps)
				if len(ps) == 0 {
					continue
				}
				start := t.CStart
				if f.skip > 0 && f.skip < nr {
					w, at = appendNormRunes(t.Text, w, at)
					start = t.CStart + at[f.skip]
				}
				last := ws[len(ws)-1]
				m := mention{tok: i, ntok: last - i + 1, start: start, end: toks[last].CEnd, key: k, posts: ps, best: -1,
					clitic: f.clitic}
				m.words = n
				if best == nil || n > best.words {
					best = &m
				}
				break
			}
		}
		if best != nil {
			ms = append(ms, *best)
			i += best.ntok - 1
		}
	}
	return ms
}

// exact keeps the postings of names listed exactly as written (up to
// clitics): a name listed with ال does not match a word without it
// («بادية على ملامحه» is not البادية; «كاميرون» is not الكاميرون) and a
// name listed without ال does not match a word that has it («السورية» is an
// adjective, not سورية). Real variants are listed in the data instead.
func exact(ps []posting) []posting {
	out := ps[:0:0]
	for _, p := range ps {
		if !p.derived {
			out = append(out, p)
		}
	}
	return out
}

// nextWords returns the indices of n words starting at token i that form
// one name: words separated by spaces or joined by "_" (hashtags,
// «#الضفة_الغربية»); a number may close it («الفرقة 17»). nil when the
// tokens do not form n such words.
func nextWords(toks []arabic.Token, i, n int, buf []int) []int {
	ws := append(buf, i)
	j := i
	for len(ws) < n {
		k := j + 1
		if k < len(toks) && toks[k].Text == "_" && toks[k].CStart == toks[j].CEnd {
			k++
		} else if k+1 < len(toks) && toks[k].Text == "#" && toks[k+1].CStart == toks[k].CEnd {
			k++ // «قطاع #غزة»: a hashtag on the name's last word
		}
		if k >= len(toks) || toks[k].CStart-toks[j].CEnd > 2 {
			return nil
		}
		kind := toks[k].Kind
		if kind != arabic.Word && kind != arabic.Latin && !(kind == arabic.Number && len(ws) == n-1) {
			return nil
		}
		ws = append(ws, k)
		j = k
	}
	return ws
}

// prevWord returns the index of the word before token i, skipping
// quotation marks and brackets, or -1.
func prevWord(toks []arabic.Token, i int) int {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch toks[j].Kind {
		case arabic.Word:
			return j
		case arabic.Punct:
			switch toks[j].Text {
			case "\"", "«", "“", "'", "(", "#", "_":
				continue // («#الحكومة_السعودية»: a hashtag joins its words with _)
			}
		}
		return -1
	}
	return -1
}

// opensQuote reports whether token i opens a quotation: «“ always, a
// straight quote when an even number of straight quotes precede it.
func opensQuote(toks []arabic.Token, i int) bool {
	switch q := toks[i].Text; q {
	case "«", "“":
		return true
	case "\"", "'":
		n := 0
		for j := 0; j < i; j++ {
			if toks[j].Text == q {
				n++
			}
		}
		return n%2 == 0
	}
	return false
}

// quotedTail reports whether the quotation that a name opens goes on with
// more words before it closes.
func quotedTail(toks []arabic.Token, i int) bool {
	if i >= len(toks) || toks[i].Kind != arabic.Word {
		return false
	}
	for j := i + 1; j < len(toks) && j < i+5; j++ {
		switch toks[j].Text {
		case "\"", "»", "”", "'":
			return true
		}
	}
	return false
}

// cueOf classifies the word before a name.
func (r *Resolver) cueOf(norm string) int {
	whole := norm
	if len([]rune(whole)) > 3 && (strings.HasPrefix(whole, "و") || strings.HasPrefix(whole, "ف")) {
		whole = whole[len("و"):]
	}
	c := r.classify([]string{stripFirstArticle(whole), bareWord(norm), stripPrep(norm)}, norm)
	if c == cueNone {
		c = r.shortCueAfterWa(norm) // resolve_nouns.go: «وحي التضامن»
	}
	if c == cueNone {
		c = waPrep(norm) // resolve_geo16.go: «وفي الرمادي»
	}
	return c
}

// cueOfToken is cueOf for the token before a name, whose first و or ف may
// be a root letter: «وادي», «ولاية», «وكالة», «فيلق» are lexicon words
// themselves (cueOf would read و + «ادي»).
func (r *Resolver) cueOfToken(t *arabic.Token) int {
	if rootInitial(t) {
		if c := r.classify([]string{t.Norm}, t.Norm); c != cueNone {
			return c
		}
	}
	return r.cueOf(t.Norm)
}

// rootInitial reports whether the token begins with و or ف that may be a
// root letter: not «وأدى» (و + أدى, which normalises like «وادي»).
func rootInitial(t *arabic.Token) bool {
	n := 0
	var second rune
	for _, r := range t.Text { // the runes of []rune(t.Text), without the slice
		switch {
		case n == 0 && r != 'و' && r != 'ف':
			return false
		case n == 1:
			second = r
		case n == 3:
			return second != 'أ' && second != 'إ' && second != 'آ'
		}
		n++
	}
	return false
}

// classify gives the cue of the first of the forms of a word that the
// lexicon knows.
func (r *Resolver) classify(forms []string, norm string) int {
	for _, w := range forms {
		switch {
		case r.lex.orghead[w]:
			return -1
		case r.lex.person[w] || r.lex.person[norm]:
			return -1
		case r.lex.provinceCue[w]:
			return cueProvince
		case r.lex.districtCue[w]:
			return cueDistrict
		case r.lex.cityCue[w]:
			return cueCity
		case r.lex.siteCue[w]:
			return cueSite
		case r.lex.rif[w]:
			return cueRif
		case r.lex.direction[w]:
			return cueDirection
		}
	}
	if r.lex.preposition[bareWord(norm)] || r.lex.preposition[norm] {
		return cuePrep
	}
	return cueNone
}

// stripPrep removes a conjunction and a one-letter preposition («لمنشأة»,
// «بمدينة») when at least 3 letters remain.
func stripPrep(norm string) string {
	if !utf8.ValidString(norm) {
		return stripPrepRunes(norm)
	}
	// The letters stripped are two bytes each, so the rest is a substring.
	n := utf8.RuneCountInString(norm)
	w := norm
	if n > 3 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) {
		w, n = w[len("و"):], n-1
	}
	if n > 3 && (strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "ك")) {
		w = w[len("ب"):]
	}
	return stripFirstArticle(w)
}

// stripPrepRunes is stripPrep through runes, for invalid UTF-8 (whose bad
// bytes become U+FFFD in the result).
func stripPrepRunes(norm string) string {
	w := []rune(norm)
	n := 0
	if len(w) > 3 && (w[0] == 'و' || w[0] == 'ف') {
		n++
	}
	if len(w)-n > 3 && (w[n] == 'ب' || w[n] == 'ل' || w[n] == 'ك') {
		n++
	}
	return stripFirstArticle(string(w[n:]))
}

// bareWord returns the normalised token with proclitics and the article
// stripped, for lexicon lookups. It is called for most tokens by several
// passes, so it slices norm instead of building strings.
func bareWord(norm string) string {
	w := norm
	// n is len([]rune(w)) capped at 8: the tests below compare it with at
	// most 4 after at most two letters (one rune each) are stripped, so a
	// cap above 6 keeps them exact
	n := 0
	for range w {
		if n++; n == 8 {
			break
		}
	}
	if n > 3 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) {
		w, n = w[len("و"):], n-1
	}
	if n > 3 && (strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "ك")) {
		if rest := w[len("ب"):]; strings.HasPrefix(rest, "ال") {
			w, n = rest, n-1
		}
	}
	if n > 4 && strings.HasPrefix(w, "لل") {
		// لل is ل + ال: the word with ال, whose article stripFirstArticle
		// would then strip when 3 letters remain
		rest := w[len("لل"):]
		if firstWordRunes(rest, 3) {
			return rest
		}
		return "ال" + rest
	}
	return stripFirstArticle(w)
}

// bareWords returns bareWord of each token's Norm. context, villageLists
// and cuedNames each read it for (nearly) every token, so Resolve computes
// it once, in a slice from barePool; give it back with putBareWords.
func bareWords(toks []arabic.Token) *[]string {
	bp, _ := barePool.Get().(*[]string)
	if bp == nil {
		bp = new([]string)
	}
	bare := *bp
	if cap(bare) < len(toks) {
		bare = make([]string, len(toks))
	}
	bare = bare[:len(toks)]
	for i := range toks {
		bare[i] = bareWord(toks[i].Norm)
	}
	*bp = bare
	return bp
}

// putBareWords returns a slice of bareWords to the pool, keeping no text.
func putBareWords(bp *[]string) {
	clear(*bp)
	barePool.Put(bp)
}

// barePool keeps bareWords' slices for the next Resolve.
var barePool sync.Pool

// articleContext is what the whole article tells about its places.
type articleContext struct {
	countries map[string]float64 // ISO3 → weight (named countries, nisbas, anchors)
	anchors   []int              // entry indices of unambiguous mentions
	anchorOf  map[int]int        // mention index → its anchor slot
	admin1    map[string]bool
}

// context finds the cues before each mention and the article's anchors.
func (r *Resolver) context(toks []arabic.Token, ms []mention, bare []string) *articleContext {
	ctx := &articleContext{countries: map[string]float64{}, anchorOf: map[int]int{}, admin1: map[string]bool{}}
	var footballWords map[string]bool
	// nisbas: «الجيش السوري» says the article is about Syria.
	for i := range toks {
		if toks[i].Kind != arabic.Word {
			continue
		}
		w := bare[i]
		if iso := r.lex.nisba[w]; iso != "" {
			ctx.countries[iso] += 0.5
		}
		// a football report: its club cities are clubs unless told as places
		if r.lex.football[w] && len(footballWords) < 3 {
			if footballWords == nil {
				footballWords = map[string]bool{}
			}
			footballWords[w] = true
		}
	}
	football := len(footballWords)
	for i := range ms {
		m := &ms[i]
		m.ambig = r.lex.ambig[stripFirstArticle(m.key)]
		// «فريدة» is no ف + «ريدة», «بحوث» no ب + «حوث», «وخبأت» no و +
		// «خبات»: a short indefinite name of a small place read inside a
		// longer word after stripping its first letters may be part of
		// another word, so it needs the evidence of a name that is also a
		// word (countries, provinces and cities keep reading as before:
		// «بمصر», «لقطر», «بلندن»).
		if m.clitic != "" && m.words == 1 && m.ambig < ambigContext && shortStripped(m.key) && (r.minor(m) || strings.HasSuffix(m.clitic, "ك") && !r.countryOnly(m)) {
			// (a city after ك, «as», too: «كنيس» is a synagogue, no ك + Nice)
			m.ambig = ambigContext
		}
		// names known only from the imported GeoNames overlay are often common
		// words (villages called السلام or النصر): they need context.
		if m.ambig == ambigNone && r.overlayOnly(m) {
			m.ambig = ambigContext
		}
		if pi := prevWord(toks, m.tok); pi >= 0 {
			prev := &toks[pi]
			if m.start-prev.CEnd <= 3 {
				m.cue = r.cueOfToken(prev)
				// «وادي فاطمة» is no و + «أطمة»: a name right after a cue
				// noun carries no conjunction
				if m.cue >= cueRif && pi == m.tok-1 && !definite(prev.Norm) && (strings.HasPrefix(m.clitic, "و") || strings.HasPrefix(m.clitic, "ف")) {
					m.cue = cueNone
				}
				// «موقع باور» is no site of ب + «أور»: a name with ب or ل
				// after a cue noun is introduced by the preposition, not
				// headed by the noun
				if m.cue >= cueRif && pi == m.tok-1 && (strings.HasPrefix(m.clitic, "ب") || strings.HasPrefix(m.clitic, "ل")) {
					m.cue = cuePrep
				}
				// «فندق بلاس فيغاس», «مؤتمر بجنيف»: a name with ب after an
				// organisation head is where it is, not its name
				if m.cue < 0 && strings.HasPrefix(m.clitic, "ب") && r.classify([]string{bareWord(prev.Norm), prev.Norm}, prev.Norm) < 0 && !r.lex.person[bareWord(prev.Norm)] {
					m.cue = cuePrep
				}
				// «الموقع وأن», «المنطقة وإن»: a cue noun with the article is no
				// construct head (only «العاصمة دمشق» is apposition)
				m.defCue = m.cue >= cueRif && definite(prev.Norm) && bareWord(prev.Norm) != "عاصمه"
				if m.cue < 0 && (r.lex.title[bareWord(prev.Norm)] || r.lex.title[stripPrep(prev.Norm)]) && (r.countryOnly(m) || r.countryReading(m)) {
					m.cue = cueNone // «أمير قطر», «ملك الأردن»: the ruler of a country («رئيس غواتيمالا», «لأمير الكويت»: also a city's name)
				}
				if m.cue < 0 && pi == m.tok-1 && r.notConstruct(prev, m) {
					m.cue = cueNone // resolve_nouns.go: «مكن الاتفاق إيران», «إعلان تركيا السيطرة»
				}
				head := stripPrep(prev.Norm)
				if rootInitial(prev) && adminHeads[prev.Norm] {
					head = prev.Norm // «ولاية»
				}
				m.adminCue = adminHeads[head] && !strings.HasPrefix(strings.TrimLeft(prev.Norm, "وفبلك"), "ال")
				m.provHead = m.adminCue && provinceHeads[head]
				if m.cue > cueNone && pi == m.tok-1 {
					for _, h := range []string{prev.Norm, stripPrep(prev.Norm)} {
						if hs := r.g.headed[h+" "+m.key]; len(hs) > 0 {
							m.headed = hs
							break
						}
					}
				}
				// «ريف محافظة الحسكة», «شمال مدينة حلب»: look one word further.
				if m.cue >= cueDistrict {
					if p2 := prevWord(toks, pi); p2 >= 0 && r.lex.rif[bareWord(toks[p2].Norm)] {
						m.cue = cueRif
					}
				}
				// «السلطات السعودية»: a definite noun then a country name that is
				// also a nisba is an adjective. So it is right after a cue noun
				// that agrees with it: «مدينة تركية», «مناطق سورية» are a Turkish
				// town and Syrian areas.
				if m.ntok == 1 && (m.cue == cueNone || m.cue >= cueRif && pi == m.tok-1 && m.clitic == "") && prev.Kind == arabic.Word && r.lex.nisba[stripFirstArticle(m.key)] != "" {
					// «وسائل إعلام سعودية»: the same, indefinite.
					prevDef := strings.HasPrefix(strings.TrimLeft(prev.Norm, "وف"), "ال") || definite(prev.Norm) // («للشركة السعودية», «بالسلطات السعودية»)
					if prevDef == strings.HasPrefix(m.key, "ال") && !r.nisbaNoun(toks, ms, i, pi) {
						m.cue = -1
					}
				}
				// «مدينة جدة السعودية»: a country name that is also a nisba,
				// right after a place of that country, is its adjective.
				if m.ntok == 1 && m.clitic == "" && i > 0 && pi == m.tok-1 && prev.Kind == arabic.Word && ms[i-1].tok+ms[i-1].ntok == m.tok &&
					r.lex.nisba[stripFirstArticle(m.key)] != "" && r.placeOf(&ms[i-1], r.lex.nisba[stripFirstArticle(m.key)]) {
					m.cue = -1
				}
				// «هجوم دوما», «ضحايا دوما»: an indefinite event or people
				// noun in construct before a name reads like a preposition
				// (a name that is also a word still needs the article's support)
				if m.cue == cueNone && pi == m.tok-1 && m.clitic == "" && !definite(prev.Norm) && r.lex.eventhead[stripPrep(prev.Norm)] {
					m.cue = cuePrep
					// «هيئة تحرير الشام», «جبهة تحرير …»: the event noun
					// begins an organisation's name
					if p2 := prevWord(toks, pi); p2 >= 0 && orgEventHeads[stripPrep(toks[p2].Norm)] {
						m.cue = -1
					}
				}
				// «العاصمة البلغارية صوفيا», «العاصمة اليمنية المؤقتة عدن»: a
				// definite singular settlement noun, one or two feminine
				// adjectives, then the name. A nisba among them must be the
				// name's country (not «العاصمة السودانية مشهد ازدحام»); with
				// none, the name still needs the article's support.
				if m.cue == cueNone && pi == m.tok-1 && m.clitic == "" && definite(prev.Norm) && strings.HasSuffix(prev.Norm, "ه") &&
					(i == 0 || ms[i-1].tok+ms[i-1].ntok <= pi) {
					nisbaOK, nisbaSeen := true, false
					for k, p := 0, pi; k < 2; k++ {
						adj := stripFirstArticle(strings.TrimLeft(toks[p].Norm, "وف"))
						if iso := r.lex.nisba[adj]; iso != "" {
							nisbaSeen = true
							nisbaOK = nisbaOK && r.placeOf(m, iso)
						}
						if p = prevWord(toks, p); p < 0 {
							break
						}
						if capitalHeads[toks[p].Norm] {
							switch {
							case nisbaSeen && nisbaOK:
								m.cue = r.cueOfToken(&toks[p])
							case !nisbaSeen:
								m.cue = cuePrep
							}
							break
						}
						if !definite(toks[p].Norm) || !strings.HasSuffix(toks[p].Norm, "ه") || i > 0 && ms[i-1].tok+ms[i-1].ntok > p {
							break
						}
					}
				}
				// «"دوفر دوف"»: a name inside a longer quoted name.
				if pi < m.tok-1 && opensQuote(toks, m.tok-1) && quotedTail(toks, m.tok+m.ntok) && !speechWords[bareWord(prev.Norm)] {
					m.cue = -1
				}
			}
		}
		// «مانشستر يونايتد», «برشلونة الإسباني»: a city followed by a club word or
		// by a masculine nisba (a city is feminine, a club masculine) is a club.
		if ni := m.tok + m.ntok; ni < len(toks) && toks[ni].Kind == arabic.Word && toks[ni].CStart-m.end <= 2 {
			nx := toks[ni].Norm
			if r.lex.clubnext[nx] || r.lex.clubnext[stripFirstArticle(nx)] || r.lex.phrase[stripFirstArticle(m.key)+" "+stripFirstArticle(nx)] {
				m.cue = -1
			} else if nn := ni + 1; stripFirstArticle(nx) == "سان" && nn < len(toks) && r.lex.clubnext["سان "+toks[nn].Norm] {
				m.cue = -1 // «باريس سان جيرمان»
			} else if m.ntok == 1 && r.lex.continent[stripFirstArticle(m.key)] && r.lex.continentnext[stripFirstArticle(nx)] {
				m.cue = -1 // «أمريكا اللاتينية», «أميركا الجنوبية»: a continent, not the United States
			} else if strings.HasPrefix(nx, "ال") && r.lex.nisba[nx[len("ال"):]] != "" && strings.HasSuffix(nx, "ي") && r.cityOnly(m) && !headedByNoun(m) {
				m.cue = -1
			}
		}
		// «تعادل ليفربول مع روما»: in a football report a club city is the
		// club unless a place preposition or a cue noun comes before it
		if football >= 3 && m.cue < cueRif && (m.clitic == "" || m.clitic == "و" || m.clitic == "ف") && m.ntok == 1 && r.lex.clubcity[stripFirstArticle(m.key)] {
			where := false // «في ليفربول», «إلى روما»: the city
			if pi := prevWord(toks, m.tok); pi >= 0 {
				switch bareWord(toks[pi].Norm) {
				case "في", "الي", "من", "داخل", "نحو":
					where = true
				}
			}
			if !where {
				m.cue = -1
			}
		}
		// «العين بالعين»: a name then itself with ب is a saying (an eye for
		// an eye), neither word a place.
		if i+1 < len(ms) && sayingPair(m, &ms[i+1]) || i > 0 && sayingPair(&ms[i-1], m) {
			m.cue = -1
		}
		// «جده» (his grandfather), «وجده» (found him): no Jeddah.
		if m.ntok == 1 && r.lex.hword[stripFirstArticle(m.key)] && endsWithHa(toks[m.tok].Text) {
			m.cue = -1
		}
		// «الساحل الغربي لتركيا», «الضاحية الجنوبية من القدس», «كردستان
		// السورية»: a region said to be of another country is not ours.
		if r.otherCountryRegion(toks, ms, i) {
			m.cue = -1
		}
		// «الضفة الغربية لنهر الفرات»: the bank of another river is no West Bank.
		if otherRiverBank(toks, m) {
			m.cue = -1
		}
		// «دعماً روسياً»: a country name with tanween is an adjective.
		if last := toks[m.tok+m.ntok-1].Text; strings.HasSuffix(last, "\u064b") && m.ntok == 1 {
			m.cue = -1
		}
		if m.cue == cueNone {
			// (not «ألف مدني وعسكري»: an adjective joined by و is another
			// word's; and a name that is a common word becomes a base only
			// with a military adjective, not «هذا الحدث الدولي», «حقل نفطي»)
			if ni := m.tok + m.ntok; ni < len(toks) && toks[ni].Kind == arabic.Word && r.lex.sitenext[stripFirstArticle(toks[ni].Norm)] &&
				(m.ambig < ambigNear || militaryAdj[stripFirstArticle(toks[ni].Norm)]) {
				m.cue = cueSite // «والضمير العسكري», «مطاري دمشق الدولي»
			}
		}
		// «هي دوما شمالا»: a name followed by a direction adverb is where
		// something lies (a name that is also a word still needs support)
		if ni := m.tok + m.ntok; m.cue == cueNone && ni < len(toks) && toks[ni].Kind == arabic.Word && directionAdverbs[toks[ni].Norm] {
			m.cue = cuePrep
		}
		// «دوما، أبرز مدن الغوطة», «دوما، آخر معقل للمعارضة»: a name in
		// apposition with a superlative and a settlement noun
		if ni := m.tok + m.ntok; m.cue == cueNone && ni+2 < len(toks) && toks[ni].Kind == arabic.Punct && (toks[ni].Text == "،" || toks[ni].Text == ",") &&
			appositionHeads[toks[ni+1].Norm] && (r.lex.cityCue[bareWord(toks[ni+2].Norm)] || bareWord(toks[ni+2].Norm) == "معقل") {
			m.cue = cuePrep
		}
		if m.cue == cueNone && m.clitic != "" && strings.ContainsAny(m.clitic, "بل") {
			m.cue = cuePrep // «بحمص», «لسوريا»
		}
		// anchors: one place (up to entries within 30 km of each other), not ambiguous.
		if m.ambig != ambigNone || m.cue < 0 {
			continue
		}
		cand := r.candidates(m)
		if len(cand) == 0 {
			continue
		}
		first := &r.g.entries[cand[0]]
		single := true
		for _, c := range cand[1:] {
			e := &r.g.entries[c]
			if e.Country != first.Country || Distance(e.Lat, e.Lon, first.Lat, first.Lon) > 30 {
				single = false
				break
			}
		}
		if !single {
			continue
		}
		if first.Country != "" {
			w := 1.0
			if first.Kind == marsad.KindCountry {
				w = 2
			}
			ctx.countries[first.Country] += w
		}
		if first.Kind != marsad.KindCountry {
			ctx.anchorOf[i] = len(ctx.anchors)
			ctx.anchors = append(ctx.anchors, cand[0])
			if first.Admin1 != "" {
				ctx.admin1[first.Admin1] = true
			}
			if first.Kind == marsad.KindProvince {
				ctx.admin1[first.ID] = true
			}
		}
	}
	return ctx
}

// splitPair gives the two places of a settlement listed under a pair of
// names joined by و («نبل والزهراء», twin towns named together): each
// name that the gazetteer knows as a town of the same country within 30
// km is a place of its own. It returns nil for any other mention
// («خب والشعف» is one district).
func (r *Resolver) splitPair(text string, toks []arabic.Token, m *mention) []marsad.Place {
	e := &r.g.entries[m.best]
	if e.Kind != marsad.KindTown && e.Kind != marsad.KindVillage && e.Kind != marsad.KindCity || m.ntok < 2 {
		return nil
	}
	for k := m.tok + 1; k < m.tok+m.ntok; k++ {
		t := &toks[k]
		if t.Kind != arabic.Word || !strings.HasPrefix(t.Norm, "و") || toks[k-1].Kind != arabic.Word {
			continue
		}
		skip := 1 // و and the short vowels on it
		for _, c := range []rune(t.Text)[1:] {
			if c < 0x064B || c > 0x0652 {
				break
			}
			skip++
		}
		left := marsad.Span{Start: m.start, End: toks[k-1].CEnd}
		right := marsad.Span{Start: t.CStart + skip, End: m.end}
		var out []marsad.Place
		for _, sp := range []marsad.Span{left, right} {
			name := sliceRunes(text, sp.Start, sp.End)
			found := false
			for _, c := range r.g.Lookup(name) {
				if c.Country == e.Country && (c.Kind == marsad.KindTown || c.Kind == marsad.KindVillage || c.Kind == marsad.KindCity) && Distance(c.Lat, c.Lon, e.Lat, e.Lon) <= 30 {
					p := c.Place()
					p.Span, p.Name = sp, name
					out = append(out, p)
					found = true
					break
				}
			}
			if !found {
				return nil
			}
		}
		return out
	}
	return nil
}

// toponymHeads are the first words of Levantine place names of two words
// («بيت أره», «كفر نبودة», «عين ترما», «تل الشيح», «خربة غزالة»).
var toponymHeads = map[string]bool{"بيت": true, "كفر": true, "عين": true, "تل": true, "دير": true, "خربه": true, "ام": true, "ابو": true, "راس": true, "بير": true, "بئر": true, "حوش": true, "قصر": true, "مزرعه": true, "عرب": true}

// endsWithHa reports whether the word is written with a final ه (not ة),
// short vowels after it aside.
func endsWithHa(word string) bool {
	w := strings.TrimRightFunc(word, func(r rune) bool { return r >= 0x064B && r <= 0x0652 })
	return strings.HasSuffix(w, "ه")
}

// otherCountryRegion reports whether ms[i], all of whose readings are
// regions, is said right after it to lie in a country none of them lies
// in: a country with ل («الساحل الغربي لتركيا» is no Yemeni front), a
// place after «من» («الضاحية الجنوبية من القدس» is no Dahieh of Beirut),
// or a country's nisba («كردستان السورية» is no Iraqi Kurdistan).
func (r *Resolver) otherCountryRegion(toks []arabic.Token, ms []mention, i int) bool {
	m := &ms[i]
	own := map[string]bool{}
	for _, c := range r.candidates(m) {
		e := &r.g.entries[c]
		if e.Kind != marsad.KindRegion || e.Country == "" {
			return false
		}
		own[e.Country] = true
	}
	if len(own) == 0 {
		return false
	}
	ni := m.tok + m.ntok
	if ni >= len(toks) || toks[ni].Kind != arabic.Word {
		return false
	}
	other := func(n *mention) bool {
		cs := r.candidates(n)
		for _, c := range cs {
			if own[r.g.entries[c].Country] {
				return false
			}
		}
		return len(cs) > 0
	}
	if w := toks[ni].Norm; strings.HasPrefix(w, "ال") && strings.HasSuffix(w, "يه") {
		iso := r.lex.nisba[w[len("ال"):]]
		return iso != "" && !own[iso]
	}
	if i+1 >= len(ms) {
		return false
	}
	n := &ms[i+1]
	switch {
	case n.tok == ni && n.clitic == "ل" && r.countryOnly(n):
		return other(n)
	case n.tok == ni+1 && n.clitic == "" && toks[ni].Norm == "من":
		return other(n)
	}
	return false
}

// sayingPair reports whether n repeats m right after it with the
// preposition ب («العين بالعين», «السن بالسن»).
func sayingPair(m, n *mention) bool {
	return n.tok == m.tok+m.ntok && n.clitic == "ب" && stripFirstArticle(n.key) == stripFirstArticle(m.key)
}

// otherRiverBank reports whether m is a bank («الضفة», «الضفة الغربية»)
// of a river named after it other than the Jordan («الضفة الغربية لنهر
// الفرات», «الضفة الشرقية للنهر»): a river's bank, not the West Bank.
func otherRiverBank(toks []arabic.Token, m *mention) bool {
	if !strings.HasPrefix(m.key, "الضفه") {
		return false
	}
	i := m.tok + m.ntok
	for k := 0; k < 2 && i < len(toks); k++ {
		if toks[i].Kind != arabic.Word {
			return false
		}
		switch toks[i].Norm {
		case "الغربيه", "الشرقيه", "الشماليه", "الجنوبيه":
			i++
			continue
		case "لنهر", "للنهر", "نهر", "النهر":
			j := i + 1
			return j >= len(toks) || toks[j].Kind != arabic.Word || toks[j].Norm != "الاردن"
		}
		return false
	}
	return false
}

// shortStripped reports whether the name key, read after a proclitic, is
// short enough (4 letters or less, without the article) to be the tail
// of another word.
func shortStripped(key string) bool {
	return !strings.HasPrefix(key, "ال") && utf8.RuneCountInString(key) <= 4
}

// homeOf reports whether the article may be about m's chosen place: it
// names no country at all, or the place lies in Israel or Palestine and the
// article names the other («مدينة الناصرة الفلسطينية»: the towns of 1948
// Palestine are called Palestinian).
func (r *Resolver) homeOf(m *mention, ctx *articleContext) bool {
	if len(ctx.countries) == 0 {
		return true
	}
	switch r.g.entries[m.best].Country {
	case "ISR":
		return ctx.countries["PSE"] > 0
	case "PSE":
		return ctx.countries["ISR"] > 0
	}
	return false
}

// ownHead reports whether the cue noun before m is its own: listed with
// the name («جبال قنديل») or a first-level division noun («ولاية البليدة»).
// A settlement noun is no own head even when listed with the name: every
// country has its «حي التضامن» and «مخيم النصر», so the quarter of
// Damascus needs the article's support like the bare name.
func (m *mention) ownHead() bool { return len(m.headed) > 0 && m.cue != cueCity || m.provHead }

// minor reports whether every reading of m is a place below the
// province level of fewer than 100,000 people.
func (r *Resolver) minor(m *mention) bool {
	for _, p := range m.posts {
		e := &r.g.entries[p.idx]
		if e.Kind == marsad.KindCountry || e.Kind == marsad.KindProvince || e.Population >= 100000 {
			return false
		}
	}
	return true
}

// overlayOnly reports whether every reading of m comes from the imported
// GeoNames overlay and none is a sizeable city.
func (r *Resolver) overlayOnly(m *mention) bool {
	for _, p := range m.posts {
		e := &r.g.entries[p.idx]
		if e.Source != "geonames" || e.Population >= 100000 {
			return false
		}
	}
	return true
}

// cityOnly reports whether every reading of m is a city or town.
func (r *Resolver) cityOnly(m *mention) bool {
	for _, p := range m.posts {
		if k := r.g.entries[p.idx].Kind; k != marsad.KindCity && k != marsad.KindTown && k != marsad.KindDistrict && k != marsad.KindProvince {
			return false
		}
	}
	return true
}

// placeOf reports whether m may be a place below the country level in
// country iso.
func (r *Resolver) placeOf(m *mention, iso string) bool {
	for _, p := range m.posts {
		if e := &r.g.entries[p.idx]; e.Kind != marsad.KindCountry && e.Country == iso {
			return true
		}
	}
	return false
}

// capitalHeads are the definite singular settlement nouns that may stand
// before adjectives and a name in apposition («العاصمة المؤقتة عدن»).
var capitalHeads = map[string]bool{"العاصمه": true, "المدينه": true, "البلده": true, "المحافظه": true, "الولايه": true, "القريه": true, "الجزيره": true, "الميناء": true}

// directionAdverbs are the accusative directions after a place («دوما
// شمالا», «المرج جنوبا»).
var directionAdverbs = map[string]bool{"شمالا": true, "جنوبا": true, "شرقا": true, "غربا": true}

// appositionHeads are the superlatives of «دوما، أبرز مدن الغوطة».
var appositionHeads = map[string]bool{"ابرز": true, "كبري": true, "اكبر": true, "اخر": true, "ثاني": true, "ثالث": true, "اهم": true}

// militaryAdj are the adjectives after which a name that is also a common
// word reads as a base («الضمير العسكري»).
var militaryAdj = map[string]bool{"عسكري": true, "عسكريه": true, "جويه": true}

// countryOnly reports whether every reading of m is a country.
func (r *Resolver) countryOnly(m *mention) bool {
	for _, p := range m.posts {
		if r.g.entries[p.idx].Kind != marsad.KindCountry {
			return false
		}
	}
	return len(m.posts) > 0
}

// candidates returns the entries a mention may refer to given its cue:
// province-only listings need an administrative cue noun.
func (r *Resolver) candidates(m *mention) []int {
	var out []int
	for _, p := range m.posts {
		if p.needsCue && (!m.adminCue || m.provHead && r.g.entries[p.idx].Kind == marsad.KindDistrict) {
			continue
		}
		out = append(out, int(p.idx))
	}
	// «إقليم كردستان» is listed whole for the Iraqi region only: the head
	// noun and the name together pick it, as the whole name would.
	if len(m.headed) > 0 {
		var own []int
		for _, c := range out {
			if slices.Contains(m.headed, int32(c)) {
				own = append(own, c)
			}
		}
		if len(own) > 0 {
			return own
		}
	}
	return out
}

// kindBase is the prior of a kind when nothing else decides.
var kindBase = map[string]float64{
	marsad.KindCountry: 4, marsad.KindCity: 3, marsad.KindProvince: 2.2, marsad.KindTown: 2.2,
	marsad.KindRegion: 2, marsad.KindSite: 2, marsad.KindDistrict: 1.5, marsad.KindVillage: 1,
}

// choose picks each mention's entry and decides whether to keep it.
func (r *Resolver) choose(ms []mention, ctx *articleContext) {
	for i := range ms {
		m := &ms[i]
		if m.cue < 0 {
			continue
		}
		cand := r.candidates(m)
		if len(cand) == 0 {
			continue
		}
		bestScore, support := math.Inf(-1), 0.0
		for _, c := range cand {
			e := &r.g.entries[c]
			s := kindBase[e.Kind]
			if e.Population > 0 {
				s += math.Log10(float64(e.Population)) / 4
			}
			switch m.cue {
			case cueProvince:
				if e.Kind == marsad.KindProvince {
					s += 4
				}
			case cueDistrict:
				if e.Kind == marsad.KindDistrict || e.Kind == marsad.KindProvince {
					s += 3
				}
			case cueCity:
				if e.Kind == marsad.KindCity || e.Kind == marsad.KindTown || e.Kind == marsad.KindVillage {
					s += 3
				}
			case cueSite:
				if e.Kind == marsad.KindSite {
					s += 3
				}
			}
			sup := 0.0
			if w := ctx.countries[e.Country]; w > 0 && e.Kind != marsad.KindCountry {
				sup += math.Min(3, 1+w/2)
			} else if w > 0 {
				sup += math.Min(2, w/2)
			}
			if e.Admin1 != "" && ctx.admin1[e.Admin1] {
				sup += 1.5
			}
			if e.Kind != marsad.KindCountry {
				near := math.Inf(1)
				self, isAnchor := ctx.anchorOf[i]
				for ai, a := range ctx.anchors {
					if isAnchor && ai == self {
						continue
					}
					ae := &r.g.entries[a]
					if ae.Kind == marsad.KindRegion && ae.Country == "" {
						continue
					}
					if d := Distance(e.Lat, e.Lon, ae.Lat, ae.Lon); d < near {
						near = d
					}
				}
				switch {
				case near < 50:
					sup += 3
				case near < 150:
					sup += 2
				case near < 400:
					sup += 1
				}
			}
			s += sup
			if s > bestScore {
				bestScore, m.best, support = s, c, sup
			}
		}
		m.score = bestScore
		// «كالبصرة والناصرية»: a name joined by و to the place before it.
		if m.cue == cueNone && i > 0 && ms[i-1].keep && m.tok-(ms[i-1].tok+ms[i-1].ntok) <= 1 &&
			(strings.HasPrefix(m.clitic, "و") || m.tok > ms[i-1].tok+ms[i-1].ntok) {
			m.cue = cuePrep
		}
		switch m.ambig {
		case ambigNone:
			m.keep = true
		case ambigContext:
			// a cue noun alone keeps it unless the article names other
			// countries only («مديرية الصعيد» in a report from Shabwa is no
			// Upper Egypt; see ambigNear)
			m.keep = (m.cue >= cueRif && !m.defCue && (support > 0 || r.homeOf(m, ctx) || m.ownHead())) || (m.cue >= cuePrep && support >= 2.5)
		case ambigNear:
			// «في هجين» in a report from Deir ez-Zor: a preposition or a
			// direction and a place of the same country close by. After a
			// cue noun too, the article must not be about other countries
			// only: «حي التضامن» in a report from Cairo is no Damascus quarter
			// (unless the head noun is its own: «جبال قنديل», «ولاية البليدة»).
			m.keep = m.cue >= cueRif && !m.defCue && (support > 0 || r.homeOf(m, ctx) || m.ownHead()) || m.cue >= cuePrep && support >= 5.5
		case ambigCue:
			m.keep = m.cue >= cueRif && !m.defCue
		}
	}
}

// coordinated keeps a context-level name that is joined by و to a kept
// place after it («في مشهد وأصفهان») when the article supports it.
//
// A context- or near-level name with no cue before it is kept when the
// kept place right after it lies within 50 km: joined by و («استهدفت دوما
// وزملكا»), or telling where it is («دوما في الغوطة الشرقية», «زبيد
// بالحديدة»).
func (r *Resolver) coordinated(toks []arabic.Token, ms []mention, ctx *articleContext) {
	for i := len(ms) - 2; i >= 0; i-- {
		m, n := &ms[i], &ms[i+1]
		if m.keep || m.best < 0 || m.ambig != ambigContext && m.ambig != ambigNear || m.cue < cueNone || !n.keep || n.best < 0 {
			continue
		}
		if m.key == n.key {
			continue // «العين بالعين»
		}
		if p := prevWord(toks, m.tok); p >= 0 {
			if p2 := prevWord(toks, p); p2 >= 0 && r.lex.orghead[bareWord(toks[p2].Norm)] {
				continue // «هيئة تحرير الشام في الغوطة»
			}
		}
		e, ne := &r.g.entries[m.best], &r.g.entries[n.best]
		joined := n.tok == m.tok+m.ntok && strings.HasPrefix(n.clitic, "و")
		if m.ambig == ambigContext && m.cue >= cuePrep && joined {
			if ctx.countries[e.Country] > 0 && ne.Country == e.Country {
				m.keep = true
			}
			continue
		}
		where := n.tok == m.tok+m.ntok && strings.HasPrefix(n.clitic, "ب") ||
			n.tok == m.tok+m.ntok+1 && n.clitic == "" && toks[m.tok+m.ntok].Norm == "في"
		if ne.Kind == marsad.KindCountry {
			// «في دوما بسوريا»: after a preposition, its own country
			if where && m.cue >= cuePrep && ne.Country == e.Country {
				m.keep = true
			}
			continue
		}
		if ne.Country != e.Country || Distance(e.Lat, e.Lon, ne.Lat, ne.Lon) > 50 {
			continue
		}
		if joined || where {
			m.keep = true
		}
	}
}

// consistent gives every mention of the same name the reading of its best
// supported mention (one sense per article), unless a cue noun says
// otherwise.
func (r *Resolver) consistent(ms []mention) {
	best := map[string]int{}
	for i := range ms {
		m := &ms[i]
		if !m.keep {
			continue
		}
		k := stripFirstArticle(m.key)
		if j, ok := best[k]; !ok || m.score > ms[j].score {
			best[k] = i
		}
	}
	for i := range ms {
		m := &ms[i]
		k := stripFirstArticle(m.key)
		j, ok := best[k]
		if !ok || j == i {
			continue
		}
		// an ambiguous word kept elsewhere in the article is a place here too
		// only when it has some place context of its own (a cue noun for the
		// names that need one).
		if !m.keep && (m.cue < cuePrep || m.ambig >= ambigNear) {
			continue
		}
		if m.cue >= cueSite && m.cue != ms[j].cue {
			m.keep = m.best >= 0 // its own cue decided its reading
			continue
		}
		if !slices.Contains(r.candidates(m), ms[j].best) {
			continue
		}
		// «محافظة أصفهان» then «أصفهان»: a reading its cue noun chose does not
		// carry over to a bare mention.
		if ms[j].cue >= cueRif && m.cue < cueRif {
			if !m.keep {
				continue
			}
			if e := &r.g.entries[m.best]; e.Country == r.g.entries[ms[j].best].Country {
				continue
			}
		}
		m.best, m.keep = ms[j].best, true
	}
}

// listedName is an unknown name in a list of settlements, placed at the
// entry near.
// cuedNames finds names the gazetteer does not know right after a singular,
// indefinite settlement noun («قرية المنظر», «حي الربصة», «جزيرة زقر»): a
// definite word that is no plural, nisba or list stop word. Like the names
// of a village list they are placed, with precision 2, at the nearest place
// mentioned before them (within 60 tokens) or right after them («قرية المنظر
// جنوبي الحديدة»).
func (r *Resolver) cuedNames(toks []arabic.Token, ms []mention, listed []listedName, bare []string) []listedName {
	var out []listedName
	mi := 0
	for i := 0; i+1 < len(toks); i++ {
		head := bare[i]
		if w := toks[i].Norm; rootInitial(&toks[i]) && (r.lex.areahead[w] || r.lex.namehead[w]) {
			head = w // «وادي»: no conjunction
		}
		area := r.lex.areahead[head]
		if !area && !r.lex.namehead[head] && (strings.HasPrefix(head, "ب") || strings.HasPrefix(head, "ل")) {
			// «بمديرية», «لجبل» («بلدة» is no ب+لدة: bareWord first; and
			// no ك, «كتبه» is no ك+تبة)
			if h := head[len("ب"):]; r.lex.areahead[h] && h != "تبه" {
				head, area = h, true
			}
		}
		if toks[i].Kind != arabic.Word || !r.lex.namehead[head] && !area || definite(toks[i].Norm) {
			continue
		}
		j := i + 1
		t := &toks[j]
		if t.Kind != arabic.Word || t.CStart-toks[i].CEnd > 1 || !strings.HasPrefix(t.Norm, "ال") {
			continue
		}
		nameEnd := t.CEnd
		if fe, ok := familyName(toks, j); ok && t.Text == "آل" {
			nameEnd = toks[fe].CEnd // «منطقة آل صبحان» (resolve_lists.go)
		}
		for mi < len(ms) && ms[mi].tok+ms[mi].ntok <= j {
			mi++
		}
		if mi < len(ms) && ms[mi].tok <= j && (ms[mi].keep || !r.cueOnly(&ms[mi])) {
			continue // a name the gazetteer knows (kept or not)
		}
		// (a name listed only after an administrative noun — «مديرية
		// الصفراء» — is still an unknown quarter after «حي»: «حي الصفراء»)
		name, word := stripFirstArticle(t.Norm), t.Norm
		if nameEnd != t.CEnd {
			// a family name («آل» is a person word): the checks read its second word
			name, word = "ال "+toks[j+1].Norm, toks[j+1].Norm
		}
		if len([]rune(name)) < 3 || name == t.Norm || r.lex.notname[name] || area && r.lex.areanot[name] || r.lex.nisba[name] != "" || r.cueOf(word) != cueNone ||
			strings.HasSuffix(name, "ين") || strings.HasSuffix(name, "ون") || strings.HasSuffix(name, "ات") {
			continue // «مخيم اللاجئين», «قرية الصيادين» (a name in «ية» needs its place right after it, below)
		}
		dup := false
		for _, l := range listed {
			if l.start == t.CStart {
				dup = true
			}
		}
		if dup {
			continue
		}
		var near int
		if strings.HasSuffix(name, "يه") {
			// a name in «ية» may be a noun («منطقة المسؤولية»): only with its
			// place right after it (resolve_nouns.go)
			near = r.holdingPlaceRightAfter(toks, ms, mi, j)
		} else {
			near = r.holdingPlaceBefore(toks, ms, mi, j, 60, false)
			if near < 0 {
				// or the first one after it in the same sentence («جبل X وجبل Y
				// في مديرية Z»)
				near = r.holdingPlaceAfter(toks, ms, mi, j)
			}
		}
		if near >= 0 {
			start := t.CStart
			// a mountain, valley, hill or junction is named with its head
			// noun, as sites are («جبل المنقار», «مفرق الشعاب»)
			if siteNameHeads[head] {
				if n, tr := len([]rune(toks[i].Norm)), len([]rune(toks[i].Text)); n == tr {
					start = toks[i].CStart + n - len([]rune(head))
				}
			}
			out = append(out, listedName{start, nameEnd, near})
		}
	}
	return out
}

// definite reports whether the normalised word has the article after its
// proclitics («المنطقة», «وبالمنطقة», «للبلدة»).
func definite(norm string) bool {
	w := norm
	if (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && utf8.RuneCountInString(w) > 3 {
		w = w[len("و"):]
	}
	if strings.HasPrefix(w, "لل") {
		return true
	}
	if strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "ك") {
		w = w[len("ب"):] // ب ل ك + ال
	}
	return strings.HasPrefix(w, "ال")
}

type listedName struct {
	start, end int
	near       int
}

func provinceOf(e *Entry) string {
	if e.Kind == marsad.KindProvince {
		return e.ID
	}
	return e.Admin1
}

// villageLists finds lists opened by a plural settlement noun («في قرى
// طربا والكسيب والغيضة») and places the names the gazetteer does not know at
// the nearest known place mentioned before them (precision 2: the area,
// not the village). A list needs at least two names.
func (r *Resolver) villageLists(toks []arabic.Token, ms []mention, bare []string) []listedName {
	var out []listedName
	mi := 0 // first mention at or after the current token
	for i := 0; i < len(toks); i++ {
		// «قرى X وY» opens a list of names; «المدن الجنوبية» (definite) does not.
		if (toks[i].Kind != arabic.Word || !r.lex.listhead[bare[i]] ||
			strings.HasPrefix(strings.TrimLeft(toks[i].Norm, "وفبلك"), "ال")) && !opensByMinha(toks, i) {
			continue // (resolve_lists.go: «أحياء عدة، منها X وY»)
		}
		for mi < len(ms) && ms[mi].tok <= i {
			mi++
		}
		// the place the list belongs to: the last kept non-country mention before it.
		near := -1
		for j := mi - 1; j >= 0 && i-ms[j].tok <= 60; j-- {
			if ms[j].best < 0 || !ms[j].keep {
				continue
			}
			if e := &r.g.entries[ms[j].best]; e.Kind != marsad.KindCountry && e.Country != "" {
				near = ms[j].best
				break
			}
		}
		// «جبال شابان وديلان وتشياسور،»: a list of mountains whose first
		// name is indefinite (a definite one is read by cuedNames, with its
		// head) and that ends at punctuation («جبال حرض وتقطع هذا الطريق»
		// goes on with a verb)
		mountains := bare[i] == "جبال"
		if mountains && (i+1 >= len(toks) || definite(toks[i+1].Norm)) {
			continue
		}
		var items []listedName
		known, after := 0, i+1
		firstKnown := -1 // resolve_round3.go (listNear)
		j := i + 1
		if listOpener(toks, j) {
			j++ // «4 قرى هي شقرا والحصان» (resolve_listafter.go)
		}
		first := j
		for j < len(toks) {
			t := &toks[j]
			if t.Kind == arabic.Punct && t.Text == "،" {
				j++
				continue
			}
			if t.Kind != arabic.Word {
				break
			}
			// a known place in the list continues it.
			k := mi
			for k < len(ms) && ms[k].tok < j {
				k++
			}
			if k < len(ms) && ms[k].tok == j && ms[k].best >= 0 && ms[k].cue >= 0 && r.near(ms[k].best, near, ms[k].keep) {
				// a known name in a list of settlements is a place even when
				// it is also a common word («بلدات الجفرة وسرت»), when it lies
				// near the list's area.
				ms[k].keep = true
				firstKnown = firstEntry(firstKnown, ms[k].best) // resolve_round3.go
				known++
				j += ms[k].ntok
				after = j
				continue
			}
			if fe, ok := familyName(toks, j); ok && (j == first || t.Text == "وآل") {
				// «قرى آل هقاش وآل الحماقي» (resolve_lists.go)
				start := t.CStart
				if t.Text == "وآل" {
					start++
				}
				items = append(items, listedName{start, toks[fe].CEnd, near})
				j = fe + 1
				after = j
				continue
			}
			w, at := normRunes(t.Text)
			skip := 0
			if j > first {
				// later names are joined by و («طربا والكسيب»).
				if len(w) <= 3 || w[0] != 'و' {
					break
				}
				skip = 1
			}
			name := string(w[skip:])
			if len([]rune(name)) < 3 || r.lex.notname[stripFirstArticle(name)] || mountains && r.lex.areanot[stripFirstArticle(name)] || r.cueOf(name) != cueNone || r.lex.nisba[stripFirstArticle(name)] != "" ||
				strings.HasSuffix(name, "ات") || strings.HasSuffix(name, "يه") || strings.HasSuffix(name, "وا") ||
				strings.HasPrefix(name, "ست") || strings.HasPrefix(name, "سي") || strings.HasPrefix(name, "سن") {
				// plurals («تدريبات»), adjectives («تراثية»), verbs («وأشعلوا»,
				// «وستقوم») are not names
				break
			}
			start := t.CStart
			if skip > 0 && skip < len(at) {
				start += at[skip]
			}
			end := t.CEnd
			// «وبيت أره», «وكفر نبودة», «وتل الشيح»: a toponym head takes
			// the word after it into the name.
			if nx := j + 1; toponymHeads[stripFirstArticle(name)] && nx < len(toks) && toks[nx].Kind == arabic.Word && toks[nx].CStart-t.CEnd <= 1 &&
				!strings.HasPrefix(toks[nx].Norm, "و") && !r.lex.notname[stripFirstArticle(toks[nx].Norm)] {
				end = toks[nx].CEnd
				j++
			}
			if fe, ok := familyName(toks, j+1); ok && toks[j+1].Text == "آل" {
				end, j = toks[fe].CEnd, fe // «والجربان آل عمر»: a name with its family's
			}
			items = append(items, listedName{start, end, near})
			j++
			after = j
		}
		if mountains && after < len(toks) && !(toks[after].Kind == arabic.Punct && strings.ContainsAny(toks[after].Text, "،.,؛")) {
			items = nil
		}
		if near < 0 && firstKnown < 0 {
			near = r.listPlaceAfter(toks, ms, after, items) // resolve_listafter.go
		}
		if near = listNear(near, firstKnown, items); near >= 0 && len(items) > 0 && len(items)+known >= 2 { // resolve_round3.go
			out = append(out, items...)
		}
		i = j - 1
	}
	return out
}

// near reports whether entry a may belong to a list about the area of
// entry b: a kept mention always, else the same country within 150 km.
func (r *Resolver) near(a, b int, kept bool) bool {
	if kept || b < 0 {
		return kept
	}
	ea, eb := &r.g.entries[a], &r.g.entries[b]
	return ea.Country == eb.Country && Distance(ea.Lat, ea.Lon, eb.Lat, eb.Lon) <= 150
}

// nisbaPlaces reports nisba adjectives after place nouns («الحدود العراقية»)
// as country mentions.
func (r *Resolver) nisbaPlaces(text string, toks []arabic.Token, opts Options) []marsad.Place {
	var out []marsad.Place
	chain := false
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if t.Kind != arabic.Word {
			chain = false
			continue
		}
		iso := r.lex.nisba[bareWord(t.Norm)]
		if iso == "" || !strings.HasPrefix(strings.TrimLeft(t.Norm, "وف"), "ال") {
			chain = false
			continue
		}
		prev := bareWord(toks[i-1].Norm)
		if !chain && !r.lex.placehead[prev] && !r.lex.placehead[toks[i-1].Norm] {
			continue
		}
		chain = true
		e, ok := r.g.Country(iso)
		if !ok || overlaps(t.CStart, t.CEnd, opts.Exclude) {
			continue
		}
		w, at := normRunes(t.Text)
		start := t.CStart
		if len(w) > 0 && (w[0] == 'و' || w[0] == 'ف') && len(at) > 1 {
			start = t.CStart + at[1]
		}
		out = append(out, marsad.Place{
			Span: marsad.Span{Start: start, End: t.CEnd}, Name: sliceRunes(text, start, t.CEnd),
			Lat: e.Lat, Lon: e.Lon, Country: e.Country, Kind: e.Kind, GazID: e.ID, Precision: marsad.PrecisionProvince,
		})
	}
	return out
}

// excluded reports whether the place [s, e) lies inside one of the
// excluded entity spans. An entity span that adds nothing to the place but
// cue nouns, directions and prepositions («بلدة أم المياذن», «قرب دوما»,
// «غوانتانامو» tagged ORG) is a tagging slip, not a name that contains the
// place: the place stays. So is one that adds only the proclitic of the
// place's own first word («وأبو ديس», «وصلاح الدين» tagged PER), or only
// other places and the conjunction و («الشيخ زويد والعريش» tagged PER).
func (r *Resolver) excluded(s, e int, toks []arabic.Token, spans []marsad.Span, ms []mention) bool {
	for _, x := range spans {
		if !(s < x.End && x.Start < e) {
			continue
		}
		extra := false
		for i := range toks {
			t := &toks[i]
			if t.CEnd <= x.Start || t.CStart >= x.End || (t.CEnd > s && t.CStart < e) {
				continue
			}
			if t.Kind != arabic.Word && t.Kind != arabic.Latin {
				continue
			}
			if c := r.cueOf(t.Norm); c > cueNone || r.lex.rif[stripPrep(t.Norm)] || t.Norm == "و" || placeToken(t, ms) {
				continue
			}
			extra = true
			break
		}
		if extra {
			return true
		}
	}
	return false
}

// placeToken reports whether token t lies in a kept place mention.
func placeToken(t *arabic.Token, ms []mention) bool {
	for j := range ms {
		if m := &ms[j]; m.keep && m.best >= 0 && m.start < t.CEnd && t.CStart < m.end {
			return true
		}
	}
	return false
}

// whereClitic reports whether m, written with the preposition ب, is the
// last word of an excluded entity span that begins before it («استاد
// لوجنيكي بموسكو», «متحف تولستوي بموسكو» tagged ORG): the preposition
// tells where the named thing is, so the city is no part of its name (as
// «مؤتمر بجنيف» in context). A name that is also a word stays excluded,
// and so does a name after بل، بن، بو, the start of Maghrebi surnames
// («لخضر بلومي» is no Lomé).
//
// A country written with the preposition ل at the end of such a span is
// where someone goes («زيارة ولي العهد محمد بن سلمان لمصر» with the PER
// span running into «لمصر»): no name ends with one.
func whereClitic(m *mention, toks []arabic.Token, spans []marsad.Span, country bool) bool {
	if !(m.clitic == "ب" || m.clitic == "ل" && country) || m.ntok != 1 || m.ambig != ambigNone {
		return false
	}
	if first, _ := utf8.DecodeRuneInString(m.key); first == 'ل' || first == 'ن' || first == 'و' {
		return false
	}
	for _, x := range spans {
		if m.start < x.End && x.Start < m.end && (x.Start >= toks[m.tok].CStart || x.End != toks[m.tok].CEnd) {
			return false
		}
	}
	return true
}

func overlaps(s, e int, spans []marsad.Span) bool {
	for _, x := range spans {
		if s < x.End && x.Start < e {
			return true
		}
	}
	return false
}

// runeSlicer is sliceRunes over one text, walking on from where the last
// slice began (mentions come in text order) rather than from the start.
type runeSlicer struct {
	text   string
	ci, cb int // code point ci starts at byte cb
}

// slice returns sliceRunes(rs.text, s, e).
func (rs *runeSlicer) slice(s, e int) string {
	if s < 0 || (e >= 0 && e < s) {
		return ""
	}
	text := rs.text
	if s < rs.ci {
		rs.ci, rs.cb = 0, 0
	}
	for rs.ci < s && rs.cb < len(text) {
		_, n := utf8.DecodeRuneInString(text[rs.cb:])
		rs.cb += n
		rs.ci++
	}
	if rs.ci < s || rs.cb >= len(text) {
		return ""
	}
	bs := rs.cb
	if e < 0 {
		return text[bs:]
	}
	j, b := rs.ci, rs.cb
	for j < e && b < len(text) {
		_, n := utf8.DecodeRuneInString(text[b:])
		b += n
		j++
	}
	return text[bs:b]
}

// sliceRunes returns the code points [s, e) of text.
func sliceRunes(text string, s, e int) string {
	i, bs, be := 0, -1, len(text)
	for b := range text {
		if i == s {
			bs = b
		}
		if i == e {
			be = b
			break
		}
		i++
	}
	if bs < 0 {
		return ""
	}
	return text[bs:be]
}

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// cueOnly reports whether every reading of m is listed only with an
// administrative head noun.
func (r *Resolver) cueOnly(m *mention) bool {
	for _, p := range m.posts {
		if !p.needsCue {
			return false
		}
	}
	return len(m.posts) > 0
}

// sentenceBreak reports whether a sentence-ending mark lies between tokens
// a and b.
func sentenceBreak(toks []arabic.Token, a, b int) bool {
	for i := a + 1; i < b && i < len(toks); i++ {
		if toks[i].Kind == arabic.Punct {
			switch toks[i].Text {
			case ".", "!", "?", "؟", "؛":
				return true
			}
		}
	}
	return false
}

// siteNameHeads are the head nouns (normalised) that belong to the name of
// the place they head.
var siteNameHeads = map[string]bool{"جبل": true, "جبال": true, "مفرق": true, "وادي": true, "تبه": true}
