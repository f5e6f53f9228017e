package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/marsad/marsad"
)

// Formats lists the export formats by name.
var Formats = []string{"csv", "jsonl", "plover", "geojson"}

// ContentType returns the media type of a format.
func ContentType(format string) string {
	switch format {
	case "csv":
		return "text/csv; charset=utf-8"
	case "geojson":
		return "application/geo+json"
	default:
		return "application/x-ndjson"
	}
}

// Record is one event with what the export says of its article.
type Record struct {
	Event   *marsad.Event
	Article *marsad.Article // may be nil when the article is gone
	// Sources, for a merged event (one happening across several reports),
	// lists every report behind it; nil for a plain event.
	Sources []Source
	// IndependentSources counts the sources that are not copies of another
	// outlet's text (merged events only).
	IndependentSources int
}

// Source is one report behind a merged event.
type Source struct {
	EventID   string    `json:"event_id"`
	ArticleID string    `json:"article_id"`
	Outlet    string    `json:"outlet"`
	URL       string    `json:"url,omitempty"`
	Published time.Time `json:"published,omitzero"`
}

// outlets joins the sources' distinct outlets with " | ", in order.
func outlets(src []Source) string {
	seen := map[string]bool{}
	var out []string
	for _, s := range src {
		if !seen[s.Outlet] {
			seen[s.Outlet] = true
			out = append(out, s.Outlet)
		}
	}
	return strings.Join(out, " | ")
}

// Writer writes records in one format. Close finishes the document (the
// GeoJSON footer) and flushes; it does not close the underlying writer.
type Writer interface {
	Write(r Record) error
	Close() error
}

// New returns a Writer of the named format.
func New(format string, w io.Writer) (Writer, error) { return newWriter(format, w, false) }

// NewMerged returns a Writer of the named format for merged events: the CSV
// gets two more columns, sources (the outlets joined by " | ") and
// independent_sources; the JSON formats carry sources and
// independent_sources fields (those are written for any Record that has
// Sources, whichever constructor made the Writer).
func NewMerged(format string, w io.Writer) (Writer, error) { return newWriter(format, w, true) }

