package feed

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"mime"
	"net/url"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/marsad/marsad"
)

// EmitFunc receives each new item. The poller never calls it concurrently.
// An error from it is an infrastructure failure: the item and those after it
// stay undelivered (they come again on the next poll) and Run returns.
type EmitFunc func(context.Context, *marsad.RawItem) error

// FeedStatus describes one feed for the API and UI.
type FeedStatus struct {
	URL           string    `json:"url"`
	Name          string    `json:"name"` // configured name, else the feed's title
	LastFetch     time.Time `json:"last_fetch,omitzero"`
	LastSuccess   time.Time `json:"last_success,omitzero"`
	LastError     string    `json:"last_error,omitempty"`
	LastErrorCode string    `json:"last_error_code,omitempty"`
	Failures      int       `json:"failures"`
	NextPoll      time.Time `json:"next_poll,omitzero"`
	ItemsSeen     int64     `json:"items_seen"`
	NotModified   int64     `json:"not_modified"`
	PageErrors    int64     `json:"page_errors"`
	LastPageError string    `json:"last_page_error,omitempty"`
	Polling       bool      `json:"polling"` // a poll is in progress
}

// Poller polls a fixed set of feeds. Create it with New.
type Poller struct {
	cfg    Config
	store  StateStore
	log    *slog.Logger
	fetch  *fetcher
	now    func() time.Time
	jitter func() float64
	feeds  []*feedRun

	mu     sync.Mutex // guards feedRun.st and feedRun.inflight
	emitMu sync.Mutex // emit is never called concurrently
}

// feedRun is one feed's configuration and state. seen is only touched by
// the goroutine that polls the feed (inflight makes that exclusive).
type feedRun struct {
	cfg      FeedConfig
	interval time.Duration
	st       *FeedState
	seen     map[string]bool
	inflight bool
}

// New validates cfg, loads each feed's state from store and returns a
// Poller. A feed whose stored state is unreadable starts afresh (logged);
// other store errors are returned.
func New(cfg Config, store StateStore, logger *slog.Logger) (*Poller, error) {
	cfg.Feeds = slices.Clone(cfg.Feeds)
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if store == nil {
		return nil, marsad.Errorf(marsad.EINVALID, "feed poller: nil state store")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	g, err := newGuard(cfg.AllowPrivate, cfg.AllowNets)
	if err != nil {
		return nil, err
	}
	p := &Poller{cfg: cfg, store: store, log: logger, now: cfg.Now, jitter: cfg.Jitter}
	if p.now == nil {
		p.now = time.Now
	}
	if p.jitter == nil {
		p.jitter = rand.Float64
	}
	p.fetch = newFetcher(&p.cfg, g, p.now)
	ctx := context.Background()
	for _, fc := range cfg.Feeds {
		fr := &feedRun{cfg: fc, interval: fc.Interval, seen: make(map[string]bool)}
		if fr.interval == 0 {
			fr.interval = cfg.Interval
		}
		st, err := store.Load(ctx, fc.URL)
		if err != nil {
			if marsad.ErrorCode(err) != marsad.EINVALID {
				return nil, fmt.Errorf("feed poller: load state of %s: %w", fc.URL, err)
			}
			logger.Warn("feed state unreadable, starting afresh", "source", fc.URL, "err", err)
			st = nil
		}
		if st == nil {
			st = &FeedState{URL: fc.URL}
		}
		for _, k := range st.Seen {
			fr.seen[k] = true
		}
		fr.st = st
		p.feeds = append(p.feeds, fr)
	}
	return p, nil
}

// Status returns the state of every feed, in configuration order.
func (p *Poller) Status() []FeedStatus {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]FeedStatus, 0, len(p.feeds))
	for _, fr := range p.feeds {
		st := fr.st
		name := fr.cfg.Name
		if name == "" {
			name = st.Title
		}
		out = append(out, FeedStatus{
			URL: st.URL, Name: name,
			LastFetch: st.LastFetch, LastSuccess: st.LastSuccess,
			LastError: st.LastError, LastErrorCode: st.LastErrorCode,
			Failures: st.Failures, NextPoll: st.NextPoll,
			ItemsSeen: st.ItemsSeen, NotModified: st.NotModified, PageErrors: st.PageErrors, LastPageError: st.LastPageError,
			Polling: fr.inflight,
		})
	}
	return out
}

