package web

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/export"
	"github.com/marsad/marsad/internal/pipeline"
	"github.com/marsad/marsad/internal/web/envelope"
)

// Config configures the server.
type Config struct {
	// WriteTokens are static bearer tokens with the editor role (push
	// articles, correct events), from the configuration file.
	WriteTokens []string
	// AnonymousRead lets requests without a token use the reader endpoints.
	AnonymousRead bool
	// MaxPushBytes caps a push request body; default 16 MiB.
	MaxPushBytes int64
	// TileURL, if set, is an online tile server's URL template
	// ("https://{s}.tile.example.org/{z}/{x}/{y}.png") drawn instead of
	// the embedded offline basemap; TileAttribution credits it.
	TileURL, TileAttribution string
	// ResponseCacheBytes bounds the cache of event lists and counts, which
	// are served again while the store reports no commit since (a store
	// with DataVersion); 0 means 32 MiB, negative turns the cache off.
	ResponseCacheBytes int
}

// Deps are the components the server reads and writes through.
type Deps struct {
	Store  marsad.Store
	Ingest func(ctx context.Context, it *marsad.RawItem) (*pipeline.Result, error)
	Decode func(line []byte) (marsad.RawItem, error) // one JSON article
	// OnChange, if set, is told of each correction or deletion of an event
	// after it is recorded (the alerts re-evaluate it).
	OnChange func(ctx context.Context, a *marsad.Article, ch marsad.EventChange)
	// DeadLetters, if set, lists the items the work queue gave up on.
	DeadLetters func(ctx context.Context, limit int) (any, error)
	// DeadLetterEditor, if set, replays and discards those dead letters
	// (deadletter_replay.go).
	DeadLetterEditor DeadLetterEditor
	// Feeds, if set, reports the state of each polled feed.
	Feeds func() any
	// Tokens, if set, resolves bearer tokens created with `marsad token
	// create` to their role.
	Tokens TokenStore
	// Metrics is the Prometheus registry served at /metrics; the server
	// adds its own request metrics to it. Nil: a private registry.
	Metrics *prometheus.Registry
	Logger  *slog.Logger
}

// Server serves the API. Create it with New; mark it ready with SetReady.
type Server struct {
	cfg    Config
	deps   Deps
	store  marsad.Store // deps.Store as readers see it: with analysts' corrections
	log    *slog.Logger
	mux    *http.ServeMux
	ready  atomic.Bool
	tokens [][32]byte
	table  []route
	cache  *respCache // nil: off
	// changes: every event's latest change, by data version (events_json.go)
	changes changeSnapshot

	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec

	metricsHandler http.Handler
}

// New builds a Server.
func New(cfg Config, deps Deps) (*Server, error) {
	if deps.Store == nil {
		return nil, errors.New("web: a store is required")
	}
	if cfg.MaxPushBytes <= 0 {
		cfg.MaxPushBytes = 16 << 20
	}
	if deps.Logger == nil {
		deps.Logger = slog.New(slog.DiscardHandler)
	}
	if deps.Metrics == nil {
		deps.Metrics = prometheus.NewRegistry()
	}
	s := &Server{cfg: cfg, deps: deps, log: deps.Logger, mux: http.NewServeMux(), store: deps.Store}
	switch {
	case cfg.ResponseCacheBytes == 0:
		s.cache = newRespCache(defaultCacheBytes)
	case cfg.ResponseCacheBytes > 0:
		s.cache = newRespCache(cfg.ResponseCacheBytes)
	}
	if c, isCorrector := deps.Store.(marsad.EventCorrector); isCorrector {
		s.store = correctedStore{Store: deps.Store, c: c}
	}
	s.requests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "marsad_http_requests_total", Help: "HTTP requests by route and status code.",
	}, []string{"route", "code"})
	s.latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "marsad_http_request_duration_seconds", Help: "HTTP request latency by route.",
		Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5},
	}, []string{"route"})
	if err := deps.Metrics.Register(s.requests); err != nil {
		return nil, fmt.Errorf("web: register metrics: %w", err)
	}
	if err := deps.Metrics.Register(s.latency); err != nil {
		return nil, fmt.Errorf("web: register metrics: %w", err)
	}
	s.metricsHandler = promhttp.HandlerFor(deps.Metrics, promhttp.HandlerOpts{})
	for _, t := range cfg.WriteTokens {
		if t != "" {
			s.tokens = append(s.tokens, sha256.Sum256([]byte(t)))
		}
	}
	s.routes()
	return s, nil
}

