package alert

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"sort"
	"sync"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
)

// State is an alert's state, as in Prometheus' alerting rules.
type State string

// Alert states. An event that matches a rule but has fewer independent
// sources than the rule asks for makes a pending alert; it fires once enough
// sources report the happening, and resolves when no report has come for the
// rule's resolve_after. A rule with no alert is inactive.
const (
	StatePending  State = "pending"
	StateFiring   State = "firing"
	StateResolved State = "resolved"
)

// Report is one article's account of an alert's happening: the event found
// in it, its evidence and the link.
type Report struct {
	EventID     string       `json:"event_id"`
	ArticleID   string       `json:"article_id"`
	StoryID     string       `json:"story_id,omitempty"`
	URL         string       `json:"url,omitempty"`
	Source      string       `json:"source,omitempty"`
	Title       string       `json:"title,omitempty"`
	Published   time.Time    `json:"published,omitzero"`
	Received    time.Time    `json:"received"`
	Evidence    []string     `json:"evidence"`
	Event       marsad.Event `json:"event"`
	SimHash     uint64       `json:"simhash,omitempty"`
	Independent bool         `json:"independent"` // counted as an independent source
}

// Alert is one happening that matched one rule.
type Alert struct {
	ID         string       `json:"id"`
	RuleID     string       `json:"rule_id"`
	RuleName   string       `json:"rule_name,omitempty"`
	State      State        `json:"state"`
	Event      marsad.Event `json:"event"`   // the event of the first report
	Sources    int          `json:"sources"` // independent sources so far
	Reports    []Report     `json:"reports"`
	ActiveAt   time.Time    `json:"active_at"`
	HoldsSince time.Time    `json:"holds_since,omitzero"` // since when it has had min_sources, the start of the rule's for`
	FiredAt    time.Time    `json:"fired_at,omitzero"`
	UpdatedAt  time.Time    `json:"updated_at"`
	ResolvedAt time.Time    `json:"resolved_at,omitzero"`
	Version    int          `json:"version"` // increases with every change
}

// maxReports bounds the reports kept per alert; later ones still count.
const maxReports = 100

// Notification is the JSON body posted to webhooks.
type Notification struct {
	Version int    `json:"version"` // payload format, 1
	Status  State  `json:"status"`  // firing | resolved
	Update  bool   `json:"update"`  // an already firing alert gained a report
	Rule    Rule   `json:"rule"`
	Alert   *Alert `json:"alert"`
}

// Config tunes a Manager. Zero values take the defaults.
type Config struct {
	DataDir      string        // where alerts.db is kept; empty: in memory only
	AllowPrivate bool          // let webhooks reach loopback and private addresses (tests, intranets)
	Workers      int           // webhook senders; default 4
	Queue        int           // deliveries waiting; default 1024
	MaxAttempts  int           // per delivery; default 6
	Backoff      time.Duration // first retry delay, doubled each time with jitter; default 1s
	MaxBackoff   time.Duration // default 5m
	Timeout      time.Duration // per HTTP attempt; default 10s
	EvalInterval time.Duration // how often resolution is checked; default 1m
	Retention    time.Duration // resolved alerts are forgotten after this; default 30 days
	BaseURL      string        // public address of the server, for feed and alert links
	Logger       *slog.Logger
	Now          func() time.Time
	Client       *http.Client // nil: one with the address guard
	// RulesPath, if set, is where rules edited through the API are saved.
	RulesPath string
	// Authorize, if set, checks every API and feed request (write: rule
	// edits) and enables rule editing; nil serves reads to anyone and
	// refuses edits.
	Authorize func(r *http.Request, write bool) error
}

