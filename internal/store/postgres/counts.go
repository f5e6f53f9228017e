package postgres

import (
	"context"
	"math"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/store/storetext"
)

// countColumns are the SQL expressions of the dimensions CountEvents
// groups by. "actor" is answered from the actor and recipient columns.
var countColumns = map[string]string{
	"day":     "e.sort_date",
	"type":    "e.type",
	"mode":    "e.mode",
	"country": "e.country",
	"actor":   "e.actor_key",
}

// CountEvents counts the events matching q grouped by one or two of day,
// type, mode, country and actor (an event counts for its actor and its
// recipient, by dictionary id, else by name), in SQL, ordered by key.
// currentOnly leaves out historical, future, hypothetical and negated
// events. Geographic filters (BBox, Near) are EUNAVAILABLE here: the
// caller counts those page by page.
func (s *Store) CountEvents(ctx context.Context, q marsad.EventQuery, by []string, currentOnly bool) ([]marsad.EventCount, error) {
	if q.BBox != nil || q.Near != nil {
		return nil, marsad.Errorf(marsad.EUNAVAILABLE, "counting with a geographic filter is done page by page")
	}
	if len(by) == 0 || len(by) > 2 {
		return nil, marsad.Errorf(marsad.EINVALID, "count by one or two dimensions")
	}
	var cols []string
	actor := false
	for _, d := range by {
		c, known := countColumns[d]
		if !known {
			return nil, marsad.Errorf(marsad.EINVALID, "cannot count by %q", d)
		}
		actor = actor || d == "actor"
		cols = append(cols, c)
	}
	var p args
	where, err := eventFilters(q, &p)
	if err != nil {
		return nil, err
	}
	if currentOnly {
		where = append(where, `e.aux = ''`)
	}
	cond := ""
	if len(where) > 0 {
		cond = ` WHERE ` + strings.Join(where, ` AND `)
	}
	from := `events e` + cond
	if actor {
		// An event counts once for its actor and once for its recipient,
		// each named by dictionary id, else by the name in the text.
		from = `(SELECT e.*, k.actor_key FROM events e CROSS JOIN LATERAL (VALUES
			(CASE WHEN e.actor_id <> '' THEN e.actor_id ELSE e.actor_name END),
			(CASE WHEN e.recipient_id <> '' THEN e.recipient_id ELSE e.recipient_name END)) k(actor_key)` +
			cond + `) e WHERE e.actor_key <> ''`
	}
	// Keys in byte order, as the SQLite engine sorts them.
	order := make([]string, len(cols))
	for i, c := range cols {
		order[i] = c + ` COLLATE "C"`
	}
	query := `SELECT ` + strings.Join(cols, ", ") + `, count(*) FROM ` + from +
		` GROUP BY ` + strings.Join(cols, ", ") + ` ORDER BY ` + strings.Join(order, ", ")
	rows, err := s.pool.Query(ctx, query, p...)
	if err != nil {
		return nil, dbError("count events", err)
	}
	out := []marsad.EventCount{}
	keys := make([]string, len(by))
	var n int
	dest := make([]any, 0, len(by)+1)
	for i := range keys {
		dest = append(dest, &keys[i])
	}
	dest = append(dest, &n)
	_, err = pgx.ForEachRow(rows, dest, func() error {
		out = append(out, marsad.EventCount{Key: append([]string(nil), keys...), Count: n})
		return nil
	})
	if err != nil {
		return nil, dbError("count events", err)
	}
	return out, nil
}

// eventFilters builds the SQL conditions of an event query on events e,
// as Events applies them, except the geographic ones and the cursor,
// adding their parameters to p.
func eventFilters(q marsad.EventQuery, p *args) ([]string, error) {
	if hasNUL(append(append([]string{q.Actor, q.Country, q.ArticleID, q.Source, q.Cursor}, q.Types...), q.Modes...)...) {
		return nil, marsad.Errorf(marsad.EINVALID, "query holds a NUL character")
	}
	var where []string
	if len(q.Types) > 0 {
		where = append(where, `e.type = ANY(`+p.add(q.Types)+`)`)
	}
	if len(q.Modes) > 0 {
		where = append(where, `e.mode = ANY(`+p.add(q.Modes)+`)`)
	}
	if q.Actor != "" {
		where = append(where, `e.actor_keys && `+p.add(storetext.QueryActorKeys(q.Actor))+`::text[]`)
	}
	if q.Country != "" {
		where = append(where, `e.country = `+p.add(strings.ToUpper(q.Country)))
	}
	if q.MinConfidence != 0 {
		if math.IsNaN(q.MinConfidence) {
			return nil, marsad.Errorf(marsad.EINVALID, "minimum confidence is not a number")
		}
		where = append(where, `e.confidence >= `+p.add(q.MinConfidence))
	}
	if q.ArticleID != "" {
		where = append(where, `e.article_id = `+p.add(q.ArticleID))
	}
	if q.Source != "" {
		where = append(where, `e.source = `+p.add(q.Source))
	}
	if !q.Since.IsZero() {
		where = append(where, `e.sort_date >= `+p.add(q.Since.UTC().Format(time.DateOnly)))
	}
	if !q.Until.IsZero() {
		where = append(where, `e.sort_date <> '' AND e.sort_date <= `+p.add(q.Until.UTC().Add(-time.Nanosecond).Format(time.DateOnly)))
	}
	return where, nil
}
