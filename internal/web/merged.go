package web

import (
	"context"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
	"github.com/marsad/marsad/internal/export"
)

// MaxMergeEvents bounds the events one merged query reads from the store:
// the merged view groups at most this many of the newest matching events.
// Narrow the filters (since/until, type, bbox…) to merge further back.
const MaxMergeEvents = 5000

// mergedEvent is one happening: its representative event (the most
// confident report, with the count reconciled across independent sources),
// every report behind it and how many of them are independent.
type mergedEvent struct {
	*marsad.Event
	Sources            []cluster.EventSource `json:"sources"`
	IndependentSources int                   `json:"independent_sources"`
}

// mergedPage is one page of merged events. Next is an offset into the
// merged list of the same query; Truncated says the query matched more than
// MaxMergeEvents events and only the newest were merged.
type mergedPage struct {
	Events    []mergedEvent `json:"events"`
	Next      string        `json:"next,omitempty"`
	Truncated bool          `json:"truncated,omitempty"`
}

// mergedParam reads the merged flag.
func mergedParam(r *http.Request) (bool, error) {
	v := r.URL.Query().Get("merged")
	if v == "" {
		return false, nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return false, marsad.Errorf(marsad.EINVALID, "merged must be true or false")
	}
	return b, nil
}

// merge reads up to MaxMergeEvents events matching eq (its Cursor and Limit
// are ignored), loads each article once, groups the reports with
// cluster.MergeEvents and sorts the happenings newest first. It returns the
// merged events, the articles by id, and whether the store had more events.
func (s *Server) merge(ctx context.Context, eq marsad.EventQuery) ([]cluster.MergedEvent, map[string]*marsad.Article, bool, error) {
	eq.Cursor, eq.Limit = "", 1000
	var events []*marsad.Event
	truncated := false
	for {
		page, err := s.store.Events(ctx, eq)
		if err != nil {
			return nil, nil, false, err
		}
		events = append(events, page.Events...)
		if len(events) >= MaxMergeEvents {
			truncated = len(events) > MaxMergeEvents || page.Next != ""
			events = events[:MaxMergeEvents]
			break
		}
		if page.Next == "" || len(page.Events) == 0 {
			break
		}
		eq.Cursor = page.Next
	}
	articles := map[string]*marsad.Article{}
	reports := make([]cluster.Report, 0, len(events))
	for _, ev := range events {
		a, seen := articles[ev.ArticleID]
		if !seen {
			var err error
			if a, err = s.store.Article(ctx, ev.ArticleID); err != nil {
				if marsad.ErrorCode(err) != marsad.ENOTFOUND {
					return nil, nil, false, err
				}
				a = nil // the article is gone: the event still counts, as its own outlet
			}
			articles[ev.ArticleID] = a
		}
		reports = append(reports, cluster.Report{Event: *ev, Article: a})
	}
	// MergeEvents wants publication order: the earliest report seeds a group.
	sort.SliceStable(reports, func(i, j int) bool {
		pi, pj := reportPublished(&reports[i]), reportPublished(&reports[j])
		if !pi.Equal(pj) {
			return pi.Before(pj)
		}
		return reports[i].Event.ID < reports[j].Event.ID
	})
	merged := cluster.MergeEvents(reports)
	sort.SliceStable(merged, func(i, j int) bool {
		ki, kj := mergedKey(&merged[i]), mergedKey(&merged[j])
		if ki != kj {
			return ki > kj
		}
		return merged[i].Event.ID > merged[j].Event.ID
	})
	return merged, articles, truncated, nil
}

func reportPublished(r *cluster.Report) (t time.Time) {
	if r.Article != nil {
		return r.Article.Published
	}
	return t
}

// mergedKey orders happenings newest first: the event date, else the day
// of the latest report, then the latest report's publication time.
func mergedKey(m *cluster.MergedEvent) string {
	var latest time.Time
	for _, src := range m.Sources {
		if src.Published.After(latest) {
			latest = src.Published
		}
	}
	day := m.Event.Date
	if len(day) > 10 {
		day = day[:10]
	}
	if day == "" && !latest.IsZero() {
		day = latest.UTC().Format("2006-01-02")
	}
	return day + "|" + latest.UTC().Format("2006-01-02T15:04:05.000000000Z")
}

// listMerged answers GET /api/v1/events?merged=true: one event per
// happening, newest first, paginated by offset (the cursor is the index of
// the page's first happening in the merged list of the same query; new
// reports arriving between pages can shift it).
func (s *Server) listMerged(w http.ResponseWriter, r *http.Request, eq marsad.EventQuery) error {
	offset := 0
	if c := strings.TrimSpace(eq.Cursor); c != "" {
		n, err := strconv.Atoi(c)
		if err != nil || n < 0 {
			return marsad.Errorf(marsad.EINVALID, "cursor of a merged query must be the next value of its previous page")
		}
		offset = n
	}
	merged, _, truncated, err := s.merge(r.Context(), eq)
	if err != nil {
		return err
	}
	page := mergedPage{Events: []mergedEvent{}, Truncated: truncated}
	for i := offset; i < len(merged) && len(page.Events) < eq.Limit; i++ {
		m := &merged[i]
		page.Events = append(page.Events, mergedEvent{Event: &m.Event, Sources: m.Sources, IndependentSources: m.Independent})
	}
	if end := offset + len(page.Events); end < len(merged) {
		page.Next = strconv.Itoa(end)
	}
	return ok(w, page)
}

// exportMerged writes every merged event of the query (within
// MaxMergeEvents source events) to ew, one record per happening.
func (s *Server) exportMerged(ctx context.Context, eq marsad.EventQuery, ew export.Writer) error {
	merged, articles, _, err := s.merge(ctx, eq)
	if err != nil {
		return err
	}
	for i := range merged {
		m := &merged[i]
		rec := export.Record{Event: &m.Event, Article: articles[m.Event.ArticleID], IndependentSources: m.Independent}
		rec.Sources = make([]export.Source, len(m.Sources))
		for j, src := range m.Sources {
			rec.Sources[j] = export.Source{EventID: src.EventID, ArticleID: src.ArticleID, Outlet: src.Outlet, URL: src.URL, Published: src.Published}
		}
		if err := ew.Write(rec); err != nil {
			return err
		}
	}
	return ew.Close()
}
