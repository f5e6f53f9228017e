// Package sqlite is Marsad's embedded store: marsad.Store on a single SQLite
// file through the pure-Go modernc.org/sqlite driver.
//
// The database runs in WAL mode with one writer connection (every write is
// one IMMEDIATE transaction) and a pool of read-only connections. The
// schema lives in migrations/*.sql, embedded and applied in order at Open.
// Full-text search indexes each word's normalised clitic-stripped stems
// (internal/arabic), so a query matches across orthographic variants and
// attached prepositions, conjunctions and the article. Near-duplicates are
// found through an LSH band index of SimHash fingerprints
// (internal/cluster).
package sqlite
