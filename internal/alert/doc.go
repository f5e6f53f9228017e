// Package alert watches the event stream for what users asked to be told
// about.
//
// A rule file (YAML, see docs/rules.md) lists watch rules: event types and
// modes, actors, places (a circle, a box, a country or province, or a named
// zone such as the strip along the Iraq–Syria border), Arabic keywords
// matched through the Arabic normaliser, a minimum confidence and a minimum
// number of independent sources. Rules are compiled once and checked against
// every event as its article is stored (Manager.OnStored, the pipeline's
// hook), never by polling the database.
//
// Matches become alerts with Prometheus' states: pending (matched, not yet
// enough independent sources), firing, and resolved (no new report for the
// rule's resolve_after). Later reports of the same happening — the same
// story, or the same type, compatible actors, a place within 25 km and a date
// within a day — update the alert instead of raising a new one.
//
// Alerts are delivered to webhooks (JSON body signed with HMAC-SHA256,
// retried with exponential backoff and jitter, dead-lettered at the end) by
// a bounded worker pool that never blocks ingestion, to an Atom feed per
// rule, and to the UI through the HTTP API. Alert state and dead letters are
// kept in a small SQLite file so they survive restarts.
package alert
