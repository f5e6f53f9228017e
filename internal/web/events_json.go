package web

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"sync"

	"github.com/marsad/marsad"
)

// jsonEventer is a store that hands out events as the JSON they were
// stored as (internal/store/sqlite: EventsJSON and EventsByActorJSON). The
// events list then writes those bytes as they are: decoding and encoding
// each event again took over half the CPU of a request.
type jsonEventer interface {
	EventsJSON(ctx context.Context, q marsad.EventQuery, each func(id, date string, js []byte) error) (string, error)
	EventsByActorJSON(ctx context.Context, q marsad.EventQuery, each func(id, date string, js []byte) error) (string, error)
}

// rawEvent is one event of a page as its JSON encoding.
type rawEvent struct {
	id, date string
	js       []byte
}

// eventsJSON is Events as JSON: the page of stored events, with the
// analysts' corrections applied as correctedStore.Events applies them.
func (s *Server) eventsJSON(ctx context.Context, je jsonEventer, q marsad.EventQuery) ([]rawEvent, string, error) {
	var evs []rawEvent
	each := func(id, date string, js []byte) error {
		evs = append(evs, rawEvent{id: id, date: date, js: js})
		return nil
	}
	var next string
	var err error
	if q.Actor != "" {
		next, err = je.EventsByActorJSON(ctx, q, each)
	} else {
		next, err = je.EventsJSON(ctx, q, each)
	}
	if err != nil {
		return nil, "", err
	}
	cs, corrected := s.store.(correctedStore)
	if !corrected {
		return evs, next, nil
	}
	all, known, err := s.allChanges(ctx, cs)
	if err != nil {
		return nil, "", err
	}
	if len(evs) > 0 && (!known || len(all) > 0) {
		latest := all
		if !known {
			ids := make([]string, len(evs))
			for i := range evs {
				ids[i] = evs[i].id
			}
			if latest, err = cs.c.LatestChanges(ctx, ids); err != nil {
				return nil, "", err
			}
		}
		if len(latest) > 0 {
			out := evs[:0]
			for _, ev := range evs {
				ch, changed := latest[ev.id]
				switch {
				case !changed:
					out = append(out, ev)
				case ch.Action == marsad.ChangeDelete || ch.Event == nil:
				case stillMatches(ch.Event, &q):
					js, err := json.Marshal(ch.Event)
					if err != nil {
						return nil, "", err
					}
					out = append(out, rawEvent{id: ev.id, date: ch.Event.Date, js: js})
				}
			}
			evs = out
		}
	}
	if q.Cursor == "" {
		var extra []*marsad.Event
		if known {
			extra, err = cs.newlyMatchingIn(ctx, &q, all)
		} else {
			extra, err = cs.newlyMatching(ctx, &q)
		}
		if err != nil {
			return nil, "", err
		}
		if len(extra) > 0 {
			for _, ev := range extra {
				js, err := json.Marshal(ev)
				if err != nil {
					return nil, "", err
				}
				evs = append(evs, rawEvent{id: ev.ID, date: ev.Date, js: js})
			}
			slices.SortStableFunc(evs, func(a, b rawEvent) int { return strings.Compare(b.date, a.date) })
		}
	}
	return evs, next, nil
}

// changeSnapshot is every event's latest change at one data version.
type changeSnapshot struct {
	mu      sync.Mutex
	version int64
	valid   bool
	latest  map[string]marsad.EventChange // read-only once stored
}

// allChanges returns the latest change of every changed event, read once
// per data version of a store that has one (known false otherwise: the
// caller asks per page). Corrections are few, and reading them for every
// request was a tenth of its CPU.
func (s *Server) allChanges(ctx context.Context, cs correctedStore) (map[string]marsad.EventChange, bool, error) {
	v, versioned := s.deps.Store.(dataVersioner)
	if !versioned {
		return nil, false, nil
	}
	version, err := v.DataVersion(ctx)
	if err != nil {
		return nil, false, err
	}
	s.changes.mu.Lock()
	if s.changes.valid && s.changes.version == version {
		latest := s.changes.latest
		s.changes.mu.Unlock()
		return latest, true, nil
	}
	s.changes.mu.Unlock()
	latest, err := cs.allChanges(ctx)
	if err != nil {
		return nil, false, err
	}
	s.changes.mu.Lock()
	s.changes.version, s.changes.valid, s.changes.latest = version, true, latest
	s.changes.mu.Unlock()
	return latest, true, nil
}

// eventsBody is the envelope of an EventPage holding evs, byte for byte
// what ok(w, page) writes for the decoded page.
func eventsBody(evs []rawEvent, next string) ([]byte, error) {
	n := 64 + len(next)
	for _, ev := range evs {
		n += len(ev.js) + 1
	}
	buf := bytes.NewBuffer(make([]byte, 0, n))
	buf.WriteString(`{"status":"success","data":{"events":[`)
	for i, ev := range evs {
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.Write(ev.js)
	}
	buf.WriteByte(']')
	if next != "" {
		buf.WriteString(`,"next":`)
		b, err := json.Marshal(next)
		if err != nil {
			return nil, err
		}
		buf.Write(b)
	}
	buf.WriteString("}}\n")
	return buf.Bytes(), nil
}
