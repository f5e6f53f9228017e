package web

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad"
)

// correctedStore shows events as analysts' latest changes left them:
// corrected events replace the original coding, deleted ones disappear.
// Lists, counts, article views and exports all read through it.
type correctedStore struct {
	marsad.Store
	c marsad.EventCorrector
}

// actorEventer is a store with a faster plan for queries naming an actor
// (internal/store/sqlite: EventsByActor).
type actorEventer interface {
	EventsByActor(ctx context.Context, q marsad.EventQuery) (marsad.EventPage, error)
}

func (cs correctedStore) Events(ctx context.Context, q marsad.EventQuery) (marsad.EventPage, error) {
	var page marsad.EventPage
	var err error
	if ae, has := cs.Store.(actorEventer); has && q.Actor != "" {
		page, err = ae.EventsByActor(ctx, q)
	} else {
		page, err = cs.Store.Events(ctx, q)
	}
	if err != nil {
		return page, err
	}
	if len(page.Events) > 0 {
		if page.Events, err = cs.apply(ctx, page.Events, &q); err != nil {
			return page, err
		}
	}
	if q.Cursor == "" {
		// Events whose correction makes them match when their original
		// coding did not: the store cannot find them, so the first page
		// carries them (corrections are few).
		extra, err := cs.newlyMatching(ctx, &q)
		if err != nil {
			return page, err
		}
		if len(extra) > 0 {
			page.Events = append(page.Events, extra...)
			slices.SortStableFunc(page.Events, func(a, b *marsad.Event) int { return strings.Compare(b.Date, a.Date) })
		}
	}
	return page, nil
}

// newlyMatching lists corrected events that match q while their original
// coding does not.
func (cs correctedStore) newlyMatching(ctx context.Context, q *marsad.EventQuery) ([]*marsad.Event, error) {
	latest, err := cs.allChanges(ctx)
	if err != nil {
		return nil, err
	}
	return cs.newlyMatchingIn(ctx, q, latest)
}

// allChanges returns the latest change of every changed event, by event id.
func (cs correctedStore) allChanges(ctx context.Context) (map[string]marsad.EventChange, error) {
	var after int64
	latest := map[string]marsad.EventChange{}
	for {
		chs, err := cs.c.Changes(ctx, time.Time{}, "", after, 10000)
		if err != nil {
			return nil, err
		}
		for _, ch := range chs {
			latest[ch.EventID] = ch
			after = ch.Seq
		}
		if len(chs) < 10000 {
			return latest, nil
		}
	}
}

// newlyMatchingIn is newlyMatching given every event's latest change.
func (cs correctedStore) newlyMatchingIn(ctx context.Context, q *marsad.EventQuery, latest map[string]marsad.EventChange) ([]*marsad.Event, error) {
	var out []*marsad.Event
	for id, ch := range latest {
		if ch.Action != marsad.ChangeCorrect || ch.Event == nil || !matchesQuery(ch.Event, q) {
			continue
		}
		orig, err := cs.c.OriginalEvent(ctx, id)
		if err != nil {
			return nil, err
		}
		if !matchesQuery(orig, q) {
			out = append(out, ch.Event)
		}
	}
	return out, nil
}

