package cluster

import (
	"math"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/geo"
)

// Thresholds of "the same happening" across reports.
const (
	SameHappeningKm   = 25.0 // places at most this far apart
	SameHappeningDays = 1    // dates at most this many days apart
)

// Report is one article's event: what MergeEvents groups.
type Report struct {
	Event   marsad.Event
	Article *marsad.Article
}

// EventSource is one report behind a merged event.
type EventSource struct {
	EventID     string    `json:"event_id"`
	ArticleID   string    `json:"article_id"`
	StoryID     string    `json:"story_id,omitempty"`
	URL         string    `json:"url,omitempty"`
	Outlet      string    `json:"outlet"`
	Published   time.Time `json:"published,omitzero"`
	Count       *int      `json:"count,omitempty"`
	Independent bool      `json:"independent"` // counted as an independent source
}

// MergedEvent is one happening with all its reports. Event is the
// representative (the most confident report), with Count reconciled.
type MergedEvent struct {
	Event       marsad.Event  `json:"event"`
	Sources     []EventSource `json:"sources"`
	Independent int           `json:"independent_sources"`
}

// MergeEvents groups the events of many articles into one event per
// happening. A report joins the first group whose first report is the same
// type in the same story (near-duplicate texts) with compatible actors, or
// the same happening by SameHappening; a group holds at most one event of
// each article. Give reports in publication order. Aux (historical,
// future…) events are merged only with events of the same aux. The result
// is in the order of each group's first report.
//
// Counts are reconciled conservatively: when all sources that give a count
// agree, that count; with two different counts, the smaller; with three or
// more, the median (low side), which ignores one early under-count or one
// inflated claim. Exact counts win over estimates.
func MergeEvents(reports []Report) []MergedEvent {
	// Greedy grouping against each group's first report (its seed), not
	// transitive closure: with a one-day window, chains of reports a day
	// apart would otherwise fuse a week of events in one city.
	type group struct {
		seed     int
		members  []int
		articles map[string]bool
	}
	var groups []*group
	open := map[string][]*group{} // type|aux → groups
	for i := range reports {
		r := &reports[i]
		k := r.Event.Type + "|" + r.Event.Aux
		var g *group
		for _, cand := range open[k] {
			s := &reports[cand.seed]
			if r.Article != nil && cand.articles[r.Article.ID] {
				continue // two events of one article are two events
			}
			if sameStoryEvent(s, r) || SameHappening(&s.Event, published(s), &r.Event, published(r)) {
				g = cand
				break
			}
		}
		if g == nil {
			g = &group{seed: i, articles: map[string]bool{}}
			groups = append(groups, g)
			open[k] = append(open[k], g)
		}
		g.members = append(g.members, i)
		if r.Article != nil {
			g.articles[r.Article.ID] = true
		}
	}
	out := make([]MergedEvent, 0, len(groups))
	for _, g := range groups {
		out = append(out, mergeGroup(reports, g.members))
	}
	return out
}

func published(r *Report) time.Time {
	if r.Article == nil {
		return time.Time{}
	}
	return r.Article.Published
}

func sameStoryEvent(a, b *Report) bool {
	if a.Article == nil || b.Article == nil || a.Article.StoryID == "" || a.Article.StoryID != b.Article.StoryID {
		return false
	}
	if a.Event.Type != b.Event.Type || !CompatibleActors(&a.Event, &b.Event) {
		return false
	}
	// Copies of one text: the places, if both known, must still agree.
	return a.Event.Location == nil || b.Event.Location == nil || closePlaces(a.Event.Location, b.Event.Location)
}

func mergeGroup(reports []Report, idx []int) MergedEvent {
	best := idx[0]
	for _, i := range idx[1:] {
		if reports[i].Event.Confidence > reports[best].Event.Confidence {
			best = i
		}
	}
	m := MergedEvent{Event: reports[best].Event}
	var counted []uint64
	outlets := map[string]bool{}
	var exact, estimates []int
	for _, i := range idx {
		r := &reports[i]
		s := EventSource{EventID: r.Event.ID, Count: r.Event.Count}
		var sim uint64
		if a := r.Article; a != nil {
			s.ArticleID, s.StoryID, s.URL, s.Published, s.Outlet = a.ID, a.StoryID, a.URL, a.Published, Outlet(a)
			sim = a.SimHash
		}
		if !outlets[s.Outlet] {
			outlets[s.Outlet] = true
			s.Independent = true
			for _, h := range counted {
				if sim != 0 && h != 0 && Distance(h, sim) <= NearDuplicateDistance {
					s.Independent = false
					break
				}
			}
			if s.Independent {
				counted = append(counted, sim)
				m.Independent++
			}
		}
		if r.Event.Count != nil && s.Independent {
			if r.Event.CountEstimate {
				estimates = append(estimates, *r.Event.Count)
			} else {
				exact = append(exact, *r.Event.Count)
			}
		}
		m.Sources = append(m.Sources, s)
	}
	counts, estimate := exact, false
	if len(counts) == 0 {
		counts, estimate = estimates, true
	}
	if c, ok := ReconcileCounts(counts); ok {
		m.Event.Count = &c
		m.Event.CountEstimate = estimate
	}
	return m
}

