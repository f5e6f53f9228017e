package postgres

import (
	"context"

	"github.com/marsad/marsad"
)

// Seen reports, without writing, whether PutArticle would refuse a as a
// duplicate: DuplicateURL or DuplicateText with true, or false when a is
// new. The pipeline asks before analysing, so re-ingesting costs a lookup,
// not an analysis. a must carry its CanonicalURL and ContentHash.
func (s *Store) Seen(ctx context.Context, a *marsad.Article) (marsad.PutStatus, bool, error) {
	if hasNUL(a.CanonicalURL, a.ContentHash) {
		return 0, false, nil // never stored
	}
	var byURL, byHash bool
	err := s.pool.QueryRow(ctx, `SELECT
		$1 <> '' AND EXISTS (SELECT 1 FROM articles WHERE canonical_url = $1 AND canonical_url <> ''),
		$2 <> '' AND EXISTS (SELECT 1 FROM articles WHERE content_hash = $2)`, a.CanonicalURL, a.ContentHash).Scan(&byURL, &byHash)
	switch {
	case err != nil:
		return 0, false, dbError("seen", err)
	case byURL:
		return marsad.DuplicateURL, true, nil
	case byHash:
		return marsad.DuplicateText, true, nil
	}
	return 0, false, nil
}
