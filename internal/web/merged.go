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
	merged := mergeBlocks(reports)
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
	// Merging is the costly part (up to a second at the bound): the page
	// is cached while the store's data holds.
	return s.cached(w, r, func() ([]byte, error) {
		merged, _, truncated, err := s.merge(r.Context(), eq)
		if err != nil {
			return nil, err
		}
		page := mergedPage{Events: []mergedEvent{}, Truncated: truncated}
		for i := offset; i < len(merged) && len(page.Events) < eq.Limit; i++ {
			m := &merged[i]
			page.Events = append(page.Events, mergedEvent{Event: &m.Event, Sources: m.Sources, IndependentSources: m.Independent})
		}
		if end := offset + len(page.Events); end < len(merged) {
			page.Next = strconv.Itoa(end)
		}
		return encodeOK(page)
	})
}

// exportMerged writes every merged event of the query (within
// MaxMergeEvents source events) to ew, one record per happening. When the
// query matched more events it sets the header X-Marsad-Truncated: true
// (nothing has reached the client yet: the writer buffers).
func (s *Server) exportMerged(ctx context.Context, w http.ResponseWriter, eq marsad.EventQuery, ew export.Writer) error {
	merged, articles, truncated, err := s.merge(ctx, eq)
	if err != nil {
		return err
	}
	if truncated {
		w.Header().Set("X-Marsad-Truncated", "true")
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

// mergeBlocks gives the same happenings as cluster.MergeEvents(reports),
// but faster. MergeEvents compares each report with every earlier group of
// its type, which is quadratic when thousands of distinct happenings share
// a type. So the reports are first split into blocks that cannot match one
// another, and each block is merged on its own, in the original order.
// Two reports can only match when they have the same type and aux and
// either the same story or dates at most cluster.SameHappeningDays apart
// with both placed. A report without a known day can match any day.
// Groups only hold reports of one block, so the result is the same; the
// caller sorts it.
func mergeBlocks(reports []cluster.Report) []cluster.MergedEvent {
	parent := make([]int, len(reports))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) { parent[find(a)] = find(b) }

	type dated struct {
		i   int
		day time.Time
	}
	byKey := map[string][]dated{} // located reports with a known day, by type|aux
	undated := map[string][]int{} // located reports without a day, by type|aux
	stories := map[string]int{}   // type|aux|story → first report
	for i := range reports {
		r := &reports[i]
		k := r.Event.Type + "|" + r.Event.Aux
		if r.Article != nil && r.Article.StoryID != "" {
			sk := k + "|" + r.Article.StoryID
			if first, seen := stories[sk]; seen {
				union(i, first)
			} else {
				stories[sk] = i
			}
		}
		if r.Event.Location == nil {
			continue // SameHappening never holds without a place: only the story joins it
		}
		if d, ok := reportDay(r); ok {
			byKey[k] = append(byKey[k], dated{i, d})
		} else {
			undated[k] = append(undated[k], i)
		}
	}
	window := time.Duration(cluster.SameHappeningDays) * 24 * time.Hour
	for k, ds := range byKey {
		sort.Slice(ds, func(a, b int) bool { return ds[a].day.Before(ds[b].day) })
		for j := 1; j < len(ds); j++ {
			if ds[j].day.Sub(ds[j-1].day) <= window {
				union(ds[j].i, ds[j-1].i)
			}
		}
		for _, u := range undated[k] { // an unknown day may match any day: one block
			for _, d := range ds {
				union(u, d.i)
			}
		}
	}
	for _, us := range undated {
		for _, u := range us[1:] {
			union(u, us[0])
		}
	}
	blocks := map[int][]cluster.Report{}
	var roots []int
	for i := range reports {
		root := find(i)
		if _, seen := blocks[root]; !seen {
			roots = append(roots, root)
		}
		blocks[root] = append(blocks[root], reports[i])
	}
	var out []cluster.MergedEvent
	for _, root := range roots {
		out = append(out, cluster.MergeEvents(blocks[root])...)
	}
	return out
}

// reportDay is the day cluster.SameHappening compares: the event's date,
// else its article's publication day.
func reportDay(r *cluster.Report) (time.Time, bool) {
	if len(r.Event.Date) >= 10 {
		if t, err := time.Parse("2006-01-02", r.Event.Date[:10]); err == nil {
			return t, true
		}
	}
	if r.Article != nil && !r.Article.Published.IsZero() {
		y, m, d := r.Article.Published.UTC().Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}
