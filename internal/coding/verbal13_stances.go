package coding

import "github.com/marsad/marsad"

// affirmedStance reports a solidarity noun («تضامن», «وقوف») affirmed by a
// stance verb earlier in its clause, with the party standing in solidarity
// right after it and the one stood with after «مع» or «إلى جانب»:
// «وأكد الشيخ عبد الله بن زايد أمس في تصريح له تضامن دولة الإمارات مع
// السعودية», «أكدت وزارة الخارجية البحرينية، وقوف البحرين إلى جانب
// المملكة», «…، مؤكدا تضامن إيطاليا مع المملكة». The own_party pattern of
// lexicon_more.yaml («أكد * وقوف …») reads six words of subject and no
// comma; a solidarity noun is not used for a charge, so no country match
// is asked. Not a neighbourhood or a campaign named by the noun («حي
// التضامن», «حملة تضامن»: no stance verb), nor a noun with a clitic
// («وتضامن» may be the verb), nor a stance verb of another clause («أكد
// أن …»).
func (c *Coder) affirmedStance(d *doc, t *Trigger, pos []int, a, b int) bool {
	head := pos[0]
	if head+1 >= b || !t.Slots[0].Forms[d.toks[head].Norm] {
		return false // a clitic on the noun, or another form
	}
	if m := d.mentionAt[head+1]; m < 0 || d.mentions[m].Actor.Country == "" {
		return false // the one who stands with: a party right after the noun
	}
	with := false
	for k := head + 2; k < b && k <= head+9 && !with; k++ {
		switch d.toks[k].Norm {
		case "مع":
			with = true
		case "جانب", "بجانب":
			with = k > head+2 || d.toks[k].Norm == "بجانب"
		}
	}
	if !with {
		return false
	}
	for k := head - 1; k >= a && k >= head-14; k-- {
		w := bareWord(d, k)
		if w == "ان" || w == "انه" || w == "انها" {
			return false // «أكد أن الإمارات …»: another clause
		}
		if stanceVerbs[w] {
			return true
		}
	}
	return false
}

// sufferedThreat turns the parties of a threat told by what its target
// will suffer («قال أردوغان لبوتين إن النظام السوري سيواجه عواقب وخيمة»,
// «وإلا ستتحمل حماس العواقب»): the subject read as the actor is the one
// threatened, and the speaker of the sentence threatens. Without a speaker
// the subject is still the recipient and no actor is guessed. It reports
// whether it changed the parties.
func sufferedThreat(d *doc, h *hit, ev *marsad.Event) bool {
	if ev.Actor == nil {
		return false
	}
	sp := speakerOf(d, h)
	if sp.actor != nil && namesOverlap(sp.actor.Name, ev.Actor.Name) {
		return false // «سنواجه …» said by the one who will suffer: no threat read
	}
	ev.Recipient, ev.Actor = ev.Actor, nil
	if sp.actor != nil && linked(sp.actor) {
		ev.Actor = sp.toActor()
		if ev.Actor.Country != "" && ev.Actor.Country == ev.Recipient.Country {
			ev.Recipient = nil // «قال الوزير الأردني إن الحكومة الأردنية ستتحمل العواقب»: its own side bears them, no threat (precise drops it)
		}
	}
	return true
}