// matchesQuery evaluates an event query on one event in Go, as the store
// would in SQL, for the filters an event carries (source, which is the
// article's, is taken as matching).
func matchesQuery(ev *marsad.Event, q *marsad.EventQuery) bool {
	if !stillMatches(ev, q) {
		return false
	}
	if q.ArticleID != "" && ev.ArticleID != q.ArticleID {
		return false
	}
	if !q.Since.IsZero() && ev.Date != "" && ev.Date < q.Since.UTC().Format(time.DateOnly) {
		return false
	}
	if !q.Until.IsZero() && (ev.Date == "" || ev.Date > q.Until.UTC().Add(-time.Nanosecond).Format(time.DateOnly)) {
		return false
	}
	if q.Actor != "" {
		found := false
		for _, a := range []*marsad.Actor{ev.Actor, ev.Recipient} {
			if a != nil && (a.ID == q.Actor || strings.EqualFold(a.Name, q.Actor) || strings.EqualFold(a.Canon, q.Actor) || strings.EqualFold(a.English, q.Actor)) {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	if q.BBox != nil || q.Near != nil {
		p := ev.Location
		if p == nil {
			return false
		}
		if b := q.BBox; b != nil && (p.Lat < b[1] || p.Lat > b[3] || (b[0] <= b[2] && (p.Lon < b[0] || p.Lon > b[2])) || (b[0] > b[2] && p.Lon < b[0] && p.Lon > b[2])) {
			return false
		}
		if c := q.Near; c != nil && haversineKm(c.Lat, c.Lon, p.Lat, p.Lon) > c.RadiusKm {
			return false
		}
	}
	return true
}

func haversineKm(lat1, lon1, lat2, lon2 float64) float64 {
	rad := math.Pi / 180
	dLat, dLon := (lat2-lat1)*rad, (lon2-lon1)*rad
	h := math.Pow(math.Sin(dLat/2), 2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Pow(math.Sin(dLon/2), 2)
	return 2 * 6371.0088 * math.Asin(math.Min(1, math.Sqrt(h)))
}

func (cs correctedStore) Analysis(ctx context.Context, articleID string) (*marsad.Analysis, error) {
	an, err := cs.Store.Analysis(ctx, articleID)
	if err != nil || len(an.Events) == 0 {
		return an, err
	}
	evs := make([]*marsad.Event, len(an.Events))
	for i := range an.Events {
		evs[i] = &an.Events[i]
	}
	evs, err = cs.apply(ctx, evs, nil)
	if err != nil {
		return nil, err
	}
	out := make([]marsad.Event, len(evs))
	for i, ev := range evs {
		out[i] = *ev
	}
	an.Events = out
	return an, nil
}

// apply replaces each changed event by its latest version and drops
// deleted ones, and, given the query, corrected events that no longer match
// its type, mode, country and confidence filters.
func (cs correctedStore) apply(ctx context.Context, evs []*marsad.Event, q *marsad.EventQuery) ([]*marsad.Event, error) {
	ids := make([]string, len(evs))
	for i, ev := range evs {
		ids[i] = ev.ID
	}
	latest, err := cs.c.LatestChanges(ctx, ids)
	if err != nil || len(latest) == 0 {
		return evs, err
	}
	out := evs[:0]
	for _, ev := range evs {
		ch, changed := latest[ev.ID]
		switch {
		case !changed:
			out = append(out, ev)
		case ch.Action == marsad.ChangeDelete || ch.Event == nil:
		case q == nil || stillMatches(ch.Event, q):
			out = append(out, ch.Event)
		}
	}
	return out, nil
}

func stillMatches(ev *marsad.Event, q *marsad.EventQuery) bool {
	if len(q.Types) > 0 && !slices.Contains(q.Types, ev.Type) {
		return false
	}
	if len(q.Modes) > 0 && !slices.Contains(q.Modes, ev.Mode) {
		return false
	}
	if ev.Confidence < q.MinConfidence {
		return false
	}
	if q.Country != "" {
		c := ""
		if ev.Location != nil {
			c = ev.Location.Country
		}
		if c == "" && ev.Actor != nil {
			c = ev.Actor.Country
		}
		if !strings.EqualFold(c, q.Country) {
			return false
		}
	}
	return true
}

// CountEvents counts in the store while no event has been changed, and
// otherwise leaves counting to the page-by-page path, which sees changes.
func (cs correctedStore) CountEvents(ctx context.Context, q marsad.EventQuery, by []string, currentOnly bool) ([]marsad.EventCount, error) {
	counter, isCounter := cs.Store.(EventCounter)
	if !isCounter {
		return nil, marsad.Errorf(marsad.EUNAVAILABLE, "the store does not count")
	}
	chs, err := cs.c.Changes(ctx, time.Time{}, "", 0, 1)
	if err != nil {
		return nil, err
	}
	if len(chs) > 0 {
		return nil, marsad.Errorf(marsad.EUNAVAILABLE, "events were corrected: count page by page")
	}
	return counter.CountEvents(ctx, q, by, currentOnly)
}

func (s *Server) corrector() (marsad.EventCorrector, error) {
	c, isCorrector := s.deps.Store.(marsad.EventCorrector)
	if !isCorrector {
		return nil, marsad.Errorf(marsad.EUNAVAILABLE, "this store does not keep corrections")
	}
	return c, nil
}

// eventDetail is one event as readers see it, its original coding and its
// change log.
type eventDetail struct {
	Event    *marsad.Event        `json:"event,omitempty"` // absent when deleted
	Deleted  bool                 `json:"deleted,omitempty"`
	Original *marsad.Event        `json:"original"`
	Changes  []marsad.EventChange `json:"changes"`
}

func (s *Server) getEvent(w http.ResponseWriter, r *http.Request) error {
	c, err := s.corrector()
	if err != nil {
		return err
	}
	id := r.PathValue("id")
	orig, err := c.OriginalEvent(r.Context(), id)
	if err != nil {
		return err
	}
	hist, err := c.EventHistory(r.Context(), id)
	if err != nil {
		return err
	}
	d := eventDetail{Event: orig, Original: orig, Changes: hist}
	if n := len(hist); n > 0 {
		d.Event = hist[n-1].Event
		d.Deleted = hist[n-1].Action == marsad.ChangeDelete
	}
	return ok(w, d)
}

// correctEvent applies a JSON object of event fields over the event's
// current version ("note" explains the change). The id, article and
// evidence stay: a correction recodes the evidence, it does not move it.
func (s *Server) correctEvent(w http.ResponseWriter, r *http.Request) error {
	c, err := s.corrector()
	if err != nil {
		return err
	}
	id := r.PathValue("id")
	cur, err := s.currentEvent(r.Context(), c, id)
	if err != nil {
		return err
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20))
	if err != nil {
		return marsad.Errorf(marsad.EINVALID, "read body: %v", err)
	}
	var meta struct {
		Note string `json:"note"`
	}
	next := *cur
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(&next); err != nil {
		return marsad.Errorf(marsad.EINVALID, "want a JSON object of event fields: %v", err)
	}
	json.Unmarshal(body, &meta)
	next.ID, next.ArticleID, next.Evidence = cur.ID, cur.ArticleID, cur.Evidence
	if !slices.Contains(marsad.EventTypes, next.Type) {
		return marsad.Errorf(marsad.EINVALID, "type %q is not a PLOVER type", next.Type)
	}
	if next.Confidence < 0 || next.Confidence > 1 {
		return marsad.Errorf(marsad.EINVALID, "confidence must be between 0 and 1")
	}
	ch, err := c.RecordChange(r.Context(), id, callerOf(r.Context()).Who, meta.Note, &next)
	if err != nil {
		return err
	}
	s.changed(r.Context(), cur.ArticleID, ch)
	return ok(w, ch)
}

// changed tells Deps.OnChange (the alerts) about a correction or deletion.
func (s *Server) changed(ctx context.Context, articleID string, ch marsad.EventChange) {
	if s.deps.OnChange == nil {
		return
	}
	a, err := s.deps.Store.Article(ctx, articleID)
	if err != nil {
		s.log.Warn("event change: article not found", "article", articleID, "err", err)
		return
	}
	s.deps.OnChange(ctx, a, ch)
}

func (s *Server) deleteEvent(w http.ResponseWriter, r *http.Request) error {
	c, err := s.corrector()
	if err != nil {
		return err
	}
	id := r.PathValue("id")
	cur, err := s.currentEvent(r.Context(), c, id)
	if err != nil {
		return err
	}
	ch, err := c.RecordChange(r.Context(), id, callerOf(r.Context()).Who, r.URL.Query().Get("note"), nil)
	if err != nil {
		return err
	}
	s.changed(r.Context(), cur.ArticleID, ch)
	return ok(w, ch)
}

// currentEvent is the event as its latest change left it; ENOTFOUND once
// deleted.
func (s *Server) currentEvent(ctx context.Context, c marsad.EventCorrector, id string) (*marsad.Event, error) {
	orig, err := c.OriginalEvent(ctx, id)
	if err != nil {
		return nil, err
	}
	latest, err := c.LatestChanges(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	ch, changed := latest[id]
	switch {
	case !changed:
		return orig, nil
	case ch.Action == marsad.ChangeDelete:
		return nil, marsad.Errorf(marsad.ENOTFOUND, "event %s was deleted", id)
	}
	return ch.Event, nil
}

// deletions is the deletions feed: events analysts removed, oldest first,
// since a time; page with after=SEQ of the last item.
func (s *Server) deletions(w http.ResponseWriter, r *http.Request) error {
	c, err := s.corrector()
	if err != nil {
		return err
	}
	q := r.URL.Query()
	since, err := timeParam("since", q.Get("since"))
	if err != nil {
		return err
	}
	var after int64
	if v := q.Get("after"); v != "" {
		if after, err = strconv.ParseInt(v, 10, 64); err != nil || after < 0 {
			return marsad.Errorf(marsad.EINVALID, "after must be a change sequence number")
		}
	}
	limit, err := intParam(q.Get("limit"), 1000, 10000)
	if err != nil {
		return err
	}
	list, err := c.Changes(r.Context(), since, marsad.ChangeDelete, after, limit)
	if err != nil {
		return err
	}
	return ok(w, map[string]any{"deletions": list})
}
