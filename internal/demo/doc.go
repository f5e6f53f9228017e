// Package demo holds the sample articles that `marsad serve --demo` loads.
// They were written by the Marsad team for demonstration and tests: the
// events are invented, the places, actors and constructions are the ones
// real Arabic news uses. No text is taken from any outlet.
package demo
