package arabic

import (
	"bufio"
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
)

// Quantity is a numeric quantity read from tokens by ParseNumber.
//
// (The API draft called this type Number, which collides with the
// TokenKind constant Number; the constant keeps the name.)
type Quantity struct {
	// Value is the number, rounded toward zero when it has a fraction.
	Value int64
	// Vague is set for عشرات, مئات, آلاف, بضعة… without a count: Value is
	// the conservative reading (عشرات=10, مئات/المئات=100, آلاف=1000,
	// بضعة=3, عشرات الآلاف=10000).
	Vague bool
	// Start, End is the token index range [Start,End) in the token slice.
	Start, End int
	// Float is the exact value, for fractions such as 3.5 or «2.5 مليون».
	Float float64
}

// Number word classes (see data/numbers.tsv).
type numClass uint8

const (
	nUnit numClass = iota + 1
	nTeen
	nTen
	nHundred
	nHundreds
	nScale
	nDual
	nPlural
	nFew
	nTwo
	nFraction
	nOrdinal
)

var numClassNames = map[string]numClass{
	"unit": nUnit, "teen": nTeen, "ten": nTen, "hundred": nHundred, "hundreds": nHundreds,
	"scale": nScale, "dual": nDual, "plural": nPlural, "few": nFew, "two": nTwo, "fraction": nFraction, "ordinal": nOrdinal,
}

type numWord struct {
	value float64
	class numClass
}

//go:embed data/numbers.tsv
var numbersFile string

var numberWords = sync.OnceValue(func() map[string]numWord {
	m, err := parseNumberWords(numbersFile)
	if err != nil {
		panic("arabic: embedded data/numbers.tsv: " + err.Error()) // a build defect; TestData catches it
	}
	return m
})

// parseNumberWords reads the number lexicon: form, value, class per line.
func parseNumberWords(text string) (map[string]numWord, error) {
	m := make(map[string]numWord)
	sc := bufio.NewScanner(strings.NewReader(text))
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimSpace(sc.Text())
		if l == "" || l[0] == '#' {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("line %d: want 3 tab-separated fields, got %d", line, len(f))
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil || !(v > 0) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("line %d: bad value %q", line, f[1])
		}
		c, ok := numClassNames[f[2]]
		if !ok {
			return nil, fmt.Errorf("line %d: unknown class %q", line, f[2])
		}
		if (c == nFraction) != (v < 1) {
			return nil, fmt.Errorf("line %d: only fractions are below 1", line)
		}
		key := Normalize(f[0])
		if old, dup := m[key]; dup && old != (numWord{v, c}) {
			return nil, fmt.Errorf("line %d: %q conflicts with an earlier entry", line, f[0])
		}
		m[key] = numWord{v, c}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return m, nil
}

// WordValue returns the value of one normalised number word without
// clitics («ثلاثه» → 3, «الفين» → 2000, «عشرات» → 10, «بضعه» → 3). Fractions
// (نصف) report false.
func WordValue(norm string) (int64, bool) {
	w, ok := numberWords()[norm]
	if !ok || w.class == nFraction || w.class == nOrdinal {
		return 0, false
	}
	return int64(w.value), true
}

// Number words that are read only bare or only without the article: ست
// is also «لست» (I am not) and «ألست»; الأحد and الاثنين are weekdays;
// المئة is «percent»; الألفي is a family name.
var (
	noClitics = map[string]bool{"ست": true}
	noArticle = map[string]bool{"احد": true, "احدي": true, "اثنين": true, "اثنان": true, "ميه": true, "مايه": true, "الف": true}
)

// lookupNumberWord finds the number word in the normalised token w, bare
// or with clitics: one leading و (or ف on the first word), then on the
// first word ب or ل, then ال («وبالثلاثة», «للمئات»). conj reports the
// conjunction و, which joins the parts of a compound number.
func lookupNumberWord(w string, first bool) (nw numWord, conj, ok bool) {
	words := numberWords()
	if nw, ok := words[w]; ok {
		return nw, false, true
	}
	rest := w
	if strings.HasPrefix(rest, "و") || (first && strings.HasPrefix(rest, "ف")) {
		conj = strings.HasPrefix(rest, "و")
		rest = rest[len("و"):]
		if nw, ok := words[rest]; ok && !noClitics[rest] {
			return nw, conj, true
		}
	}
	article := func(k string) (numWord, bool) {
		nw, ok := words[k]
		if !ok || noClitics[k] || noArticle[k] || nw.class == nDual || nw.class == nFraction {
			return numWord{}, false
		}
		return nw, true
	}
	if first {
		for _, prep := range [...]string{"ب", "ل"} {
			if !strings.HasPrefix(rest, prep) {
				continue
			}
			k := rest[len(prep):]
			if nw, ok := words[k]; ok && !noClitics[k] {
				return nw, conj, true
			}
			if prep == "ل" && strings.HasPrefix(k, "ل") { // لل = ل + ال
				if nw, ok := article(k[len("ل"):]); ok {
					return nw, conj, true
				}
			}
			if strings.HasPrefix(k, "ال") {
				if nw, ok := article(k[len("ال"):]); ok {
					return nw, conj, true
				}
			}
		}
	}
	if strings.HasPrefix(rest, "ال") {
		if nw, ok := article(rest[len("ال"):]); ok {
			return nw, conj, true
		}
	}
	return numWord{}, false, false
}