// SetReady marks the server ready (or not) for /readyz and /healthz.
func (s *Server) SetReady(v bool) { s.ready.Store(v) }

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	s.mux.ServeHTTP(w, r)
}

// route is one endpoint of the API. The table is the single list of
// endpoints: the mux, the OpenAPI check and the access tests read it.
type route struct {
	Method, Path string
	Role         string // the least role allowed: RolePublic, RoleReader, RoleEditor or RoleAdmin
	h            handlerFunc
}

// Route describes one endpoint: its method, path pattern, whether it needs
// a token with write rights, and the least role allowed.
type Route struct {
	Method, Path string
	Write        bool
	Role         string
}

// Routes lists the API's endpoints.
func (s *Server) Routes() []Route {
	out := make([]Route, len(s.table))
	for i, r := range s.table {
		out[i] = Route{Method: r.Method, Path: r.Path, Role: r.Role, Write: rank[r.Role] > rank[RoleReader]}
	}
	return out
}

func (s *Server) routes() {
	s.table = []route{
		{Method: "GET", Path: "/healthz", Role: RolePublic, h: s.health},
		{Method: "GET", Path: "/readyz", Role: RolePublic, h: s.health},
		{Method: "GET", Path: "/metrics", Role: RolePublic, h: s.metrics},
		{Method: "GET", Path: "/api/v1/openapi.json", Role: RolePublic, h: s.openAPI},
		{Method: "GET", Path: "/api/v1/stats", Role: RoleReader, h: s.stats},
		{Method: "GET", Path: "/api/v1/articles", Role: RoleReader, h: s.listArticles},
		{Method: "POST", Path: "/api/v1/articles", Role: RoleEditor, h: s.pushArticles},
		{Method: "GET", Path: "/api/v1/articles/{id}", Role: RoleReader, h: s.getArticle},
		{Method: "GET", Path: "/api/v1/events", Role: RoleReader, h: s.listEvents},
		{Method: "GET", Path: "/api/v1/events/export", Role: RoleReader, h: s.exportEvents},
		{Method: "GET", Path: "/api/v1/events/counts", Role: RoleReader, h: s.countEvents},
		{Method: "GET", Path: "/api/v1/events/deletions", Role: RoleReader, h: s.deletions},
		{Method: "GET", Path: "/api/v1/events/{id}", Role: RoleReader, h: s.getEvent},
		{Method: "PATCH", Path: "/api/v1/events/{id}", Role: RoleEditor, h: s.correctEvent},
		{Method: "DELETE", Path: "/api/v1/events/{id}", Role: RoleEditor, h: s.deleteEvent},
		{Method: "GET", Path: "/api/v1/actors", Role: RoleReader, h: s.searchActors},
		{Method: "GET", Path: "/api/v1/actors/{id}", Role: RoleReader, h: s.getActor},
		{Method: "GET", Path: "/api/v1/places", Role: RoleReader, h: s.searchPlaces},
		{Method: "GET", Path: "/api/v1/feeds", Role: RoleAdmin, h: s.feeds},
		{Method: "GET", Path: "/api/v1/queue/deadletters", Role: RoleAdmin, h: s.queueDeadLetters},
		{Method: "POST", Path: "/api/v1/queue/deadletters/{id}/replay", Role: RoleAdmin, h: s.replayDeadLetter},
		{Method: "DELETE", Path: "/api/v1/queue/deadletters/{id}", Role: RoleAdmin, h: s.discardDeadLetter},
		{Method: "POST", Path: "/api/v1/tokens", Role: RoleAdmin, h: s.createToken},
		{Method: "GET", Path: "/api/v1/whoami", Role: RoleReader, h: s.whoami},
	}
	for _, r := range s.table {
		s.handle(r.Method+" "+r.Path, s.guard(r.Role, r.h))
	}
	s.uiRoutes()
	s.handle("/api/", func(w http.ResponseWriter, r *http.Request) error {
		return marsad.Errorf(marsad.ENOTFOUND, "no such endpoint: %s %s", r.Method, r.URL.Path)
	})
}