func (c *Config) defaults() {
	if c.Workers <= 0 {
		c.Workers = 4
	}
	if c.Queue <= 0 {
		c.Queue = 1024
	}
	if c.MaxAttempts <= 0 {
		c.MaxAttempts = 6
	}
	if c.Backoff <= 0 {
		c.Backoff = time.Second
	}
	if c.MaxBackoff <= 0 {
		c.MaxBackoff = 5 * time.Minute
	}
	if c.Timeout <= 0 {
		c.Timeout = 10 * time.Second
	}
	if c.EvalInterval <= 0 {
		c.EvalInterval = time.Minute
	}
	if c.Retention <= 0 {
		c.Retention = 30 * 24 * time.Hour
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Now == nil {
		c.Now = time.Now
	}
}

// Validate reports settings that cannot work.
func (c Config) Validate() error {
	if c.Workers < 0 || c.Queue < 0 || c.MaxAttempts < 0 || c.Backoff < 0 || c.MaxBackoff < 0 || c.Timeout < 0 || c.EvalInterval < 0 || c.Retention < 0 {
		return marsad.Errorf(marsad.EINVALID, "alert: negative setting")
	}
	if c.BaseURL != "" {
		if u, err := url.Parse(c.BaseURL); err != nil || u.Host == "" {
			return marsad.Errorf(marsad.EINVALID, "alert: base URL %q is not absolute", c.BaseURL)
		}
	}
	return nil
}

// Manager evaluates rules against stored events, keeps alerts and delivers
// notifications. It is safe for concurrent use.
type Manager struct {
	cfg    Config
	log    *slog.Logger
	zones  *Zones
	db     *stateDB
	sender *sender

	editMu   sync.Mutex    // serialises rule edits (read, change, save)
	articles ArticleSource // what TestRule reads; nil until SetArticles

	mu     sync.Mutex
	rules  *Rules
	alerts map[string]*Alert   // by id
	active map[string][]*Alert // rule id → pending and firing alerts
	notes  []Note              // in-UI notifications, newest last
	nextNo int64
}

// Note is an in-UI notification: an alert changed.
type Note struct {
	Seq     int64     `json:"seq"`
	Time    time.Time `json:"time"`
	AlertID string    `json:"alert_id"`
	RuleID  string    `json:"rule_id"`
	Status  State     `json:"status"`
	Update  bool      `json:"update"`
	Title   string    `json:"title"`
}

// maxNotes bounds the in-memory notification list.
const maxNotes = 500

// New builds a Manager with the given rules (nil: none yet) and loads the
// alerts and dead letters kept in cfg.DataDir.
func New(cfg Config, zones *Zones, rules *Rules) (*Manager, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg.defaults()
	if rules == nil {
		rules = Compile(&File{}, zones)
	}
	m := &Manager{cfg: cfg, log: cfg.Logger, zones: zones, rules: rules,
		alerts: map[string]*Alert{}, active: map[string][]*Alert{}}
	db, err := openState(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	m.db = db
	saved, err := db.loadAlerts()
	if err != nil {
		db.close()
		return nil, err
	}
	for _, a := range saved {
		m.alerts[a.ID] = a
		if a.State != StateResolved {
			m.active[a.RuleID] = append(m.active[a.RuleID], a)
		}
	}
	m.sender = newSender(&m.cfg, db)
	return m, nil
}

// SetRules replaces the rules. Alerts of removed rules are kept.
func (m *Manager) SetRules(rs *Rules) {
	m.mu.Lock()
	m.rules = rs
	m.mu.Unlock()
}

// Rules returns the current rules.
func (m *Manager) Rules() *Rules {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.rules
}

// Zones returns the zones rules may name.
func (m *Manager) Zones() *Zones { return m.zones }

// Run delivers notifications and resolves quiet alerts until ctx ends, then
// waits for its goroutines.
func (m *Manager) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		m.sender.run(ctx)
	}()
	t := time.NewTicker(m.cfg.EvalInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			wg.Wait()
			return nil
		case <-t.C:
			m.Resolve(ctx)
		}
	}
}

// Close releases the state database. Call it after Run has returned.
func (m *Manager) Close() error { return m.db.close() }

