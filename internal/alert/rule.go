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
	"github.com/goccy/go-yaml/parser"

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
	For           string        `yaml:"for,omitempty" json:"for,omitempty"`                     // Go duration the alert stays pending before firing
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
	if fe := f.check(zones); fe != nil {
		return nil, atLine(b, fe)
	}
	return &f, nil
}

// atLine is fe as an EINVALID error that starts with the line of the value
// at fault in b ("line 7: rule a: unknown event type …").
func atLine(b []byte, fe *fieldError) error {
	if line := lineOf(b, fe.path); line > 0 {
		return marsad.Errorf(marsad.EINVALID, "line %d: %s", line, fe.msg)
	}
	return marsad.Errorf(marsad.EINVALID, "%s", fe.msg)
}

// lineOf is the line of the value at a YAML path in b, or of its nearest
// ancestor present; 0 if none is found.
func lineOf(b []byte, path string) (line int) {
	defer func() {
		if recover() != nil {
			line = 0
		}
	}()
	file, err := parser.ParseBytes(b, 0)
	if err != nil {
		return 0
	}
	for path != "" && path != "$" {
		if p, err := yaml.PathString(path); err == nil {
			if n, err := p.FilterFile(file); err == nil && n != nil {
				if tk := n.GetToken(); tk != nil && tk.Position != nil {
					return tk.Position.Line
				}
			}
		}
		i := strings.LastIndexAny(path, ".[")
		if i <= 0 {
			break
		}
		path = path[:i]
	}
	return 0
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
// without the source excerpt it prints below; go-yaml's "[4:5] " becomes
// "line 4, column 5: ".
func yamlMessage(err error) string {
	msg := err.Error()
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	msg = strings.TrimSpace(msg)
	if m := yamlPos.FindStringSubmatch(msg); m != nil {
		msg = "line " + m[1] + ", column " + m[2] + ": " + msg[len(m[0]):]
	}
	return msg
}

var yamlPos = regexp.MustCompile(`^\[(\d+):(\d+)\]\s*`)

// ParseRule decodes and validates one rule given on its own (the text of
// the rule editor), against the webhooks of the file it is to join.
// Errors start with the line at fault.
func ParseRule(b []byte, zones *Zones, webhooks []Webhook) (*Rule, error) {
	var r Rule
	if err := decodeYAML(b, &r); err != nil {
		return nil, marsad.Errorf(marsad.EINVALID, "%s", yamlMessage(err))
	}
	hooks := map[string]bool{}
	for _, w := range webhooks {
		hooks[w.ID] = true
	}
	if fe := r.check("$", zones, hooks); fe != nil {
		return nil, atLine(b, fe)
	}
	return &r, nil
}

// MarshalRule is a rule as YAML, as the rule editor shows it.
func MarshalRule(r *Rule) ([]byte, error) {
	return yaml.MarshalWithOptions(r, yaml.UseLiteralStyleIfMultiline(true))
}

// Marshal is the rule file as YAML (webhook secrets included: this is what
// is saved).
func (f *File) Marshal() ([]byte, error) {
	return yaml.MarshalWithOptions(f, yaml.UseLiteralStyleIfMultiline(true))
}

// replaceRule is a copy of f with r in the place of rule oldID, or added
// at the end.
func (f *File) replaceRule(oldID string, r Rule) *File {
	out := &File{Webhooks: slices.Clone(f.Webhooks), Rules: slices.Clone(f.Rules)}
	if i := f.ruleIndex(oldID); i >= 0 {
		out.Rules[i] = r
	} else {
		out.Rules = append(out.Rules, r)
	}
	return out
}

// ruleIndex is the index of rule id in f, or -1.
func (f *File) ruleIndex(id string) int {
	return slices.IndexFunc(f.Rules, func(x Rule) bool { return x.ID == id })
}

// WithoutRule is a copy of f without the rule id; found reports whether it
// was there.
func (f *File) WithoutRule(id string) (out *File, found bool) {
	out = &File{Webhooks: slices.Clone(f.Webhooks)}
	for _, r := range f.Rules {
		if r.ID == id {
			found = true
			continue
		}
		out.Rules = append(out.Rules, r)
	}
	return out, found
}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,63}$`)

var sectors = []string{"GOV", "MIL", "POL", "REB", "OPP", "PTY", "IGO", "NGO", "MED", "CVL", "BUS", "EDU", "REL", "JUD", "LEG", "IGO", "SPY", "CRM", "UAF"}

// Validate reports the first problem of f, naming the rule and field.
func (f *File) Validate(zones *Zones) error {
	if fe := f.check(zones); fe != nil {
		return marsad.Errorf(marsad.EINVALID, "%s", fe.msg)
	}
	return nil
}

// fieldError is a validation problem and the YAML path of the value at
// fault ($.rules[0].types[1]), from which Parse finds the line.
type fieldError struct{ path, msg string }

func (e *fieldError) Error() string { return e.msg }

func (f *File) check(zones *Zones) *fieldError {
	hooks := map[string]bool{}
	for i, w := range f.Webhooks {
		where := fmt.Sprintf("webhooks[%d]", i)
		path := fmt.Sprintf("$.webhooks[%d]", i)
		if !idPattern.MatchString(w.ID) {
			return invalid(path+".id", where, "id %q must be lower-case letters, digits, - or _", w.ID)
		}
		if hooks[w.ID] {
			return invalid(path+".id", where, "duplicate webhook id %q", w.ID)
		}
		hooks[w.ID] = true
		u, err := url.Parse(w.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return invalid(path+".url", where, "url %q must be an absolute http or https URL", w.URL)
		}
	}
	if len(f.Rules) == 0 {
		return &fieldError{path: "$.rules", msg: "no rules"}
	}
	ids := map[string]bool{}
	for i := range f.Rules {
		r := &f.Rules[i]
		base := fmt.Sprintf("$.rules[%d]", i)
		if fe := r.check(base, zones, hooks); fe != nil {
			return fe
		}
		if ids[r.ID] {
			return invalid(base+".id", fmt.Sprintf("rules[%d]", i), "duplicate rule id %q", r.ID)
		}
		ids[r.ID] = true
	}
	return nil
}

func invalid(path, where, format string, args ...any) *fieldError {
	return &fieldError{path: path, msg: where + ": " + fmt.Sprintf(format, args...)}
}

// check validates one rule whose YAML path is base ("$" for a rule on its
// own, "$.rules[2]" in a file); hooks are the webhook ids notify may name.
func (r *Rule) check(base string, zones *Zones, hooks map[string]bool) *fieldError {
	if !idPattern.MatchString(r.ID) {
		return invalid(base+".id", "rule", "id %q must be 1-64 lower-case letters, digits, - or _", r.ID)
	}
	where := "rule " + r.ID
	for i, t := range r.Types {
		if !slices.Contains(marsad.EventTypes, t) {
			return invalid(fmt.Sprintf("%s.types[%d]", base, i), where, "unknown event type %q (want one of %s)", t, strings.Join(marsad.EventTypes, ", "))
		}
	}
	for i, m := range r.Modes {
		if strings.TrimSpace(m) == "" {
			return invalid(fmt.Sprintf("%s.modes[%d]", base, i), where, "empty mode")
		}
	}
	for i, a := range r.Actors {
		w := fmt.Sprintf("%s: actors[%d]", where, i)
		path := fmt.Sprintf("%s.actors[%d]", base, i)
		if a.ID == "" && a.Name == "" && a.Country == "" && a.Sector == "" {
			return invalid(path, w, "give at least one of id, name, country, sector")
		}
		if a.Country != "" && !isISO3(a.Country) {
			return invalid(path+".country", w, "country %q must be an ISO 3166-1 alpha-3 code such as SYR", a.Country)
		}
		if a.Sector != "" && !slices.Contains(sectors, a.Sector) {
			return invalid(path+".sector", w, "unknown sector %q", a.Sector)
		}
		switch a.Role {
		case "", "any", "actor", "recipient":
		default:
			return invalid(path+".role", w, "role %q must be actor, recipient or any", a.Role)
		}
	}
	for i, p := range r.Places {
		w := fmt.Sprintf("%s: places[%d]", where, i)
		path := fmt.Sprintf("%s.places[%d]", base, i)
		n := 0
		if p.Near != nil {
			n++
			if !validLatLon(p.Near.Lat, p.Near.Lon) {
				return invalid(path+".near", w, "near: lat %g, lon %g out of range", p.Near.Lat, p.Near.Lon)
			}
			if p.Near.RadiusKm <= 0 || p.Near.RadiusKm > 5000 {
				return invalid(path+".near.radius_km", w, "near: radius_km must be in (0, 5000]")
			}
		}
		if p.BBox != nil {
			n++
			if len(p.BBox) != 4 {
				return invalid(path+".bbox", w, "bbox needs 4 numbers [min_lon, min_lat, max_lon, max_lat], got %d", len(p.BBox))
			}
			b := p.BBox
			if !validLatLon(b[1], b[0]) || !validLatLon(b[3], b[2]) || b[0] >= b[2] || b[1] >= b[3] {
				return invalid(path+".bbox", w, "bbox %v is not [min_lon, min_lat, max_lon, max_lat] with min < max", b)
			}
		}
		if p.Country != "" {
			n++
			if !isISO3(p.Country) {
				return invalid(path+".country", w, "country %q must be an ISO 3166-1 alpha-3 code such as SYR", p.Country)
			}
		}
		if p.Province != "" {
			n++
		}
		if p.Zone != nil {
			n++
			if zones == nil || zones.Line(p.Zone.Name) == nil {
				return invalid(path+".zone.name", w, "unknown zone %q (known: %s)", p.Zone.Name, zones.Suggest(p.Zone.Name))
			}
			if p.Zone.WithinKm <= 0 || p.Zone.WithinKm > 500 {
				return invalid(path+".zone.within_km", w, "zone: within_km must be in (0, 500]")
			}
		}
		if n != 1 {
			return invalid(path, w, "give exactly one of near, bbox, country, province, zone (got %d)", n)
		}
	}
	for i, k := range r.Keywords {
		if strings.TrimSpace(arabic.Normalize(k)) == "" {
			return invalid(fmt.Sprintf("%s.keywords[%d]", base, i), fmt.Sprintf("%s: keywords[%d]", where, i), "empty keyword")
		}
	}
	if r.MinConfidence < 0 || r.MinConfidence > 1 {
		return invalid(base+".min_confidence", where, "min_confidence %g must be between 0 and 1", r.MinConfidence)
	}
	if r.MinSources < 0 || r.MinSources > 100 {
		return invalid(base+".min_sources", where, "min_sources %d must be between 0 and 100", r.MinSources)
	}
	if r.ResolveAfter != "" {
		d, err := time.ParseDuration(r.ResolveAfter)
		if err != nil || d <= 0 {
			return invalid(base+".resolve_after", where, "resolve_after %q is not a positive duration such as 24h", r.ResolveAfter)
		}
	}
	if r.For != "" {
		d, err := time.ParseDuration(r.For)
		if err != nil || d <= 0 {
			return invalid(base+".for", where, "for %q is not a positive duration such as 30m", r.For)
		}
	}
	for i, h := range r.Notify {
		if !hooks[h] {
			return invalid(fmt.Sprintf("%s.notify[%d]", base, i), where, "notify: unknown webhook %q", h)
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

// holdFor is r's for: how long an alert's condition must hold before it
// fires; 0 fires at once.
func (r *Rule) holdFor() time.Duration {
	if d, err := time.ParseDuration(r.For); err == nil && d > 0 {
		return d
	}
	return 0
}

// resolveAfter is r's resolve_after, or the default.
func (r *Rule) resolveAfter() time.Duration {
	if d, err := time.ParseDuration(r.ResolveAfter); err == nil && d > 0 {
		return d
	}
	return DefaultResolveAfter
}
