// Package feed polls RSS 2.0, RSS 1.0/RDF and Atom feeds politely and turns
// their new items into marsad.RawItem values.
//
// A Poller keeps, per feed, the validators of the last good response
// (ETag, Last-Modified) for conditional GET, a schedule with jitter and
// exponential backoff, and a bounded list of item ids already delivered, all
// persisted through a StateStore so a restart neither re-delivers old items
// nor hammers servers. Every request, feed or article page, goes through one
// per-host gate (one request in flight per host, a minimum delay between
// requests), a size limit, a timeout, and an SSRF guard that checks the
// address actually dialled.
//
// The default list of public Arabic news feeds is an embedded YAML file
// (feeds.yaml); LoadFeedsFile reads a user's own list in the same format.
package feed
