package alert

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/marsad/marsad"
)

// ArticleSource is what a rule test reads: the recently stored articles
// and their analyses. A marsad.Store is one.
type ArticleSource interface {
	Articles(ctx context.Context, q marsad.ArticleQuery) (marsad.ArticlePage, error)
	Analysis(ctx context.Context, articleID string) (*marsad.Analysis, error)
}

// SetArticles gives TestRule the stored articles to read.
func (m *Manager) SetArticles(src ArticleSource) {
	m.mu.Lock()
	m.articles = src
	m.mu.Unlock()
}

// maxTestArticles bounds the articles one rule test reads.
const maxTestArticles = 2000

// maxTestMatches bounds the matches a rule test lists (all are counted).
const maxTestMatches = 200

// RuleTestResult is what a rule would have done over the recent articles.
type RuleTestResult struct {
	Articles int             `json:"articles"` // articles read
	Events   int             `json:"events"`   // their events
	Matched  int             `json:"matched"`  // events the rule matches
	Matches  []RuleTestMatch `json:"matches"`  // the first maxTestMatches, oldest first
	Alerts   []Alert         `json:"alerts"`   // alerts it would have raised, as they stand after the last article
}

// RuleTestMatch is one event the rule matches.
type RuleTestMatch struct {
	ArticleID string    `json:"article_id"`
	EventID   string    `json:"event_id"`
	Type      string    `json:"type"`
	Date      string    `json:"date,omitempty"`
	Title     string    `json:"title,omitempty"`
	URL       string    `json:"url,omitempty"`
	Source    string    `json:"source,omitempty"`
	Published time.Time `json:"published,omitzero"`
	Evidence  []string  `json:"evidence"`
}

// TestRule replays the n most recently stored articles, oldest first, through
// a scratch manager holding only r (enabled, notifying no one), with the
// clock at each article's publication time, so min_sources, for and
// resolve_after act as they would have. Nothing is saved or delivered.
func (m *Manager) TestRule(ctx context.Context, r *Rule, n int) (*RuleTestResult, error) {
	m.mu.Lock()
	src := m.articles
	hooks := m.rules.File().Webhooks
	m.mu.Unlock()
	if src == nil {
		return nil, marsad.Errorf(marsad.EUNAVAILABLE, "rule tests need the article store, which this process does not have")
	}
	type stored struct {
		a  *marsad.Article
		an *marsad.Analysis
	}
	var list []stored
	q := marsad.ArticleQuery{Limit: min(n, 1000)}
	for len(list) < n {
		page, err := src.Articles(ctx, q)
		if err != nil {
			return nil, err
		}
		for _, a := range page.Articles {
			if len(list) == n {
				break
			}
			an, err := src.Analysis(ctx, a.ID)
			if marsad.ErrorCode(err) == marsad.ENOTFOUND {
				continue
			}
			if err != nil {
				return nil, err
			}
			list = append(list, stored{a, an})
		}
		if page.Next == "" {
			break
		}
		q.Cursor = page.Next
	}
	when := func(a *marsad.Article) time.Time {
		if !a.Published.IsZero() {
			return a.Published
		}
		return a.Fetched
	}
	slices.SortStableFunc(list, func(x, y stored) int { return when(x.a).Compare(when(y.a)) })

	rule := *r
	rule.Disabled, rule.Notify = false, nil
	var clock time.Time
	scratch, err := New(Config{Now: func() time.Time { return clock }}, m.zones,
		Compile(&File{Webhooks: hooks, Rules: []Rule{rule}}, m.zones))
	if err != nil {
		return nil, err
	}
	defer scratch.Close()
	res := &RuleTestResult{Matches: []RuleTestMatch{}, Alerts: []Alert{}}
	for _, s := range list {
		if t := when(s.a); t.After(clock) {
			clock = t
		}
		scratch.Resolve(ctx)
		res.Articles++
		res.Events += len(s.an.Events)
		for i := range s.an.Events {
			ev := &s.an.Events[i]
			if len(scratch.rules.Match(ev, s.a)) == 0 {
				continue
			}
			res.Matched++
			if len(res.Matches) < maxTestMatches {
				res.Matches = append(res.Matches, RuleTestMatch{ArticleID: s.a.ID, EventID: ev.ID, Type: ev.Type, Date: ev.Date,
					Title: s.a.Title, URL: s.a.URL, Source: s.a.Source, Published: s.a.Published,
					Evidence: evidenceList(s.a.Text, ev.Evidence)})
			}
		}
		scratch.OnStored(ctx, s.a, s.an)
	}
	res.Alerts = append(res.Alerts, scratch.Alerts("", "")...)
	slices.SortStableFunc(res.Alerts, func(x, y Alert) int { return cmp.Compare(x.ActiveAt.UnixNano(), y.ActiveAt.UnixNano()) })
	return res, nil
}
