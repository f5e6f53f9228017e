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
)

var numClassNames = map[string]numClass{
	"unit": nUnit, "teen": nTeen, "ten": nTen, "hundred": nHundred, "hundreds": nHundreds,
	"scale": nScale, "dual": nDual, "plural": nPlural, "few": nFew,
}

type numWord struct {
	value int64
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
		v, err := strconv.ParseInt(f[1], 10, 64)
		if err != nil || v <= 0 {
			return nil, fmt.Errorf("line %d: bad value %q", line, f[1])
		}
		c, ok := numClassNames[f[2]]
		if !ok {
			return nil, fmt.Errorf("line %d: unknown class %q", line, f[2])
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
// clitics («ثلاثه» → 3, «الفين» → 2000, «عشرات» → 10, «بضعه» → 3).
func WordValue(norm string) (int64, bool) {
	w, ok := numberWords()[norm]
	return w.value, ok
}

// noArticle lists number words that do not take the article when read as
// numbers: الأحد and الاثنين are weekdays, المئة is «percent».
var noArticle = map[string]bool{"احد": true, "احدي": true, "اثنين": true, "اثنان": true, "ميه": true, "مايه": true, "الف": true, "الفين": true}

// lookupNumberWord finds w, or w without one leading و/ف, ب/ل/ك and ال.
// first allows the prepositions; later words of a number take only و.
func lookupNumberWord(w string, first bool) (numWord, bool) {
	words := numberWords()
	if nw, ok := words[w]; ok {
		return nw, true
	}
	rest := w
	if strings.HasPrefix(rest, "و") || (first && strings.HasPrefix(rest, "ف")) {
		rest = rest[len("و"):]
		if nw, ok := words[rest]; ok {
			return nw, true
		}
	}
	if first {
		for _, p := range []string{"ب", "ل", "ك"} {
			if strings.HasPrefix(rest, p) {
				if nw, ok := words[rest[len(p):]]; ok {
					return nw, true
				}
				if strings.HasPrefix(rest, "ل") && strings.HasPrefix(rest[len(p):], "ل") {
					// لل = ل + ال
					if nw, ok := words[rest[2*len(p):]]; ok && !noArticle[rest[2*len(p):]] && nw.class != nUnit || ok && nw.class == nUnit && nw.value > 2 {
						return nw, true
					}
				}
				rest2 := rest[len(p):]
				if strings.HasPrefix(rest2, "ال") {
					if nw, ok := words[rest2[len("ال"):]]; ok && !noArticle[rest2[len("ال"):]] {
						return nw, true
					}
				}
			}
		}
	}
	if strings.HasPrefix(rest, "ال") {
		k := rest[len("ال"):]
		if nw, ok := words[k]; ok && !noArticle[k] {
			return nw, true
		}
	}
	return numWord{}, false
}

// joined reports whether a word token carries the conjunction و.
func joinedWord(norm string) bool { return strings.HasPrefix(norm, "و") }

// parseDigits reads a normalised digit token: ASCII digits with , or .
// separators. "1,200" and "1.200.000" use thousands separators; a single
// "." or a "," not followed by groups of three is a decimal point.
func parseDigits(norm string) (float64, bool) {
	if norm == "" {
		return 0, false
	}
	commas, dots := strings.Count(norm, ","), strings.Count(norm, ".")
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
// forms (ألفين, مئتين) and vague quantities (عشرات, مئات, آلاف, بضعة, alone or
// as «عشرات الآلاف»). The first word may carry و ف ب ل ك or ال («وثلاثة»).
// ok=false when tokens[i] starts no number (or i is out of range).
func ParseNumber(tokens []Token, i int) (n Quantity, ok bool) {
	if i < 0 || i >= len(tokens) {
		return Quantity{}, false
	}
	p := numParser{}
	j := i
	first := true
	for j < len(tokens) {
		t := tokens[j]
		adv := 1
		var atom numAtom
		joined := false
		switch t.Kind {
		case Number:
			v, ok := parseDigits(t.Norm)
			if !ok {
				break
			}
			atom = numAtom{value: v, class: 0, digits: true}
		case Word:
			norm := t.Norm
			if !first && norm == "و" && j+1 < len(tokens) {
				// «مليون و 500 ألف»: a lone و joins the next part.
				nt := tokens[j+1]
				if nt.Kind == Number {
					if v, ok := parseDigits(nt.Norm); ok {
						atom = numAtom{value: v, digits: true}
						joined = true
						adv = 2
					}
				} else if nt.Kind == Word {
					if nw, ok := lookupNumberWord(nt.Norm, false); ok {
						atom = numAtom{value: float64(nw.value), class: nw.class}
						joined = true
						adv = 2
					}
				}
				break
			}
			nw, ok := lookupNumberWord(norm, first)
			if !ok {
				break
			}
			atom = numAtom{value: float64(nw.value), class: nw.class}
			joined = !first && joinedWord(norm) && !strings.HasPrefix(strings.TrimPrefix(norm, "و"), "ال") && norm != "وال"
			if !first && !joinedWord(norm) && strings.HasPrefix(norm, "و") {
				joined = true
			}
		}
		if atom.value == 0 && !atom.digits {
			break
		}
		if !p.add(atom, joined, first) {
			break
		}
		first = false
		j += adv
	}
	if first {
		return Quantity{}, false
	}
	v, vague := p.result()
	if v > 9e18 || v < 0 {
		return Quantity{}, false
	}
	return Quantity{Value: int64(v), Vague: vague, Start: i, End: j, Float: v}, true
}

// numAtom is one part of a number: a digit token or a number word.
type numAtom struct {
	value  float64
	class  numClass // 0 for digits
	digits bool
}

// numParser accumulates a number: total holds completed scale groups, cur
// the group below the smallest scale seen so far.
type numParser struct {
	total, cur float64
	last       numClass // class of the last atom; 0 after digits
	lastDigits bool
	lastScale  float64 // smallest scale applied so far (0 = none)
	vague      bool
	teen       bool // the current group already has its teen
}

// add folds a into the number; false means a does not continue it.
func (p *numParser) add(a numAtom, joined, first bool) bool {
	if first {
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
		p.last, p.lastDigits = a.class, a.digits
		return true
	}
	if joined {
		// Additive part: it must be smaller than what it follows.
		if p.cur != 0 {
			// Within a group: hundreds + (unit|teen|ten), unit + ten.
			ok := false
			switch {
			case p.lastDigits:
			case p.last == nHundred || p.last == nHundreds:
				ok = a.class == nUnit || a.class == nTeen || a.class == nTen
			case p.last == nUnit:
				ok = a.class == nTen
			}
			if !ok {
				return false
			}
			p.cur += a.value
		} else {
			// After a scale: anything smaller than that scale.
			if p.lastScale == 0 {
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
			case a.class == nPlural || a.class == nFew:
				return false
			default:
				p.cur = a.value
			}
		}
		p.last, p.lastDigits = a.class, a.digits
		return true
	}
	// Not joined: multipliers and the teen.
	switch a.class {
	case nTeen:
		if p.last != nUnit || p.lastDigits || p.teen || p.cur >= 10 {
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
		if p.lastScale != 0 && a.value >= p.lastScale {
			return false
		}
		c := p.cur
		if c == 0 {
			return false
		}
		if p.last == nPlural && a.class == nPlural && !p.vague {
			return false
		}
		p.total += c * a.value
		p.cur = 0
		p.lastScale = a.value
		p.teen = false
	default:
		return false
	}
	p.last, p.lastDigits = a.class, false
	return true
}

func (p *numParser) result() (float64, bool) {
	return p.total + p.cur, p.vague
}