func newWriter(format string, w io.Writer, merged bool) (Writer, error) {
	bw := bufio.NewWriterSize(w, 64<<10)
	switch format {
	case "csv":
		cw := csv.NewWriter(bw)
		header := csvHeader
		if merged {
			header = append(append([]string(nil), csvHeader...), "sources", "independent_sources")
		}
		if err := cw.Write(header); err != nil {
			return nil, err
		}
		return &csvWriter{bw: bw, cw: cw, merged: merged}, nil
	case "jsonl":
		return &jsonlWriter{bw: bw, enc: newEncoder(bw), conv: func(r Record) any { return marsadRecord(r) }}, nil
	case "plover":
		return &jsonlWriter{bw: bw, enc: newEncoder(bw), conv: func(r Record) any { return ploverRecord(r) }}, nil
	case "geojson":
		if _, err := bw.WriteString(`{"type":"FeatureCollection","features":[` + "\n"); err != nil {
			return nil, err
		}
		return &geoJSONWriter{bw: bw}, nil
	}
	return nil, marsad.Errorf(marsad.EINVALID, "unknown export format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

func newEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}

// Stream writes every event matching q to w, page by page, looking up each
// event's article once. Limit in q is the page size; the export itself has
// no limit.
func Stream(ctx context.Context, st marsad.Store, q marsad.EventQuery, w Writer) (int, error) {
	if q.Limit <= 0 || q.Limit > 1000 {
		q.Limit = 1000
	}
	articles := newArticleCache(st, 256)
	n := 0
	for {
		page, err := st.Events(ctx, q)
		if err != nil {
			return n, err
		}
		for _, ev := range page.Events {
			a, err := articles.get(ctx, ev.ArticleID)
			if err != nil {
				return n, err
			}
			if err := w.Write(Record{Event: ev, Article: a}); err != nil {
				return n, err
			}
			n++
		}
		if page.Next == "" || len(page.Events) == 0 {
			return n, w.Close()
		}
		q.Cursor = page.Next
	}
}

// articleCache keeps the most recent articles: consecutive events mostly
// come from the same few articles.
type articleCache struct {
	st    marsad.Store
	max   int
	m     map[string]*marsad.Article
	order []string
}

func newArticleCache(st marsad.Store, max int) *articleCache {
	return &articleCache{st: st, max: max, m: map[string]*marsad.Article{}}
}

func (c *articleCache) get(ctx context.Context, id string) (*marsad.Article, error) {
	if a, ok := c.m[id]; ok {
		return a, nil
	}
	a, err := c.st.Article(ctx, id)
	if err != nil {
		if marsad.ErrorCode(err) != marsad.ENOTFOUND {
			return nil, err
		}
		a = nil
	}
	if len(c.order) >= c.max {
		delete(c.m, c.order[0])
		c.order = c.order[1:]
	}
	c.m[id] = a
	c.order = append(c.order, id)
	return a, nil
}

// Evidence returns the text of an event's evidence spans, joined by " … ".
func Evidence(ev *marsad.Event, a *marsad.Article) string {
	if a == nil {
		return ""
	}
	var parts []string
	for _, s := range ev.Evidence {
		if t, ok := spanText(a.Text, s); ok {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " … ")
}

// spanText cuts [s.Start, s.End) code points out of text.
func spanText(text string, s marsad.Span) (string, bool) {
	if s.Start < 0 || s.End <= s.Start {
		return "", false
	}
	i, start, end := 0, -1, -1
	for b := range text {
		if i == s.Start {
			start = b
		}
		if i == s.End {
			end = b
			break
		}
		i++
	}
	if start < 0 {
		return "", false
	}
	if end < 0 {
		if utf8.RuneCountInString(text) < s.End {
			return "", false
		}
		end = len(text)
	}
	return text[start:end], true
}

// place returns the event's location, else its destination.
func place(ev *marsad.Event) *marsad.Place {
	if ev.Location != nil {
		return ev.Location
	}
	return ev.Destination
}

// country is the location's country, else the actor's.
func country(ev *marsad.Event) string {
	if p := place(ev); p != nil && p.Country != "" {
		return p.Country
	}
	if ev.Actor != nil {
		return ev.Actor.Country
	}
	return ""
}

func actorName(a *marsad.Actor) string {
	if a == nil {
		return ""
	}
	if a.Canon != "" {
		return a.Canon
	}
	return a.Name
}

func eventDate(ev *marsad.Event, a *marsad.Article) string {
	if ev.Date != "" {
		return ev.Date
	}
	if a != nil && !a.Published.IsZero() {
		return a.Published.UTC().Format("2006-01-02")
	}
	return ""
}

// ---- CSV

var csvHeader = []string{
	"event_id", "event_date", "date_precision", "type", "sub_type", "actor1", "actor1_id", "actor1_country", "actor1_sector",
	"actor2", "actor2_id", "actor2_country", "actor2_sector", "symmetric", "country", "admin1", "location",
	"latitude", "longitude", "geo_precision", "source", "source_url", "notes", "count", "count_estimate", "confidence", "article_id",
}

type csvWriter struct {
	bw     *bufio.Writer
	cw     *csv.Writer
	merged bool // two more columns: sources, independent_sources
}

func (w *csvWriter) Write(r Record) error {
	ev, a := r.Event, r.Article
	row := []string{ev.ID, eventDate(ev, a), ev.DatePrecision, ev.Type, ev.Mode}
	for _, act := range []*marsad.Actor{ev.Actor, ev.Recipient} {
		if act == nil {
			row = append(row, "", "", "", "")
			continue
		}
		row = append(row, actorName(act), act.ID, act.Country, act.Sector)
	}
	row = append(row, strconv.FormatBool(ev.Symmetric), country(ev))
	if p := place(ev); p != nil {
		lat, lon := "", ""
		if p.Kind != marsad.KindCountry {
			lat, lon = strconv.FormatFloat(p.Lat, 'f', 5, 64), strconv.FormatFloat(p.Lon, 'f', 5, 64)
		}
		row = append(row, p.Admin1, p.Name, lat, lon, strconv.Itoa(precision(p)))
	} else {
		row = append(row, "", "", "", "", "")
	}
	src, url := "", ""
	if a != nil {
		src, url = a.Source, a.URL
	}
	count := ""
	if ev.Count != nil {
		count = strconv.Itoa(*ev.Count)
	}
	row = append(row, src, url, Evidence(ev, a), count, strconv.FormatBool(ev.CountEstimate),
		strconv.FormatFloat(ev.Confidence, 'f', 2, 64), ev.ArticleID)
	if w.merged {
		row = append(row, outlets(r.Sources), strconv.Itoa(r.IndependentSources))
	}
	return w.cw.Write(row)
}

func (w *csvWriter) Close() error {
	w.cw.Flush()
	if err := w.cw.Error(); err != nil {
		return err
	}
	return w.bw.Flush()
}

// precision is the ACLED geo precision: a country or province is never a point.
func precision(p *marsad.Place) int {
	if p.Precision > 0 {
		return p.Precision
	}
	switch p.Kind {
	case marsad.KindCountry, marsad.KindProvince, marsad.KindRegion:
		return marsad.PrecisionProvince
	case marsad.KindDistrict:
		return marsad.PrecisionRegion
	}
	return marsad.PrecisionPoint
}

// ---- JSON Lines

type jsonlWriter struct {
	bw   *bufio.Writer
	enc  *json.Encoder
	conv func(Record) any
}

func (w *jsonlWriter) Write(r Record) error { return w.enc.Encode(w.conv(r)) }
func (w *jsonlWriter) Close() error         { return w.bw.Flush() }

// marsadRecord is the event as Marsad stores it, with its evidence text and
// the article's source.
func marsadRecord(r Record) any {
	out := struct {
		*marsad.Event
		EvidenceText string   `json:"evidence_text,omitempty"`
		Source       string   `json:"source,omitempty"`
		URL          string   `json:"url,omitempty"`
		Published    string   `json:"published,omitempty"`
		Sources      []Source `json:"sources,omitempty"`
		Independent  int      `json:"independent_sources,omitempty"`
	}{Event: r.Event, EvidenceText: Evidence(r.Event, r.Article), Sources: r.Sources, Independent: r.IndependentSources}
	if a := r.Article; a != nil {
		out.Source, out.URL = a.Source, a.URL
		if !a.Published.IsZero() {
			out.Published = a.Published.UTC().Format("2006-01-02T15:04:05Z")
		}
	}
	return out
}

// PLOVER JSON (PLOVER manual, chapter 6): entity objects, location object,
// text and citation objects.
type ploverEntity struct {
	Code           string `json:"code,omitempty"`
	Sector         string `json:"sector,omitempty"`
	EntityText     string `json:"entity_text,omitempty"`
	IdentifierID   string `json:"identifier_id,omitempty"`
	IdentifierText string `json:"identifier_text,omitempty"`
}

type ploverLocation struct {
	ExtractedPlace string   `json:"extracted_place,omitempty"`
	ResolvedPlace  string   `json:"resolved_place,omitempty"`
	GeonameID      string   `json:"geonameid,omitempty"`
	Lat            *float64 `json:"lat,omitempty"`
	Lon            *float64 `json:"lon,omitempty"`
	Province       string   `json:"province,omitempty"`
	CountryCode    string   `json:"country_code,omitempty"`
	Resolution     int      `json:"resolution,omitempty"` // 4 city … 1 country
}

type ploverText struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

type ploverCite struct {
	URL         string `json:"url,omitempty"`
	Title       string `json:"title,omitempty"`
	Language    string `json:"language,omitempty"`
	Publication string `json:"publication,omitempty"`
	Coder       string `json:"coder"`
	Codebook    string `json:"codebook"`
}

type ploverEvent struct {
	ID        string          `json:"id"`
	HasEvent  bool            `json:"has_event"`
	Date      string          `json:"date,omitempty"`
	Actor     []ploverEntity  `json:"actor"`
	Recipient []ploverEntity  `json:"recipient,omitempty"`
	Event     []string        `json:"event"`
	EventLoc  *ploverLocation `json:"event_loc,omitempty"`
	EventText []string        `json:"event_text,omitempty"`
	QuadCode  int             `json:"quad_code"`
	Mode      []string        `json:"mode,omitempty"`
	Context   []string        `json:"context,omitempty"`
	TextInfo  []ploverText    `json:"text_info,omitempty"`
	CiteInfo  *ploverCite     `json:"cite_info,omitempty"`
	Size      map[string]int  `json:"size,omitempty"`
	Comment   string          `json:"comment,omitempty"`
	// Marsad extension for merged events: every report of the happening.
	Sources     []Source `json:"sources,omitempty"`
	Independent int      `json:"independent_sources,omitempty"`
}

var quads = map[string]int{
	"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
	"COOPERATE": 2, "AID": 2, "RETREAT": 2,
	"REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
	"PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}

func ploverEntities(a *marsad.Actor) []ploverEntity {
	if a == nil {
		return nil
	}
	return []ploverEntity{{Code: a.Country, Sector: a.Sector, EntityText: a.Name, IdentifierID: a.ID, IdentifierText: a.English}}
}

func ploverRecord(r Record) any {
	ev, a := r.Event, r.Article
	out := ploverEvent{
		ID: ev.ID, HasEvent: ev.Aux == "", Date: eventDate(ev, a),
		Actor: ploverEntities(ev.Actor), Recipient: ploverEntities(ev.Recipient),
		Event: []string{ev.Type}, QuadCode: quads[ev.Type], Context: ev.Contexts,
		Sources: r.Sources, Independent: r.IndependentSources,
	}
	if out.Actor == nil {
		out.Actor = []ploverEntity{}
	}
	if ev.Mode != "" {
		out.Mode = []string{ev.Mode}
	}
	if ev.Aux != "" {
		out.Comment = "auxiliary mode: " + ev.Aux
	}
	if p := place(ev); p != nil {
		loc := &ploverLocation{ExtractedPlace: p.Name, ResolvedPlace: p.Name, GeonameID: p.GazID, Province: p.Admin1, CountryCode: p.Country}
		switch precision(p) {
		case marsad.PrecisionPoint:
			loc.Resolution = 4
		case marsad.PrecisionRegion:
			loc.Resolution = 3
		default:
			loc.Resolution = 2
		}
		if p.Kind == marsad.KindCountry {
			loc.Resolution = 1
		} else {
			lat, lon := p.Lat, p.Lon
			loc.Lat, loc.Lon = &lat, &lon
		}
		out.EventLoc = loc
	}
	for _, s := range ev.Evidence {
		out.TextInfo = append(out.TextInfo, ploverText{Start: s.Start, End: s.End})
		if a != nil {
			if t, ok := spanText(a.Text, s); ok {
				out.EventText = append(out.EventText, t)
			}
		}
	}
	if ev.Count != nil {
		key := "affected"
		switch ev.Type {
		case "ASSAULT":
			key = "dead"
		case "COERCE":
			key = "arrested"
		}
		out.Size = map[string]int{key: *ev.Count}
	}
	cite := &ploverCite{Coder: "marsad", Codebook: "plover-base"}
	if a != nil {
		cite.URL, cite.Title, cite.Language, cite.Publication = a.URL, a.Title, a.Lang, a.Source
	}
	out.CiteInfo = cite
	return out
}

// ---- GeoJSON

type geoJSONWriter struct {
	bw *bufio.Writer
	n  int
}

// Write adds one Point feature; events without coordinates (no place, or a
// country-level place) are written with a null geometry, as GeoJSON allows,
// so the export keeps every event and GIS tools can still filter them.
func (w *geoJSONWriter) Write(r Record) error {
	ev, a := r.Event, r.Article
	props := map[string]any{
		"event_id": ev.ID, "event_date": eventDate(ev, a), "type": ev.Type, "mode": ev.Mode,
		"actor1": actorName(ev.Actor), "actor2": actorName(ev.Recipient), "country": country(ev),
		"confidence": ev.Confidence, "notes": Evidence(ev, a),
	}
	var geom any
	if p := place(ev); p != nil {
		props["location"], props["admin1"], props["geo_precision"] = p.Name, p.Admin1, precision(p)
		if p.Kind != marsad.KindCountry {
			geom = map[string]any{"type": "Point", "coordinates": []float64{p.Lon, p.Lat}}
		}
	}
	if ev.Count != nil {
		props["count"] = *ev.Count
	}
	if a != nil {
		props["source"], props["source_url"] = a.Source, a.URL
	}
	if r.Sources != nil {
		props["sources"], props["independent_sources"] = r.Sources, r.IndependentSources
	}
	b, err := json.Marshal(map[string]any{"type": "Feature", "id": ev.ID, "geometry": geom, "properties": props})
	if err != nil {
		return fmt.Errorf("geojson feature: %w", err)
	}
	if w.n > 0 {
		w.bw.WriteString(",\n")
	}
	w.n++
	_, err = w.bw.Write(b)
	return err
}

func (w *geoJSONWriter) Close() error {
	if _, err := w.bw.WriteString("\n]}\n"); err != nil {
		return err
	}
	return w.bw.Flush()
}
