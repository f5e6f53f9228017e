package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad"
)

// Page is what an Extractor finds in an HTML page.
type Page struct {
	Title, Text, Author, SiteName, Lang string
	Published                           time.Time
	CanonicalURL                        string
}

// Extractor turns an HTML page into its main text and metadata.
type Extractor interface {
	Extract(html []byte, pageURL string) (*Page, error)
}

// ExtractorFunc adapts a function to Extractor.
type ExtractorFunc func(html []byte, pageURL string) (*Page, error)

// Extract calls f.
func (f ExtractorFunc) Extract(html []byte, pageURL string) (*Page, error) { return f(html, pageURL) }

// Seer is an optional Store capability: it reports, without writing,
// whether an article would be refused as a duplicate.
type Seer interface {
	Seen(ctx context.Context, a *marsad.Article) (marsad.PutStatus, bool, error)
}

// Config tunes a Runner.
type Config struct {
	Workers      int  // analysis workers; default GOMAXPROCS
	Queue        int  // items buffered between source and workers; default 4×Workers
	Analyze      bool // run the analyzer on new articles
	MinTextRunes int  // shorter texts are rejected as empty; default 20
	MaxTextBytes int  // longer texts are rejected; default 2 MiB
}

func (c *Config) defaults() {
	if c.Workers <= 0 {
		c.Workers = runtime.GOMAXPROCS(0)
	}
	if c.Queue <= 0 {
		c.Queue = 4 * c.Workers
	}
	if c.MinTextRunes <= 0 {
		c.MinTextRunes = 20
	}
	if c.MaxTextBytes <= 0 {
		c.MaxTextBytes = 2 << 20
	}
}

// Validate reports a configuration that cannot work.
func (c Config) Validate() error {
	if c.Workers < 0 || c.Queue < 0 || c.MinTextRunes < 0 || c.MaxTextBytes < 0 {
		return marsad.Errorf(marsad.EINVALID, "pipeline: negative setting")
	}
	return nil
}

// Deps are the components a Runner uses. Store and Prepare are required.
type Deps struct {
	Store     marsad.Store
	Extractor Extractor             // nil: HTML items are rejected
	Prepare   func(*marsad.Article) // fills ID, CanonicalURL, ContentHash, SimHash
	Analyzer  marsad.Analyzer       // nil or Config.Analyze false: no analysis
	Logger    *slog.Logger
	Now       func() time.Time
	// OnStored, if set, is called after an article (and its analysis) is
	// stored: the hook for alerts and live views.
	OnStored func(ctx context.Context, a *marsad.Article, an *marsad.Analysis)
}

// Result is the outcome of one item.
type Result struct {
	Status    marsad.PutStatus
	Article   *marsad.Article
	Analysis  *marsad.Analysis
	Rejection *marsad.Rejection // set when the item was rejected

	put    bool // the article was already written (in a batch)
	resume bool // the article was stored earlier without its analysis: store only the analysis
}

// Summary counts what a run did.
type Summary struct {
	Read          int            `json:"read"`
	Stored        int            `json:"stored"`
	NearDuplicate int            `json:"near_duplicates"` // stored and grouped into an earlier story
	DuplicateURL  int            `json:"duplicate_url"`
	DuplicateText int            `json:"duplicate_text"`
	Rejected      int            `json:"rejected"`
	Events        int            `json:"events"`
	Reasons       map[string]int `json:"reasons,omitempty"` // rejection reason → count
}

// Duplicates is the number of items not stored because they were already there.
func (s Summary) Duplicates() int { return s.DuplicateURL + s.DuplicateText }

