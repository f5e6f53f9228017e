// Package coding codes Arabic news into PLOVER events: it finds event
// triggers from an embedded lexicon (conjugated verbs, verbal nouns, idioms),
// fills actor, recipient, place, date and count from the clause, drops what
// is negated, planned, conditional or historical, merges reports of one
// happening, extracts quotes with their speakers, and assembles the whole
// analysis chain (arabic → ner → actor → geo → events, quotes, dates) as a
// marsad.Analyzer.
package coding
