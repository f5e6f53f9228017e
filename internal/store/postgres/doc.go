// Package postgres is Marsad's store at scale: marsad.Store on PostgreSQL
// through github.com/jackc/pgx/v5, for many ingest and analysis workers
// writing to one database at once.
//
// The schema lives in migrations/*.sql, embedded and applied in order under
// a session advisory lock, so processes starting together migrate once.
// Full-text search does not use PostgreSQL's text search parsers or its
// 'arabic' configuration (which misses clitics): each word's normalised,
// clitic-stripped stems (internal/store/storetext, the same terms as the
// SQLite engine) are stored verbatim in a tsvector with a GIN index, and a
// query is turned into a tsquery of quoted terms passed as a parameter.
// Duplicates are kept out by unique constraints (INSERT … ON CONFLICT DO
// NOTHING, then a fresh look at the winner); near-duplicates are grouped
// inside the writing transaction under advisory locks on the SimHash LSH
// bands they share, so concurrent copies of one report join one story.
// Deadlocks and serialisation failures are retried.
//
// Beside marsad.Store the engine has the optional capabilities the API
// server looks for, with the SQLite engine's semantics (the shared cases in
// internal/store/storetest run on both): hashed API tokens with roles
// (CreateToken, TokenRole, Tokens), analysts' corrections and deletions of
// events kept beside the original coding (marsad.EventCorrector), counts
// of events in SQL (CountEvents) and the actor and place directory
// (marsad.Directory).
package postgres
