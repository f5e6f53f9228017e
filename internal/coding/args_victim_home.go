package coding

import "github.com/marsad/marsad"

// People hit by a state's forces abroad are people of the place they were
// hit, not of the forces: «قتلت الطائرات الروسية 12 مدنيا في إدلب» names
// Syrians. The actor layer gives a bare civilian role («مدنيا»,
// «المتظاهرين») the country most named in its sentence, which is often
// the forces' own.

// victimHome moves a civilian recipient of force that shares the country
// of a state actor to the country of the act's place, when the phrase
// names no country of its own («ثلاثة إسرائيليين» keeps its nisba).
func (c *Coder) victimHome(d *doc, ev *marsad.Event, recip np) {
	if (ev.Type != "ASSAULT" && ev.Type != "COERCE") || ev.Actor == nil || ev.Recipient == nil || ev.Location == nil {
		return
	}
	a, r, at := ev.Actor, ev.Recipient, ev.Location.Country
	if r.Sector != "CVL" || r.Country == "" || r.Country != a.Country || at == "" || at == a.Country {
		return
	}
	switch a.Sector {
	case "MIL", "POL", "GOV":
	default:
		return
	}
	if !recip.ok() || c.victimNisba(d, recip) != "" || c.nisbaCountry(d, recip.a, recip.b) != "" {
		return
	}
	if k := recip.b; k+1 < len(d.toks) && k < d.sents[sentOf(d, recip.a)].b && d.toks[k].Norm == "من" && d.mentionAt[k+1] >= 0 {
		return // «ناشطين من حزب العمال الكردستاني»: members of a party named
	}
	r.Country = at
}
