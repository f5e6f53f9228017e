package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
	"github.com/marsad/marsad/internal/bitfilter"
)

// Bits of Coder.class: which of the word lists token classification
// reads hold a word.
const (
	clStop uint8 = 1 << iota
	clReporting
	clTrigger // heads a single-word trigger or a verb phrase
	clLight
	clVerbHead  // heads a speech act (warn, accuse) as a conjugated verb
	clOtherPart // the feminine or plural of a listed reporting participle (otherParticiple)
)

// classTable merges the word lists that classify reads (stop words,
// reporting verbs, trigger heads, light verbs) into one map, so a token
// costs one lookup per key instead of one per list.
func classTable(lx *Lexicon) map[string]uint8 {
	t := make(map[string]uint8, len(lx.stop)+len(lx.reporting)+len(lx.byFirst))
	for w := range lx.stop {
		t[w] |= clStop
	}
	for w := range lx.reporting {
		t[w] |= clReporting
	}
	for w, ts := range lx.byFirst {
		for _, tr := range ts {
			if tr.Alleged || tr.VerbWords {
				continue // a wrong only a speaker's charge makes an act (isTriggerSlow); «أثنى» would class «اثني عشر»
			}
			if len(tr.Slots) == 1 || tr.Verb {
				t[w] |= clTrigger
			}
			if tr.Verb && speechActType(tr.Type) {
				t[w] |= clVerbHead
			}
		}
	}
	for w := range lx.light {
		t[w] |= clLight
	}
	for w := range lx.reporting {
		if st, ok := strings.CutSuffix(w, "ا"); ok && strings.HasPrefix(w, "م") {
			for _, suf := range []string{"ه", "ين", "ون"} {
				t[st+suf] |= clOtherPart
			}
		}
	}
	return t
}

// classifyAll computes the classes of every token of d at once, with the
// same results as classify token by token (isStopSlow, isTriggerSlow,
// reportingSlow), reading the merged table.
func (c *Coder) classifyAll(d *doc) {
	tab := c.class
	if tab == nil || c.classF == nil {
		return // a Coder built without NewCoder: classify goes token by token
	}
	for i := range d.toks {
		if d.flags[i]&flagKnown != 0 {
			continue
		}
		t := &d.toks[i]
		ks := d.keys[i]
		f := flagKnown
		get := func(w string) uint8 {
			if !c.classF.MayHave(w) {
				return 0
			}
			return tab[w]
		}
		cn := get(t.Norm)
		var c1 uint8
		if len(ks) > 1 {
			c1 = get(ks[1])
		}
		// stop: not a word, or the word or its form without a conjunction
		// is a stop word or a reporting verb
		if t.Kind != arabic.Word && t.Kind != arabic.Latin || cn&(clStop|clReporting) != 0 || c1&(clStop|clReporting) != 0 {
			f |= flagStop
		}
		// trigger heads and reporting verbs, over every lookup key
		var any uint8
		for k, key := range ks {
			switch {
			case k == 0 && key == t.Norm:
				any |= cn
			case k == 1:
				any |= c1
			default:
				any |= get(key)
			}
		}
		if any&clTrigger != 0 {
			f |= flagTrigger
		} else {
			bw := bareWord(d, i)
			var cb uint8
			switch {
			case bw == t.Norm:
				cb = cn
			case len(ks) > 1 && bw == ks[1]:
				cb = c1
			default:
				cb = get(bw)
			}
			if cb&clLight != 0 {
				f |= flagTrigger
			}
		}
		if t.Kind == arabic.Word && any&clReporting != 0 && c.reportingKey(d, i) && !timePassed(d, i) {
			if !crossingForm(bareWord(d, i)) || c.expresses(d, i) {
				f |= flagReporting
			}
		}
		d.flags[i] = f
	}
}

// newWordFilter returns a bit filter over the words of the sets
// (internal/bitfilter: MayHave is false only for words in none of them, so
// a caller can skip the map look-ups; most tokens are in none of the
// lexicon's lists).
func newWordFilter[V any](sets ...map[string]V) *bitfilter.Filter {
	n := 0
	for _, set := range sets {
		n += len(set)
	}
	f := bitfilter.New(n, 16)
	for _, set := range sets {
		for w := range set {
			f.Add(w)
		}
	}
	return f
}

// speechActType reports the verbal conflict types whose verbs («حذر»،
// «اتهم») may carry what was said in a complement. Requests and
// refusals are left out: «طلب منه أن يركب»، «رفض أن يشارك» give the
// content of an act, not a statement.
func speechActType(typ string) bool {
	switch typ {
	case "THREATEN", "ACCUSE":
		return true
	}
	return false
}

// reportingKey reports a key of token i in the reporting list that a verb
// can be read from: the word itself, or the word after a conjunction, the
// future «س» or «ل» («وقال», «سيقول», «ليؤكد»). «كيري» is no «ك» + «يري».
func (c *Coder) reportingKey(d *doc, i int) bool {
	w := d.toks[i].Norm
	if halfWord(w) {
		return false // «نصف المبلغ»: half, not «we describe»
	}
	for _, k := range d.keys[i] {
		if !c.lx.reporting[k] {
			continue
		}
		j := strings.Index(w, k)
		if j <= 0 {
			return true
		}
		if strings.Trim(w[:j], "وفسل") == "" {
			return true
		}
	}
	return false
}

// halfWord reports «نصف» (half) and its joined forms, which read as a
// first-person form of «وصف» but in news are always the noun.
func halfWord(w string) bool {
	switch w {
	case "نصف", "ونصف", "بنصف", "لنصف", "فنصف":
		return true
	}
	return false
}
