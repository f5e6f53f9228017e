package arabic

import (
	"slices"
	"unicode/utf8"
)

// Analysis is one clitic segmentation of a word.
type Analysis struct {
	Proclitics         []string // normalised, in order, e.g. ["و","ب","ال"]
	Stem               string   // normalised stem, e.g. "حسكه"
	Enclitic           string   // normalised pronoun suffix, e.g. "ها", "" if none
	StemStart, StemEnd int      // code-point offsets of the stem inside the ORIGINAL word
}

// Stripped returns how many letters the analysis removed from the word.
func (a Analysis) Stripped() int {
	n := utf8.RuneCountInString(a.Enclitic)
	for _, p := range a.Proclitics {
		n += utf8.RuneCountInString(p)
	}
	return n
}

// HasArticle reports whether the analysis stripped the article ال.
func (a Analysis) HasArticle() bool {
	return len(a.Proclitics) > 0 && a.Proclitics[len(a.Proclitics)-1] == "ال"
}

// enclitics are the pronoun suffixes, normalised, with their letters.
var enclitics = [...]struct {
	s string
	r []rune
}{
	{"هما", []rune("هما")}, {"كما", []rune("كما")}, {"هم", []rune("هم")}, {"هن", []rune("هن")},
	{"ها", []rune("ها")}, {"كم", []rune("كم")}, {"كن", []rune("كن")}, {"ني", []rune("ني")},
	{"نا", []rune("نا")}, {"ه", []rune("ه")}, {"ي", []rune("ي")}, {"ك", []rune("ك")},
}

// letter is one kept (normalised) rune of a word with its index among the
// word's original code points and its byte offset in the normalised word.
type letter struct {
	r    rune // normalised
	orig rune
	k    int // code-point index in the original word
	b    int // byte offset in the normalised word
}

// Proclitic sequences are shared, read-only slices: conjunction (none, و,
// ف) × preposition or future (none, ب, ك, ل, س) × article (none, ال).
var procTable = func() (t [3][5][2][]string) {
	conj := [...]string{"", "و", "ف"}
	prep := [...]string{"", "ب", "ك", "ل", "س"}
	for c := range conj {
		for p := range prep {
			for a := range 2 {
				var l []string
				if conj[c] != "" {
					l = append(l, conj[c])
				}
				if prep[p] != "" {
					l = append(l, prep[p])
				}
				if a == 1 {
					l = append(l, "ال")
				}
				t[c][p][a] = l
			}
		}
	}
	return t
}()

func prepIndex(r rune) int {
	switch r {
	case 'ب':
		return 1
	case 'ك':
		return 2
	case 'ل':
		return 3
	case 'س':
		return 4
	}
	return 0
}

// Segment returns the plausible segmentations of one word, the unsegmented
// reading first and more-stripped readings after (by the number of letters
// removed): conjunctions و ف (first only), prepositions ب ك ل after them,
// future س (only before an imperfective prefix ي ت ن ا, stem of at least 3
// letters), the article ال (and لل = ل+ال) when at least 2 letters remain,
// and pronoun suffixes (ه ها هم هن هما كم كن كما ني نا ي ك; not after ال,
// and never from ة or ى). Where a suffix follows ت, a reading with ة
// restored (normalised ه) is added («حكومته» → حكومه). A stem keeps at
// least 2 letters. Callers look the stems up in their lexicons; words such
// as بلال or لبنان come back whole first and segmented after. The suffix ي
// also matches nisba adjectives (البرازيلي → البرازيل + ي), so a lexicon hit
// through it is weak evidence. Words with no Arabic letter come back whole;
// an empty word gives nil. The Proclitics slices are shared: do not modify
// them.
func Segment(word string) []Analysis {
	return AppendSegment(nil, word)
}

// AppendSegment appends the analyses of Segment(word) to dst and returns the
// extended slice, so hot loops can reuse one slice.
func AppendSegment(dst []Analysis, word string) []Analysis {
	return appendSegment(dst, word, true)
}

// AppendProclitics appends the analyses of Segment(word) that strip
// proclitics and no pronoun suffix, in Segment's order: what a lookup of
// names, which take no suffixes, needs, without building the rest.
func AppendProclitics(dst []Analysis, word string) []Analysis {
	return appendSegment(dst, word, false)
}