// claimDue marks up to max due feeds as in flight and returns them.
func (p *Poller) claimDue(now time.Time, max int) []*feedRun {
	p.mu.Lock()
	defer p.mu.Unlock()
	var due []*feedRun
	for _, fr := range p.feeds {
		if len(due) == max {
			break
		}
		if !fr.inflight && !fr.st.NextPoll.After(now) {
			fr.inflight = true
			due = append(due, fr)
		}
	}
	return due
}

func (p *Poller) unclaim(fr *feedRun) {
	p.mu.Lock()
	fr.inflight = false
	p.mu.Unlock()
}

// PollOnce polls every feed that is due now, once, and returns when all are
// done. Fetch and parse failures are recorded in each feed's state (see
// Status), not returned; the error is from emit, the state store or ctx.
func (p *Poller) PollOnce(ctx context.Context, emit EmitFunc) error {
	due := p.claimDue(p.now(), len(p.feeds))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(p.cfg.Concurrency)
	for _, fr := range due {
		g.Go(func() error {
			defer p.unclaim(fr)
			if gctx.Err() != nil {
				return gctx.Err()
			}
			return p.poll(gctx, fr, emit)
		})
	}
	return g.Wait()
}

// maxIdle bounds how long Run sleeps before looking at the schedule again,
// so a clock that jumps is noticed.
const maxIdle = time.Minute

// Run polls feeds as they fall due until ctx is done or emit or the state
// store fails. It waits for its goroutines before returning; a cancelled ctx
// returns nil.
func (p *Poller) Run(ctx context.Context, emit EmitFunc) error {
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() {
		cancel()
		wg.Wait()
	}()
	free := p.cfg.Concurrency
	done := make(chan error, p.cfg.Concurrency)
	for {
		for _, fr := range p.claimDue(p.now(), free) {
			free--
			wg.Add(1)
			go func() {
				defer wg.Done()
				err := p.poll(ctx, fr, emit)
				p.unclaim(fr)
				done <- err
			}()
		}
		var timer *time.Timer
		var tick <-chan time.Time
		if free > 0 {
			timer = time.NewTimer(p.idle())
			tick = timer.C
		}
		select {
		case <-ctx.Done():
			return nil
		case err := <-done:
			free++
			if err != nil && ctx.Err() == nil {
				return err
			}
		case <-tick:
		}
		if timer != nil {
			timer.Stop()
		}
	}
}

// idle returns how long until the next feed falls due.
func (p *Poller) idle() time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	wait := maxIdle
	for _, fr := range p.feeds {
		if fr.inflight {
			continue
		}
		wait = min(wait, fr.st.NextPoll.Sub(now))
	}
	return max(wait, 0)
}

// nextInterval is the regular delay after a success: interval ±10%.
func (p *Poller) nextInterval(interval time.Duration) time.Duration {
	return time.Duration(float64(interval) * (0.9 + 0.2*p.jitter()))
}

// backoff is the delay after the n-th consecutive failure: interval·2ⁿ plus
// up to 10% jitter, capped at MaxBackoff; a longer Retry-After wins.
func (p *Poller) backoff(interval time.Duration, n int, retryAfter time.Duration) time.Duration {
	d := p.cfg.MaxBackoff
	if n < 30 {
		if b := interval << n; b > 0 && b < d {
			d = b
		}
	}
	d = min(time.Duration(float64(d)*(1+0.1*p.jitter())), p.cfg.MaxBackoff)
	return max(d, retryAfter)
}

// feedAccept is the Accept header of feed requests.
const feedAccept = "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"

