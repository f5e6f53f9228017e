package coding

import (
	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// DatelineReader is an optional capability of a PlaceResolver: it reads the
// newsroom header that opens an article («دبي، الإمارات العربية المتحدة
// (CNN) --», «بيروت (رويترز) -») from the places Resolve found, in text
// order. It returns the header's span and the indexes in ps of its places,
// the filing city first. The header tells where the story was filed, not
// where its events happened, so its places are no places of the first
// sentence.
type DatelineReader interface {
	ReadDateline(text string, toks []arabic.Token, ps []marsad.Place) (marsad.Span, []int, bool)
}

// PlaceLookup is an optional capability of a PlaceResolver: the places of
// its gazetteer that an event takes when the article implies its place
// without naming it — a party's own country known only from a nisba
// (ISO 3166-1 alpha-3, country precision) or the seat of a body («نيويورك»
// for the UN Security Council). Without it those rules leave the location.
type PlaceLookup interface {
	CountryPlace(iso3 string) (marsad.Place, bool)
	CityPlace(name, iso3 string) (marsad.Place, bool)
}

// readDateline replaces the heuristic dateline of setPlaces with the one r
// reads, when r can read datelines, and marks the header's places. ps must
// be the slice given to setPlaces.
func (d *doc) readDateline(r PlaceResolver, ps []marsad.Place) {
	dr, ok := r.(DatelineReader)
	if !ok {
		return
	}
	d.dateline = nil
	_, idx, ok := dr.ReadDateline(d.text, d.toks, ps)
	if !ok {
		return
	}
	for n, i := range idx {
		if i < 0 || i >= len(ps) {
			continue
		}
		for k := range d.places {
			p := &d.places[k]
			if p.Start != ps[i].Start || p.End != ps[i].End {
				continue
			}
			p.header = true
			if n == 0 {
				pl := p.Place
				d.dateline = &pl
			}
			break
		}
	}
}
