package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// Argument constructions read on unannotated news (issue 5, round 5): each
// has sentences of our own in testdata/args_cases.txt.

// relativeObject reads a relative clause whose verb carries the object
// pronoun («غولن الذي تتهمه أنقرة بتدبير الانقلاب», «المنظمة التي
// اتهمتها واشنطن»): the antecedent is the object, the subject follows the
// verb (a party only; with none, the context names it). ok is false when
// no antecedent is found.
func (c *Coder) relativeObject(d *doc, h *hit) (actor, recip np, ok bool) {
	s := d.sents[h.sent]
	i := h.head()
	k := i - 2 // before the relative pronoun
	for k >= s.a && d.toks[k].Kind == arabic.Punct {
		k--
	}
	if k < s.a {
		return np{}, np{}, false
	}
	if m := d.nearestMention(k, max(s.a, k-3)); m.ok() {
		recip = m
	} else {
		recip = c.phraseBefore(d, k+1, s.a)
	}
	if !recip.ok() {
		return np{}, np{}, false
	}
	j := c.skipAdverbs(d, i+1, s.b)
	if j < s.b && !c.prepPhrase(d, j) {
		p := c.phraseAt(d, j, s.b)
		if k := d.placeAt[j]; p.ok() && p.actor == nil && k >= 0 {
			p = np{a: j, b: d.places[k].b} // «تتهمه أنقرة بـ…»: the capital's government
		}
		if p.ok() && (p.actor != nil || c.nationalPhrase(d, p) || d.cityParty(p, h.trig) != nil || d.countryParty(p) != nil) {
			actor = p
		}
	}
	return actor, recip, true
}

// nearestMention is the actor mention that covers a token in [from, k],
// nearest to k.
func (d *doc) nearestMention(k, from int) np {
	for j := k; j >= from; j-- {
		if m := d.mentionAt[j]; m >= 0 {
			mm := d.mentions[m]
			a := mm.Actor
			return np{a: max(mm.TokStart, from), b: mm.TokEnd, actor: &a}
		}
	}
	return np{}
}

// pluralHead reports an indefinite sound masculine plural in the nominative
// («منتقدون», «مسلحون», «دبلوماسيون»): it is not in construct, so a
// definite word after it starts another phrase («ويتهم منتقدون الرئيس
// …»: the critics accuse the president). Only participles (م…) and nisba
// plurals (…يون) are read, which leaves nouns like «قانون», «مليون».
func pluralHead(w string) bool {
	if definite(w) || !strings.HasSuffix(w, "ون") || len([]rune(w)) < 5 || strings.HasSuffix(w, "مليون") {
		return false
	}
	bare := strings.TrimPrefix(w, "و")
	return strings.HasPrefix(bare, "م") || strings.HasSuffix(w, "يون")
}

// genericSubject reports a subject phrase headed by an indefinite plural of
// people («منتقدون», «مسلحون مجهولون», «دبلوماسيون غربيون»): the sentence
// names its actor, who is no known party; neither a name after it nor the
// context replaces it.
func genericSubject(d *doc, p np) bool {
	if !p.ok() || p.actor != nil || d.toks[p.a].Kind != arabic.Word || !pluralHead(d.toks[p.a].Norm) {
		return false
	}
	// (an adjective after it may name the party: «مصرفيون قطريون»)
	return p.b >= len(d.toks) || d.toks[p.b].Kind != arabic.Word || definite(d.toks[p.b].Norm)
}

// wounded reports a verb of being hurt or killed, whose subject suffers
// («قُتل», «أصيب»).
func (c *Coder) wounded(d *doc, i int) bool {
	return d.has(i, c.lx.deaths) || strings.HasPrefix(bareWord(d, i), "اصيب")
}

// passiveForm reports a perfect verb written with the passive's damma
// («قُتل», «أُطلق», «اتُّهم», «اعتُقل», «استُهدف»): on the first letter, or
// on one of the first four of a form that opens with alif. The imperfect
// («يُطلق» is active) is not read.
func passiveForm(text string) bool {
	r := []rune(text)
	if len(r) > 0 && (r[0] == 'و' || r[0] == 'ف') && len(r) > 1 && r[1] != '\u064F' {
		r = r[1:]
	}
	if len(r) < 3 {
		return false
	}
	switch r[0] {
	case 'ي', 'ت', 'ن':
		return false
	}
	letters := 0
	for k := 1; k < len(r) && letters < 4; k++ {
		switch {
		case r[k] == '\u064F':
			return letters == 0 || r[0] == 'ا'
		case r[k] >= 0x064B && r[k] <= 0x0652:
		default:
			letters++
		}
	}
	return false
}

// passiveSubject is the one a passive verb acts upon: the antecedent of a
// relative clause, the subject before the verb at a clause's start, or
// the phrase after it.
func (c *Coder) passiveSubject(d *doc, h *hit, rel bool) np {
	s := d.sents[h.sent]
	i := h.head()
	if rel {
		return c.phraseBefore(d, i-1, s.a)
	}
	if pre := c.phraseBefore(d, i, s.a); pre.ok() && c.clauseStart(d, pre.a, s.a) && onlyMarks(d, pre.b, i) {
		return pre // («أن خاشقجي "قُتل …"»)
	}
	k := c.skipAdverbs(d, i+1, s.b)
	if k < s.b && !c.prepPhrase(d, k) {
		return c.phraseAt(d, k, s.b)
	}
	return np{}
}

// fireAgent is the party whose fire hurt the subject of a passive verb
// («قُتل شاب برصاص الجيش», «أصيب ثلاثة بنيران القوات»), read within
// six tokens of the verb.
func (c *Coder) fireAgent(d *doc, h *hit) np {
	s := d.sents[h.sent]
	for k := h.head() + 1; k < s.b && k <= h.head()+6; k++ {
		if t := d.toks[k].Text; t == "،" || t == "." {
			break
		}
		if d.toks[k].Kind == arabic.Word && byFire(bareWord(d, k)) {
			p := c.phraseAt(d, k+1, s.b)
			if p.ok() && p.actor == nil && !c.nationalPhrase(d, p) {
				p = c.preferMention(d, p, np{}, s.b, 1)
			}
			if p.ok() && (p.actor != nil || c.nationalPhrase(d, p)) {
				return p
			}
			break
		}
	}
	return np{}
}

// onlyMarks reports tokens [a,b) that are all quotation marks or brackets.
func onlyMarks(d *doc, a, b int) bool {
	for k := a; k < b; k++ {
		if t := d.toks[k]; t.Kind != arabic.Punct || (quoteMarks[t.Text] == "" && t.Text != "\"" && t.Text != "(" && t.Text != ")") {
			return false
		}
	}
	return true
}
