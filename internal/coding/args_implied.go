package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// Recipients the sentence implies but does not name. A story about two
// parties refers to them together («وتجميد العلاقات التجارية بين
// البلدين», «وتبادل الطرفان الاتهامات», «معارك عنيفة بين الطرفين»): the
// act of one of them is aimed at the other, named before in the story.
// The party found is kept aside as a fallback (fb.recip), so merging still
// compares only the parties the sentence names, and it stands only where
// no named recipient does.

// pairWord reports a word that names the story's two parties together;
// states is true for «البلدين/الدولتين», which are two states.
func pairWord(w string) (ok, states bool) {
	switch w {
	case "البلدين", "البلدان", "الدولتين", "الدولتان":
		return true, true
	case "الطرفين", "الطرفان", "الجانبين", "الجانبان":
		return true, false
	}
	return false, false
}

// pairCounterpart returns the other party of the pair a word of h's
// sentence names together (pairWord), for an act whose actor is one of
// them. Two states («البلدين») are the actor's and the state of another
// country the story has named most often up to the end of the sentence
// (its nearest government mention); two sides («الطرفين») are the actor
// and the nearest named party of another side before the word, in the
// sentence or the three before it. Nil when the sentence has no such word
// or the actor has no country.
func (c *Coder) pairCounterpart(d *doc, h *hit, actor *marsad.Actor) *marsad.Actor {
	if !linked(actor) || actor.Country == "" {
		return nil
	}
	s := d.sents[h.sent]
	at, states := -1, false
	for k := s.a; k < s.b; k++ {
		if d.mentionAt[k] >= 0 {
			continue
		}
		if ok, st := pairWord(bareWord(d, k)); ok && !pairExcluded(d, k, s.a, s.b) {
			at, states = k, st
			break
		}
	}
	if at < 0 {
		return nil
	}
	other := func(m int) *marsad.Actor {
		a := d.mentionActor(m)
		if !linked(a) || !agentive(a) || strictlyCompatible(actor, a) || oneParty(actor, a) {
			return nil
		}
		if a.Country == "" && (states || a.Sector != "REB") {
			return nil // (a transnational group may be a side; a council that hears of the fighting is none)
		}
		if stateSector(a) && stateSector(actor) && a.Country == actor.Country {
			return nil // the army and the government of one state are one side
		}
		if states && (a.Country == actor.Country || !stateSector(a)) {
			return nil // «بين البلدين»: two states, not a group of one of them
		}
		return a
	}
	if states {
		return c.pairState(d, s.b, other)
	}
	for k := at - 1; k >= d.sents[max(0, h.sent-3)].a; k-- {
		m := d.mentionAt[k]
		if m < 0 {
			continue
		}
		if a := other(int(m)); a != nil {
			return a
		}
		k = d.mentions[m].TokStart
	}
	return nil
}

// pairState returns the state the story names most often before token
// end among the mentions other accepts (the later one on a tie), as its
// last government mention there, or its last mention.
func (c *Coder) pairState(d *doc, end int, other func(m int) *marsad.Actor) *marsad.Actor {
	count := map[string]int{}
	last := map[string]*marsad.Actor{}
	best := ""
	for k := 0; k < end; k++ {
		m := d.mentionAt[k]
		if m < 0 {
			continue
		}
		k = max(k, d.mentions[m].TokEnd-1)
		a := other(int(m))
		if a == nil {
			continue
		}
		count[a.Country]++
		if l := last[a.Country]; l == nil || a.Sector == "GOV" || l.Sector != "GOV" {
			last[a.Country] = a
		}
		if best == "" || count[a.Country] >= count[best] {
			best = a.Country
		}
	}
	if best == "" {
		return nil
	}
	return last[best]
}

// pairExcluded reports a pair word at k that names no two parties of
// the story: «حل الدولتين» (the two-state solution), «وهما الدولتان»
// (two parties just listed, described), and «البلدان» as the plural
// «countries», told by an adjective that is not dual («البلدان العربية»;
// the dual reads «البلدان الشقيقان»).
func pairExcluded(d *doc, k, start, end int) bool {
	if k > start {
		switch bareWord(d, k-1) {
		case "حل", "هما":
			return true
		}
	}
	if bareWord(d, k) == "البلدان" && k+1 < end && d.toks[k+1].Kind == arabic.Word && definite(d.toks[k+1].Norm) && !strings.HasSuffix(d.toks[k+1].Norm, "ان") {
		return true
	}
	return false
}

// stateSector reports a party of a state's own bodies.
func stateSector(a *marsad.Actor) bool {
	switch a.Sector {
	case "GOV", "MIL", "POL", "LEG", "JUD":
		return true
	}
	return false
}

// A meeting's parties stay the pair of what the story tells of it next:
// «التقى لافروف نظيره الألماني ماس …. وأضاف ماس أنه تم الاتفاق على …»,
// «وبحث الوزير خلال المحادثات …». An agreement, a meeting or cooperation
// told with one party only is with the other party of the last meeting or
// agreement before it that this party took part in.

