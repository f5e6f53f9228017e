package main

import (
	"crypto/sha256"
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
	"github.com/marsad/marsad/internal/web"
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
// as feeds. Its API follows the web server's roles (see alertAuth); set the
// returned alertAuth's store once the token store is open.
func newAlerts(e *env, cfg config, log *slog.Logger, tokens []string) (*alert.Manager, *alertAuth, error) {
	zones, err := alert.DefaultZones()
	if err != nil {
		return nil, nil, err
	}
	path := rulesFile(e, cfg)
	var rs *alert.Rules
	if f, err := alert.ParseFile(path, zones); err == nil {
		rs = alert.Compile(f, zones)
		log.Info("watch rules loaded", "path", path, "rules", len(f.Rules))
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, nil, fmt.Errorf("watch rules: %w", err)
	}
	auth := &alertAuth{anonymousRead: cfg.anonymousRead()}
	for _, t := range tokens {
		auth.tokens = append(auth.tokens, sha256.Sum256([]byte(t)))
	}
	m, err := alert.New(alert.Config{
		DataDir:      cfg.Data,
		AllowPrivate: cfg.AllowPrivate,
		RulesPath:    path,
		Logger:       log,
		Authorize:    auth.authorize,
	}, zones, rs)
	if err != nil {
		return nil, nil, err
	}
	return m, auth, nil
}

// alertAuth applies the web server's roles to the alert API: reading alerts,
// rules and feeds needs a reader (anonymous when anonymous reads are on),
// editing rules an admin token. Write tokens from the configuration are
// editors, as in the web server.
type alertAuth struct {
	anonymousRead bool
	tokens        [][32]byte
	store         web.TokenStore // tokens created with `marsad token create`; may be nil
}

func (a *alertAuth) authorize(r *http.Request, write bool) error {
	role := ""
	if h := r.Header.Get("Authorization"); h != "" {
		tok, found := strings.CutPrefix(h, "Bearer ")
		if !found || strings.TrimSpace(tok) == "" {
			return marsad.Errorf(marsad.EUNAUTHORIZED, "the Authorization header must be Bearer TOKEN")
		}
		sum := sha256.Sum256([]byte(tok))
		for _, t := range a.tokens {
			if subtle.ConstantTimeCompare(sum[:], t[:]) == 1 {
				role = web.RoleEditor
			}
		}
		if role == "" && a.store != nil {
			if got, err := a.store.TokenRole(r.Context(), tok); err == nil {
				role = got
			} else if marsad.ErrorCode(err) != marsad.ENOTFOUND {
				return err
			}
		}
		if role == "" {
			return marsad.Errorf(marsad.EUNAUTHORIZED, "unknown token")
		}
	}
	switch {
	case write && role == "":
		return marsad.Errorf(marsad.EUNAUTHORIZED, "editing rules needs an admin token")
	case write && role != web.RoleAdmin:
		return marsad.Errorf(marsad.EFORBIDDEN, "editing rules needs an admin token")
	case !write && role == "" && !a.anonymousRead:
		return marsad.Errorf(marsad.EUNAUTHORIZED, "a bearer token is required")
	}
	return nil
}

// withAlerts routes the alerting API and rule feeds to the alert manager and
// everything else to the web server.
func withAlerts(web http.Handler, alerts http.Handler) http.Handler {
	mux := http.NewServeMux()
	for _, p := range []string{"/api/v1/rules", "/api/v1/rules/", "/api/v1/alerts", "/api/v1/alerts/", "/feeds/rules/"} {
		mux.Handle(p, alerts)
	}
	mux.Handle("/", web)
	return mux
}
