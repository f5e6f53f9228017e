package alert

import (
	"fmt"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/goccy/go-yaml"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// File is a rule file: webhooks to deliver to and the rules.
type File struct {
	Webhooks []Webhook `yaml:"webhooks,omitempty" json:"webhooks,omitempty"`
	Rules    []Rule    `yaml:"rules" json:"rules"`
}

// Webhook is a delivery endpoint rules name in their notify list.
type Webhook struct {
	ID     string `yaml:"id" json:"id"`
	URL    string `yaml:"url" json:"url"`
	Secret string `yaml:"secret,omitempty" json:"-"` // HMAC-SHA256 key; never served back
}

// Rule is one watch rule. Empty criteria match anything; the entries of one
// list are alternatives (any may match) and the criteria are all required.
type Rule struct {
	ID            string        `yaml:"id" json:"id"`
	Name          string        `yaml:"name,omitempty" json:"name,omitempty"`
	Description   string        `yaml:"description,omitempty" json:"description,omitempty"`
	Types         []string      `yaml:"types,omitempty" json:"types,omitempty"`
	Modes         []string      `yaml:"modes,omitempty" json:"modes,omitempty"`
	IncludeAux    bool          `yaml:"include_aux,omitempty" json:"include_aux,omitempty"` // also historical, future, negated… events
	Actors        []ActorFilter `yaml:"actors,omitempty" json:"actors,omitempty"`
	Places        []PlaceFilter `yaml:"places,omitempty" json:"places,omitempty"`
	Keywords      []string      `yaml:"keywords,omitempty" json:"keywords,omitempty"`
	MinConfidence float64       `yaml:"min_confidence,omitempty" json:"min_confidence,omitempty"`
	MinSources    int           `yaml:"min_sources,omitempty" json:"min_sources,omitempty"`
	ResolveAfter  string        `yaml:"resolve_after,omitempty" json:"resolve_after,omitempty"` // Go duration, default 24h
	Notify        []string      `yaml:"notify,omitempty" json:"notify,omitempty"`               // webhook ids
	Disabled      bool          `yaml:"disabled,omitempty" json:"disabled,omitempty"`
}

// ActorFilter picks actors. Every field given must match the same actor.
type ActorFilter struct {
	ID      string `yaml:"id,omitempty" json:"id,omitempty"`
	Name    string `yaml:"name,omitempty" json:"name,omitempty"` // matched, normalised, against the name, canonical name, English name and aliases
	Country string `yaml:"country,omitempty" json:"country,omitempty"`
	Sector  string `yaml:"sector,omitempty" json:"sector,omitempty"`
	Role    string `yaml:"role,omitempty" json:"role,omitempty"` // actor | recipient | any (default)
}

// PlaceFilter picks event locations. Exactly one of its kinds is set.
type PlaceFilter struct {
	Near     *Near     `yaml:"near,omitempty" json:"near,omitempty"`
	BBox     []float64 `yaml:"bbox,omitempty" json:"bbox,omitempty"` // min_lon, min_lat, max_lon, max_lat
	Country  string    `yaml:"country,omitempty" json:"country,omitempty"`
	Province string    `yaml:"province,omitempty" json:"province,omitempty"` // gazetteer province id, e.g. SY-DZ
	Zone     *ZoneRef  `yaml:"zone,omitempty" json:"zone,omitempty"`
}

// Near is a point and a radius.
type Near struct {
	Lat      float64 `yaml:"lat" json:"lat"`
	Lon      float64 `yaml:"lon" json:"lon"`
	RadiusKm float64 `yaml:"radius_km" json:"radius_km"`
}

// ZoneRef is a strip along a named line of the zone data.
type ZoneRef struct {
	Name     string  `yaml:"name" json:"name"`
	WithinKm float64 `yaml:"within_km" json:"within_km"`
}

// DefaultResolveAfter is how long an alert stays firing without a new report.
const DefaultResolveAfter = 24 * time.Hour

// ParseFile reads and validates a rule file.
func ParseFile(path string, zones *Zones) (*File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read rules: %w", err)
	}
	f, err := Parse(b, zones)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// Parse decodes and validates a rule file. Unknown fields are errors.
func Parse(b []byte, zones *Zones) (*File, error) {
	var f File
	if err := decodeYAML(b, &f); err != nil {
		return nil, marsad.Errorf(marsad.EINVALID, "%s", yamlMessage(err))
	}
	if err := f.Validate(zones); err != nil {
		return nil, err
	}
	return &f, nil
}

// decodeYAML decodes strictly (unknown fields are errors). go-yaml can
// panic on some malformed documents (a tag on an element of a fixed-size
// array, found by fuzzing): a panic becomes an error.
func decodeYAML(b []byte, v any) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("malformed YAML (%v)", p)
		}
	}()
	return yaml.UnmarshalWithOptions(b, v, yaml.DisallowUnknownField(), yaml.Strict())
}