// String is the one-line summary printed at the end of `marsad ingest`.
func (s Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "read %d, stored %d (%d near-duplicates grouped), duplicates %d, rejected %d",
		s.Read, s.Stored, s.NearDuplicate, s.Duplicates(), s.Rejected)
	if s.Events > 0 {
		fmt.Fprintf(&b, ", events %d", s.Events)
	}
	if len(s.Reasons) > 0 {
		type kv struct {
			k string
			v int
		}
		var rs []kv
		for k, v := range s.Reasons {
			rs = append(rs, kv{k, v})
		}
		sort.Slice(rs, func(i, j int) bool { return rs[i].v > rs[j].v || rs[i].v == rs[j].v && rs[i].k < rs[j].k })
		b.WriteString(" (")
		for i, r := range rs {
			if i > 0 {
				b.WriteString("; ")
			}
			b.WriteString(r.k + ": " + strconv.Itoa(r.v))
		}
		b.WriteString(")")
	}
	return b.String()
}

// Runner processes items. Process handles one item synchronously (the push
// API); Start/Submit/Close run many through concurrent workers and one
// writer (bulk ingest and feeds).
type Runner struct {
	cfg  Config
	deps Deps
	log  *slog.Logger

	mu      sync.Mutex
	summary Summary

	in     chan *marsad.RawItem
	out    chan *Result
	wg     sync.WaitGroup // workers
	wdone  chan struct{}  // writer finished
	werr   error          // writer's fatal error
	cancel context.CancelFunc
}

// New builds a Runner.
func New(cfg Config, deps Deps) (*Runner, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg.defaults()
	if deps.Store == nil || deps.Prepare == nil {
		return nil, errors.New("pipeline: Store and Prepare are required")
	}
	if deps.Logger == nil {
		deps.Logger = slog.New(slog.DiscardHandler)
	}
	if deps.Now == nil {
		deps.Now = time.Now
	}
	return &Runner{cfg: cfg, deps: deps, log: deps.Logger, summary: Summary{Reasons: map[string]int{}}}, nil
}

// Summary returns the counts so far.
func (r *Runner) Summary() Summary {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := r.summary
	s.Reasons = make(map[string]int, len(r.summary.Reasons))
	for k, v := range r.summary.Reasons {
		s.Reasons[k] = v
	}
	return s
}

// Reject records an item a source could not read.
func (r *Runner) Reject(rej marsad.Rejection) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.summary.Read++
	r.countRejection(rej)
}

func (r *Runner) countRejection(rej marsad.Rejection) {
	r.summary.Rejected++
	r.summary.Reasons[rej.Reason]++
	r.log.Debug("item rejected", "origin", rej.Origin, "stage", rej.Stage, "reason", rej.Reason)
}

// Process runs one item through every stage and stores it. A rejected item
// is reported in Result.Rejection with a nil error; the error is for store
// failures only.
func (r *Runner) Process(ctx context.Context, it *marsad.RawItem) (*Result, error) {
	res := r.prepare(ctx, it)
	return res, r.write(ctx, res)
}

// prepare does the work that needs no write: extraction, validation,
// fingerprinting, and analysis unless the article is already stored.
func (r *Runner) prepare(ctx context.Context, it *marsad.RawItem) *Result {
	a, rej := r.toArticle(it)
	if rej != nil {
		return &Result{Rejection: rej}
	}
	r.deps.Prepare(a)
	if s, ok := r.deps.Store.(Seer); ok {
		// A duplicate is refused by the store anyway: do not analyse it.
		status, dup, err := s.Seen(ctx, a)
		if err == nil && dup {
			return r.resume(ctx, &Result{Status: status, Article: a})
		}
	} else if old, err := r.deps.Store.Article(ctx, a.ID); err == nil && old != nil {
		return r.resume(ctx, &Result{Status: marsad.DuplicateText, Article: old})
	}
	res := &Result{Article: a}
	if r.cfg.Analyze && r.deps.Analyzer != nil {
		an, err := r.analyze(ctx, a)
		if err != nil {
			return &Result{Rejection: &marsad.Rejection{Origin: it.Origin, Stage: "analyse", Code: marsad.ErrorCode(err), Reason: "analysis failed: " + marsad.ErrorMessage(err)}}
		}
		res.Analysis = an
	}
	return res
}

