package geo

import "github.com/marsad/marsad"

// Place returns e as a place named by no span of any text: what an event
// takes when the article implies a place without naming it (a party's own
// country known only from a nisba, the seat of a body). Its precision is
// e's own: a country is never a point.
func (e *Entry) Place() marsad.Place {
	p := marsad.Place{
		Name:      e.Name,
		Lat:       round4(e.Lat),
		Lon:       round4(e.Lon),
		Country:   e.Country,
		Admin1:    e.Admin1,
		Kind:      e.Kind,
		GazID:     e.ID,
		Precision: e.Precision(),
	}
	if e.Kind == marsad.KindProvince {
		p.Admin1 = e.ID
	}
	return p
}

// CountryPlace returns the country-level place of an ISO 3166-1 alpha-3
// code («LBN» → لبنان).
func (g *Gazetteer) CountryPlace(iso3 string) (marsad.Place, bool) {
	e, ok := g.Country(iso3)
	if !ok {
		return marsad.Place{}, false
	}
	return e.Place(), true
}

// CountryPlace returns the country-level place of iso3 in the resolver's
// gazetteer.
func (r *Resolver) CountryPlace(iso3 string) (marsad.Place, bool) { return r.g.CountryPlace(iso3) }

// CityPlace returns the most populous city or town called name in the
// country iso3 in the resolver's gazetteer.
func (r *Resolver) CityPlace(name, iso3 string) (marsad.Place, bool) {
	return r.g.CityPlace(name, iso3)
}

// CityPlace returns the most populous city or town called name in the
// country iso3 («نيويورك», "USA").
func (g *Gazetteer) CityPlace(name, iso3 string) (marsad.Place, bool) {
	for _, e := range g.Lookup(name) {
		if (e.Kind == marsad.KindCity || e.Kind == marsad.KindTown) && e.Country == iso3 {
			return e.Place(), true
		}
	}
	return marsad.Place{}, false
}
