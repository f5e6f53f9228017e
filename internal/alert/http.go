package alert

import (
	"errors"
	"io"
	"io/fs"
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
//	GET /api/v1/rules/{id}             one rule, also as YAML text
//	PUT /api/v1/rules/{id}             create or replace one rule (YAML body of the rule)
//	DELETE /api/v1/rules/{id}          delete one rule
//	POST /api/v1/rules/validate        check one rule (YAML body); errors name the line
//	POST /api/v1/rules/test            run one rule (YAML body) over the recent articles
//	GET /api/v1/alerts                 alerts, ?rule=ID&state=firing
//	GET /api/v1/alerts/notifications   in-UI notifications, ?after=SEQ
//	GET /api/v1/alerts/deadletters     failed deliveries
//	GET /feeds/rules/{id}.atom         Atom feed of one rule's alerts
func (m *Manager) Handler() http.Handler {
	mux := http.NewServeMux()
	handle := func(pattern string, h handlerFunc) {
		write := !strings.HasPrefix(pattern, "GET ")
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
	handle("GET /api/v1/rules/{id}", m.getRule)
	handle("PUT /api/v1/rules/{id}", m.putRule)
	handle("DELETE /api/v1/rules/{id}", m.deleteRule)
	handle("POST /api/v1/rules/validate", m.validateRule)
	handle("POST /api/v1/rules/test", m.testRule)
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
	b, err := readBody(w, r)
	if err != nil {
		return err
	}
	f, err := Parse(b, m.zones)
	if err != nil {
		return err
	}
	m.editMu.Lock()
	defer m.editMu.Unlock()
	if err := m.saveRules(b); err != nil {
		return err
	}
	m.SetRules(Compile(f, m.zones))
	return ok(w, map[string]any{"rules": f.Rules})
}

func readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxRulesBody))
	if err != nil {
		return nil, marsad.Errorf(marsad.ETOOLARGE, "rule file larger than %d bytes", maxRulesBody)
	}
	return b, nil
}

// saveRules writes the rule file to Config.RulesPath (if set) through a
// temporary file, so a crash leaves the old or the new file; nil b removes
// it. m.editMu is held.
func (m *Manager) saveRules(b []byte) error {
	if m.cfg.RulesPath == "" {
		return nil
	}
	if b == nil {
		if err := os.Remove(m.cfg.RulesPath); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return marsad.Errorf(marsad.EINTERNAL, "save rules: %v", err)
		}
		return nil
	}
	tmp := m.cfg.RulesPath + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return marsad.Errorf(marsad.EINTERNAL, "save rules: %v", err)
	}
	if err := os.Rename(tmp, m.cfg.RulesPath); err != nil {
		return marsad.Errorf(marsad.EINTERNAL, "save rules: %v", err)
	}
	return nil
}

// getRule serves one rule as data and as the YAML the editor shows.
func (m *Manager) getRule(w http.ResponseWriter, r *http.Request) error {
	f := m.Rules().File()
	i := f.ruleIndex(r.PathValue("id")) // disabled rules too
	if i < 0 {
		return marsad.Errorf(marsad.ENOTFOUND, "no rule %q", r.PathValue("id"))
	}
	rule := &f.Rules[i]
	y, err := ruleText(m.cfg.RulesPath, f, m.zones, rule.ID)
	if err != nil {
		return marsad.Errorf(marsad.EINTERNAL, "encode rule: %v", err)
	}
	return ok(w, map[string]any{"rule": rule, "yaml": string(y)})
}

// putRule creates or replaces the rule {id} from the YAML of one rule. The
// rule's own id may differ from {id}: the rule is then renamed, unless
// another rule has that id. The whole file is validated and saved.
func (m *Manager) putRule(w http.ResponseWriter, r *http.Request) error {
	b, err := readBody(w, r)
	if err != nil {
		return err
	}
	id := r.PathValue("id")
	m.editMu.Lock()
	defer m.editMu.Unlock()
	cur := m.Rules().File()
	rule, err := ParseRule(b, m.zones, cur.Webhooks)
	if err != nil {
		return err
	}
	if rule.ID != id && cur.ruleIndex(rule.ID) >= 0 {
		return marsad.Errorf(marsad.ECONFLICT, "a rule %q already exists; renaming %q to it would replace it", rule.ID, id)
	}
	next := cur.replaceRule(id, *rule) // a renamed rule keeps its place
	if err := next.Validate(m.zones); err != nil {
		return err
	}
	// The rule's text goes into the file as written, comments and all,
	// when the file's layout allows; else the file is written anew.
	out, spliced := editRuleText(m.cfg.RulesPath, cur, next, m.zones, id, b)
	if !spliced {
		if out, err = next.Marshal(); err != nil {
			return marsad.Errorf(marsad.EINTERNAL, "encode rules: %v", err)
		}
	}
	if err := m.saveRules(out); err != nil {
		return err
	}
	m.SetRules(Compile(next, m.zones))
	return ok(w, map[string]any{"rule": rule})
}

// deleteRule removes one rule. Deleting the last rule removes the rule
// file when it defines no webhooks (an empty rule file is invalid) and is
// refused otherwise.
func (m *Manager) deleteRule(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	m.editMu.Lock()
	defer m.editMu.Unlock()
	cur := m.Rules().File()
	next, found := cur.WithoutRule(id)
	if !found {
		return marsad.Errorf(marsad.ENOTFOUND, "no rule %q", id)
	}
	var out []byte
	if len(next.Rules) > 0 {
		var spliced bool
		if out, spliced = editRuleText(m.cfg.RulesPath, cur, next, m.zones, id, nil); !spliced {
			var err error
			if out, err = next.Marshal(); err != nil {
				return marsad.Errorf(marsad.EINTERNAL, "encode rules: %v", err)
			}
		}
	} else if len(next.Webhooks) > 0 {
		return marsad.Errorf(marsad.ECONFLICT, "%q is the last rule and the file defines webhooks: disable the rule (disabled: true) instead", id)
	}
	if err := m.saveRules(out); err != nil {
		return err
	}
	m.SetRules(Compile(next, m.zones))
	return ok(w, map[string]any{"deleted": id})
}

// validateRule checks the YAML of one rule as putRule would.
func (m *Manager) validateRule(w http.ResponseWriter, r *http.Request) error {
	b, err := readBody(w, r)
	if err != nil {
		return err
	}
	rule, err := ParseRule(b, m.zones, m.Rules().File().Webhooks)
	if err != nil {
		return err
	}
	return ok(w, map[string]any{"rule": rule})
}

// testRule runs the YAML of one rule over the recent articles (?articles=N,
// default 200, at most 2000) without notifying anyone.
func (m *Manager) testRule(w http.ResponseWriter, r *http.Request) error {
	b, err := readBody(w, r)
	if err != nil {
		return err
	}
	rule, err := ParseRule(b, m.zones, m.Rules().File().Webhooks)
	if err != nil {
		return err
	}
	n := 200
	if s := r.URL.Query().Get("articles"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v < 1 || v > maxTestArticles {
			return marsad.Errorf(marsad.EINVALID, "articles %q must be a number from 1 to %d", s, maxTestArticles)
		}
		n = v
	}
	res, err := m.TestRule(r.Context(), rule, n)
	if err != nil {
		return err
	}
	return ok(w, res)
}

func ok(w http.ResponseWriter, data any) error { return envelope.OK(w, data) }

func (m *Manager) fail(w http.ResponseWriter, r *http.Request, err error) {
	envelope.Fail(w, r, m.log, err)
}