// appendSegment is AppendSegment; without suffixes it keeps only the
// analyses with proclitics and no enclitic (the stable sort by letters
// stripped orders that subset as it orders it among all analyses).
func appendSegment(dst []Analysis, word string, suffixes bool) []Analysis {
	var buf [32]letter
	ls := buf[:0]
	var nbuf [64]byte
	norm := nbuf[:0]
	total := 0
	arabic, same := true, true
	for _, r := range word {
		if m := NormalizeRune(r); m >= 0 {
			ls = append(ls, letter{m, r, total, len(norm)})
			norm = utf8.AppendRune(norm, m)
			if classOf(r)&^cChanges != cArabic {
				arabic = false
			}
			same = same && m == r && r != utf8.RuneError
		} else {
			same = false
		}
		total++
	}
	if len(ls) == 0 {
		if word == "" || !suffixes {
			return dst
		}
		return append(dst, Analysis{Stem: "", StemEnd: total})
	}
	nw := word // already normalised: share its memory
	if !same {
		nw = string(norm)
	}
	whole := Analysis{Stem: nw, StemEnd: total}
	if !arabic || len(ls) < 3 {
		if !suffixes {
			return dst
		}
		return append(dst, whole)
	}
	// Proclitic choices: where the stem may start, with the clitics taken.
	type pre struct {
		conj, prep, art int // indices into procTable
		p               int // first stem letter
	}
	var pbuf [12]pre
	pres := pbuf[:0]
	conjs := [2]pre{{}, {}}
	nconj := 1
	switch ls[0].r {
	case 'و':
		conjs[1] = pre{conj: 1, p: 1}
		nconj = 2
	case 'ف':
		conjs[1] = pre{conj: 2, p: 1}
		nconj = 2
	}
	if nconj == 2 {
		pres = append(pres, conjs[1])
	}
	n := len(ls)
	for _, c := range conjs[:nconj] {
		p := c.p
		if n-p < 3 {
			continue
		}
		r0, r1 := ls[p].r, ls[p+1].r
		switch {
		case r0 == 'س' && isImperfPrefix(r1) && n-(p+1) >= 3:
			// future س before an imperfective prefix
			pres = append(pres, pre{conj: c.conj, prep: 4, p: p + 1})
		case r0 == 'ا' && r1 == 'ل' && n-(p+2) >= 2:
			pres = append(pres, pre{conj: c.conj, art: 1, p: p + 2})
		case r0 == 'ب' || r0 == 'ك' || r0 == 'ل':
			q := p + 1
			pi := prepIndex(r0)
			pres = append(pres, pre{conj: c.conj, prep: pi, p: q})
			switch {
			case r0 == 'ل' && r1 == 'ل' && n-(q+1) >= 2:
				// لل = ل + ال with the alef elided
				pres = append(pres, pre{conj: c.conj, prep: pi, art: 1, p: q + 1})
			case r0 != 'ل' && r1 == 'ا' && q+1 < n && ls[q+1].r == 'ل' && n-(q+2) >= 2:
				pres = append(pres, pre{conj: c.conj, prep: pi, art: 1, p: q + 2})
			}
		}
	}

	// Pronoun suffixes that may end the word, longest first. ة and ى fold
	// to ه and ي but are never pronoun suffixes.
	var ebuf [3]int
	encs := ebuf[:0]
	if o := ls[n-1].orig; suffixes && o != tehMarbuta && o != alefMaqsura {
		for e, enc := range enclitics {
			if len(enc.r) < n && hasSuffix(ls, enc.r) {
				encs = append(encs, e)
			}
		}
	}

	if len(pres) == 0 && len(encs) == 0 {
		if !suffixes {
			return dst
		}
		return append(dst, whole)
	}
	if !suffixes {
		base := len(dst)
		out := slices.Grow(dst, len(pres))
		for _, pr := range pres {
			out = append(out, Analysis{Proclitics: procTable[pr.conj][pr.prep][pr.art], Stem: nw[ls[pr.p].b:], StemStart: ls[pr.p].k, StemEnd: total})
		}
		slices.SortStableFunc(out[base:], func(a, b Analysis) int { return a.Stripped() - b.Stripped() })
		return out
	}
	pres = append(pres, pre{}) // the bare stem, for suffixes alone
	base := len(dst)
	out := slices.Grow(dst, len(pres)*(1+2*len(encs)))
	out = append(out, whole)
	for k, pr := range pres {
		bare := k == len(pres)-1
		start := 0
		if pr.p > 0 {
			start = ls[pr.p].k
		}
		procs := procTable[pr.conj][pr.prep][pr.art]
		if !bare {
			out = append(out, Analysis{Proclitics: procs, Stem: nw[ls[pr.p].b:], StemStart: start, StemEnd: total})
		}
		if pr.art == 1 {
			continue // no pronoun suffix after the article
		}
		for _, e := range encs {
			enc := enclitics[e]
			end := n - len(enc.r)
			size := end - pr.p
			if size < 2 || (pr.prep == 4 && size < 3) {
				continue
			}
			a := Analysis{Proclitics: procs, Stem: nw[ls[pr.p].b:ls[end].b], Enclitic: enc.s, StemStart: start, StemEnd: ls[end].k}
			out = append(out, a)
			if size >= 3 && ls[end-1].r == 'ت' {
				// ة written ت before a suffix: حكومته → حكومة. (ى written ا,
				// as in مستواه, is not restored: «باراك» would give باري.)
				a.Stem = a.Stem[:len(a.Stem)-len("ت")] + "ه"
				out = append(out, a)
			}
		}
	}
	slices.SortStableFunc(out[base+1:], func(a, b Analysis) int { return a.Stripped() - b.Stripped() })
	return out
}

func isImperfPrefix(r rune) bool { return r == 'ي' || r == 'ت' || r == 'ن' || r == 'ا' }

func hasSuffix(ls []letter, suf []rune) bool {
	off := len(ls) - len(suf)
	for k, r := range suf {
		if ls[off+k].r != r {
			return false
		}
	}
	return true
}

// Stems is a convenience: the distinct normalised stems of Segment(word),
// plus each stem with "ال" re-attached where an article was stripped (so
// «بالحسكة» yields "بالحسكه", "الحسكه", "حسكه"), in the order of Segment.
func Stems(word string) []string {
	var buf [16]Analysis
	as := AppendSegment(buf[:0], word)
	if len(as) == 0 {
		return nil
	}
	out := make([]string, 0, len(as)+2)
	add := func(s string) {
		if s == "" || slices.Contains(out, s) {
			return
		}
		out = append(out, s)
	}
	for _, a := range as {
		if a.HasArticle() {
			add("ال" + a.Stem)
		}
		add(a.Stem)
	}
	return out
}