// OnStored is the pipeline hook (pipeline.Deps.OnStored): it matches every
// event of a newly stored or re-analysed article against all rules. It does
// not wait for deliveries.
func (m *Manager) OnStored(ctx context.Context, a *marsad.Article, an *marsad.Analysis) {
	if a == nil || an == nil || len(an.Events) == 0 {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.cfg.Now().UTC()
	for i := range an.Events {
		ev := &an.Events[i]
		for _, r := range m.rules.Match(ev, a) {
			m.observe(ctx, r, ev, a, now)
		}
	}
}

// observe adds one matching report to its alert, creating it if the
// happening is new. m.mu is held.
func (m *Manager) observe(ctx context.Context, r *Rule, ev *marsad.Event, a *marsad.Article, now time.Time) {
	rep := Report{EventID: ev.ID, ArticleID: a.ID, StoryID: a.StoryID, URL: a.URL, Source: cluster.Outlet(a),
		Title: a.Title, Published: a.Published, Received: now, Evidence: evidenceList(a.Text, ev.Evidence),
		Event: *ev, SimHash: a.SimHash}
	al := m.find(r.ID, ev, a)
	if al == nil {
		al = &Alert{ID: alertID(r.ID, ev, a), RuleID: r.ID, RuleName: r.Name, State: StatePending, Event: *ev, ActiveAt: now}
		if old := m.alerts[al.ID]; old != nil {
			// The happening resolved and is reported again: a new episode.
			al.ID = alertID(r.ID+"|"+now.Format(time.RFC3339Nano), ev, a)
		}
		m.alerts[al.ID] = al
		m.active[r.ID] = append(m.active[r.ID], al)
	}
	before := al.Sources
	wasFiring := al.State == StateFiring
	changed := addReport(al, rep)
	if !changed {
		return
	}
	al.UpdatedAt = now
	al.Version++
	if fired := m.advance(ctx, r, al, now); !fired && wasFiring && al.Sources > before {
		m.save(al)
		m.notify(ctx, r, &Notification{Version: 1, Status: StateFiring, Update: true, Rule: *r, Alert: al})
		return
	}
	m.save(al)
}

// advance moves a pending alert on: its condition holds from when it has
// min_sources independent sources, and it fires once the condition has held
// for the rule's for (at once without one). It reports whether the alert
// fired now; the caller saves it. m.mu is held.
func (m *Manager) advance(ctx context.Context, r *Rule, al *Alert, now time.Time) bool {
	if al.State != StatePending {
		return false
	}
	if al.Sources < max(1, r.MinSources) {
		al.HoldsSince = time.Time{}
		return false
	}
	if al.HoldsSince.IsZero() {
		al.HoldsSince = now
	}
	fireAt := al.HoldsSince.Add(r.holdFor())
	if now.Before(fireAt) {
		return false
	}
	al.State = StateFiring
	al.FiredAt = fireAt
	al.Version++
	m.save(al)
	m.notify(ctx, r, &Notification{Version: 1, Status: StateFiring, Rule: *r, Alert: al})
	return true
}

// notify records an in-UI note and queues webhook deliveries. m.mu is held.
func (m *Manager) notify(ctx context.Context, r *Rule, n *Notification) {
	m.nextNo++
	title := n.Alert.Event.Type
	if len(n.Alert.Reports) > 0 && n.Alert.Reports[0].Title != "" {
		title = n.Alert.Reports[0].Title
	}
	m.notes = append(m.notes, Note{Seq: m.nextNo, Time: n.Alert.UpdatedAt, AlertID: n.Alert.ID, RuleID: r.ID,
		Status: n.Status, Update: n.Update, Title: title})
	if len(m.notes) > maxNotes {
		m.notes = append(m.notes[:0], m.notes[len(m.notes)-maxNotes:]...)
	}
	if len(r.Notify) == 0 {
		return
	}
	body, err := json.Marshal(n)
	if err != nil {
		m.log.Error("encode notification", "rule", r.ID, "err", err)
		return
	}
	for _, id := range r.Notify {
		hook, ok := m.rules.hooks[id]
		if !ok {
			continue
		}
		m.sender.enqueue(ctx, &delivery{hook: hook, body: body, ruleID: r.ID, alertID: n.Alert.ID})
	}
}

// Resolve resolves the alerts whose rule's resolve_after has passed since
// their last report, and notifies, and forgets alerts resolved longer ago
// than Config.Retention. Run calls it on a ticker.
func (m *Manager) Resolve(ctx context.Context) {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.cfg.Now().UTC()
	for ruleID, list := range m.active {
		r := m.rules.Rule(ruleID)
		after := DefaultResolveAfter
		if r != nil {
			after = r.resolveAfter()
		}
		keep := list[:0]
		for _, al := range list {
			if r != nil && al.State == StatePending && !al.HoldsSince.IsZero() {
				// The condition holds until the alert goes quiet: it fires
				// if the rule's for ran out before then (and may then
				// resolve below, having fired).
				if fireAt := al.HoldsSince.Add(r.holdFor()); !now.Before(fireAt) && fireAt.Before(al.UpdatedAt.Add(after)) {
					m.advance(ctx, r, al, fireAt)
				}
			}
			if now.Sub(al.UpdatedAt) < after {
				keep = append(keep, al)
				continue
			}
			wasFiring := al.State == StateFiring
			al.State = StateResolved
			al.ResolvedAt = now
			al.Version++
			if err := m.db.saveAlert(al); err != nil {
				m.log.Error("save alert", "rule", ruleID, "alert", al.ID, "err", err)
			}
			if wasFiring && r != nil {
				m.notify(ctx, r, &Notification{Version: 1, Status: StateResolved, Rule: *r, Alert: al})
			}
		}
		if len(keep) == 0 {
			delete(m.active, ruleID)
		} else {
			m.active[ruleID] = keep
		}
	}
	for id, al := range m.alerts {
		if al.State == StateResolved && now.Sub(al.ResolvedAt) > m.cfg.Retention {
			delete(m.alerts, id)
			if err := m.db.deleteAlert(id); err != nil {
				m.log.Error("forget alert", "alert", id, "err", err)
			}
		}
	}
}

// find returns the active alert of the rule about the same happening, if
// any. m.mu is held.
func (m *Manager) find(ruleID string, ev *marsad.Event, a *marsad.Article) *Alert {
	for _, al := range m.active[ruleID] {
		for _, rep := range al.Reports {
			if rep.EventID == ev.ID || (a.StoryID != "" && rep.StoryID == a.StoryID) {
				return al
			}
		}
		// Compared with the first report only, as in cluster.MergeEvents:
		// no drift along chains of reports a day apart.
		if len(al.Reports) > 0 && cluster.SameHappening(&al.Reports[0].Event, al.Reports[0].Published, ev, a.Published) {
			return al
		}
	}
	return nil
}

// addReport adds or replaces (a corrected event has the same id) a report
// and recounts independent sources. It reports whether anything changed.
func addReport(al *Alert, rep Report) bool {
	for i := range al.Reports {
		if al.Reports[i].EventID == rep.EventID {
			rep.Received = al.Reports[i].Received
			old, _ := json.Marshal(al.Reports[i].Event)
			now, _ := json.Marshal(rep.Event)
			if string(old) == string(now) {
				return false
			}
			al.Reports[i] = rep
			countSources(al)
			return true
		}
	}
	if len(al.Reports) >= maxReports {
		return false
	}
	al.Reports = append(al.Reports, rep)
	countSources(al)
	return true
}

// countSources counts independent sources: distinct outlets, where a report
// whose text is a near copy of an already counted one (a wire item
// re-published) does not count again.
func countSources(al *Alert) {
	outlets := map[string]bool{}
	var counted []uint64
	n := 0
	for i := range al.Reports {
		r := &al.Reports[i]
		r.Independent = false
		if outlets[r.Source] {
			continue
		}
		copyOf := false
		for _, h := range counted {
			if r.SimHash != 0 && h != 0 && cluster.Distance(h, r.SimHash) <= cluster.NearDuplicateDistance {
				copyOf = true
				break
			}
		}
		outlets[r.Source] = true
		if copyOf {
			continue
		}
		counted = append(counted, r.SimHash)
		r.Independent = true
		n++
	}
	al.Sources = n
}

func evidenceList(text string, spans []marsad.Span) []string {
	var out []string
	runes := []rune(text)
	for _, s := range spans {
		st, en := max(0, s.Start), min(len(runes), s.End)
		if st < en {
			out = append(out, string(runes[st:en]))
		}
	}
	return out
}

func alertID(ruleID string, ev *marsad.Event, a *marsad.Article) string {
	h := sha256.Sum256([]byte(ruleID + "|" + a.ID + "|" + ev.ID))
	return hex.EncodeToString(h[:10])
}

// Alerts lists alerts, newest update first, optionally of one rule and one
// state ("" for any).
func (m *Manager) Alerts(ruleID string, state State) []Alert {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []Alert
	for _, a := range m.alerts {
		if (ruleID == "" || a.RuleID == ruleID) && (state == "" || a.State == state) {
			out = append(out, *a)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].UpdatedAt.Equal(out[j].UpdatedAt) {
			return out[i].UpdatedAt.After(out[j].UpdatedAt)
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// Notes returns the in-UI notifications after seq, oldest first.
func (m *Manager) Notes(after int64) []Note {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []Note
	for _, n := range m.notes {
		if n.Seq > after {
			out = append(out, n)
		}
	}
	return out
}

// DeadLetters lists deliveries that failed for good, newest first.
func (m *Manager) DeadLetters() ([]DeadLetter, error) { return m.db.deadLetters(200) }

func (s State) String() string { return string(s) }

var _ fmt.Stringer = State("")
