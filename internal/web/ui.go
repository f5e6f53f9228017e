package web

import (
	"embed"
	"io/fs"
	"net/http"
	"net/url"
	"strings"

	"github.com/marsad/marsad/internal/web/envelope"
)

// uiFiles is the analyst UI: static HTML, CSS and JavaScript with the
// vendored libraries and the Natural Earth basemap, so that the binary
// serves a working map with no network and the Go build needs no Node.
//
//go:embed ui
var uiFiles embed.FS

// uiConfig is what the UI reads at start from /ui/config.json.
type uiConfig struct {
	TileURL         string `json:"tile_url,omitempty"`
	TileAttribution string `json:"tile_attribution,omitempty"`
}

// contentSecurityPolicy forbids inline scripts and any script or style not
// served by Marsad: hostile article text that slipped into markup would
// still not run. img-src admits the configured tile server's origin.
func (s *Server) contentSecurityPolicy() string {
	img := "'self' data:"
	if o := tileOrigin(s.cfg.TileURL); o != "" {
		img += " " + o
	}
	return "default-src 'self'; script-src 'self'; style-src 'self'; img-src " + img +
		"; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
}

// tileOrigin is the scheme://host of a tile URL template, or "".
func tileOrigin(tmpl string) string {
	u, err := url.Parse(strings.NewReplacer("{s}", "a", "{z}", "0", "{x}", "0", "{y}", "0", "{r}", "").Replace(tmpl))
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return ""
	}
	return u.Scheme + "://" + strings.Replace(u.Host, "a.", "*.", 1)
}

// uiRoutes serves the UI at / and its assets; they are public like the
// read API and are not part of the API's route table.
func (s *Server) uiRoutes() {
	sub, _ := fs.Sub(uiFiles, "ui")
	files := http.FileServerFS(sub)
	csp := s.contentSecurityPolicy()
	static := func(w http.ResponseWriter, r *http.Request) error {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		if strings.HasPrefix(r.URL.Path, "/vendor/") {
			h.Set("Cache-Control", "public, max-age=86400")
		} else {
			h.Set("Cache-Control", "no-cache")
		}
		files.ServeHTTP(w, r)
		return nil
	}
	s.handle("GET /{$}", static)
	s.handle("GET /index.html", static)
	s.handle("GET /app.js", static)
	s.handle("GET /app.css", static)
	s.handle("GET /rules.js", static) // the rule editor (admin)
	s.handle("GET /vendor/", static)
	s.handle("GET /ui/config.json", func(w http.ResponseWriter, r *http.Request) error {
		w.Header().Set("Content-Security-Policy", csp)
		envelope.WriteJSON(w, http.StatusOK, uiConfig{TileURL: s.cfg.TileURL, TileAttribution: s.cfg.TileAttribution})
		return nil
	})
}
