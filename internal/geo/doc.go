// Package geo is Marsad's gazetteer and place resolver.
//
// The gazetteer is a set of versioned data files written by the Marsad team
// (data/*.txt, embedded with go:embed): every country, the first-level
// provinces of the Arab League countries, Turkey, Iran and the big
// countries, and for the Arab world, Turkey and Iran the cities, towns,
// districts, camps, crossings, prisons, dams, airports and bases that make
// the news, each with its Arabic names and variants, English name, kind,
// admin hierarchy (ISO 3166-1 alpha-3 country + province id), population
// and, where known, a GeoNames id. `marsad gazetteer import` adds the
// worldwide GeoNames dumps on top of it (see ImportGeoNames).
//
// The Resolver finds place mentions in Arabic text: candidates come from the
// tokens of internal/arabic with clitics stripped («بالحسكة» → الحسكة),
// multi-word names are matched longest first («دير الزور»), and candidates
// sharing a name are told apart by the article's other places and
// countries, admin containment, cue phrases («ريف حلب», «محافظة X», «مدينة
// X», «شمال سوريا») and, last, population. Each place carries an honest
// precision in the ACLED sense: a country or province mention is never
// presented as a precise point.
package geo
