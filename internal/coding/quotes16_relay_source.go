package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// relaySource reads «نقلت X … عن Y قوله إن …» and «أفادت X …، نقلا عن Y
// قولهم إن …» at the reporting verb i: Y speaks, not the outlet that relays
// it. speakerAfter already finds Y when «عن» follows the outlet's name
// directly; this also covers an outlet with a relative clause, a quoted or
// bracketed name, a day or a comma before «عن» («ونقلت وكالة الأناضول التي
// تديرها الدولة عن …», «ونقلت وكالة الأنباء الرسمية "سانا"، عن …»), the
// outlet before the verb («وكانت الوكالة نقلت عن …») and no outlet at all
// («ونقل عن مصادر ميدانية قولها …»). Y runs from «عن» to «قوله/قولها/
// قولهم/تأكيده»; a clause after a comma on Y («مسؤول تركي، لم تكشف عن
// هويته،») is cut.
func (c *Coder) relaySource(d *doc, i int, s sent) (speaker, bool) {
	if d.toks[i].Kind != arabic.Word {
		return speaker{}, false
	}
	relayVerb := false
	switch strings.TrimPrefix(bareWord(d, i), "و") {
	case "نقل", "نقلت", "ينقل", "تنقل", "نقلوا", "نقلا":
		relayVerb = true
	}
	from := -1
	for k := i + 1; k < s.b && k <= i+18; k++ {
		t := d.toks[k]
		if t.Kind == arabic.Punct {
			if t.Text == "." || t.Text == ":" || t.Text == "!" || t.Text == "؟" {
				return speaker{}, false
			}
			continue
		}
		if complementiser(d, k) || k > i+1 && c.reportingAt(d, k) && bareWord(d, k) != "نقلا" {
			return speaker{}, false
		}
		if t.Norm == "عن" || t.Norm == "علي" && k+1 < s.b && d.toks[k+1].Norm == "لسان" {
			if relayVerb || k > s.a && d.toks[k-1].Norm == "نقلا" {
				from = k
				if t.Norm == "علي" {
					from = k + 1
				}
			}
			break
		}
	}
	if from < 0 {
		return speaker{}, false
	}
	j := -1
	for k := from + 1; k < s.b && k <= from+14; k++ {
		t := d.toks[k]
		if t.Kind == arabic.Punct && (t.Text == "." || t.Text == ":") || t.Kind == arabic.Word && complementiser(d, k) {
			return speaker{}, false
		}
		if t.Kind == arabic.Word && relayedNoun(t.Norm) {
			j = k
			break
		}
	}
	if j < 0 || j <= from+1 {
		return speaker{}, false
	}
	a, b := from+1, j
	// a clause on the source after a comma ends it («مسؤول تركي، لم تكشف
	// عن هويته،», «مسؤولين في البنتاغون، رفضوا الكشف عن هوياتهم،»)
	for k := a + 1; k < b; k++ {
		if d.toks[k].Text != "،" || k+1 >= b {
			continue
		}
		n := strings.TrimPrefix(d.toks[k+1].Norm, "و")
		if relative(n) || n == "لم" || n == "طلب" || n == "طالبا" || n == "رفض" || n == "رفضوا" || n == "رفضت" || strings.HasPrefix(n, "مفضل") || n == "الذي" {
			b = k
			break
		}
	}
	for b > a && d.toks[b-1].Kind == arabic.Punct && quoteMarks[d.toks[b-1].Text] == "" {
		b--
	}
	if b <= a || d.toks[a].Kind != arabic.Word {
		return speaker{}, false
	}
	name, _ := d.spanText(a, b)
	name = strings.Trim(name, " ،,«»“”()")
	if strings.Count(name, "\"")%2 == 1 {
		name = strings.Trim(name, "\"")
	}
	if name == "" {
		return speaker{}, false
	}
	return speaker{name: name, actor: d.firstActor(a, b, name), end: j + 1}, true
}
