package sqlite

import (
	"context"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/store/storetext"
)

// EventsByActor answers an event query that names an actor, choosing the
// plan by how common the actor is. Events drives a rare actor's query from
// its few event_actors rows and sorts them; for a common one (in more than
// 1 event in 200) that sort would hold a large share of the table, so this
// walks the events newest first instead and checks each against the
// actor's keys, stopping at a page. Pages and cursors are those of Events.
func (s *Store) EventsByActor(ctx context.Context, q marsad.EventQuery) (marsad.EventPage, error) {
	return decodeEvents(func(each func(id, date string, js []byte) error) (string, error) {
		return s.EventsByActorJSON(ctx, q, each)
	})
}

// EventsByActorJSON is EventsByActor without decoding, as EventsJSON is
// Events.
func (s *Store) EventsByActorJSON(ctx context.Context, q marsad.EventQuery, each func(id, date string, js []byte) error) (string, error) {
	if q.Actor == "" || q.BBox != nil || q.Near != nil {
		return s.EventsJSON(ctx, q, each)
	}
	var keys []any
	for _, k := range storetext.QueryActorKeys(q.Actor) {
		keys = append(keys, k)
	}
	ph := strings.TrimSuffix(strings.Repeat("?,", len(keys)), ",")
	// Count the actor's mentions only up to the threshold: a common actor's
	// full count (160,000 rows of 1,000,000) cost more than its page.
	var mentions, total int64
	if err := s.r.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) FROM events`).Scan(&total); err != nil {
		return "", dbError("events", err)
	}
	threshold := total/200 + 1
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM event_actors WHERE key IN (`+ph+`) LIMIT ?)`,
		append(keys, threshold)...).Scan(&mentions); err != nil {
		return "", dbError("events", err)
	}
	if mentions < threshold {
		return s.EventsJSON(ctx, q, each)
	}
	limit, err := pageLimit(q.Limit)
	if err != nil {
		return "", err
	}
	where, args, err := eventFilters(q, false)
	if err != nil {
		return "", err
	}
	where = append(where, `EXISTS (SELECT 1 FROM event_actors a WHERE a.key IN (`+ph+`) AND a.event_seq = e.seq)`)
	args = append(args, keys...)
	if q.Cursor != "" {
		seq, date, err := decodeCursor("e", q.Cursor)
		if err != nil {
			return "", err
		}
		where = append(where, `(e.sort_date, e.seq) < (?, ?)`)
		args = append(args, date, seq)
	}
	// Walk the newest-first index unless a type or country filter has its
	// own (type, date) or (country, date) index to walk.
	from := `events e INDEXED BY events_newest`
	if len(q.Types) == 1 || q.Country != "" {
		from = `events e`
	}
	query := `SELECT e.seq, e.sort_date, e.event_id, e.date, e.json FROM ` + from + ` WHERE ` + strings.Join(where, ` AND `) +
		` ORDER BY e.sort_date DESC, e.seq DESC LIMIT ?`
	args = append(args, limit+1)
	return s.eventRows(ctx, query, args, limit, each)
}
