package evalset

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/marsad/marsad"
)

// Split names: "tune" may be inspected for errors, "held" is only scored.
// "places" is a places-only batch (no events or quotes annotated) that nobody
// tunes on; it is materialised only when asked for by name. "tune2" and
// "held2" are a later, fully annotated batch split by the same rule; they are
// materialised by name (or together as "all2"), never by "all", so the
// figures of "all" stay comparable with earlier runs. "tune3" and "held3"
// are a fifth batch treated the same way ("all3" is both). "held4" is a
// sixth batch with no tune half: nobody tunes on it, and it is materialised
// only by its own name. "tune4" is a seventh batch, all of it a tune split
// (a fresh set for error reading), also materialised only by its own name;
// "tune5" is an eighth batch of the same design.
const (
	SplitTune   = "tune"
	SplitHeld   = "held"
	SplitPlaces = "places"
	SplitTune2  = "tune2"
	SplitHeld2  = "held2"
	SplitTune3  = "tune3"
	SplitHeld3  = "held3"
	SplitHeld4  = "held4"
	SplitTune4  = "tune4"
	SplitTune5  = "tune5"
)

// splits lists the split names an annotation may carry.
var splits = map[string]bool{SplitTune: true, SplitHeld: true, SplitPlaces: true, SplitTune2: true, SplitHeld2: true,
	SplitTune3: true, SplitHeld3: true, SplitHeld4: true, SplitTune4: true, SplitTune5: true}

//go:embed data/unseen.jsonl
var unseenData []byte

// Unseen returns the annotations of the unseen set, checked by Load.
func Unseen() ([]Annotation, error) {
	anns, err := Load(bytes.NewReader(unseenData))
	if err != nil {
		return nil, fmt.Errorf("data/unseen.jsonl: %w", err)
	}
	return anns, nil
}

// Span is a [start, end) range of Unicode code points in an article's text.
type Span [2]int

// Name is a surface form: a span of the article when the form occurs in it,
// otherwise a literal (a form the annotator added, such as a full name the
// article only abbreviates).
type Name struct {
	Span    *Span
	Literal string
}

// UnmarshalJSON accepts [start, end] or a string.
func (n *Name) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		return json.Unmarshal(b, &n.Literal)
	}
	var s Span
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("a name is [start, end] or a string: %w", err)
	}
	n.Span = &s
	return nil
}

// MarshalJSON writes the span or the literal.
func (n Name) MarshalJSON() ([]byte, error) {
	if n.Span != nil {
		return json.Marshal(n.Span)
	}
	return json.Marshal(n.Literal)
}

// Actor is an annotated actor or recipient.
type Actor struct {
	Names   []Name  `json:"names"`
	Country *string `json:"country"`
	Sector  string  `json:"sector"`
}

// Location is where an event happened. A country-level place has no
// coordinates.
type Location struct {
	Name    Name     `json:"name"`
	Lat     *float64 `json:"lat,omitempty"`
	Lon     *float64 `json:"lon,omitempty"`
	Country *string  `json:"country,omitempty"`
}

// Event is one annotated PLOVER event.
type Event struct {
	Type      string    `json:"type"`
	Mode      string    `json:"mode,omitempty"`
	Symmetric bool      `json:"symmetric,omitempty"`
	Evidence  []Span    `json:"evidence"`
	Actor     *Actor    `json:"actor,omitempty"`
	Recipient *Actor    `json:"recipient,omitempty"`
	Location  *Location `json:"location,omitempty"`
	Date      string    `json:"date,omitempty"`
	Count     *int      `json:"count,omitempty"`
}

// Quote is a stretch of reported speech and its speaker's names.
type Quote struct {
	Span    Span   `json:"span"`
	Speaker []Name `json:"speaker"`
}

// Place is one distinct place mention.
type Place struct {
	Span    Span     `json:"span"`
	Lat     *float64 `json:"lat,omitempty"`
	Lon     *float64 `json:"lon,omitempty"`
	Country *string  `json:"country,omitempty"`
}

// Annotation is one article of the set: where to find its text and what it
// holds.
type Annotation struct {
	ID        string  `json:"id"`
	Split     string  `json:"split"`
	Kind      string  `json:"kind"`   // "politics" or "ordinary" (the sampling pool)
	Corpus    string  `json:"corpus"` // path under ../shared, a gzip JSON Lines file
	Doc       string  `json:"doc"`    // the record's id in the corpus
	Line      int     `json:"line"`   // 1-based line of the record in the corpus
	SHA256    string  `json:"sha256"` // of the record's text, UTF-8
	Published string  `json:"published"`
	Events    []Event `json:"events"`
	Quotes    []Quote `json:"quotes"`
	Places    []Place `json:"places"`
}

var plover = map[string]bool{
	"AGREE": true, "CONSULT": true, "SUPPORT": true, "CONCEDE": true, "COOPERATE": true, "AID": true,
	"RETREAT": true, "REQUEST": true, "ACCUSE": true, "REJECT": true, "THREATEN": true, "PROTEST": true,
	"SANCTION": true, "MOBILIZE": true, "COERCE": true, "ASSAULT": true,
}

var sectors = map[string]bool{
	"GOV": true, "MIL": true, "POL": true, "REB": true, "OPP": true, "PTY": true, "IGO": true, "NGO": true,
	"MED": true, "CVL": true, "BUS": true, "EDU": true, "REL": true, "JUD": true, "LEG": true,
}

var (
	isoDay   = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	alpha3   = regexp.MustCompile(`^[A-Z]{3}$`)
	sha256re = regexp.MustCompile(`^[0-9a-f]{64}$`)
)

