// Package source reads news items from the local world: files, directories
// and standard input, in plain text, HTML, JSON, JSON Lines (optionally
// gzip-compressed) and WARC web archives. Every item becomes a
// marsad.RawItem handed to a Handler; an item that cannot be read becomes a
// marsad.Rejection and the read goes on. Nothing here loads a whole large
// file into memory, and nothing panics on bad input.
//
// Feeds (RSS/Atom) live in the sub-package feed.
package source
