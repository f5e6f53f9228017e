package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// A withdrawal from an agreement (SANCTION withdraw, GUIDELINES) is told
// by the verb or its verbal noun with the party that withdraws right after
// it and the agreement after «من»: «انسحاب واشنطن من الاتفاق النووي»,
// «وانسحبت الولايات المتحدة في وقت سابق من الشهر من الاتفاق», «قرار
// الانسحاب الأميركي من الاتفاق». The party after the trigger word, or the
// nisba adjective of the verbal noun, is who withdrew; a party read
// elsewhere in the sentence («تعزيز التعاون مع إيران رغم قرار الانسحاب
// الأميركي …» gave Iran) is not.
//
// The act is aimed at the agreement's other party. Where the sentence
// names none, the nuclear agreement («الاتفاق النووي», or a bare
// «الاتفاق» in a story that has named it) is the one with Iran, and gold
// gives Iran as the recipient: the story's mention of Iran is kept as a
// fallback recipient (fb.recip), so it stands only where no party named
// in the sentence does.

// dealWords are the agreement nouns of the withdrawal phrases
// (lexicon.yaml, SANCTION withdraw), normalised.
var dealWords = wordSet([]string{"الاتفاق", "الاتفاقية", "المعاهدة", "اتفاق", "اتفاقية", "معاهدة", "الصفقة", "صفقة"})

// dealHit reports a withdrawal-from-agreement trigger and returns the
// token of its «من» and of the agreement noun.
func dealHit(d *doc, h *hit) (from, deal int, ok bool) {
	if h.trig.Type != "SANCTION" || h.trig.Mode != "withdraw" || len(h.pos) < 3 {
		return 0, 0, false
	}
	deal = h.last()
	from = h.pos[len(h.pos)-2]
	if d.toks[from].Norm != "من" || !dealWords[bareWord(d, deal)] {
		return 0, 0, false
	}
	return from, deal, true
}

// withdrawer returns the party that withdraws: a mention that opens the
// words between the trigger and «من» («انسحاب واشنطن», «انسحبت الولايات
// المتحدة في وقت سابق»), or the country of a definite nisba adjective
// there («الانسحاب الأميركي»); actor otherwise.
func (c *Coder) withdrawer(d *doc, h *hit, actor np) np {
	from, _, ok := dealHit(d, h)
	if !ok {
		return actor
	}
	k := h.head() + 1
	if k >= from {
		return actor
	}
	var cur *marsad.Actor
	if actor.ok() {
		cur = actor.actor
		if cur == nil {
			cur = c.toActor(d, actor, false)
		}
	}
	if p := c.phraseAt(d, k, from); p.ok() && p.b <= from {
		a := c.toActor(d, p, false)
		if !linked(a) {
			a = d.cityParty(p, h.trig) // «انسحاب واشنطن»: the capital's government
		}
		if linked(a) && agentive(a) {
			if cur != nil && cur.Country == a.Country && cur.Sector == a.Sector {
				return actor
			}
			if p.actor == nil {
				p.actor = a
			}
			return p
		}
	}
	w := d.toks[k].Norm
	if !definite(w) || !nisba(w) || k+1 != from {
		return actor
	}
	code := c.nisbaCountry(d, k, k+1)
	if code == "" || (cur != nil && cur.Country == code) {
		return actor
	}
	name, _ := d.spanText(k, k+1)
	return np{a: k, b: k + 1, actor: &marsad.Actor{Name: name, Country: code, Sector: "GOV"}}
}

// dealParty returns the other party of the nuclear agreement a
// withdrawal leaves, when the sentence names none: the story's mention of
// Iran (its dictionary entry, the nearest before the trigger, else the
// first after). Nil for any other agreement, or when the agreement is
// followed by «مع» or a nisba of its own (the sentence names its party).
func (c *Coder) dealParty(d *doc, h *hit, actor *marsad.Actor) *marsad.Actor {
	_, deal, ok := dealHit(d, h)
	if !ok {
		return nil
	}
	s := d.sents[h.sent]
	nuclear := deal+1 < s.b && bareWord(d, deal+1) == nuclearWord
	if nuclear {
		if deal+2 < s.b && (d.toks[deal+2].Norm == "مع" || c.nisbaCountry(d, deal+2, deal+3) != "" || d.mentionAt[deal+2] >= 0) {
			return nil // «الاتفاق النووي الإيراني», «… مع إيران»: read as the sentence's recipient
		}
	} else {
		if deal+1 < s.b && (d.toks[deal+1].Norm == "مع" || d.mentionAt[deal+1] >= 0) {
			return nil
		}
		if !definite(d.toks[deal].Norm) || !c.namedNuclearDeal(d) {
			return nil
		}
	}
	if actor != nil && actor.Country == "IRN" {
		return nil // Iran's own withdrawal (a threat of one, mostly)
	}
	best := -1
	for pass := 0; pass < 2 && best < 0; pass++ {
		for m := range d.mentions {
			mm := d.mentions[m]
			if !iranEntry(mm.Actor, mm.TokEnd-mm.TokStart, pass) {
				continue
			}
			if mm.TokStart < h.head() || best < 0 {
				best = m
			}
			if mm.TokStart >= h.head() {
				break
			}
		}
	}
	if best < 0 {
		return iranWord(d, h.head())
	}
	return d.mentionActor(best)
}

// namedNuclearDeal reports a story that names the nuclear agreement
// («الاتفاق النووي»): its bare «الاتفاق» is that one.
func (c *Coder) namedNuclearDeal(d *doc) bool {
	for k := 0; k+1 < len(d.toks); k++ {
		if bareWord(d, k+1) == nuclearWord && dealWords[bareWord(d, k)] && definite(bareWord(d, k)) {
			return true
		}
	}
	return false
}

var nuclearWord = arabic.Normalize("النووي")

// iranEntry reports the dictionary's entry for Iran (first pass) or a
// one-word name of its government («طهران», second pass).
func iranEntry(a marsad.Actor, words, pass int) bool {
	if pass == 0 {
		return a.ID == "IRN"
	}
	return a.ID != "" && a.Country == "IRN" && a.Sector == "GOV" && words == 1
}

// iranNames are the words that name Iran where the linker found no
// mention of it (a capital is read as a place: «عقوبات على طهران»).
var iranNames = wordSet([]string{"إيران", "طهران"})

// iranWord returns Iran named by the word nearest before token at (else
// the first after), as the dictionary's entry for the country; nil when
// the story does not name it.
func iranWord(d *doc, at int) *marsad.Actor {
	best := -1
	for k := range d.toks {
		if !iranNames[bareWord(d, k)] {
			continue
		}
		if k < at || best < 0 {
			best = k
		}
		if k >= at {
			break
		}
	}
	if best < 0 {
		return nil
	}
	name, _ := d.spanText(best, best+1)
	if d.conj[best] {
		name = strings.TrimPrefix(name, "و")
	}
	return &marsad.Actor{ID: "IRN", Name: name, Country: "IRN", Sector: "GOV"}
}
