package alert

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"
)

// Atom 1.0 (RFC 4287) elements, just what a feed of alerts needs.
type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomPerson  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Href string `xml:"href,attr"`
	Type string `xml:"type,attr,omitempty"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	ID        string     `xml:"id"`
	Title     string     `xml:"title"`
	Updated   string     `xml:"updated"`
	Published string     `xml:"published,omitempty"`
	Links     []atomLink `xml:"link"`
	Summary   atomText   `xml:"summary"`
	Category  []atomCat  `xml:"category"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Body string `xml:",chardata"`
}

type atomCat struct {
	Term string `xml:"term,attr"`
}

// WriteAtom writes the Atom feed of one rule's alerts (newest first).
// selfURL is the feed's own address; the feed's id is derived from it so
// readers keep their read state across restarts.
func WriteAtom(w io.Writer, r *Rule, alerts []Alert, selfURL string, now time.Time) error {
	title := r.Name
	if title == "" {
		title = r.ID
	}
	f := atomFeed{
		ID:     "tag:marsad,2026:rule/" + r.ID,
		Title:  "Marsad alerts: " + title,
		Author: atomPerson{Name: "Marsad"},
		Links:  []atomLink{{Rel: "self", Href: selfURL, Type: "application/atom+xml"}},
	}
	updated := time.Time{}
	for i := range alerts {
		a := &alerts[i]
		if a.State == StatePending {
			continue // not yet confirmed by enough sources
		}
		if a.UpdatedAt.After(updated) {
			updated = a.UpdatedAt
		}
		e := atomEntry{
			ID:        "tag:marsad,2026:alert/" + a.ID,
			Title:     entryTitle(a),
			Updated:   a.UpdatedAt.UTC().Format(time.RFC3339),
			Published: a.FiredAt.UTC().Format(time.RFC3339),
			Summary:   atomText{Type: "text", Body: entrySummary(a)},
			Category:  []atomCat{{Term: a.Event.Type}, {Term: string(a.State)}},
		}
		for _, rep := range a.Reports {
			if rep.URL != "" {
				e.Links = append(e.Links, atomLink{Rel: "related", Href: rep.URL, Type: "text/html"})
			}
		}
		if len(e.Links) > 0 {
			e.Links[0].Rel = "alternate"
		}
		f.Entries = append(f.Entries, e)
	}
	if updated.IsZero() {
		updated = now
	}
	f.Updated = updated.UTC().Format(time.RFC3339)
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", " ")
	if err := enc.Encode(f); err != nil {
		return fmt.Errorf("atom: %w", err)
	}
	return enc.Close()
}

func entryTitle(a *Alert) string {
	var b strings.Builder
	if a.State == StateResolved {
		b.WriteString("[resolved] ")
	}
	b.WriteString(a.Event.Type)
	if a.Event.Location != nil && a.Event.Location.Name != "" {
		b.WriteString(" — " + a.Event.Location.Name)
	}
	if len(a.Reports) > 0 && a.Reports[0].Title != "" {
		b.WriteString(": " + a.Reports[0].Title)
	}
	return b.String()
}

func entrySummary(a *Alert) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s, %d independent source(s), %d report(s).", a.State, a.Sources, len(a.Reports))
	for _, rep := range a.Reports {
		for _, ev := range rep.Evidence {
			b.WriteString("\n" + rep.Source + ": " + ev)
		}
	}
	return b.String()
}
