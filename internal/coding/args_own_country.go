package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// A party named only through a possessive pronoun on a state word
// («بلاده», «حكومتها», «قواته») is the state of the person the pronoun
// points back to: «قال أردوغان إن بلاده ستقصف …» is Turkey acting,
// «أعلن ترامب عن شن بلاده ضربات» the United States, «أعادت واشنطن فرض
// العقوبات على بلاده» (an Iranian speaking) Iran. The phrase reader left
// the bare pronoun word with no country, which matches no party.

// ownCountry returns the state party the pronoun phrase p names, or nil.
// The antecedent is a party the sentence names before p: the sentence's
// speaker when it is named there, else the sentence's first party (a later
// one is an object: «فرضت واشنطن عقوبات على بلاده»). One of the same
// country as other (the event's other side) is refused, since a state is
// not its own target; so is the object of a first-person verb
// («فسندمر قواته»). An antecedent that is no state body (an armed group,
// a party) is the party itself: «انسحاب قوات الحزب» is the party's act.
func (c *Coder) ownCountry(d *doc, h *hit, p np, name string, other *marsad.Actor) *marsad.Actor {
	if !p.ok() || p.b-p.a != 1 || !pronounActor(name) {
		return nil
	}
	sector := stateWordSector(name)
	if sector == "" {
		return nil
	}
	if h.trig.Verb && p.a > h.head() && (firstPerson(d, h) || firstPersonFuture(d.toks[h.head()].Text)) {
		return nil
	}
	s := d.sents[h.sent]
	sp := d.speakerOf[h.sent]
	var ante *marsad.Actor
	first := -1
	for k := s.a; k < p.a; k++ {
		m := d.mentionAt[k]
		if m < 0 {
			continue
		}
		a := &d.mentions[m].Actor
		if first < 0 {
			first = int(m)
		}
		if sp.actor != nil && sp.actor.Country != "" && agentive(sp.actor) && a.Country == sp.actor.Country {
			ante = sp.toActor()
			break
		}
	}
	if ante == nil && first >= 0 && d.mentions[first].Actor.Country != "" && agentive(&d.mentions[first].Actor) {
		ante = d.mentionActor(first)
	}
	if ante == nil || (other != nil && other.Country == ante.Country) {
		return nil
	}
	switch {
	case ante.Sector == sector:
		return ante // «أعلن الجيش أن قواته حررت …»: the army itself
	case ante.Sector != "GOV" && ante.Sector != "MIL":
		return ante
	}
	out := &marsad.Actor{Name: name, Country: ante.Country, Sector: sector}
	if d.placer != nil && sector == "GOV" {
		if pl, ok := d.placer.CountryPlace(ante.Country); ok && pl.Name != "" {
			out.Name = pl.Name // «بلاده» is the country itself
		}
	}
	return out
}

// firstPersonFuture reports a future verb of the first person («سندمر»,
// «وسأرد») from the surface form: the hamza of «سأ» is what tells «سأرد»
// from a perfect such as «سار» or «ساعد», and normalisation would erase it.
func firstPersonFuture(surface string) bool {
	w := strings.TrimPrefix(strings.TrimPrefix(surface, "و"), "ف")
	return strings.HasPrefix(w, "سن") || strings.HasPrefix(w, "سأ")
}

// stateWordSector is the sector of a state word with a pronoun: the
// country, its government or ministry act as GOV, its forces or army as
// MIL; "" for other words.
func stateWordSector(name string) string {
	w := strings.TrimPrefix(arabic.Normalize(strings.TrimSpace(name)), "و")
	for _, p := range []string{"بلاد", "حكومت", "وزارت", "دولت"} {
		if strings.HasPrefix(w, p) {
			return "GOV"
		}
	}
	for _, p := range []string{"قوات", "جيش", "جنود"} {
		if strings.HasPrefix(w, p) {
			return "MIL"
		}
	}
	return ""
}
