package sqlite

import (
	"context"
	"math"
	"strings"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/store/storetext"
)

// countColumns are the SQL expressions of the dimensions CountEvents
// groups by. "actor" is answered from event_actors (both roles).
var countColumns = map[string]string{
	"day":     "e.sort_date",
	"type":    "e.type",
	"mode":    "e.mode",
	"country": "e.country",
	"actor":   "e.actor_key",
}

// CountEvents counts the events matching q grouped by one or two of day,
// type, mode, country and actor (an event counts for its actor and its
// recipient, by dictionary id, else by name), in SQL. currentOnly leaves out historical, future,
// hypothetical and negated events. Geographic filters (BBox, Near) are
// not supported here: the caller counts those page by page.
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
	where, args, err := eventFilters(q, true)
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
		sel := func(id, name string) string {
			return `SELECT e.*, CASE WHEN e.` + id + ` <> '' THEN e.` + id + ` ELSE e.` + name + ` END AS actor_key FROM events e` + cond
		}
		from = `(` + sel("actor_id", "actor_name") + ` UNION ALL ` + sel("recipient_id", "recipient_name") + `) e WHERE e.actor_key <> ''`
		args = append(args, args...)
	}
	query := `SELECT ` + strings.Join(cols, ", ") + `, count(*) FROM ` + from
	query += ` GROUP BY ` + strings.Join(cols, ", ") + ` ORDER BY ` + strings.Join(cols, ", ")
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, dbError("count events", err)
	}
	defer rows.Close()
	out := []marsad.EventCount{}
	for rows.Next() {
		keys := make([]string, len(by))
		dest := make([]any, 0, len(by)+1)
		for i := range keys {
			dest = append(dest, &keys[i])
		}
		var n int
		dest = append(dest, &n)
		if err := rows.Scan(dest...); err != nil {
			return nil, dbError("count events", err)
		}
		out = append(out, marsad.EventCount{Key: keys, Count: n})
	}
	return out, rows.Err()
}

// eventFilters builds the SQL conditions of an event query on events e,
// as Events applies them, except the geographic ones and the cursor; the
// actor condition only when withActor.
func eventFilters(q marsad.EventQuery, withActor bool) ([]string, []any, error) {
	var where []string
	var args []any
	in := func(col string, vals []string) {
		where = append(where, col+` IN (`+strings.TrimSuffix(strings.Repeat("?,", len(vals)), ",")+`)`)
		for _, v := range vals {
			args = append(args, v)
		}
	}
	if len(q.Types) > 0 {
		in("e.type", q.Types)
	}
	if len(q.Modes) > 0 {
		in("e.mode", q.Modes)
	}
	if q.Actor != "" && withActor {
		keys := storetext.QueryActorKeys(q.Actor)
		where = append(where, `e.seq IN (SELECT event_seq FROM event_actors WHERE key IN (`+strings.TrimSuffix(strings.Repeat("?,", len(keys)), ",")+`))`)
		for _, k := range keys {
			args = append(args, k)
		}
	}
	if q.Country != "" {
		where = append(where, `e.country = ?`)
		args = append(args, strings.ToUpper(q.Country))
	}
	if q.MinConfidence != 0 {
		if math.IsNaN(q.MinConfidence) {
			return nil, nil, marsad.Errorf(marsad.EINVALID, "minimum confidence is not a number")
		}
		where = append(where, `e.confidence >= ?`)
		args = append(args, q.MinConfidence)
	}
	if q.ArticleID != "" {
		where = append(where, `e.article_id = ?`)
		args = append(args, q.ArticleID)
	}
	if q.Source != "" {
		where = append(where, `e.source = ?`)
		args = append(args, q.Source)
	}
	if !q.Since.IsZero() {
		where = append(where, `e.sort_date >= ?`)
		args = append(args, q.Since.UTC().Format(time.DateOnly))
	}
	if !q.Until.IsZero() {
		where = append(where, `e.sort_date <> '' AND e.sort_date <= ?`)
		args = append(args, q.Until.UTC().Add(-time.Nanosecond).Format(time.DateOnly))
	}
	return where, args, nil
}