//go:embed openapi.json
var openAPIDoc []byte

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json")
	_, err := w.Write(openAPIDoc)
	return err
}

// metrics serves the Prometheus registry given in Deps (or an empty one).
func (s *Server) metrics(w http.ResponseWriter, r *http.Request) error {
	s.metricsHandler.ServeHTTP(w, r)
	return nil
}

// handlerFunc is a handler that returns its error; handle maps it to the
// envelope once.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

func (s *Server) handle(pattern string, h handlerFunc) {
	s.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, code: http.StatusOK}
		if err := h(sw, r); err != nil {
			s.fail(sw, r, err)
		}
		s.requests.WithLabelValues(pattern, strconv.Itoa(sw.code)).Inc()
		s.latency.WithLabelValues(pattern).Observe(time.Since(start).Seconds())
	})
}

// statusWriter remembers the status code written.
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	w.code = code
	w.ResponseWriter.WriteHeader(code)
}

// Flush lets streaming exports reach the client as they are written.
func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func (s *Server) health(w http.ResponseWriter, r *http.Request) error {
	if !s.ready.Load() {
		http.Error(w, "starting", http.StatusServiceUnavailable)
		return nil
	}
	_, err := io.WriteString(w, "ok\n")
	return err
}

func ok(w http.ResponseWriter, data any) error { return envelope.OK(w, data) }

func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	envelope.Fail(w, r, s.log, err)
}

func (s *Server) stats(w http.ResponseWriter, r *http.Request) error {
	st, err := s.store.Stats(r.Context())
	if err != nil {
		return err
	}
	return ok(w, st)
}

func (s *Server) feeds(w http.ResponseWriter, r *http.Request) error {
	if s.deps.Feeds == nil {
		return ok(w, []any{})
	}
	return ok(w, s.deps.Feeds())
}

// queueDeadLetters lists the items the work queue gave up on, newest first.
func (s *Server) queueDeadLetters(w http.ResponseWriter, r *http.Request) error {
	if s.deps.DeadLetters == nil {
		return ok(w, []any{})
	}
	limit, err := intParam(r.URL.Query().Get("limit"), 100, 1000)
	if err != nil {
		return err
	}
	dl, err := s.deps.DeadLetters(r.Context(), limit)
	if err != nil {
		return err
	}
	return ok(w, dl)
}

func (s *Server) listArticles(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	aq := marsad.ArticleQuery{Text: q.Get("q"), Source: q.Get("source"), Cursor: q.Get("cursor")}
	var err error
	if aq.Limit, err = intParam(q.Get("limit"), 50, 1000); err != nil {
		return err
	}
	if aq.Since, err = timeParam("since", q.Get("since")); err != nil {
		return err
	}
	if aq.Until, err = timeParam("until", q.Get("until")); err != nil {
		return err
	}
	page, err := s.store.Articles(r.Context(), aq)
	if err != nil {
		return err
	}
	return ok(w, page)
}

// articleView is one article with its analysis.
type articleView struct {
	*marsad.Article
	Analysis *marsad.Analysis `json:"analysis,omitempty"`
}

