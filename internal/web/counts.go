package web

import (
	"context"
	"net/http"
	"sort"
	"strings"

	"github.com/marsad/marsad"
)

// Count is the number of events sharing one key.
type Count = marsad.EventCount

// Counts answers an aggregate query.
type Counts struct {
	By        []string `json:"by"`
	Counts    []Count  `json:"counts"`
	Truncated bool     `json:"truncated,omitempty"` // more than maxCounted events matched; counts cover the newest
}

// EventCounter is a store that aggregates events itself; the server uses
// it when the store has it and counts page by page otherwise (or when it
// answers EUNAVAILABLE for a query it cannot count).
type EventCounter interface {
	CountEvents(ctx context.Context, q marsad.EventQuery, by []string, currentOnly bool) ([]marsad.EventCount, error)
}

// countDims are the dimensions events can be counted by.
var countDims = map[string]bool{"day": true, "type": true, "mode": true, "country": true, "actor": true}

// maxCounted bounds the page-by-page fallback.
const maxCounted = 200000

func (s *Server) countEvents(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	by := strings.Split(q.Get("by"), ",")
	if q.Get("by") == "" || len(by) > 2 {
		return marsad.Errorf(marsad.EINVALID, "by must be one or two of day, type, mode, country, actor (comma-separated)")
	}
	for _, d := range by {
		if !countDims[d] {
			return marsad.Errorf(marsad.EINVALID, "cannot count by %q: want day, type, mode, country or actor", d)
		}
	}
	current := q.Get("current") == "true" || q.Get("current") == "1"
	eq, err := eventQuery(r, 1000)
	if err != nil {
		return err
	}
	merged, err := mergedParam(r)
	if err != nil {
		return err
	}
	return s.cached(w, r, func() ([]byte, error) {
		var out Counts
		var err error
		if merged {
			out, err = s.countMerged(r.Context(), eq, by, current)
		} else {
			out, err = s.count(r.Context(), eq, by, current)
		}
		if err != nil {
			return nil, err
		}
		return encodeOK(out)
	})
}

// count counts events matching eq by the dimensions in by: in the store
// when it can, else page by page.
func (s *Server) count(ctx context.Context, eq marsad.EventQuery, by []string, current bool) (Counts, error) {
	eq.Limit, eq.Cursor = 1000, ""
	out := Counts{By: by}
	var err error
	if c, isCounter := s.store.(EventCounter); isCounter {
		out.Counts, err = c.CountEvents(ctx, eq, by, current)
		switch {
		case err == nil:
			return out, nil
		case marsad.ErrorCode(err) != marsad.EUNAVAILABLE:
			return out, err
		}
	}
	counts := map[string]*Count{}
	seen := 0
	for {
		page, err := s.store.Events(ctx, eq)
		if err != nil {
			return out, err
		}
		for _, ev := range page.Events {
			if current && ev.Aux != "" {
				continue
			}
			for _, key := range eventKeys(ev, by) {
				k := strings.Join(key, "\x00")
				if counts[k] == nil {
					counts[k] = &Count{Key: key}
				}
				counts[k].Count++
			}
		}
		seen += len(page.Events)
		if page.Next == "" {
			break
		}
		if seen >= maxCounted {
			out.Truncated = true
			break
		}
		eq.Cursor = page.Next
	}
	out.Counts = make([]Count, 0, len(counts))
	for _, c := range counts {
		out.Counts = append(out.Counts, *c)
	}
	SortCounts(out.Counts)
	return out, nil
}

// countMerged counts happenings, not reports: the events matching eq are
// merged as GET /api/v1/events?merged=true merges them (at most
// MaxMergeEvents of the newest; Truncated says when there were more) and
// each happening counts once, under its representative event's keys.
func (s *Server) countMerged(ctx context.Context, eq marsad.EventQuery, by []string, current bool) (Counts, error) {
	out := Counts{By: by}
	merged, _, truncated, err := s.merge(ctx, eq)
	if err != nil {
		return out, err
	}
	out.Truncated = truncated
	counts := map[string]*Count{}
	for i := range merged {
		ev := &merged[i].Event
		if current && ev.Aux != "" {
			continue
		}
		for _, key := range eventKeys(ev, by) {
			k := strings.Join(key, "\x00")
			if counts[k] == nil {
				counts[k] = &Count{Key: key}
			}
			counts[k].Count++
		}
	}
	out.Counts = make([]Count, 0, len(counts))
	for _, c := range counts {
		out.Counts = append(out.Counts, *c)
	}
	SortCounts(out.Counts)
	return out, nil
}

// SortCounts orders counts by key, the order every counter returns.
func SortCounts(cs []Count) {
	sort.Slice(cs, func(i, j int) bool {
		a, b := cs[i].Key, cs[j].Key
		for k := range min(len(a), len(b)) {
			if a[k] != b[k] {
				return a[k] < b[k]
			}
		}
		return len(a) < len(b)
	})
}

// eventKeys lists the keys an event counts under: one, or one per actor
// role when counting by actor (an event between A and B counts for both).
func eventKeys(ev *marsad.Event, by []string) [][]string {
	keys := [][]string{{}}
	for _, d := range by {
		var vals []string
		switch d {
		case "day":
			vals = []string{ev.Date}
		case "type":
			vals = []string{ev.Type}
		case "mode":
			vals = []string{ev.Mode}
		case "country":
			c := ""
			if ev.Location != nil {
				c = ev.Location.Country
			}
			if c == "" && ev.Actor != nil {
				c = ev.Actor.Country
			}
			vals = []string{c}
		case "actor":
			for _, a := range []*marsad.Actor{ev.Actor, ev.Recipient} {
				if k := actorKey(a); k != "" {
					vals = append(vals, k)
				}
			}
			if len(vals) == 0 {
				vals = []string{""}
			}
		}
		var next [][]string
		for _, k := range keys {
			for _, v := range vals {
				next = append(next, append(append([]string(nil), k...), v))
			}
		}
		keys = next
	}
	return keys
}

// actorKey names an actor in counts: its dictionary id, else the name in
// the text.
func actorKey(a *marsad.Actor) string {
	switch {
	case a == nil:
		return ""
	case a.ID != "":
		return a.ID
	}
	return a.Name
}
