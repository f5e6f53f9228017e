// Package cluster gives articles their identity and finds copies of them.
//
// CanonicalURL folds the many spellings of one page's address (tracking
// parameters, AMP variants, www., percent-encoding) into one key;
// ContentHash keys the normalised text, so a re-encoded copy of an article
// (diacritics, tatweel, alef and digit variants, spacing) has the same hash;
// SimHash fingerprints the text, and SameStory decides from the distance of
// two fingerprints (and, when it is borderline, the overlap of the texts'
// word 3-grams) whether two reports are the same story, such as a wire item
// re-published with a new headline and footer. BandValues cuts a
// fingerprint into the LSH bands stores index to find candidates.
// ArticleID derives a deterministic id, and Prepare fills an article's
// identity fields before it is stored.
package cluster