// poll fetches one feed and delivers its new items. It returns only errors
// that must stop the poller (emit, state store, cancellation); everything
// else is recorded in the feed's state.
func (p *Poller) poll(ctx context.Context, fr *feedRun, emit EmitFunc) error {
	p.mu.Lock()
	st := fr.st.clone()
	p.mu.Unlock()

	resp, err := p.fetch.get(ctx, request{
		url: fr.cfg.URL, etag: st.ETag, lastModified: st.LastModified,
		limit: p.cfg.MaxFeedBytes, accept: feedAccept,
	})
	if ctx.Err() != nil {
		return ctx.Err()
	}
	st.LastFetch = p.now()
	if err != nil {
		return p.fail(ctx, fr, st, err)
	}
	if resp.status == 304 {
		st.NotModified++
		p.log.Debug("feed not modified", "source", fr.cfg.URL)
		return p.succeed(ctx, fr, st)
	}
	doc, err := parseDocument(resp.body, resp.url)
	if err != nil {
		return p.fail(ctx, fr, st, fmt.Errorf("%s: %w", fr.cfg.URL, err))
	}
	if doc.Title != "" {
		st.Title = doc.Title
	}
	before := st.ItemsSeen
	emitErr := p.deliver(ctx, fr, st, doc, emit)
	p.log.Debug("feed polled", "source", fr.cfg.URL, "entries", len(doc.Entries), "new", st.ItemsSeen-before)
	if emitErr != nil {
		// Keep the old validators so the unsent items come again.
		if serr := p.save(ctx, fr, st); serr != nil {
			return errors.Join(emitErr, serr)
		}
		return emitErr
	}
	st.ETag, st.LastModified = resp.etag, resp.lastModified
	return p.succeed(ctx, fr, st)
}

// deliver emits the entries of doc not seen before, oldest first, and
// records their keys in st.Seen.
func (p *Poller) deliver(ctx context.Context, fr *feedRun, st *FeedState, doc *document, emit EmitFunc) error {
	source := fr.cfg.Name
	if source == "" {
		source = doc.Title
	}
	if source == "" {
		if u, err := url.Parse(fr.cfg.URL); err == nil {
			source = u.Hostname()
		}
	}
	entries := slices.Clone(doc.Entries)
	slices.Reverse(entries) // feeds list newest first
	datedAll := true
	for _, e := range entries {
		datedAll = datedAll && !e.Published.IsZero()
	}
	if datedAll {
		sort.SliceStable(entries, func(i, j int) bool { return entries[i].Published.Before(entries[j].Published) })
	}

	current := make(map[string]bool) // keys of the document already delivered
	var emitErr error
	for _, e := range entries {
		keys := e.keys()
		seen := false
		for _, k := range keys {
			seen = seen || fr.seen[k]
		}
		if !seen && emitErr == nil {
			raw := p.rawItem(ctx, fr, st, source, &e)
			p.emitMu.Lock()
			err := emit(ctx, raw)
			p.emitMu.Unlock()
			if err != nil {
				emitErr = fmt.Errorf("feed %s: emit %s: %w", fr.cfg.URL, raw.URL, err)
				continue
			}
			seen = true
			st.ItemsSeen++
		}
		if seen {
			for _, k := range keys {
				fr.seen[k] = true
				current[k] = true
			}
		}
	}
	st.Seen = trimSeen(st.Seen, current, p.cfg.MaxSeen)
	fr.seen = make(map[string]bool, len(st.Seen))
	for _, k := range st.Seen {
		fr.seen[k] = true
	}
	return emitErr
}

// trimSeen appends the keys in current to old (moving them to the end) and
// drops the oldest keys beyond max, never one of current: an item still in
// the feed must stay recognised or it would be delivered again.
func trimSeen(old []string, current map[string]bool, limit int) []string {
	out := make([]string, 0, len(old)+len(current))
	for _, k := range old {
		if !current[k] {
			out = append(out, k)
		}
	}
	cur := make([]string, 0, len(current))
	for k := range current {
		cur = append(cur, k)
	}
	sort.Strings(cur) // deterministic state files
	keep := max(limit-len(cur), 0)
	if len(out) > keep {
		out = out[len(out)-keep:]
	}
	return append(out, cur...)
}

