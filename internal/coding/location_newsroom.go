package coding

import "github.com/marsad/marsad"

// newsroom reports whether the article's dateline is only where the story
// was filed: its country is named nowhere in the body as a place (parties
// such as «تدعمها واشنطن» do not count). «دبي، الإمارات العربية المتحدة
// (CNN) --» over a story from Jordan is a newsroom; «دمشق - … في ريف دمشق»
// is the story's own place.
func (d *doc) newsroom() bool {
	if d.dateline == nil || d.dateline.Country == "" {
		return false
	}
	for k := range d.places {
		p := &d.places[k]
		if p.header || p.Start == d.dateline.Start || d.mentionAt[p.a] >= 0 {
			continue
		}
		if p.Country == d.dateline.Country {
			return false
		}
	}
	return true
}

// awayFromNewsroom replaces a newsroom dateline that an event took because
// its sentence names no place. A party acts in its own country when that
// country is named in the article («قدمت حكومة هاني الملقي استقالتها» filed
// from Dubai is in Jordan); else a material act happened at the place the
// story last named before it («… في سوريا. … ونفت موسكو وجود مقاتلين روس
// بين القتلى»). It returns nil when neither is known. After that it tries
// the other corrections of an act's place of location_round4.go (an army's
// attack at home, a town the tagger took for a name, a statement placed at
// what it says, a meeting placed by its occasion).
func (c *Coder) awayFromNewsroom(d *doc, h *hit, ev *marsad.Event, who *marsad.Actor) *marsad.Place {
	if pl := c.newsroomPlace(d, h, ev, who); pl != nil {
		return pl
	}
	if pl := c.attackAbroad(d, h, ev, who); pl != nil {
		return pl
	}
	if pl := c.unlinkedPlace(d, h, ev); pl != nil {
		return pl
	}
	if pl := c.saidElsewhere(d, h, ev, who); pl != nil {
		return pl
	}
	return c.meetingPlace(d, h, ev) // location_round4.go
}

// newsroomPlace is awayFromNewsroom's reading of a newsroom dateline.
func (c *Coder) newsroomPlace(d *doc, h *hit, ev *marsad.Event, who *marsad.Actor) *marsad.Place {
	if ev.Location == nil || d.dateline == nil || ev.Location.Start != d.dateline.Start || ev.Location.End != d.dateline.End || !d.newsroom() {
		return nil
	}
	party := who
	if (party == nil || party.Country == "") && h.trig.Type == "PROTEST" {
		party = ev.Recipient // protesters stand in the country of the government they protest against
	}
	if party != nil && party.Country != "" && party.Country != d.dateline.Country {
		if pl := d.homePlace(h, party); pl != nil {
			return pl
		}
	}
	if verbal(h.trig.Type) {
		return nil
	}
	s := d.sents[h.sent]
	for k := len(d.places) - 1; k >= 0; k-- {
		p := &d.places[k]
		if p.b > s.a || p.header || d.mentionAt[p.a] >= 0 {
			continue
		}
		pl := p.Place
		return &pl
	}
	return nil
}

// headerPlace reports whether pl is a place of the newsroom header
// («دبي، الإمارات العربية المتحدة (CNN) --»): where the story was filed is
// no place its first sentence names.
func (d *doc) headerPlace(pl *marsad.Place) bool {
	for k := range d.places {
		if p := &d.places[k]; p.header && p.Start == pl.Start && p.End == pl.End {
			return true
		}
	}
	return false
}