// meetingCounterparts fills the recipient of each cooperative event
// (AGREE, CONSULT, COOPERATE) that has an actor but no recipient from the
// last such event before it in evs (sorted by evidence) whose actor or
// recipient is its actor: the other party of that pair. The pair must be
// told in the event's sentence or the six before it, and be two states'
// parties (each with a country, not the same one).
func meetingCounterparts(d *doc, evs []marsad.Event) {
	sentOf := func(sp marsad.Span) int {
		for si := range d.sents {
			if d.sents[si].cstart == sp.Start {
				return si
			}
		}
		return -1
	}
	for i := range evs {
		e := &evs[i]
		if !meetingType(e.Type) || e.Recipient != nil || !linked(e.Actor) || e.Actor.Country == "" || !stateSector(e.Actor) {
			continue
		}
		si := sentOf(e.Evidence[0])
		if si >= 0 && (ownPair(d, si) || withActor(d, si, e.Actor)) {
			continue
		}
		for j := i - 1; j >= 0 && si >= 0; j-- {
			p := &evs[j]
			if !meetingType(p.Type) || !linked(p.Actor) || !linked(p.Recipient) || p.Actor.Country == "" || p.Recipient.Country == "" || p.Actor.Country == p.Recipient.Country {
				continue
			}
			near := false
			for _, sp := range p.Evidence {
				if pj := sentOf(sp); pj >= si-6 && pj <= si {
					near = true
				}
			}
			if !near {
				continue
			}
			var r *marsad.Actor
			switch {
			case strictlyCompatible(e.Actor, p.Actor) && !strictlyCompatible(e.Actor, p.Recipient):
				r = p.Recipient
			case strictlyCompatible(e.Actor, p.Recipient) && !strictlyCompatible(e.Actor, p.Actor):
				r = p.Actor
			default:
				continue
			}
			cp := *r
			e.Recipient = &cp
			break
		}
	}
}

// ownPair reports a sentence that names its own pair with «بين» and a
// dual («قمة بين الكوريتين»): the two sides are those, not the story's
// last pair.
func ownPair(d *doc, si int) bool {
	s := d.sents[si]
	for k := s.a; k+1 < s.b; k++ {
		if bareWord(d, k) != "بين" || d.mentionAt[k+1] >= 0 {
			continue
		}
		if w := d.toks[k+1].Norm; definite(w) && strings.HasSuffix(w, "تين") {
			return true
		}
	}
	return false
}

// withActor reports an actor named in sentence si right after «مع» («اتفقت
// ماي مع الرئيس الفرنسي»): the party is the other side of someone the
// sentence names, whom the story's last pair does not tell.
func withActor(d *doc, si int, a *marsad.Actor) bool {
	s := d.sents[si]
	for k := s.a + 1; k < s.b; k++ {
		m := d.mentionAt[k]
		if m < 0 || d.mentions[m].TokStart != k {
			continue
		}
		if d.mentions[m].Actor.Name == a.Name && (bareWord(d, k-1) == "مع" || strings.HasPrefix(bareWord(d, k), "مع")) {
			return true
		}
	}
	return false
}

// meetingType reports the types whose two parties meet or act together.
func meetingType(t string) bool {
	return t == "AGREE" || t == "CONSULT" || t == "COOPERATE"
}

// «وتبادل التحالف والحوثيون الاتهام»: after a verb of exchange the party
// joined by و to its subject is the other side, not a second actor (who
// is acted upon by the one is acting on the other: the act is symmetric).

// exchangeWord reports a form of the verb «تبادل» (exchanged).
func exchangeWord(w string) bool {
	switch w {
	case "تبادل", "تبادلت", "تبادلا", "تبادلوا", "يتبادل", "تتبادل", "يتبادلان", "تتبادلان":
		return true
	}
	return false
}

// reciprocalPartner returns the party joined by و to the subject right
// after a verb of exchange at or just before h's head («وتبادل التحالف
// والحوثيون الاتهامات»), when it is another party than the subject.
func (c *Coder) reciprocalPartner(d *doc, h *hit) *marsad.Actor {
	s := d.sents[h.sent]
	v := -1
	for k := h.head(); k >= s.a && k >= h.head()-4; k-- {
		if exchangeWord(bareWord(d, k)) {
			v = k
			break
		}
	}
	if v < 0 || v+1 >= s.b {
		return nil
	}
	m := d.mentionAt[v+1]
	if m < 0 || d.mentions[m].TokStart != v+1 {
		return nil
	}
	e := d.mentions[m].TokEnd
	if e >= s.b {
		return nil
	}
	n := d.mentionAt[e]
	if n < 0 || d.mentions[n].TokStart != e || bareWord(d, e) == d.toks[e].Norm || !strings.HasPrefix(d.toks[e].Norm, "و") {
		return nil
	}
	a, r := d.mentionActor(int(m)), d.mentionActor(int(n))
	if !linked(a) || !linked(r) || !agentive(r) || strictlyCompatible(a, r) {
		return nil
	}
	if name, ok := strings.CutPrefix(r.Name, "و"); ok {
		cp := *r // (the mention's name keeps the conjunction: «وحركة فتح»)
		cp.Name = name
		return &cp
	}
	return r
}

// A town taken by a state's forces with no holder named («استعادت القوات
// أكثر من 90 بالمئة من محافظة درعا») was taken from the armed group the
// story fights: the last armed non-state group named before the seizure in
// its sentence or the two before it.

// seizedFrom returns that group for a seizure (COERCE seize) by a state's
// armed forces or government.
func (c *Coder) seizedFrom(d *doc, h *hit, actor *marsad.Actor) *marsad.Actor {
	if h.trig.Type != "COERCE" || h.trig.Mode != "seize" || !linked(actor) || !stateSector(actor) {
		return nil
	}
	from := d.sents[max(0, h.sent-2)].a
	for k := h.head() - 1; k >= from; k-- {
		m := d.mentionAt[k]
		if m < 0 {
			continue
		}
		k = max(d.mentions[m].TokStart, from)
		a := d.mentionActor(int(m))
		if linked(a) && a.Sector == "REB" && !strictlyCompatible(actor, a) && !actorConjunct(d, int(m), actor.Name) {
			return a // (not «قوات الجيش والمقاومة»: joined to the actor, it fights on its side)
		}
	}
	return nil
}
