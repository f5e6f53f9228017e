package evalset

import (
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/marsad/marsad"
)

// ErrNoShared reports that the shared data directory is missing; callers
// (tests, the materialize command) skip or explain rather than fail obscurely.
var ErrNoShared = errors.New("shared data directory not found")

// corpusRecord is the part of a shared news record the gold needs.
type corpusRecord struct {
	ID     string `json:"id"`
	Source string `json:"source"`
	URL    string `json:"url"`
	Title  string `json:"title"`
	Text   string `json:"text"`
}

// Gold is one article in the evaluation kit's gold format (see
// ../shared/eval/README.md): text pieces are strings again.
type Gold struct {
	ID        string      `json:"id"`
	Split     string      `json:"split"`
	Published string      `json:"published"`
	Title     string      `json:"title"`
	Source    string      `json:"source"`
	URL       string      `json:"url,omitempty"`
	Text      string      `json:"text"`
	Events    []GoldEvent `json:"events"`
	Quotes    []GoldQuote `json:"quotes"`
	Places    []GoldPlace `json:"places"`
}

// GoldActor is an actor with surface names.
type GoldActor struct {
	Names   []string `json:"names"`
	Country *string  `json:"country"`
	Sector  string   `json:"sector"`
}

// GoldLocation is an event's place.
type GoldLocation struct {
	Name    string   `json:"name"`
	Lat     *float64 `json:"lat"`
	Lon     *float64 `json:"lon"`
	Country *string  `json:"country"`
}

// GoldEvent is an event with evidence sentences as strings.
type GoldEvent struct {
	Type      string        `json:"type"`
	Mode      string        `json:"mode,omitempty"`
	Symmetric bool          `json:"symmetric,omitempty"`
	Evidence  []string      `json:"evidence"`
	Actor     *GoldActor    `json:"actor,omitempty"`
	Recipient *GoldActor    `json:"recipient,omitempty"`
	Location  *GoldLocation `json:"location,omitempty"`
	Date      string        `json:"date,omitempty"`
	Count     *int          `json:"count,omitempty"`
}

// GoldQuote is a quote's text and speaker names.
type GoldQuote struct {
	Speaker []string `json:"speaker"`
	Text    string   `json:"text"`
}

// GoldPlace is a place mention.
type GoldPlace struct {
	Mention string   `json:"mention"`
	Lat     *float64 `json:"lat"`
	Lon     *float64 `json:"lon"`
	Country *string  `json:"country"`
}

// Select keeps the annotations of one split; "" or "all" keeps the fully
// annotated tune and held halves of batches 1 and 2, "all2" the tune2 and
// held2 halves of batch 4, and "all3" the tune3 and held3 halves of batch 5.
// The places-only split is kept only when asked
// for by name, since its records have no events or quotes and would lower
// every other figure; so are "held4" (batch 6, a held split with no tune
// half), "tune4" and "tune5" (batches 7 and 8, tune splits with no held
// half), so that no earlier selection changes.
func Select(anns []Annotation, split string) ([]Annotation, error) {
	var keep func(s string) bool
	switch split {
	case "", "all":
		keep = func(s string) bool { return s == SplitTune || s == SplitHeld }
	case "all2":
		keep = func(s string) bool { return s == SplitTune2 || s == SplitHeld2 }
	case "all3":
		keep = func(s string) bool { return s == SplitTune3 || s == SplitHeld3 }
	case SplitTune, SplitHeld, SplitPlaces, SplitTune2, SplitHeld2, SplitTune3, SplitHeld3, SplitHeld4, SplitTune4, SplitTune5:
		keep = func(s string) bool { return s == split }
	default:
		return nil, marsad.Errorf(marsad.EINVALID, "split %q: want all, %s, %s, %s, all2, %s, %s, all3, %s, %s, %s, %s or %s",
			split, SplitTune, SplitHeld, SplitPlaces, SplitTune2, SplitHeld2, SplitTune3, SplitHeld3, SplitHeld4, SplitTune4, SplitTune5)
	}
	var out []Annotation
	for _, a := range anns {
		if keep(a.Split) {
			out = append(out, a)
		}
	}
	return out, nil
}

// Materialise reads each annotation's article from the corpora under shared,
// checks its hash and offsets, and returns gold records in annotation order.
// Nothing is returned unless every article checks out.
func Materialise(shared string, anns []Annotation) ([]Gold, error) {
	if fi, err := os.Stat(shared); err != nil || !fi.IsDir() {
		return nil, fmt.Errorf("%w: %s", ErrNoShared, shared)
	}
	byCorpus := map[string][]int{}
	for i, a := range anns {
		byCorpus[a.Corpus] = append(byCorpus[a.Corpus], i)
	}
	corpora := make([]string, 0, len(byCorpus))
	for c := range byCorpus {
		corpora = append(corpora, c)
	}
	sort.Strings(corpora)
	out := make([]Gold, len(anns))
	for _, c := range corpora {
		idx := byCorpus[c]
		want := map[int][]int{} // line → annotation indexes
		for _, i := range idx {
			want[anns[i].Line] = append(want[anns[i].Line], i)
		}
		recs, err := readLines(filepath.Join(shared, filepath.FromSlash(c)), want)
		if err != nil {
			return nil, err
		}
		for _, i := range idx {
			rec, ok := recs[anns[i].Line]
			if !ok {
				return nil, marsad.Errorf(marsad.ENOTFOUND, "%s: %s has no line %d", anns[i].ID, c, anns[i].Line)
			}
			g, err := build(anns[i], rec)
			if err != nil {
				return nil, err
			}
			out[i] = g
		}
	}
	return out, nil
}