// resume finishes an article whose run stopped between storing it and
// storing its analysis (the process was killed; a queue or a second ingest
// delivers the item again): the article is stored, its analysis is not, so
// analyse it now. Any other duplicate is returned as it is.
func (r *Runner) resume(ctx context.Context, dup *Result) *Result {
	if !r.cfg.Analyze || r.deps.Analyzer == nil {
		return dup
	}
	if _, err := r.deps.Store.Analysis(ctx, dup.Article.ID); marsad.ErrorCode(err) != marsad.ENOTFOUND {
		return dup
	}
	stored, err := r.deps.Store.Article(ctx, dup.Article.ID)
	if err != nil || stored == nil {
		return dup // a different article with the same URL or text
	}
	an, err := r.analyze(ctx, stored)
	if err != nil {
		return dup
	}
	dup.Article, dup.Analysis, dup.resume = stored, an, true
	return dup
}

// analyze runs the analyzer, turning a panic into an error: one bad article
// must not stop a run.
func (r *Runner) analyze(ctx context.Context, a *marsad.Article) (an *marsad.Analysis, err error) {
	defer func() {
		if p := recover(); p != nil {
			r.log.Error("analyzer panic", "article", a.ID, "panic", fmt.Sprint(p))
			err = marsad.Errorf(marsad.EINTERNAL, "analyzer panic")
		}
	}()
	an, err = r.deps.Analyzer.Analyze(ctx, a)
	if err != nil {
		return nil, err
	}
	an.ArticleID = a.ID
	for i := range an.Events {
		ev := &an.Events[i]
		ev.ArticleID = a.ID
		if ev.ID == "" {
			ev.ID = EventID(a.ID, ev)
		}
	}
	return an, nil
}

