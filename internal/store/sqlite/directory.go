package sqlite

import (
	"context"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/store/storetext"
)

var _ marsad.Directory = (*Store)(nil)

// SearchActors finds actors whose dictionary id or normalised name starts
// with prefix, most involved first. Both lookups are range scans of the
// event_actors key index.
func (s *Store) SearchActors(ctx context.Context, prefix string, limit int) ([]marsad.ActorHit, error) {
	prefix = strings.TrimSpace(prefix)
	if prefix == "" {
		return nil, marsad.Errorf(marsad.EINVALID, "an actor search needs a name or id")
	}
	if limit <= 0 || limit > 100 {
		limit = 20
	}
	var ranges [][2]string
	ranges = append(ranges, [2]string{"id:" + prefix, "id:" + prefix + "\U0010FFFF"})
	if k := storetext.NameKey(prefix); k != "" {
		ranges = append(ranges, [2]string{k, k + "\U0010FFFF"})
	}
	out := []marsad.ActorHit{}
	for _, r := range ranges {
		rows, err := s.r.QueryContext(ctx, `SELECT key, count(DISTINCT event_seq) AS n FROM event_actors
			WHERE key >= ? AND key < ? GROUP BY key ORDER BY n DESC LIMIT ?`, r[0], r[1], limit)
		if err != nil {
			return nil, dbError("search actors", err)
		}
		for rows.Next() {
			var key string
			var h marsad.ActorHit
			if err := rows.Scan(&key, &h.Events); err != nil {
				rows.Close()
				return nil, dbError("search actors", err)
			}
			if id, isID := strings.CutPrefix(key, "id:"); isID {
				h.ID = id
			} else {
				h.Name = strings.TrimPrefix(key, "n:")
			}
			out = append(out, h)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, dbError("search actors", err)
		}
	}
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// SearchPlaces finds resolved place mentions whose name starts with
// prefix, most mentioned first.
func (s *Store) SearchPlaces(ctx context.Context, prefix string, limit int) ([]marsad.PlaceHit, error) {
	prefix = strings.TrimSpace(prefix)
	if prefix == "" {
		return nil, marsad.Errorf(marsad.EINVALID, "a place search needs a name")
	}
	if limit <= 0 || limit > 100 {
		limit = 20
	}
	rows, err := s.r.QueryContext(ctx, `SELECT name, country, avg(lat), avg(lon), count(*) AS n FROM places
		WHERE name >= ? AND name < ? GROUP BY name, country ORDER BY n DESC, name LIMIT ?`, prefix, prefix+"\U0010FFFF", limit)
	if err != nil {
		return nil, dbError("search places", err)
	}
	defer rows.Close()
	out := []marsad.PlaceHit{}
	for rows.Next() {
		var h marsad.PlaceHit
		if err := rows.Scan(&h.Name, &h.Country, &h.Lat, &h.Lon, &h.Mentions); err != nil {
			return nil, dbError("search places", err)
		}
		out = append(out, h)
	}
	return out, rows.Err()
}