func (s *Server) getArticle(w http.ResponseWriter, r *http.Request) error {
	a, err := s.store.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	an, err := s.store.Analysis(r.Context(), a.ID)
	if err != nil && marsad.ErrorCode(err) != marsad.ENOTFOUND {
		return err
	}
	return ok(w, articleView{Article: a, Analysis: an})
}

// eventQuery reads the event filters shared by the list and export endpoints.
func eventQuery(r *http.Request, defLimit int) (marsad.EventQuery, error) {
	q := r.URL.Query()
	eq := marsad.EventQuery{Actor: q.Get("actor"), Country: strings.ToUpper(q.Get("country")), ArticleID: q.Get("article"), Source: q.Get("source"), Cursor: q.Get("cursor")}
	if v := q.Get("type"); v != "" {
		eq.Types = strings.Split(strings.ToUpper(v), ",")
	}
	if v := q.Get("mode"); v != "" {
		eq.Modes = strings.Split(v, ",")
	}
	var err error
	if eq.Limit, err = intParam(q.Get("limit"), defLimit, 1000); err != nil {
		return eq, err
	}
	if eq.Since, err = timeParam("since", q.Get("since")); err != nil {
		return eq, err
	}
	if eq.Until, err = timeParam("until", q.Get("until")); err != nil {
		return eq, err
	}
	if v := q.Get("min_confidence"); v != "" {
		if eq.MinConfidence, err = strconv.ParseFloat(v, 64); err != nil || eq.MinConfidence < 0 || eq.MinConfidence > 1 {
			return eq, marsad.Errorf(marsad.EINVALID, "min_confidence must be a number between 0 and 1")
		}
	}
	if v := q.Get("bbox"); v != "" {
		f, err := floats(v, 4)
		if err != nil || f[0] > f[2] || f[1] > f[3] {
			return eq, marsad.Errorf(marsad.EINVALID, "bbox must be minLon,minLat,maxLon,maxLat")
		}
		eq.BBox = &[4]float64{f[0], f[1], f[2], f[3]}
	}
	if v := q.Get("near"); v != "" {
		f, err := floats(v, 3)
		if err != nil || f[2] <= 0 || f[0] < -90 || f[0] > 90 || f[1] < -180 || f[1] > 180 {
			return eq, marsad.Errorf(marsad.EINVALID, "near must be lat,lon,radius_km")
		}
		eq.Near = &marsad.Circle{Lat: f[0], Lon: f[1], RadiusKm: f[2]}
	}
	return eq, nil
}

func floats(v string, n int) ([]float64, error) {
	parts := strings.Split(v, ",")
	if len(parts) != n {
		return nil, fmt.Errorf("want %d numbers", n)
	}
	out := make([]float64, n)
	for i, p := range parts {
		f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil {
			return nil, err
		}
		out[i] = f
	}
	return out, nil
}

func (s *Server) listEvents(w http.ResponseWriter, r *http.Request) error {
	eq, err := eventQuery(r, 100)
	if err != nil {
		return err
	}
	if merged, err := mergedParam(r); err != nil {
		return err
	} else if merged {
		return s.listMerged(w, r, eq)
	}
	if je, has := s.deps.Store.(jsonEventer); has {
		return s.cached(w, r, func() ([]byte, error) {
			evs, next, err := s.eventsJSON(r.Context(), je, eq)
			if err != nil {
				return nil, err
			}
			return eventsBody(evs, next)
		})
	}
	page, err := s.store.Events(r.Context(), eq)
	if err != nil {
		return err
	}
	return ok(w, page)
}

