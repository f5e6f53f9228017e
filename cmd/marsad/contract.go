package main

import "github.com/marsad/marsad"

// The output contract of `marsad extract`, as in ../shared/eval/README.md.
// Fields beyond the scored ones are kept: they help a reader of the output.
type contractResult struct {
	ID       string           `json:"id"`
	Events   []contractEvent  `json:"events"`
	Quotes   []contractQuote  `json:"quotes"`
	Places   []contractPlace  `json:"places"`
	Entities []contractEntity `json:"entities"`
}

type contractActor struct {
	Name    string  `json:"name"`
	ID      string  `json:"id,omitempty"`
	Country *string `json:"country"`
	Sector  string  `json:"sector,omitempty"`
}

type contractPlace struct {
	Start     *int     `json:"start,omitempty"`
	End       *int     `json:"end,omitempty"`
	Name      string   `json:"name,omitempty"`
	Lat       *float64 `json:"lat,omitempty"`
	Lon       *float64 `json:"lon,omitempty"`
	Country   string   `json:"country,omitempty"`
	Kind      string   `json:"kind,omitempty"`
	Precision int      `json:"precision,omitempty"`
	GazID     string   `json:"gazetteer_id,omitempty"`
}

type contractEvent struct {
	Type          string         `json:"type"`
	Mode          string         `json:"mode,omitempty"`
	Evidence      []marsad.Span  `json:"evidence"`
	Actor         *contractActor `json:"actor,omitempty"`
	Recipient     *contractActor `json:"recipient,omitempty"`
	Symmetric     bool           `json:"symmetric,omitempty"`
	Location      *contractPlace `json:"location,omitempty"`
	Origin        *contractPlace `json:"origin,omitempty"`
	Destination   *contractPlace `json:"destination,omitempty"`
	Date          string         `json:"date,omitempty"`
	DatePrecision string         `json:"date_precision,omitempty"`
	Count         *int           `json:"count,omitempty"`
	CountEstimate bool           `json:"count_estimate,omitempty"`
	Contexts      []string       `json:"contexts,omitempty"`
	Confidence    float64        `json:"confidence"`
}

type contractQuote struct {
	Start   int            `json:"start"`
	End     int            `json:"end"`
	Speaker string         `json:"speaker,omitempty"`
	Actor   *contractActor `json:"speaker_actor,omitempty"`
	Verb    string         `json:"verb,omitempty"`
}

type contractEntity struct {
	Start int            `json:"start"`
	End   int            `json:"end"`
	Type  string         `json:"type"`
	Text  string         `json:"text"`
	Actor *contractActor `json:"actor,omitempty"`
}

func toContract(id string, an *marsad.Analysis) contractResult {
	r := contractResult{
		ID:       id,
		Events:   []contractEvent{},
		Quotes:   []contractQuote{},
		Places:   []contractPlace{},
		Entities: []contractEntity{},
	}
	if an == nil {
		return r
	}
	for _, ev := range an.Events {
		if ev.Aux != "" {
			continue // not a current event: kept in the store, not in the contract
		}
		r.Events = append(r.Events, contractEvent{
			Type: ev.Type, Mode: ev.Mode, Evidence: ev.Evidence,
			Actor: actorOut(ev.Actor), Recipient: actorOut(ev.Recipient), Symmetric: ev.Symmetric,
			Location: placeOut(ev.Location, false), Origin: placeOut(ev.Origin, false), Destination: placeOut(ev.Destination, false),
			Date: ev.Date, DatePrecision: ev.DatePrecision, Count: ev.Count, CountEstimate: ev.CountEstimate,
			Contexts: ev.Contexts, Confidence: ev.Confidence,
		})
	}
	for _, q := range an.Quotes {
		cq := contractQuote{Start: q.Start, End: q.End, Verb: q.Verb, Actor: actorOut(q.Speaker)}
		if q.Speaker != nil {
			cq.Speaker = q.Speaker.Name
		}
		r.Quotes = append(r.Quotes, cq)
	}
	for i := range an.Places {
		r.Places = append(r.Places, *placeOut(&an.Places[i], true))
	}
	for _, en := range an.Entities {
		r.Entities = append(r.Entities, contractEntity{Start: en.Start, End: en.End, Type: en.Type, Text: en.Text, Actor: actorOut(en.Actor)})
	}
	return r
}

func actorOut(a *marsad.Actor) *contractActor {
	if a == nil {
		return nil
	}
	out := &contractActor{Name: a.Name, ID: a.ID, Sector: a.Sector}
	if a.Country != "" {
		c := a.Country
		out.Country = &c
	}
	return out
}

// placeOut converts a place. A country or province keeps its reference
// point, but its precision (3) says that the point is only a centroid, never
// where something happened.
func placeOut(p *marsad.Place, withSpan bool) *contractPlace {
	if p == nil {
		return nil
	}
	out := &contractPlace{Name: p.Name, Country: p.Country, Kind: p.Kind, Precision: p.Precision, GazID: p.GazID}
	if withSpan {
		s, e := p.Start, p.End
		out.Start, out.End = &s, &e
	}
	lat, lon := p.Lat, p.Lon
	out.Lat, out.Lon = &lat, &lon
	if out.Precision == 0 && (p.Kind == marsad.KindCountry || p.Kind == marsad.KindProvince) {
		out.Precision = marsad.PrecisionProvince
	}
	return out
}
