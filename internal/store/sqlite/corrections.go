package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strings"
	"time"

	"github.com/marsad/marsad"
)

var _ marsad.EventCorrector = (*Store)(nil)

// OriginalEvent returns an event as the analysis coded it, ENOTFOUND if no
// stored event has that id.
func (s *Store) OriginalEvent(ctx context.Context, id string) (*marsad.Event, error) {
	var js string
	err := s.r.QueryRowContext(ctx, `SELECT json FROM events WHERE event_id = ? LIMIT 1`, id).Scan(&js)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "no event %q", id)
	}
	if err != nil {
		return nil, dbError("event", err)
	}
	var ev marsad.Event
	if err := json.Unmarshal([]byte(js), &ev); err != nil {
		return nil, dbError("event", err)
	}
	return &ev, nil
}

// RecordChange appends a correction (ev set) or deletion (ev nil) of the
// event with id. The event must exist.
func (s *Store) RecordChange(ctx context.Context, id, who, note string, ev *marsad.Event) (marsad.EventChange, error) {
	if _, err := s.OriginalEvent(ctx, id); err != nil {
		return marsad.EventChange{}, err
	}
	c := marsad.EventChange{EventID: id, Action: marsad.ChangeDelete, Who: who, At: time.Now().UTC(), Event: ev, Note: note}
	js := ""
	if ev != nil {
		c.Action = marsad.ChangeCorrect
		b, err := json.Marshal(ev)
		if err != nil {
			return c, err
		}
		js = string(b)
	}
	res, err := s.w.ExecContext(ctx, `INSERT INTO event_changes(event_id, action, who, at, json, note) VALUES (?, ?, ?, ?, ?, ?)`,
		id, c.Action, who, c.At.UnixNano(), js, note)
	if err != nil {
		return c, dbError("record change", err)
	}
	c.Seq, _ = res.LastInsertId()
	return c, nil
}

// EventHistory lists the changes of one event, oldest first.
func (s *Store) EventHistory(ctx context.Context, id string) ([]marsad.EventChange, error) {
	return s.changes(ctx, `SELECT seq, event_id, action, who, at, json, note FROM event_changes WHERE event_id = ? ORDER BY seq`, id)
}

// LatestChanges returns the newest change of each of the events named,
// keyed by event id; events never changed are absent.
func (s *Store) LatestChanges(ctx context.Context, ids []string) (map[string]marsad.EventChange, error) {
	out := map[string]marsad.EventChange{}
	for len(ids) > 0 {
		n := min(len(ids), 500)
		batch := ids[:n]
		ids = ids[n:]
		args := make([]any, len(batch))
		for i, id := range batch {
			args[i] = id
		}
		ph := strings.TrimSuffix(strings.Repeat("?,", len(batch)), ",")
		cs, err := s.changes(ctx, `SELECT seq, event_id, action, who, at, json, note FROM event_changes
			WHERE event_id IN (`+ph+`) ORDER BY seq`, args...)
		if err != nil {
			return nil, err
		}
		for _, c := range cs {
			out[c.EventID] = c // ordered by seq: the last one wins
		}
	}
	return out, nil
}

// Changes lists changes recorded at or after since, oldest first, at most
// limit (default 1000); action filters ("delete" for the deletions feed).
func (s *Store) Changes(ctx context.Context, since time.Time, action string, afterSeq int64, limit int) ([]marsad.EventChange, error) {
	if limit <= 0 || limit > 10000 {
		limit = 1000
	}
	q := `SELECT seq, event_id, action, who, at, json, note FROM event_changes WHERE at >= ? AND seq > ?`
	args := []any{since.UnixNano(), afterSeq}
	if action != "" {
		q += ` AND action = ?`
		args = append(args, action)
	}
	q += ` ORDER BY seq LIMIT ?`
	args = append(args, limit)
	return s.changes(ctx, q, args...)
}

func (s *Store) changes(ctx context.Context, q string, args ...any) ([]marsad.EventChange, error) {
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, dbError("changes", err)
	}
	defer rows.Close()
	out := []marsad.EventChange{}
	for rows.Next() {
		var c marsad.EventChange
		var at int64
		var js string
		if err := rows.Scan(&c.Seq, &c.EventID, &c.Action, &c.Who, &at, &js, &c.Note); err != nil {
			return nil, dbError("changes", err)
		}
		c.At = time.Unix(0, at).UTC()
		if js != "" {
			c.Event = new(marsad.Event)
			if err := json.Unmarshal([]byte(js), c.Event); err != nil {
				return nil, dbError("changes", err)
			}
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