// Load reads annotations (one JSON object a line) and checks everything that
// can be checked without the article text: ids, splits, types, sectors,
// country codes, dates, coordinates and span order.
func Load(r io.Reader) ([]Annotation, error) {
	var out []Annotation
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		var a Annotation
		if err := dec.Decode(&a); err != nil {
			return nil, marsad.Errorf(marsad.EINVALID, "line %d: %v", n, err)
		}
		if err := a.check(); err != nil {
			return nil, marsad.Errorf(marsad.EINVALID, "line %d (%s): %v", n, a.ID, err)
		}
		if seen[a.ID] {
			return nil, marsad.Errorf(marsad.EINVALID, "line %d: duplicate id %q", n, a.ID)
		}
		seen[a.ID] = true
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read annotations: %w", err)
	}
	return out, nil
}

func (a *Annotation) check() error {
	switch {
	case a.ID == "":
		return fmt.Errorf("no id")
	case !splits[a.Split]:
		return fmt.Errorf("split %q is not %q, %q, %q, %q, %q, %q, %q, %q, %q or %q", a.Split, SplitTune, SplitHeld, SplitPlaces,
			SplitTune2, SplitHeld2, SplitTune3, SplitHeld3, SplitHeld4, SplitTune4, SplitTune5)
	case a.Split == SplitPlaces && (len(a.Events) > 0 || len(a.Quotes) > 0):
		return fmt.Errorf("split %q annotates places only, but the article has events or quotes", SplitPlaces)
	case a.Corpus == "" || strings.Contains(a.Corpus, "..") || strings.HasPrefix(a.Corpus, "/"):
		return fmt.Errorf("corpus %q must be a path inside the shared directory", a.Corpus)
	case a.Doc == "" || a.Line < 1:
		return fmt.Errorf("needs doc and a line number ≥ 1")
	case !sha256re.MatchString(a.SHA256):
		return fmt.Errorf("sha256 %q is not 64 lowercase hex digits", a.SHA256)
	case !isoDay.MatchString(a.Published):
		return fmt.Errorf("published %q is not YYYY-MM-DD", a.Published)
	}
	for k, e := range a.Events {
		if err := e.check(); err != nil {
			return fmt.Errorf("event %d: %w", k, err)
		}
	}
	for k, q := range a.Quotes {
		if err := checkSpan(q.Span); err != nil {
			return fmt.Errorf("quote %d: %w", k, err)
		}
		if err := checkNames(q.Speaker); err != nil {
			return fmt.Errorf("quote %d speaker: %w", k, err)
		}
	}
	for k, p := range a.Places {
		if err := checkSpan(p.Span); err != nil {
			return fmt.Errorf("place %d: %w", k, err)
		}
		if err := checkPoint(p.Lat, p.Lon, p.Country); err != nil {
			return fmt.Errorf("place %d: %w", k, err)
		}
	}
	return nil
}

func (e *Event) check() error {
	if !plover[e.Type] {
		return fmt.Errorf("type %q is not PLOVER", e.Type)
	}
	if len(e.Evidence) == 0 {
		return fmt.Errorf("no evidence")
	}
	for _, s := range e.Evidence {
		if err := checkSpan(s); err != nil {
			return fmt.Errorf("evidence: %w", err)
		}
	}
	for role, a := range map[string]*Actor{"actor": e.Actor, "recipient": e.Recipient} {
		if a == nil {
			continue
		}
		if err := checkNames(a.Names); err != nil {
			return fmt.Errorf("%s: %w", role, err)
		}
		if a.Country != nil && !alpha3.MatchString(*a.Country) {
			return fmt.Errorf("%s country %q is not ISO alpha-3", role, *a.Country)
		}
		if !sectors[a.Sector] {
			return fmt.Errorf("%s sector %q is unknown", role, a.Sector)
		}
	}
	if l := e.Location; l != nil {
		if err := checkName(l.Name); err != nil {
			return fmt.Errorf("location: %w", err)
		}
		if err := checkPoint(l.Lat, l.Lon, l.Country); err != nil {
			return fmt.Errorf("location: %w", err)
		}
	}
	if e.Date != "" && !isoDay.MatchString(e.Date) {
		return fmt.Errorf("date %q is not YYYY-MM-DD", e.Date)
	}
	if e.Count != nil && *e.Count < 0 {
		return fmt.Errorf("negative count")
	}
	return nil
}

func checkSpan(s Span) error {
	if s[0] < 0 || s[1] <= s[0] {
		return fmt.Errorf("span [%d,%d] is empty or negative", s[0], s[1])
	}
	return nil
}

func checkName(n Name) error {
	if n.Span != nil {
		return checkSpan(*n.Span)
	}
	if strings.TrimSpace(n.Literal) == "" {
		return fmt.Errorf("empty name")
	}
	return nil
}

func checkNames(ns []Name) error {
	if len(ns) == 0 {
		return fmt.Errorf("needs at least one name")
	}
	for _, n := range ns {
		if err := checkName(n); err != nil {
			return err
		}
	}
	return nil
}

func checkPoint(lat, lon *float64, country *string) error {
	if (lat == nil) != (lon == nil) {
		return fmt.Errorf("lat and lon go together")
	}
	if lat != nil && (*lat < -90 || *lat > 90 || *lon < -180 || *lon > 180) {
		return fmt.Errorf("coordinates %v,%v out of range", *lat, *lon)
	}
	if lat == nil && country == nil {
		return fmt.Errorf("a place needs coordinates or a country")
	}
	if country != nil && !alpha3.MatchString(*country) {
		return fmt.Errorf("country %q is not ISO alpha-3", *country)
	}
	return nil
}
