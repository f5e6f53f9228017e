package coding

import "strings"

// refersBack reports a trigger whose noun a demonstrative or «ذاته/نفسه»
// points back with («هذا الهجوم», «تأتي هذه الزيارة», «بشن تلك الغارة»,
// «الاتفاق ذاته»): the happening was told before in the article, this is
// not another one.
func refersBack(d *doc, h *hit) bool {
	for _, i := range h.pos {
		if !strings.HasPrefix(bareWord(d, i), "ال") {
			continue // «هذا هجوم على …» is a predicate, not a reference
		}
		if i > 0 && demonstrative(strings.TrimPrefix(d.toks[i-1].Norm, "و")) {
			return true // «تأتي هذه الزيارة», «نفذ هذا الهجوم»
		}
	}
	if j := h.last() + 1; !h.trig.Verb && j < len(d.toks) && strings.HasPrefix(bareWord(d, h.last()), "ال") {
		switch d.toks[j].Norm {
		case "ذاته", "ذاتها", "نفسه", "نفسها":
			return true // «الاتفاق ذاته»
		}
	}
	return false
}

// referent finds the event a referring trigger («هذه الزيارة») points back
// to among the events of its type told in earlier sentences that a strong
// trigger supports (a reference does not make a weak telling news): the
// last one whose actor may be its own, else the one told most often, the
// story's main happening (the earliest of equals); -1 when there is none.
func referent(out []coded, e *coded) int {
	at := -1
	for k := len(out) - 1; k >= 0; k-- {
		o := &out[k]
		if o.Type != e.Type || o.Aux != e.Aux || !o.strong || o.Evidence[0].Start >= e.Evidence[0].Start {
			continue
		}
		if e.Actor != nil && o.Actor != nil && strictlyCompatible(o.Actor, e.Actor) {
			return k
		}
		if at < 0 || len(o.Evidence) >= len(out[at].Evidence) {
			at = k
		}
	}
	return at
}
