package alert

import (
	"sort"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
	"github.com/marsad/marsad/internal/geo"
)

// Rules is a compiled rule file: every rule ready to be checked against an
// event, indexed by event type so an event meets only the rules that could
// match it.
type Rules struct {
	file    *File
	all     []*compiled
	byType  map[string][]*compiled
	anyType []*compiled
	hooks   map[string]Webhook
}

type compiled struct {
	*Rule
	order    int // position in the file
	modes    map[string]bool
	actors   []ActorFilter // names normalised
	places   []compiledPlace
	keywords []string // normalised
}

type compiledPlace struct {
	PlaceFilter
	zone *Zone
	box  [4]float64 // zone's bounding box grown by within_km: min_lat, min_lon, max_lat, max_lon
}

// Compile prepares a validated file for matching.
func Compile(f *File, zones *Zones) *Rules {
	rs := &Rules{file: f, byType: map[string][]*compiled{}, hooks: map[string]Webhook{}}
	for _, w := range f.Webhooks {
		rs.hooks[w.ID] = w
	}
	for i := range f.Rules {
		r := &f.Rules[i]
		if r.Disabled {
			continue
		}
		c := &compiled{Rule: r, order: len(rs.all)}
		if len(r.Modes) > 0 {
			c.modes = map[string]bool{}
			for _, m := range r.Modes {
				c.modes[m] = true
			}
		}
		for _, a := range r.Actors {
			a.Name = arabic.Normalize(strings.TrimSpace(a.Name))
			c.actors = append(c.actors, a)
		}
		for _, p := range r.Places {
			cp := compiledPlace{PlaceFilter: p}
			if p.Zone != nil {
				cp.zone = zones.Line(p.Zone.Name)
				cp.box = cp.zone.bounds(p.Zone.WithinKm)
			}
			c.places = append(c.places, cp)
		}
		for _, k := range r.Keywords {
			c.keywords = append(c.keywords, strings.TrimSpace(arabic.Normalize(k)))
		}
		rs.all = append(rs.all, c)
		if len(r.Types) == 0 {
			rs.anyType = append(rs.anyType, c)
		}
		for _, t := range r.Types {
			rs.byType[t] = append(rs.byType[t], c)
		}
	}
	return rs
}

// File returns the rule file the rules were compiled from.
func (rs *Rules) File() *File { return rs.file }

// Rule returns the rule with the given id, or nil.
func (rs *Rules) Rule(id string) *Rule {
	for _, c := range rs.all {
		if c.ID == id {
			return c.Rule
		}
	}
	return nil
}

// Match returns the rules ev (found in article a) matches, in file order.
// The minimum number of sources is not checked here: it is a property of
// the alert, which gathers reports.
func (rs *Rules) Match(ev *marsad.Event, a *marsad.Article) []*Rule {
	var hits []*compiled
	text := eventText{ev: ev, a: a}
	for _, cs := range [2][]*compiled{rs.byType[ev.Type], rs.anyType} {
		for _, c := range cs {
			if c.match(ev, &text) {
				hits = append(hits, c)
			}
		}
	}
	if len(hits) == 0 {
		return nil
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].order < hits[j].order })
	out := make([]*Rule, len(hits))
	for i, c := range hits {
		out[i] = c.Rule
	}
	return out
}

// eventText is the normalised text keywords are looked for in: the event's
// evidence sentences and the article's title. It is built once per event,
// when the first rule with keywords asks.
type eventText struct {
	ev   *marsad.Event
	a    *marsad.Article
	done bool
	norm string
}

func (t *eventText) get() string {
	if t.done {
		return t.norm
	}
	t.done = true
	var b strings.Builder
	if t.a != nil {
		b.WriteString(t.a.Title)
		b.WriteByte('\n')
		b.WriteString(evidenceText(t.a.Text, t.ev.Evidence))
	}
	if t.ev.Trigger != "" {
		b.WriteByte('\n')
		b.WriteString(t.ev.Trigger)
	}
	t.norm = arabic.Normalize(b.String())
	return t.norm
}

// evidenceText joins the evidence spans (code-point offsets) of text.
func evidenceText(text string, spans []marsad.Span) string {
	if len(spans) == 0 || text == "" {
		return ""
	}
	runes := []rune(text)
	var b strings.Builder
	for _, s := range spans {
		st, en := max(0, s.Start), min(len(runes), s.End)
		if st >= en {
			continue
		}
		b.WriteString(string(runes[st:en]))
		b.WriteByte('\n')
	}
	return b.String()
}

func (c *compiled) match(ev *marsad.Event, text *eventText) bool {
	if ev.Aux != "" && !c.IncludeAux {
		return false
	}
	if c.modes != nil && !c.modes[ev.Mode] {
		return false
	}
	if ev.Confidence < c.MinConfidence {
		return false
	}
	if len(c.actors) > 0 && !c.matchActors(ev) {
		return false
	}
	if len(c.places) > 0 && !c.matchPlaces(ev) {
		return false
	}
	if len(c.keywords) > 0 {
		t := text.get()
		found := false
		for _, k := range c.keywords {
			if strings.Contains(t, k) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func (c *compiled) matchActors(ev *marsad.Event) bool {
	for _, f := range c.actors {
		if (f.Role == "" || f.Role == "any" || f.Role == "actor") && actorMatches(f, ev.Actor) {
			return true
		}
		if (f.Role == "" || f.Role == "any" || f.Role == "recipient") && actorMatches(f, ev.Recipient) {
			return true
		}
	}
	return false
}

func actorMatches(f ActorFilter, a *marsad.Actor) bool {
	if a == nil {
		return false
	}
	if f.ID != "" && a.ID != f.ID {
		return false
	}
	if f.Country != "" && a.Country != f.Country {
		return false
	}
	if f.Sector != "" && a.Sector != f.Sector {
		return false
	}
	if f.Name != "" {
		ok := false
		for _, n := range append([]string{a.Name, a.Canon, a.English}, a.Aliases...) {
			if n != "" && arabic.Normalize(n) == f.Name {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func (c *compiled) matchPlaces(ev *marsad.Event) bool {
	p := ev.Location
	if p == nil {
		return false
	}
	for _, f := range c.places {
		if placeMatches(f, p) {
			return true
		}
	}
	return false
}

// placeMatches checks one filter. A place known only as a country or
// province centroid (precision 3) is inside a country or province filter but
// never inside a circle, box or border strip: its point says nothing about
// where in the province it happened.
func placeMatches(f compiledPlace, p *marsad.Place) bool {
	coarse := p.Precision >= marsad.PrecisionProvince || p.Kind == marsad.KindCountry || p.Kind == marsad.KindProvince
	switch {
	case f.Country != "":
		return p.Country == f.Country
	case f.Province != "":
		return p.Admin1 == f.Province || p.GazID == f.Province
	case coarse:
		return false
	case f.Near != nil:
		return geo.Distance(f.Near.Lat, f.Near.Lon, p.Lat, p.Lon) <= f.Near.RadiusKm
	case f.BBox != nil:
		return p.Lon >= f.BBox[0] && p.Lat >= f.BBox[1] && p.Lon <= f.BBox[2] && p.Lat <= f.BBox[3]
	case f.zone != nil:
		if p.Lat < f.box[0] || p.Lon < f.box[1] || p.Lat > f.box[2] || p.Lon > f.box[3] {
			return false // far from the line: skip the distance
		}
		return f.zone.DistanceKm(p.Lat, p.Lon) <= f.Zone.WithinKm
	}
	return false
}