// rawItem builds the item to emit. When the feed's text is short and
// FetchPages is on, the article page is fetched (through the same host
// gate) and delivered as HTML, with the feed text kept as Summary.
func (p *Poller) rawItem(ctx context.Context, fr *feedRun, st *FeedState, source string, e *entry) *marsad.RawItem {
	raw := &marsad.RawItem{
		Origin:    fr.cfg.URL,
		ID:        e.GUID,
		URL:       e.Link,
		Title:     e.Title,
		Author:    e.Author,
		Source:    source,
		Published: e.Published,
		Summary:   e.Summary,
	}
	best := e.Content
	if textLen(best) < textLen(e.Summary) {
		best = e.Summary
	}
	if textLen(best) >= p.cfg.ShortText || !p.cfg.FetchPages || e.Link == "" {
		raw.Text = best
		return raw
	}
	page, err := p.fetchPage(ctx, e.Link)
	if err != nil {
		st.PageErrors++
		st.LastPageError = err.Error()
		p.log.Debug("article page not fetched, keeping feed text", "source", fr.cfg.URL, "article", e.Link, "err", err)
		raw.Text = best
		return raw
	}
	raw.HTML = page.body
	raw.Summary = best
	if page.url != e.Link {
		raw.URL = page.url
	}
	return raw
}

// fetchPage fetches an article page and checks that it is HTML.
func (p *Poller) fetchPage(ctx context.Context, link string) (*response, error) {
	resp, err := p.fetch.get(ctx, request{url: link, limit: p.cfg.MaxPageBytes,
		accept: "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"})
	if err != nil {
		return nil, err
	}
	if resp.status != 200 || len(resp.body) == 0 {
		return nil, marsad.Errorf(marsad.EINVALID, "page %s: empty answer (HTTP %d)", link, resp.status)
	}
	if ct := resp.contentType; ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || !(mt == "text/html" || mt == "application/xhtml+xml" || strings.HasPrefix(mt, "text/")) {
			return nil, marsad.Errorf(marsad.EINVALID, "page %s: content type %q is not HTML", link, ct)
		}
	}
	return resp, nil
}

// succeed records a successful poll and schedules the next one.
func (p *Poller) succeed(ctx context.Context, fr *feedRun, st *FeedState) error {
	now := p.now()
	st.LastSuccess = now
	st.Failures = 0
	st.LastError, st.LastErrorCode = "", ""
	st.NextPoll = now.Add(p.nextInterval(fr.interval))
	return p.save(ctx, fr, st)
}

// fail records a failed poll and schedules a retry with backoff.
func (p *Poller) fail(ctx context.Context, fr *feedRun, st *FeedState, err error) error {
	st.Failures++
	st.LastError = err.Error()
	st.LastErrorCode = marsad.ErrorCode(err)
	var retryAfter time.Duration
	var ra interface{ retryDelay() time.Duration }
	if errors.As(err, &ra) {
		retryAfter = ra.retryDelay()
	}
	st.NextPoll = p.now().Add(p.backoff(fr.interval, st.Failures, retryAfter))
	p.log.Info("feed poll failed", "source", fr.cfg.URL, "code", st.LastErrorCode,
		"failures", st.Failures, "next_poll", st.NextPoll, "err", err)
	return p.save(ctx, fr, st)
}

// save publishes st as the feed's state and persists it.
func (p *Poller) save(ctx context.Context, fr *feedRun, st *FeedState) error {
	p.mu.Lock()
	fr.st = st
	p.mu.Unlock()
	if err := p.store.Save(context.WithoutCancel(ctx), st.clone()); err != nil {
		return fmt.Errorf("feed %s: save state: %w", fr.cfg.URL, err)
	}
	return nil
}
