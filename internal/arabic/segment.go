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

// enclitics are the pronoun suffixes, normalised (ه covers ة-less forms).
var enclitics = []string{"هما", "كما", "هم", "هن", "ها", "كم", "كن", "ني", "نا", "ه", "ي", "ك"}

// letter is one kept (normalised) rune of a word with its index among the
// word's original code points.
type letter struct {
	r    rune // normalised
	orig rune
	k    int
}

// Segment returns the plausible segmentations of one word, the unsegmented
// reading first and more-stripped readings after (by the number of letters
// removed): conjunctions و ف (first only), prepositions ب ك ل after them,
// future س (only before an imperfective prefix ي ت ن ا, stem of at least 3
// letters), the article ال (and لل = ل+ال) when at least 2 letters remain,
// and pronoun suffixes (ه ها هم هن هما كم كن كما ني نا ي ك; not after ال).
// Where a suffix follows ت, a reading with ة restored (normalised ه) is added
// («حكومته» → حكومه). A stem keeps at least 2 letters. Callers look the
// stems up in their lexicons; words such as بلال or لبنان come back whole
// first and segmented after. Words with no Arabic letter come back whole;
// an empty word gives nil.
func Segment(word string) []Analysis {
	var buf [32]letter
	ls := buf[:0]
	total := 0
	arabic := true
	for _, r := range word {
		if m := NormalizeRune(r); m >= 0 {
			ls = append(ls, letter{m, r, total})
			if classOf(r)&^cChanges != cArabic {
				arabic = false
			}
		}
		total++
	}
	if len(ls) == 0 {
		if word == "" {
			return nil
		}
		return []Analysis{{Stem: Normalize(word), StemEnd: total}}
	}
	whole := Analysis{Stem: lettersString(ls), StemEnd: total}
	if !arabic || len(ls) < 3 {
		return []Analysis{whole}
	}
	out := []Analysis{whole}

	// Proclitic choices: positions in ls where the stem may start, with the
	// clitics taken.
	type pre struct {
		procs   []string
		p       int
		article bool
		future  bool
	}
	pres := []pre{{p: 0}}
	var conj []pre
	conj = append(conj, pre{p: 0})
	if r := ls[0].r; r == 'و' || r == 'ف' {
		c := pre{procs: []string{string(r)}, p: 1}
		conj = append(conj, c)
		pres = append(pres, c)
	}
	for _, c := range conj {
		p := c.p
		// future س before an imperfective prefix
		if len(ls)-(p+1) >= 3 && ls[p].r == 'س' && isImperfPrefix(ls[p+1].r) {
			pres = append(pres, pre{procs: append(slices.Clone(c.procs), "س"), p: p + 1, future: true})
		}
		// article directly
		if p+2 <= len(ls) && ls[p].r == 'ا' && p+1 < len(ls) && ls[p+1].r == 'ل' && len(ls)-(p+2) >= 2 {
			pres = append(pres, pre{procs: append(slices.Clone(c.procs), "ال"), p: p + 2, article: true})
		}
		if p < len(ls) {
			if r := ls[p].r; r == 'ب' || r == 'ك' || r == 'ل' {
				q := p + 1
				pp := append(slices.Clone(c.procs), string(r))
				if len(ls)-q >= 2 {
					pres = append(pres, pre{procs: pp, p: q})
				}
				switch {
				case r == 'ل' && q < len(ls) && ls[q].r == 'ل' && len(ls)-(q+1) >= 2:
					// لل = ل + ال with the alef elided
					pres = append(pres, pre{procs: append(slices.Clone(pp), "ال"), p: q + 1, article: true})
				case r != 'ل' && q+1 < len(ls) && ls[q].r == 'ا' && ls[q+1].r == 'ل' && len(ls)-(q+2) >= 2:
					pres = append(pres, pre{procs: append(slices.Clone(pp), "ال"), p: q + 2, article: true})
				}
			}
		}
	}

	for _, pr := range pres {
		start := 0
		if pr.p > 0 {
			start = ls[pr.p].k
		}
		if pr.p > 0 {
			out = append(out, Analysis{Proclitics: pr.procs, Stem: lettersString(ls[pr.p:]), StemStart: start, StemEnd: total})
		}
		if pr.article {
			continue // no pronoun suffix after the article
		}
		for _, enc := range enclitics {
			n := utf8.RuneCountInString(enc)
			e := len(ls) - n
			if e-pr.p < 2 || !hasSuffix(ls, enc) {
				continue
			}
			// ة and ى fold to ه and ي but are never pronoun suffixes.
			if o := ls[len(ls)-1].orig; o == tehMarbuta || o == alefMaqsura {
				continue
			}
			if pr.future && e-pr.p < 3 {
				continue
			}
			stem := ls[pr.p:e]
			a := Analysis{Proclitics: pr.procs, Stem: lettersString(stem), Enclitic: enc, StemStart: start, StemEnd: ls[e].k}
			out = append(out, a)
			switch stem[len(stem)-1].r {
			case 'ت': // ة written ت before a suffix: حكومته → حكومة
				if len(stem) >= 3 {
					b := a
					b.Stem = a.Stem[:len(a.Stem)-len("ت")] + "ه"
					out = append(out, b)
				}
			case 'ا': // ى written ا before a suffix: مستواه → مستوى
				if len(stem) >= 3 {
					b := a
					b.Stem = a.Stem[:len(a.Stem)-len("ا")] + "ي"
					out = append(out, b)
				}
			}
		}
	}
	slices.SortStableFunc(out[1:], func(a, b Analysis) int { return a.Stripped() - b.Stripped() })
	return out
}

func isImperfPrefix(r rune) bool { return r == 'ي' || r == 'ت' || r == 'ن' || r == 'ا' }

func hasSuffix(ls []letter, suf string) bool {
	i := len(ls)
	for j := len(suf); j > 0; {
		r, n := utf8.DecodeLastRuneInString(suf[:j])
		i--
		if i < 0 || ls[i].r != r {
			return false
		}
		j -= n
	}
	return true
}

func lettersString(ls []letter) string {
	b := make([]byte, 0, len(ls)*2)
	for _, l := range ls {
		b = utf8.AppendRune(b, l.r)
	}
	return string(b)
}

// Stems is a convenience: the distinct normalised stems of Segment(word),
// plus each stem with "ال" re-attached where an article was stripped (so
// «بالحسكة» yields "بالحسكه", "الحسكه", "حسكه"), in the order of Segment.
func Stems(word string) []string {
	var out []string
	seen := make(map[string]bool, 8)
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, a := range Segment(word) {
		if a.HasArticle() {
			add("ال" + a.Stem)
		}
		add(a.Stem)
	}
	return out
}