// ReconcileCounts is the count reported for a happening given each
// independent source's count: the agreed count, the smaller of two, or the
// low median of three or more.
func ReconcileCounts(counts []int) (int, bool) {
	if len(counts) == 0 {
		return 0, false
	}
	c := append([]int(nil), counts...)
	sort.Ints(c)
	if len(c) <= 2 {
		return c[0], true
	}
	return c[(len(c)-1)/2], true
}

// Outlet names the source of an article: its Source, else its URL's host,
// else the article itself.
func Outlet(a *marsad.Article) string {
	if s := strings.ToLower(strings.TrimSpace(a.Source)); s != "" {
		return s
	}
	if u, err := url.Parse(a.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	}
	return "article:" + a.ID
}

// SameHappening reports whether two events (with their articles'
// publication times, used when an event has no date) describe the same
// happening: the same type, compatible actors that agree on something (see
// actorsAgree), places within 25 km (or the
// same province when one is only known to the province) and dates at most a
// day apart. Events without a place are never merged this way (only within
// a story).
func SameHappening(a *marsad.Event, pubA time.Time, b *marsad.Event, pubB time.Time) bool {
	if a.Type != b.Type {
		return false
	}
	if !CompatibleActors(a, b) || !actorsAgree(a, b) {
		return false
	}
	if !closePlaces(a.Location, b.Location) {
		return false
	}
	da, okA := eventDay(a, pubA)
	db, okB := eventDay(b, pubB)
	if okA && okB && math.Abs(da.Sub(db).Hours()) > 24*SameHappeningDays {
		return false
	}
	return true
}

func eventDay(ev *marsad.Event, pub time.Time) (time.Time, bool) {
	if len(ev.Date) >= 10 {
		if t, err := time.Parse("2006-01-02", ev.Date[:10]); err == nil {
			return t, true
		}
	}
	if !pub.IsZero() {
		y, mo, d := pub.UTC().Date()
		return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

// CompatibleActors reports whether two events' actors and recipients may be
// the same (either way round when one is symmetric).
func CompatibleActors(a, b *marsad.Event) bool {
	if sameActor(a.Actor, b.Actor) && sameActor(a.Recipient, b.Recipient) {
		return true
	}
	return (a.Symmetric || b.Symmetric) && sameActor(a.Actor, b.Recipient) && sameActor(a.Recipient, b.Actor)
}

// actorsAgree reports positive evidence that two events have the same
// participants: an actor or recipient known on both sides that is the same
// (same dictionary id, or the same sector or country without the other
// disagreeing). Events with no participant at all on either side agree by
// default: place and date alone decide. Without this, every attack that
// one outlet places in a capital would merge with every other one there.
func actorsAgree(a, b *marsad.Event) bool {
	if a.Actor == nil && a.Recipient == nil && b.Actor == nil && b.Recipient == nil {
		return true
	}
	if agree(a.Actor, b.Actor) || agree(a.Recipient, b.Recipient) {
		return true
	}
	return (a.Symmetric || b.Symmetric) && (agree(a.Actor, b.Recipient) || agree(a.Recipient, b.Actor))
}

func agree(x, y *marsad.Actor) bool {
	if x == nil || y == nil {
		return false
	}
	if x.ID != "" && y.ID != "" {
		return x.ID == y.ID
	}
	countryOK := x.Country == "" || y.Country == "" || x.Country == y.Country
	sectorOK := x.Sector == "" || y.Sector == "" || x.Sector == y.Sector
	return countryOK && sectorOK && (x.Country != "" && x.Country == y.Country || x.Sector != "" && x.Sector == y.Sector)
}

// sameActor: unknown on either side is compatible; dictionary ids decide
// when both have one; else the countries must not disagree. Sectors are not
// compared: outlets describe the same unnamed people differently («ثلاثة
// عناصر» civilians in one, «مسلحين» rebels in the other).
func sameActor(x, y *marsad.Actor) bool {
	if x == nil || y == nil {
		return true
	}
	if x.ID != "" && y.ID != "" {
		return x.ID == y.ID
	}
	return x.Country == "" || y.Country == "" || x.Country == y.Country
}

func closePlaces(p, q *marsad.Place) bool {
	if p == nil || q == nil {
		return false
	}
	coarse := func(x *marsad.Place) bool {
		return x.Precision >= marsad.PrecisionProvince || x.Kind == marsad.KindCountry || x.Kind == marsad.KindProvince
	}
	if coarse(p) || coarse(q) {
		if p.Admin1 != "" && q.Admin1 != "" {
			return p.Admin1 == q.Admin1
		}
		return p.Country != "" && p.Country == q.Country && p.Admin1 == "" && q.Admin1 == "" && p.Kind == q.Kind
	}
	return geo.Distance(p.Lat, p.Lon, q.Lat, q.Lon) <= SameHappeningKm
}
