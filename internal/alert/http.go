package alert

import (
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/web/envelope"
)

type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// maxRulesBody bounds an uploaded rule file.
const maxRulesBody = 1 << 20

// Handler serves the alerting API and feeds:
//
//	GET /api/v1/rules                  the rule file (webhook secrets omitted)
//	PUT /api/v1/rules                  replace the rules (YAML body), if editing is enabled
//	GET /api/v1/alerts                 alerts, ?rule=ID&state=firing
//	GET /api/v1/alerts/notifications   in-UI notifications, ?after=SEQ
//	GET /api/v1/alerts/deadletters     failed deliveries
//	GET /feeds/rules/{id}.atom         Atom feed of one rule's alerts
func (m *Manager) Handler() http.Handler {
	mux := http.NewServeMux()
	handle := func(pattern string, h handlerFunc) {
		write := strings.HasPrefix(pattern, "PUT ") || strings.HasPrefix(pattern, "POST ")
		mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
			err := m.authorize(r, write)
			if err == nil {
				err = h(w, r)
			}
			if err != nil {
				m.fail(w, r, err)
			}
		})
	}
	handle("GET /api/v1/rules", func(w http.ResponseWriter, r *http.Request) error {
		return ok(w, map[string]any{"rules": m.Rules().File().Rules, "webhooks": m.Rules().File().Webhooks, "zones": m.zones.Names()})
	})
	handle("PUT /api/v1/rules", m.putRules)
	handle("POST /api/v1/rules", m.putRules)
	handle("GET /api/v1/alerts", func(w http.ResponseWriter, r *http.Request) error {
		q := r.URL.Query()
		state := State(q.Get("state"))
		switch state {
		case "", StatePending, StateFiring, StateResolved:
		default:
			return marsad.Errorf(marsad.EINVALID, "state %q must be pending, firing or resolved", state)
		}
		alerts := m.Alerts(q.Get("rule"), state)
		if alerts == nil {
			alerts = []Alert{}
		}
		return ok(w, map[string]any{"alerts": alerts})
	})
	handle("GET /api/v1/alerts/notifications", func(w http.ResponseWriter, r *http.Request) error {
		var after int64
		if s := r.URL.Query().Get("after"); s != "" {
			n, err := strconv.ParseInt(s, 10, 64)
			if err != nil || n < 0 {
				return marsad.Errorf(marsad.EINVALID, "after %q must be a notification sequence number", s)
			}
			after = n
		}
		notes := m.Notes(after)
		if notes == nil {
			notes = []Note{}
		}
		return ok(w, map[string]any{"notifications": notes})
	})
	handle("GET /api/v1/alerts/deadletters", func(w http.ResponseWriter, r *http.Request) error {
		dl, err := m.DeadLetters()
		if err != nil {
			return err
		}
		if dl == nil {
			dl = []DeadLetter{}
		}
		return ok(w, map[string]any{"dead_letters": dl})
	})
	handle("GET /feeds/rules/{file}", func(w http.ResponseWriter, r *http.Request) error {
		id, found := strings.CutSuffix(r.PathValue("file"), ".atom")
		if !found {
			return marsad.Errorf(marsad.ENOTFOUND, "feeds are at /feeds/rules/RULE.atom")
		}
		rule := m.Rules().Rule(id)
		if rule == nil {
			return marsad.Errorf(marsad.ENOTFOUND, "no rule %q", id)
		}
		self := m.cfg.BaseURL
		if self == "" {
			scheme := "http"
			if r.TLS != nil {
				scheme = "https"
			}
			self = scheme + "://" + r.Host
		}
		self = strings.TrimSuffix(self, "/") + "/feeds/rules/" + id + ".atom"
		w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
		return WriteAtom(w, rule, m.Alerts(id, ""), self, m.cfg.Now())
	})
	return mux
}

// authorize applies Config.Authorize; without it reads are open and
// writes refused.
func (m *Manager) authorize(r *http.Request, write bool) error {
	if m.cfg.Authorize == nil {
		if write {
			return marsad.Errorf(marsad.EFORBIDDEN, "rule editing is not enabled")
		}
		return nil
	}
	return m.cfg.Authorize(r, write)
}

// putRules replaces the rule file from a YAML body: validated, saved to
// Config.RulesPath when set, then used for the next events.
func (m *Manager) putRules(w http.ResponseWriter, r *http.Request) error {
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxRulesBody))
	if err != nil {
		return marsad.Errorf(marsad.ETOOLARGE, "rule file larger than %d bytes", maxRulesBody)
	}
	f, err := Parse(b, m.zones)
	if err != nil {
		return err
	}
	if m.cfg.RulesPath != "" {
		tmp := m.cfg.RulesPath + ".tmp"
		if err := os.WriteFile(tmp, b, 0o600); err != nil {
			return marsad.Errorf(marsad.EINTERNAL, "save rules: %v", err)
		}
		if err := os.Rename(tmp, m.cfg.RulesPath); err != nil {
			return marsad.Errorf(marsad.EINTERNAL, "save rules: %v", err)
		}
	}
	m.SetRules(Compile(f, m.zones))
	return ok(w, map[string]any{"rules": f.Rules})
}

func ok(w http.ResponseWriter, data any) error { return envelope.OK(w, data) }

func (m *Manager) fail(w http.ResponseWriter, r *http.Request, err error) {
	envelope.Fail(w, r, m.log, err)
}