// Write writes gold records as JSON Lines.
func Write(w io.Writer, golds []Gold) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, g := range golds {
		if err := enc.Encode(g); err != nil {
			return fmt.Errorf("write gold %s: %w", g.ID, err)
		}
	}
	return bw.Flush()
}

// readLines reads the wanted 1-based lines of a gzip JSON Lines corpus.
func readLines(path string, want map[int][]int) (map[int]corpusRecord, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open corpus: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("corpus %s: %w", path, err)
	}
	defer zr.Close()
	last := 0
	for l := range want {
		last = max(last, l)
	}
	out := map[int]corpusRecord{}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; n <= last && sc.Scan(); n++ {
		if _, ok := want[n]; !ok {
			continue
		}
		var r corpusRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, marsad.Errorf(marsad.EINVALID, "corpus %s line %d: %v", path, n, err)
		}
		out[n] = r
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read corpus %s: %w", path, err)
	}
	return out, nil
}

// text is an article's text indexed by code point.
type text struct {
	s     string
	runes []rune
}

// piece returns the text of a span, or an error naming what it belongs to.
func (t text) piece(s Span, what string) (string, error) {
	if s[0] < 0 || s[1] > len(t.runes) || s[1] <= s[0] {
		return "", marsad.Errorf(marsad.EINVALID, "%s: span [%d,%d] out of range (text has %d code points)", what, s[0], s[1], len(t.runes))
	}
	return string(t.runes[s[0]:s[1]]), nil
}

// anchored returns a span's text and insists that it first occurs at the
// span: score.py finds evidence and quotes by their first occurrence, so a
// piece that also occurs earlier would be scored at the wrong place.
func (t text) anchored(s Span, what string) (string, error) {
	p, err := t.piece(s, what)
	if err != nil {
		return "", err
	}
	if i := strings.Index(t.s, p); i >= 0 {
		if at := len([]rune(t.s[:i])); at != s[0] {
			return "", marsad.Errorf(marsad.EINVALID, "%s: span [%d,%d] first occurs at %d; lengthen it so it is unique", what, s[0], s[1], at)
		}
	}
	return p, nil
}

func (t text) name(n Name, what string) (string, error) {
	if n.Span == nil {
		return n.Literal, nil
	}
	return t.piece(*n.Span, what)
}

func (t text) names(ns []Name, what string) ([]string, error) {
	out := make([]string, 0, len(ns))
	for _, n := range ns {
		s, err := t.name(n, what)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

func (t text) actor(a *Actor, what string) (*GoldActor, error) {
	if a == nil {
		return nil, nil
	}
	ns, err := t.names(a.Names, what)
	if err != nil {
		return nil, err
	}
	return &GoldActor{Names: ns, Country: a.Country, Sector: a.Sector}, nil
}

func build(a Annotation, rec corpusRecord) (Gold, error) {
	if rec.ID != a.Doc {
		return Gold{}, marsad.Errorf(marsad.EINVALID, "%s: corpus line %d holds %q, not %q", a.ID, a.Line, rec.ID, a.Doc)
	}
	sum := sha256.Sum256([]byte(rec.Text))
	if got := hex.EncodeToString(sum[:]); got != a.SHA256 {
		return Gold{}, marsad.Errorf(marsad.EINVALID, "%s: text sha256 %s does not match the annotation's %s (the corpus changed; offsets cannot be trusted)", a.ID, got, a.SHA256)
	}
	t := text{s: rec.Text, runes: []rune(rec.Text)}
	g := Gold{ID: a.ID, Split: a.Split, Published: a.Published, Title: rec.Title, Source: rec.Source, URL: rec.URL,
		Text: rec.Text, Events: []GoldEvent{}, Quotes: []GoldQuote{}, Places: []GoldPlace{}}
	for k, e := range a.Events {
		what := fmt.Sprintf("%s event %d", a.ID, k)
		ge := GoldEvent{Type: e.Type, Mode: e.Mode, Symmetric: e.Symmetric, Date: e.Date, Count: e.Count}
		for _, s := range e.Evidence {
			p, err := t.anchored(s, what+" evidence")
			if err != nil {
				return Gold{}, err
			}
			ge.Evidence = append(ge.Evidence, p)
		}
		var err error
		if ge.Actor, err = t.actor(e.Actor, what+" actor"); err != nil {
			return Gold{}, err
		}
		if ge.Recipient, err = t.actor(e.Recipient, what+" recipient"); err != nil {
			return Gold{}, err
		}
		if l := e.Location; l != nil {
			name, err := t.name(l.Name, what+" location")
			if err != nil {
				return Gold{}, err
			}
			ge.Location = &GoldLocation{Name: name, Lat: l.Lat, Lon: l.Lon, Country: l.Country}
		}
		g.Events = append(g.Events, ge)
	}
	for k, q := range a.Quotes {
		what := fmt.Sprintf("%s quote %d", a.ID, k)
		p, err := t.anchored(q.Span, what)
		if err != nil {
			return Gold{}, err
		}
		sp, err := t.names(q.Speaker, what+" speaker")
		if err != nil {
			return Gold{}, err
		}
		g.Quotes = append(g.Quotes, GoldQuote{Speaker: sp, Text: p})
	}
	for k, p := range a.Places {
		m, err := t.piece(p.Span, fmt.Sprintf("%s place %d", a.ID, k))
		if err != nil {
			return Gold{}, err
		}
		g.Places = append(g.Places, GoldPlace{Mention: m, Lat: p.Lat, Lon: p.Lon, Country: p.Country})
	}
	return g, nil
}
