// Package storetext holds the pure-Go text and validation rules that every
// store engine must apply identically: the full-text terms indexed for an
// article (normalised, clitic-stripped stems from internal/arabic), the
// alternatives a search word matches, the keys under which an event's
// actors are found, and the checks an article or analysis must pass before
// it is written. Engines own their SQL; this package owns no storage.
package storetext