// EventID is the deterministic id of an event: its article, type and first
// evidence span. Re-analysing the same article gives the same ids.
func EventID(articleID string, ev *marsad.Event) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s|%s", articleID, ev.Type)
	for _, s := range ev.Evidence {
		fmt.Fprintf(h, "|%d-%d", s.Start, s.End)
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// write stores a prepared result and counts it.
func (r *Runner) write(ctx context.Context, res *Result) error {
	if res.Rejection != nil {
		r.mu.Lock()
		r.summary.Read++
		r.countRejection(*res.Rejection)
		r.mu.Unlock()
		return nil
	}
	status := res.Status
	if res.Article != nil && status == marsad.Stored && !res.put {
		var err error
		status, err = r.deps.Store.PutArticle(ctx, res.Article)
		if err != nil {
			if marsad.ErrorCode(err) == marsad.EINVALID {
				rej := &marsad.Rejection{Origin: res.Article.URL, Stage: "store", Code: marsad.EINVALID, Reason: marsad.ErrorMessage(err)}
				res.Rejection = rej
				r.mu.Lock()
				r.summary.Read++
				r.countRejection(*rej)
				r.mu.Unlock()
				return nil
			}
			return fmt.Errorf("store article: %w", err)
		}
		res.Status = status
	}
	if res.Article != nil && (status == marsad.Stored || status == marsad.NearDuplicate || res.resume) && res.Analysis != nil {
		if err := r.deps.Store.PutAnalysis(ctx, res.Analysis); err != nil {
			return fmt.Errorf("store analysis: %w", err)
		}
	}
	r.mu.Lock()
	r.summary.Read++
	switch status {
	case marsad.Stored:
		r.summary.Stored++
	case marsad.NearDuplicate:
		r.summary.Stored++
		r.summary.NearDuplicate++
	case marsad.DuplicateURL:
		r.summary.DuplicateURL++
	case marsad.DuplicateText:
		r.summary.DuplicateText++
	}
	stored := status == marsad.Stored || status == marsad.NearDuplicate || res.resume
	if stored && res.Analysis != nil {
		r.summary.Events += countCurrent(res.Analysis)
	}
	r.mu.Unlock()
	if stored && r.deps.OnStored != nil {
		r.deps.OnStored(ctx, res.Article, res.Analysis)
	}
	return nil
}

func countCurrent(an *marsad.Analysis) int {
	n := 0
	for _, ev := range an.Events {
		if ev.Aux == "" {
			n++
		}
	}
	return n
}

// Start launches the workers and the writer. Submit items, then Close.
func (r *Runner) Start(ctx context.Context) {
	ctx, r.cancel = context.WithCancel(ctx)
	r.in = make(chan *marsad.RawItem, r.cfg.Queue)
	r.out = make(chan *Result, r.cfg.Queue)
	r.wdone = make(chan struct{})
	for i := 0; i < r.cfg.Workers; i++ {
		r.wg.Add(1)
		go func() {
			defer r.wg.Done()
			for it := range r.in {
				select {
				case r.out <- r.prepare(ctx, it):
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		defer close(r.wdone)
		batch := make([]*Result, 0, maxBatch)
		for res := range r.out {
			// Gather what arrives within batchLinger, up to maxBatch, and
			// store it in one transaction: commits, not inserts, bound the
			// write rate, and a few milliseconds of waiting buys large batches.
			batch = append(batch[:0], res)
			linger := time.NewTimer(batchLinger)
		fill:
			for len(batch) < maxBatch {
				select {
				case more, ok := <-r.out:
					if !ok {
						break fill
					}
					batch = append(batch, more)
				case <-linger.C:
					break fill
				}
			}
			linger.Stop()
			if r.werr != nil {
				continue // drain so workers never block
			}
			if err := r.writeBatch(ctx, batch); err != nil {
				r.werr = err
				r.cancel()
			}
		}
	}()
}

// maxBatch bounds the articles stored in one transaction; batchLinger is
// how long the writer waits for a batch to fill.
const (
	maxBatch    = 256
	batchLinger = 5 * time.Millisecond
)

// BatchPutter is an optional Store capability: PutArticles stores many
// articles in one transaction, with the statuses PutArticle would give.
type BatchPutter interface {
	PutArticles(ctx context.Context, as []*marsad.Article) ([]marsad.PutStatus, error)
}

// writeBatch stores a batch, in one transaction when the store can, and
// falls back to one write per result when the batch fails as a whole (one
// invalid article must not reject its neighbours).
func (r *Runner) writeBatch(ctx context.Context, batch []*Result) error {
	bp, ok := r.deps.Store.(BatchPutter)
	var todo []*Result
	for _, res := range batch {
		if res.Rejection == nil && res.Article != nil && res.Status == marsad.Stored {
			todo = append(todo, res)
		}
	}
	if ok && len(todo) > 1 {
		as := make([]*marsad.Article, len(todo))
		for i, res := range todo {
			as[i] = res.Article
		}
		if statuses, err := bp.PutArticles(ctx, as); err == nil {
			for i, res := range todo {
				res.Status = statuses[i]
				res.put = true
			}
		} else if marsad.ErrorCode(err) != marsad.EINVALID && marsad.ErrorCode(err) != marsad.ETOOLARGE && marsad.ErrorCode(err) != marsad.ECONFLICT {
			return fmt.Errorf("store articles: %w", err)
		}
	}
	for _, res := range batch {
		if err := r.write(ctx, res); err != nil {
			return err
		}
	}
	return nil
}

// Submit hands one item to the workers, blocking while the queue is full.
func (r *Runner) Submit(ctx context.Context, it *marsad.RawItem) error {
	select {
	case r.in <- it:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Close waits for every submitted item to be stored and returns the summary
// and the first store failure, if any.
func (r *Runner) Close() (Summary, error) {
	close(r.in)
	r.wg.Wait()
	close(r.out)
	<-r.wdone
	r.cancel()
	return r.Summary(), r.werr
}

// toArticle extracts and validates one item.
func (r *Runner) toArticle(it *marsad.RawItem) (*marsad.Article, *marsad.Rejection) {
	reject := func(stage, code, reason string) (*marsad.Article, *marsad.Rejection) {
		return nil, &marsad.Rejection{Origin: it.Origin, Stage: stage, Code: code, Reason: reason}
	}
	a := &marsad.Article{
		ExternalID: it.ID, URL: it.URL, Title: it.Title, Author: it.Author,
		Source: it.Source, Published: it.Published, Text: it.Text, Fetched: it.Fetched.UTC(),
	}
	if a.Fetched.IsZero() {
		a.Fetched = r.deps.Now().UTC()
	}
	if strings.TrimSpace(a.Text) == "" && len(it.HTML) > 0 {
		if r.deps.Extractor == nil {
			return reject("extract", marsad.EINVALID, "HTML given but no extractor configured")
		}
		p, err := r.safeExtract(it.HTML, it.URL)
		if err != nil {
			if it.Summary == "" {
				return reject("extract", marsad.ErrorCode(err), "extraction failed: "+marsad.ErrorMessage(err))
			}
			a.Text = it.Summary
		} else {
			a.Text = p.Text
			if a.Title == "" {
				a.Title = p.Title
			}
			if a.Author == "" {
				a.Author = p.Author
			}
			if a.Source == "" {
				a.Source = p.SiteName
			}
			if a.Published.IsZero() {
				a.Published = p.Published
			}
			if a.URL == "" {
				a.URL = p.CanonicalURL
			}
			a.Lang = p.Lang
		}
	}
	if strings.TrimSpace(a.Text) == "" && it.Summary != "" {
		a.Text = it.Summary
	}
	if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
		return reject("validate", marsad.EINVALID, "invalid UTF-8")
	}
	if len(a.Text) > r.cfg.MaxTextBytes {
		return reject("validate", marsad.ETOOLARGE, fmt.Sprintf("text over %d bytes", r.cfg.MaxTextBytes))
	}
	a.Text = strings.TrimSpace(strings.ReplaceAll(a.Text, "\r\n", "\n"))
	if utf8.RuneCountInString(a.Text) < r.cfg.MinTextRunes {
		return reject("validate", marsad.EINVALID, "empty text")
	}
	if strings.ContainsRune(a.Text, 0) || controlShare(a.Text) > 0.05 {
		return reject("validate", marsad.EINVALID, "binary content")
	}
	if a.Lang == "" {
		a.Lang = guessLang(a.Text)
	}
	if !a.Published.IsZero() {
		a.Published = a.Published.UTC()
	}
	return a, nil
}

// safeExtract shields the run from a panic in an HTML library.
func (r *Runner) safeExtract(html []byte, url string) (p *Page, err error) {
	defer func() {
		if rec := recover(); rec != nil {
			p, err = nil, marsad.Errorf(marsad.EINVALID, "HTML could not be parsed")
		}
	}()
	return r.deps.Extractor.Extract(html, url)
}

func controlShare(s string) float64 {
	n, bad := 0, 0
	for _, c := range s {
		n++
		if unicode.IsControl(c) && c != '\n' && c != '\t' && c != '\r' {
			bad++
		}
		if n >= 4096 {
			break
		}
	}
	if n == 0 {
		return 0
	}
	return float64(bad) / float64(n)
}

// guessLang says "ar" when Arabic letters dominate the letters of s.
func guessLang(s string) string {
	ar, letters := 0, 0
	for i, c := range s {
		if i > 8192 {
			break
		}
		if unicode.IsLetter(c) {
			letters++
			if unicode.Is(unicode.Arabic, c) {
				ar++
			}
		}
	}
	if letters > 0 && ar*2 >= letters {
		return "ar"
	}
	return ""
}
