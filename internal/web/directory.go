package web

import (
	"net/http"
	"sort"
	"strings"

	"github.com/marsad/marsad"
)

func (s *Server) directory() (marsad.Directory, error) {
	d, isDirectory := s.deps.Store.(marsad.Directory)
	if !isDirectory {
		return nil, marsad.Errorf(marsad.EUNAVAILABLE, "this store cannot search actors and places")
	}
	return d, nil
}

func (s *Server) searchActors(w http.ResponseWriter, r *http.Request) error {
	d, err := s.directory()
	if err != nil {
		return err
	}
	limit, err := intParam(r.URL.Query().Get("limit"), 20, 100)
	if err != nil {
		return err
	}
	hits, err := d.SearchActors(r.Context(), r.URL.Query().Get("q"), limit)
	if err != nil {
		return err
	}
	return ok(w, map[string]any{"actors": hits})
}

func (s *Server) searchPlaces(w http.ResponseWriter, r *http.Request) error {
	d, err := s.directory()
	if err != nil {
		return err
	}
	limit, err := intParam(r.URL.Query().Get("limit"), 20, 100)
	if err != nil {
		return err
	}
	hits, err := d.SearchPlaces(r.Context(), r.URL.Query().Get("q"), limit)
	if err != nil {
		return err
	}
	return ok(w, map[string]any{"places": hits})
}

// actorPage is the data of an actor's page: its current events counted by
// day and by type, and its counterparts (the other side of its events),
// most frequent first. The events themselves come from
// /api/v1/events?actor=ID.
type actorPage struct {
	Actor        string  `json:"actor"`
	Events       int     `json:"events"`
	ByDay        []Count `json:"by_day"`
	ByType       []Count `json:"by_type"`
	Counterparts []Count `json:"counterparts"`
}

func (s *Server) getActor(w http.ResponseWriter, r *http.Request) error {
	id := strings.TrimSpace(r.PathValue("id"))
	eq, err := eventQuery(r, 1000)
	if err != nil {
		return err
	}
	eq.Actor = id
	p := actorPage{Actor: id}
	days, err := s.count(r.Context(), eq, []string{"day"}, true)
	if err != nil {
		return err
	}
	types, err := s.count(r.Context(), eq, []string{"type"}, true)
	if err != nil {
		return err
	}
	actors, err := s.count(r.Context(), eq, []string{"actor"}, true)
	if err != nil {
		return err
	}
	p.ByDay, p.ByType = days.Counts, types.Counts
	for _, c := range types.Counts {
		p.Events += c.Count
	}
	if p.Events == 0 {
		return marsad.Errorf(marsad.ENOTFOUND, "no current events involve %q", id)
	}
	for _, c := range actors.Counts {
		if len(c.Key) == 1 && c.Key[0] != id {
			p.Counterparts = append(p.Counterparts, c)
		}
	}
	sort.SliceStable(p.Counterparts, func(i, j int) bool { return p.Counterparts[i].Count > p.Counterparts[j].Count })
	if len(p.Counterparts) > 50 {
		p.Counterparts = p.Counterparts[:50]
	}
	return ok(w, p)
}
