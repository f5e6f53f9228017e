// Package marsad is the domain of the Marsad engine: the articles it reads,
// what it finds in them (entities, places, quotes and PLOVER events), the
// stories that group articles, and the one error type every layer returns.
//
// The package depends on the standard library only. Implementations live in
// internal/..., wiring in cmd/marsad.
package marsad
