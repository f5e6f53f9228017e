// Package cluster gives articles their identity and finds copies of them.
//
// CanonicalURL folds the many spellings of one page's address (tracking
// parameters, AMP variants, www., percent-encoding) into one key;
// ContentHash keys the normalised text, so a re-encoded copy of an article
// (diacritics, tatweel, alef and digit variants, spacing) has the same hash;
// SimHash fingerprints the text so that a wire story re-published with a new
// headline or footer lands within NearDuplicateDistance bits of the
// original. ArticleID derives a deterministic id from all three, and Prepare
// fills an article's identity fields before it is stored.
package cluster
