package postgres

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/store/storetext"
)

var _ marsad.Directory = (*Store)(nil)

// SearchActors finds actors whose dictionary id or normalised name starts
// with prefix, most involved first (ids before names, as the SQLite engine
// answers). The keys are those Events filters on (storetext.ActorKeys of
// the actor and the recipient), read from event_actor_keys.
func (s *Store) SearchActors(ctx context.Context, prefix string, limit int) ([]marsad.ActorHit, error) {
	prefix = strings.TrimSpace(prefix)
	if prefix == "" {
		return nil, marsad.Errorf(marsad.EINVALID, "an actor search needs a name or id")
	}
	if hasNUL(prefix) || !utf8.ValidString(prefix) {
		return nil, marsad.Errorf(marsad.EINVALID, "actor search is not valid text")
	}
	if limit <= 0 || limit > 100 {
		limit = 20
	}
	prefixes := []string{"id:" + prefix}
	if k := storetext.NameKey(prefix); k != "" {
		prefixes = append(prefixes, k)
	}
	out := []marsad.ActorHit{}
	for _, pre := range prefixes {
		// A range of the byte-ordered key index: every key starting with
		// pre sorts at or after it and before pre followed by U+10FFFF.
		rows, err := s.pool.Query(ctx, `SELECT key, count(*) AS n FROM event_actor_keys
			WHERE key >= $1 AND key < $2 GROUP BY key ORDER BY n DESC, key LIMIT $3`, pre, pre+"\U0010FFFF", limit)
		if err != nil {
			return nil, dbError("search actors", err)
		}
		var key string
		var n int
		_, err = pgx.ForEachRow(rows, []any{&key, &n}, func() error {
			h := marsad.ActorHit{Events: n}
			if id, isID := strings.CutPrefix(key, "id:"); isID {
				h.ID = id
			} else {
				h.Name = strings.TrimPrefix(key, "n:")
			}
			out = append(out, h)
			return nil
		})
		if err != nil {
			return nil, dbError("search actors", err)
		}
	}
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// SearchPlaces finds resolved place mentions whose name starts with
// prefix, most mentioned first, with the mean of their coordinates.
func (s *Store) SearchPlaces(ctx context.Context, prefix string, limit int) ([]marsad.PlaceHit, error) {
	prefix = strings.TrimSpace(prefix)
	if prefix == "" {
		return nil, marsad.Errorf(marsad.EINVALID, "a place search needs a name")
	}
	if hasNUL(prefix) || !utf8.ValidString(prefix) {
		return nil, marsad.Errorf(marsad.EINVALID, "place search is not valid text")
	}
	if limit <= 0 || limit > 100 {
		limit = 20
	}
	// A range on the byte-ordered index: every name starting with prefix
	// sorts at or after it and before prefix followed by U+10FFFF.
	rows, err := s.pool.Query(ctx, `SELECT name, country, avg(lat), avg(lon), count(*) AS n FROM places
		WHERE name COLLATE "C" >= $1 AND name COLLATE "C" < $2
		GROUP BY name, country ORDER BY n DESC, name COLLATE "C", country COLLATE "C" LIMIT $3`,
		prefix, prefix+"\U0010FFFF", limit)
	if err != nil {
		return nil, dbError("search places", err)
	}
	out := []marsad.PlaceHit{}
	var h marsad.PlaceHit
	_, err = pgx.ForEachRow(rows, []any{&h.Name, &h.Country, &h.Lat, &h.Lon, &h.Mentions}, func() error {
		out = append(out, h)
		return nil
	})
	if err != nil {
		return nil, dbError("search places", err)
	}
	return out, nil
}
