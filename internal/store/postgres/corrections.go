package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad"
)

var _ marsad.EventCorrector = (*Store)(nil)

// OriginalEvent returns an event as the analysis coded it, ENOTFOUND if no
// stored event has that id.
func (s *Store) OriginalEvent(ctx context.Context, id string) (*marsad.Event, error) {
	if hasNUL(id) || !utf8.ValidString(id) {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "no event %q", id)
	}
	var j []byte
	err := s.pool.QueryRow(ctx, `SELECT json FROM events WHERE event_id = $1 ORDER BY seq LIMIT 1`, id).Scan(&j)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "no event %q", id)
	}
	if err != nil {
		return nil, dbError("event", err)
	}
	var ev marsad.Event
	if err := json.Unmarshal(j, &ev); err != nil {
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
	if hasNUL(who, note) || !utf8.ValidString(who) || !utf8.ValidString(note) {
		return marsad.EventChange{}, marsad.Errorf(marsad.EINVALID, "change author or note is not valid text")
	}
	c := marsad.EventChange{EventID: id, Action: marsad.ChangeDelete, Who: who, At: time.Now().UTC(), Event: ev, Note: note}
	var js *string
	if ev != nil {
		c.Action = marsad.ChangeCorrect
		b, err := json.Marshal(ev)
		if err != nil {
			return c, marsad.Errorf(marsad.EINVALID, "corrected event: %v", err)
		}
		if jsonHasNUL(b) {
			return c, marsad.Errorf(marsad.EINVALID, "corrected event holds a NUL character")
		}
		j := string(b)
		js = &j
	}
	err := s.pool.QueryRow(ctx, `INSERT INTO event_changes(event_id, action, who, at, json, note)
		VALUES ($1, $2, $3, $4, $5::jsonb, $6) RETURNING seq`,
		id, c.Action, who, c.At.UnixNano(), js, note).Scan(&c.Seq)
	if err != nil {
		return c, dbError("record change", err)
	}
	return c, nil
}

// EventHistory lists the changes of one event, oldest first.
func (s *Store) EventHistory(ctx context.Context, id string) ([]marsad.EventChange, error) {
	if hasNUL(id) || !utf8.ValidString(id) {
		return []marsad.EventChange{}, nil
	}
	return s.changes(ctx, `SELECT seq, event_id, action, who, at, json, note FROM event_changes WHERE event_id = $1 ORDER BY seq`, id)
}

// LatestChanges returns the newest change of each of the events named,
// keyed by event id; events never changed are absent.
func (s *Store) LatestChanges(ctx context.Context, ids []string) (map[string]marsad.EventChange, error) {
	out := map[string]marsad.EventChange{}
	var valid []string
	for _, id := range ids {
		if !hasNUL(id) && utf8.ValidString(id) {
			valid = append(valid, id)
		}
	}
	if len(valid) == 0 {
		return out, nil
	}
	cs, err := s.changes(ctx, `SELECT DISTINCT ON (event_id) seq, event_id, action, who, at, json, note
		FROM event_changes WHERE event_id = ANY($1) ORDER BY event_id, seq DESC`, valid)
	if err != nil {
		return nil, err
	}
	for _, c := range cs {
		out[c.EventID] = c
	}
	return out, nil
}

// Changes lists changes recorded at or after since with seq > afterSeq,
// oldest first, at most limit (default 1000); action filters ("delete"
// for the deletions feed).
func (s *Store) Changes(ctx context.Context, since time.Time, action string, afterSeq int64, limit int) ([]marsad.EventChange, error) {
	if limit <= 0 || limit > 10000 {
		limit = 1000
	}
	if hasNUL(action) || !utf8.ValidString(action) {
		return nil, marsad.Errorf(marsad.EINVALID, "bad change action %q", action)
	}
	var sinceNS int64
	if !since.IsZero() {
		sinceNS = since.UnixNano()
	}
	q := `SELECT seq, event_id, action, who, at, json, note FROM event_changes WHERE at >= $1 AND seq > $2`
	var p args = args{sinceNS, afterSeq}
	if action != "" {
		q += ` AND action = ` + p.add(action)
	}
	q += ` ORDER BY seq LIMIT ` + p.add(limit)
	return s.changes(ctx, q, p...)
}

func (s *Store) changes(ctx context.Context, q string, a ...any) ([]marsad.EventChange, error) {
	rows, err := s.pool.Query(ctx, q, a...)
	if err != nil {
		return nil, dbError("changes", err)
	}
	out := []marsad.EventChange{}
	var c marsad.EventChange
	var at int64
	var j []byte
	_, err = pgx.ForEachRow(rows, []any{&c.Seq, &c.EventID, &c.Action, &c.Who, &at, &j, &c.Note}, func() error {
		ch := c
		ch.At = time.Unix(0, at).UTC()
		ch.Event = nil
		if j != nil {
			ch.Event = new(marsad.Event)
			if err := json.Unmarshal(j, ch.Event); err != nil {
				return fmt.Errorf("decode change %d: %w", ch.Seq, err)
			}
		}
		out = append(out, ch)
		return nil
	})
	if err != nil {
		return nil, dbError("changes", err)
	}
	return out, nil
}
