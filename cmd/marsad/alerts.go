package main

import (
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/alert"
)

// rulesFile is where serve reads watch rules (and saves those edited in the
// UI): MARSAD_RULES, else DATA/rules.yaml. A missing file means no rules yet.
func rulesFile(e *env, cfg config) string {
	if p := e.getenv("MARSAD_RULES"); p != "" {
		return p
	}
	return filepath.Join(cfg.Data, "rules.yaml")
}

// newAlerts builds the alert manager of a serving process: rules from
// rulesFile, state in DATA/alerts.db, webhooks under the same address policy
// as feeds, rule edits allowed to holders of a write token.
func newAlerts(e *env, cfg config, log *slog.Logger, tokens []string) (*alert.Manager, error) {
	zones, err := alert.DefaultZones()
	if err != nil {
		return nil, err
	}
	path := rulesFile(e, cfg)
	var rs *alert.Rules
	if f, err := alert.ParseFile(path, zones); err == nil {
		rs = alert.Compile(f, zones)
		log.Info("watch rules loaded", "path", path, "rules", len(f.Rules))
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("watch rules: %w", err)
	}
	return alert.New(alert.Config{
		DataDir:      cfg.Data,
		AllowPrivate: cfg.AllowPrivate,
		RulesPath:    path,
		Logger:       log,
		Authorize: func(r *http.Request) error {
			tok, found := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
			if found && tok != "" {
				for _, t := range tokens {
					if subtle.ConstantTimeCompare([]byte(tok), []byte(t)) == 1 {
						return nil
					}
				}
			}
			return marsad.Errorf(marsad.EUNAUTHORIZED, "a bearer token is required")
		},
	}, zones, rs)
}

// withAlerts routes the alerting API and rule feeds to the alert manager and
// everything else to the web server.
func withAlerts(web http.Handler, alerts http.Handler) http.Handler {
	mux := http.NewServeMux()
	for _, p := range []string{"/api/v1/rules", "/api/v1/alerts", "/api/v1/alerts/", "/feeds/rules/"} {
		mux.Handle(p, alerts)
	}
	mux.Handle("/", web)
	return mux
}
