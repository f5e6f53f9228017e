package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"github.com/marsad/marsad"
)

// Seen reports, without writing, whether PutArticle would refuse a as a
// duplicate: DuplicateURL or DuplicateText with true, or false when a is
// new. The pipeline asks before analysing, so re-ingesting costs a lookup,
// not an analysis. a must carry its CanonicalURL and ContentHash.
func (s *Store) Seen(ctx context.Context, a *marsad.Article) (marsad.PutStatus, bool, error) {
	var story string
	if a.CanonicalURL != "" {
		err := s.r.QueryRowContext(ctx, `SELECT story_id FROM articles WHERE canonical_url = ? AND canonical_url <> '' LIMIT 1`, a.CanonicalURL).Scan(&story)
		switch {
		case err == nil:
			return marsad.DuplicateURL, true, nil
		case !errors.Is(err, sql.ErrNoRows):
			return 0, false, dbError("seen", err)
		}
	}
	if a.ContentHash != "" {
		err := s.r.QueryRowContext(ctx, `SELECT story_id FROM articles WHERE content_hash = ? LIMIT 1`, a.ContentHash).Scan(&story)
		switch {
		case err == nil:
			return marsad.DuplicateText, true, nil
		case !errors.Is(err, sql.ErrNoRows):
			return 0, false, dbError("seen", err)
		}
	}
	return 0, false, nil
}