// exportEvents streams every event matching the filters in the format asked
// for; limit sets the page size of the store queries, not the export's.
func (s *Server) exportEvents(w http.ResponseWriter, r *http.Request) error {
	format := r.URL.Query().Get("format")
	if format == "" {
		format = "csv"
	}
	eq, err := eventQuery(r, 1000)
	if err != nil {
		return err
	}
	ext := map[string]string{"csv": "csv", "jsonl": "jsonl", "plover": "plover.jsonl", "geojson": "geojson"}[format]
	if ext == "" {
		return marsad.Errorf(marsad.EINVALID, "format must be one of %s", strings.Join(export.Formats, ", "))
	}
	merged, err := mergedParam(r)
	if err != nil {
		return err
	}
	cw := &committedWriter{w: w}
	newWriter, name := export.New, "marsad-events."
	if merged {
		newWriter, name = export.NewMerged, "marsad-events-merged."
	}
	ew, err := newWriter(format, cw)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", export.ContentType(format))
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+ext+`"`)
	if merged {
		err = s.exportMerged(r.Context(), w, eq, ew)
	} else {
		_, err = export.Stream(r.Context(), s.store, eq, ew)
	}
	if err != nil {
		if !cw.wrote {
			return err
		}
		// Headers are gone: the client sees a truncated body; log why.
		s.log.Error("export interrupted", "err", err)
	}
	return nil
}

// committedWriter records whether the response body has started.
type committedWriter struct {
	w     http.ResponseWriter
	wrote bool
}

func (c *committedWriter) Write(p []byte) (int, error) {
	c.wrote = true
	return c.w.Write(p)
}

// pushResult reports one pushed article.
type pushResult struct {
	Line      int               `json:"line,omitempty"`
	ID        string            `json:"id,omitempty"`
	Status    string            `json:"status"`
	Events    int               `json:"events"`
	Rejection *marsad.Rejection `json:"rejection,omitempty"`
}

// pushArticles takes one JSON article or a JSON Lines batch, analyses and
// stores each, and reports per item. Bad items are rejected with a reason;
// the others are stored.
func (s *Server) pushArticles(w http.ResponseWriter, r *http.Request) error {
	if s.deps.Ingest == nil || s.deps.Decode == nil {
		return marsad.Errorf(marsad.EUNAVAILABLE, "this server does not accept articles")
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxPushBytes))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return marsad.Errorf(marsad.ETOOLARGE, "request body over %d bytes", s.cfg.MaxPushBytes)
		}
		return marsad.Errorf(marsad.EINVALID, "read body: %v", err)
	}
	var results []pushResult
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 64<<10), int(s.cfg.MaxPushBytes)+1)
	line := 0
	for sc.Scan() {
		line++
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 {
			continue
		}
		it, err := s.deps.Decode(raw)
		if err != nil {
			results = append(results, pushResult{Line: line, Status: "rejected", Rejection: &marsad.Rejection{Origin: "push:" + strconv.Itoa(line), Stage: "read", Code: marsad.ErrorCode(err), Reason: marsad.ErrorMessage(err)}})
			continue
		}
		it.Origin = "push:" + strconv.Itoa(line)
		res, err := s.deps.Ingest(r.Context(), &it)
		if err != nil {
			return fmt.Errorf("push line %d: %w", line, err)
		}
		pr := pushResult{Line: line}
		switch {
		case res.Rejection != nil:
			pr.Status, pr.Rejection = "rejected", res.Rejection
		default:
			pr.Status = res.Status.String()
			if res.Article != nil {
				pr.ID = res.Article.ID
			}
			if res.Analysis != nil && (res.Status == marsad.Stored || res.Status == marsad.NearDuplicate) {
				for _, ev := range res.Analysis.Events {
					if ev.Aux == "" {
						pr.Events++
					}
				}
			}
		}
		results = append(results, pr)
	}
	if len(results) == 0 {
		return marsad.Errorf(marsad.EINVALID, "no article in the request body")
	}
	return ok(w, map[string]any{"results": results})
}

func intParam(v string, def, max int) (int, error) {
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > max {
		return 0, marsad.Errorf(marsad.EINVALID, "limit must be between 1 and %d", max)
	}
	return n, nil
}

func timeParam(name, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, nil
		}
	}
	return time.Time{}, marsad.Errorf(marsad.EINVALID, "%s must be a date (YYYY-MM-DD) or RFC 3339 time", name)
}