// parseDigits reads a normalised digit token: ASCII digits with , or .
// separators. "1,200" and "1.200.000" use thousands separators; a single
// "." or a "," not followed by groups of three is a decimal point.
func parseDigits(norm string) (float64, bool) {
	if norm == "" {
		return 0, false
	}
	commas, dots := strings.Count(norm, ","), strings.Count(norm, ".")
	if commas == 0 && dots <= 1 {
		v, err := strconv.ParseFloat(norm, 64)
		if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
			return 0, false
		}
		return v, true
	}
	var b strings.Builder
	switch {
	case commas > 0 && dots > 0:
		// The last separator is the decimal point.
		dec := byte('.')
		if strings.LastIndexByte(norm, ',') > strings.LastIndexByte(norm, '.') {
			dec = ','
		}
		for i := 0; i < len(norm); i++ {
			switch c := norm[i]; {
			case c == dec:
				b.WriteByte('.')
			case c == ',' || c == '.':
			default:
				b.WriteByte(c)
			}
		}
	case commas > 0:
		if groupsOfThree(norm, ',') {
			b.WriteString(strings.ReplaceAll(norm, ",", ""))
		} else if commas == 1 {
			b.WriteString(strings.Replace(norm, ",", ".", 1))
		} else {
			return 0, false
		}
	case dots > 1:
		if !groupsOfThree(norm, '.') {
			return 0, false
		}
		b.WriteString(strings.ReplaceAll(norm, ".", ""))
	default:
		b.WriteString(norm)
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

// groupsOfThree reports whether every group after the first sep has
// exactly three digits.
func groupsOfThree(s string, sep byte) bool {
	parts := strings.Split(s, string(sep))
	if len(parts[0]) == 0 || len(parts[0]) > 3 {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}

// ParseNumber reads a number starting at tokens[i]: digits (any script,
// with separators), number words (واحد … تسعة عشر، عشرون…، مئة/مائة،
// ألف/آلاف، مليون، with و between parts, in all gender and case forms),
// digits followed by a multiplier word («7 آلاف» = 7000, «2.5 مليون»), dual
// forms (ألفين, مئتين), fractions of a scale («نصف مليون», «مليون ونصف»)
// and vague quantities (عشرات, مئات, آلاف, بضعة, alone or as «عشرات
// الآلاف»). The first word may carry و ف ب ل or ال («وثلاثة»). ok=false
// when tokens[i] starts no number (or i is out of range).
func ParseNumber(tokens []Token, i int) (n Quantity, ok bool) {
	if i < 0 || i >= len(tokens) {
		return Quantity{}, false
	}
	if afterOrdinal(tokens, i) {
		return Quantity{}, false
	}
	var p numParser
	j := i
	// A part joined with و after a scale is undone when a multiplier
	// follows it that does not fit: «بين 5 آلاف و 8 آلاف» is 5000.
	var undo numParser
	undoJ, canUndo := 0, false
	for j < len(tokens) {
		a, adv, ok := readAtom(tokens, j, j == i)
		if !ok {
			break
		}
		before := p
		if !p.add(a, j == i) {
			if canUndo && !a.conj && (a.class == nScale || a.class == nPlural || a.class == nDual) {
				p, j = undo, undoJ
			}
			break
		}
		if a.conj && before.cur == 0 && before.lastScale != 0 {
			undo, undoJ, canUndo = before, j, true
		} else if !a.conj {
			canUndo = false
		}
		j += adv
	}
	if j == i {
		return Quantity{}, false
	}
	v := p.total + p.cur
	if !(v > 0) || v > 9e18 {
		return Quantity{}, false
	}
	return Quantity{Value: int64(v), Vague: p.vague, Start: i, End: j, Float: v}, true
}

// afterOrdinal reports whether tokens[i] is the second part of a compound
// ordinal: «الحادية عشرة» (11th), «الحادي والعشرين» (21st).
func afterOrdinal(tokens []Token, i int) bool {
	if i == 0 || tokens[i-1].Kind != Word || tokens[i].Kind != Word {
		return false
	}
	prev, _, ok := lookupNumberWord(tokens[i-1].Norm, false)
	if !ok || prev.class != nOrdinal {
		return false
	}
	cur, conj, ok := lookupNumberWord(tokens[i].Norm, false)
	return ok && (cur.class == nTeen || (conj && cur.class == nTen))
}

// numAtom is one part of a number: a digit token or a number word.
type numAtom struct {
	value  float64
	class  numClass // 0 for digits
	digits bool
	conj   bool // joined to what precedes by و
}

// readAtom reads the number part at tokens[j] (two tokens for a lone «و»
// before a number) and how many tokens it takes.
func readAtom(tokens []Token, j int, first bool) (a numAtom, adv int, ok bool) {
	t := tokens[j]
	switch t.Kind {
	case Number:
		v, ok := parseDigits(t.Norm)
		return numAtom{value: v, digits: true}, 1, ok
	case Word:
	default:
		return numAtom{}, 0, false
	}
	if t.Norm == "و" {
		// «مليون و 500 ألف»: a lone و joins the next part.
		if first || j+1 >= len(tokens) {
			return numAtom{}, 0, false
		}
		a, _, ok := readAtom(tokens, j+1, false)
		if !ok || a.conj {
			return numAtom{}, 0, false
		}
		a.conj = true
		return a, 2, true
	}
	nw, conj, ok := lookupNumberWord(t.Norm, first)
	if !ok || nw.class == nOrdinal {
		return numAtom{}, 0, false
	}
	if first {
		conj = false
	}
	// ألّف (he wrote) is spelled like ألف but for the shadda.
	if nw.class == nScale && nw.value == 1000 && strings.ContainsRune(t.Text, '\u0651') {
		return numAtom{}, 0, false
	}
	// Words that are numbers only before another part.
	next := numWord{}
	if j+1 < len(tokens) && tokens[j+1].Kind == Word {
		next, _, _ = lookupNumberWord(tokens[j+1].Norm, false)
		if strings.HasPrefix(tokens[j+1].Norm, "و") {
			next.class = 0 // a joined part is not what these words need
		}
	}
	switch {
	case first && (nw.class == nUnit || nw.class == nTeen || nw.class == nTen) && j+1 < len(tokens) && tokens[j+1].Kind == Number:
		return numAtom{}, 0, false // «قاعة تسع 500 شخص»: تسع is a verb here
	case nw.class == nTwo && next.class != nTeen:
		return numAtom{}, 0, false // اثنا عشر, but «أثنى» (praised) normalises to اثني
	case nw.class == nFraction && first && next.class != nScale:
		return numAtom{}, 0, false // نصف مليون, not نصف ساعة
	}
	return numAtom{value: nw.value, class: nw.class, conj: conj}, 1, true
}

// numParser accumulates a number: total holds completed scale groups, cur
// the group below the smallest scale seen so far.
type numParser struct {
	total, cur float64
	last       numClass // class of the last part; 0 after digits
	lastDigits bool
	lastScale  float64 // smallest scale applied so far (0 = none)
	vague      bool
	teen       bool // the current group already has its teen
}

// add folds a into the number; false means a does not continue it.
func (p *numParser) add(a numAtom, first bool) bool {
	switch {
	case first:
		switch {
		case a.digits:
			p.cur = a.value
		case a.class == nPlural || a.class == nFew:
			p.cur = a.value
			p.vague = true
		case a.class == nScale:
			p.total = a.value
			p.lastScale = a.value
		case a.class == nDual:
			p.total = a.value
			p.lastScale = a.value / 2
		default:
			p.cur = a.value
		}
	case a.conj && p.cur != 0:
		// Within a group: hundreds + (unit|teen|ten), unit + ten.
		ok := false
		switch {
		case p.lastDigits || p.vague:
		case p.last == nHundred || p.last == nHundreds:
			ok = a.class == nUnit || a.class == nTeen || a.class == nTen
		case p.last == nUnit:
			ok = a.class == nTen
		}
		if !ok {
			return false
		}
		p.cur += a.value
	case a.conj:
		// After a scale: anything smaller than that scale.
		if p.lastScale == 0 || p.vague {
			return false
		}
		switch {
		case a.digits:
			if a.value >= p.lastScale {
				return false
			}
			p.cur = a.value
		case a.class == nScale:
			if a.value >= p.lastScale {
				return false
			}
			p.total += a.value
			p.lastScale = a.value
		case a.class == nDual:
			if a.value/2 >= p.lastScale {
				return false
			}
			p.total += a.value
			p.lastScale = a.value / 2
		case a.class == nFraction:
			p.total += a.value * p.lastScale // مليون ونصف
		case a.class == nPlural || a.class == nFew:
			return false
		default:
			p.cur = a.value
		}
	default:
		// Not joined: the teen and multipliers.
		switch a.class {
		case nTeen:
			if (p.last != nUnit && p.last != nTwo) || p.lastDigits || p.teen || p.cur >= 10 {
				return false
			}
			p.cur += 10
			p.teen = true
		case nHundred:
			if p.last != nUnit || p.lastDigits || p.cur < 1 || p.cur > 9 {
				return false
			}
			p.cur *= 100
		case nScale, nPlural:
			if p.cur == 0 || (p.lastScale != 0 && a.value >= p.lastScale) {
				return false
			}
			if p.last == nPlural && a.class == nPlural && !p.vague {
				return false
			}
			p.total += p.cur * a.value
			p.cur = 0
			p.lastScale = a.value
			p.teen = false
		default:
			return false
		}
	}
	p.last, p.lastDigits = a.class, a.digits
	return true
}