// yamlMessage is the first line of a go-yaml error: the position and cause,
// without the source excerpt it prints below.
func yamlMessage(err error) string {
	msg := err.Error()
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	return strings.TrimSpace(msg)
}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,63}$`)

var sectors = []string{"GOV", "MIL", "POL", "REB", "OPP", "PTY", "IGO", "NGO", "MED", "CVL", "BUS", "EDU", "REL", "JUD", "LEG", "IGO", "SPY", "CRM", "UAF"}

// Validate reports the first problem of f, naming the rule and field.
func (f *File) Validate(zones *Zones) error {
	hooks := map[string]bool{}
	for i, w := range f.Webhooks {
		where := fmt.Sprintf("webhooks[%d]", i)
		if !idPattern.MatchString(w.ID) {
			return invalid(where, "id %q must be lower-case letters, digits, - or _", w.ID)
		}
		if hooks[w.ID] {
			return invalid(where, "duplicate webhook id %q", w.ID)
		}
		hooks[w.ID] = true
		u, err := url.Parse(w.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return invalid(where, "url %q must be an absolute http or https URL", w.URL)
		}
	}
	if len(f.Rules) == 0 {
		return marsad.Errorf(marsad.EINVALID, "no rules")
	}
	ids := map[string]bool{}
	for i := range f.Rules {
		r := &f.Rules[i]
		if err := r.validate(zones, hooks); err != nil {
			return err
		}
		if ids[r.ID] {
			return invalid(fmt.Sprintf("rules[%d]", i), "duplicate rule id %q", r.ID)
		}
		ids[r.ID] = true
	}
	return nil
}

func invalid(where, format string, args ...any) error {
	return marsad.Errorf(marsad.EINVALID, "%s: %s", where, fmt.Sprintf(format, args...))
}

func (r *Rule) validate(zones *Zones, hooks map[string]bool) error {
	if !idPattern.MatchString(r.ID) {
		return invalid("rule", "id %q must be 1-64 lower-case letters, digits, - or _", r.ID)
	}
	where := "rule " + r.ID
	for _, t := range r.Types {
		if !slices.Contains(marsad.EventTypes, t) {
			return invalid(where, "unknown event type %q (want one of %s)", t, strings.Join(marsad.EventTypes, ", "))
		}
	}
	for _, m := range r.Modes {
		if strings.TrimSpace(m) == "" {
			return invalid(where, "empty mode")
		}
	}
	for i, a := range r.Actors {
		w := fmt.Sprintf("%s: actors[%d]", where, i)
		if a.ID == "" && a.Name == "" && a.Country == "" && a.Sector == "" {
			return invalid(w, "give at least one of id, name, country, sector")
		}
		if a.Country != "" && !isISO3(a.Country) {
			return invalid(w, "country %q must be an ISO 3166-1 alpha-3 code such as SYR", a.Country)
		}
		if a.Sector != "" && !slices.Contains(sectors, a.Sector) {
			return invalid(w, "unknown sector %q", a.Sector)
		}
		switch a.Role {
		case "", "any", "actor", "recipient":
		default:
			return invalid(w, "role %q must be actor, recipient or any", a.Role)
		}
	}
	for i, p := range r.Places {
		w := fmt.Sprintf("%s: places[%d]", where, i)
		n := 0
		if p.Near != nil {
			n++
			if !validLatLon(p.Near.Lat, p.Near.Lon) {
				return invalid(w, "near: lat %g, lon %g out of range", p.Near.Lat, p.Near.Lon)
			}
			if p.Near.RadiusKm <= 0 || p.Near.RadiusKm > 5000 {
				return invalid(w, "near: radius_km must be in (0, 5000]")
			}
		}
		if p.BBox != nil {
			n++
			if len(p.BBox) != 4 {
				return invalid(w, "bbox needs 4 numbers [min_lon, min_lat, max_lon, max_lat], got %d", len(p.BBox))
			}
			b := p.BBox
			if !validLatLon(b[1], b[0]) || !validLatLon(b[3], b[2]) || b[0] >= b[2] || b[1] >= b[3] {
				return invalid(w, "bbox %v is not [min_lon, min_lat, max_lon, max_lat] with min < max", b)
			}
		}
		if p.Country != "" {
			n++
			if !isISO3(p.Country) {
				return invalid(w, "country %q must be an ISO 3166-1 alpha-3 code such as SYR", p.Country)
			}
		}
		if p.Province != "" {
			n++
		}
		if p.Zone != nil {
			n++
			if zones == nil || zones.Line(p.Zone.Name) == nil {
				return invalid(w, "unknown zone %q (known: %s)", p.Zone.Name, strings.Join(zones.Names(), ", "))
			}
			if p.Zone.WithinKm <= 0 || p.Zone.WithinKm > 500 {
				return invalid(w, "zone: within_km must be in (0, 500]")
			}
		}
		if n != 1 {
			return invalid(w, "give exactly one of near, bbox, country, province, zone (got %d)", n)
		}
	}
	for i, k := range r.Keywords {
		if strings.TrimSpace(arabic.Normalize(k)) == "" {
			return invalid(fmt.Sprintf("%s: keywords[%d]", where, i), "empty keyword")
		}
	}
	if r.MinConfidence < 0 || r.MinConfidence > 1 {
		return invalid(where, "min_confidence %g must be between 0 and 1", r.MinConfidence)
	}
	if r.MinSources < 0 || r.MinSources > 100 {
		return invalid(where, "min_sources %d must be between 0 and 100", r.MinSources)
	}
	if r.ResolveAfter != "" {
		d, err := time.ParseDuration(r.ResolveAfter)
		if err != nil || d <= 0 {
			return invalid(where, "resolve_after %q is not a positive duration such as 24h", r.ResolveAfter)
		}
	}
	for _, h := range r.Notify {
		if !hooks[h] {
			return invalid(where, "notify: unknown webhook %q", h)
		}
	}
	return nil
}

func isISO3(s string) bool {
	if len(s) != 3 {
		return false
	}
	for _, c := range s {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

func validLatLon(lat, lon float64) bool {
	return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180
}

// resolveAfter is r's resolve_after, or the default.
func (r *Rule) resolveAfter() time.Duration {
	if d, err := time.ParseDuration(r.ResolveAfter); err == nil && d > 0 {
		return d
	}
	return DefaultResolveAfter
}
