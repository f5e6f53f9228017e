package storetext

import (
	"errors"
	"math"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
)

// CheckArticle validates a before it is stored and fills the identity
// fields it lacks (ContentHash and SimHash from the text, CanonicalURL from
// the URL, with internal/cluster). A text over maxTextBytes is ETOOLARGE;
// anything else unusable (no id or text, invalid UTF-8, a time outside
// 1700-2200) is EINVALID.
func CheckArticle(a *marsad.Article, maxTextBytes int) error {
	if a == nil {
		return marsad.Errorf(marsad.EINVALID, "no article")
	}
	if a.ID == "" {
		return marsad.Errorf(marsad.EINVALID, "article has no id")
	}
	if len(a.ID) > 256 {
		return marsad.Errorf(marsad.EINVALID, "article id longer than 256 bytes")
	}
	if strings.TrimSpace(a.Text) == "" {
		return marsad.Errorf(marsad.EINVALID, "article %s has no text", a.ID)
	}
	if len(a.Text) > maxTextBytes {
		return marsad.Errorf(marsad.ETOOLARGE, "article %s: text of %d bytes exceeds %d", a.ID, len(a.Text), maxTextBytes)
	}
	for _, f := range []struct{ name, v string }{
		{"id", a.ID}, {"external id", a.ExternalID}, {"url", a.URL}, {"canonical url", a.CanonicalURL},
		{"source", a.Source}, {"title", a.Title}, {"author", a.Author}, {"lang", a.Lang},
		{"text", a.Text}, {"content hash", a.ContentHash}, {"story id", a.StoryID},
	} {
		if !utf8.ValidString(f.v) {
			return marsad.Errorf(marsad.EINVALID, "article %q: %s is not valid UTF-8", a.ID, f.name)
		}
	}
	for _, t := range []time.Time{a.Published, a.Fetched} {
		if !t.IsZero() && (t.Year() < 1700 || t.Year() > 2200) {
			return marsad.Errorf(marsad.EINVALID, "article %s: time %v out of range", a.ID, t)
		}
	}
	if a.ContentHash == "" {
		a.ContentHash = cluster.ContentHash(a.Text)
		a.SimHash = cluster.SimHash(a.Text)
	}
	if a.CanonicalURL == "" && a.URL != "" {
		a.CanonicalURL = cluster.CanonicalURL(a.URL)
	}
	return nil
}

// CheckAnalysis validates every span, coordinate, confidence, date and
// string of an against an article of n code points: EINVALID on the first
// problem.
func CheckAnalysis(an *marsad.Analysis, n int) error {
	bad := func(format string, args ...any) error {
		return marsad.Errorf(marsad.EINVALID, "analysis of %s: "+format, append([]any{an.ArticleID}, args...)...)
	}
	span := func(what string, i int, sp marsad.Span) error {
		if sp.Start < 0 || sp.End < sp.Start || sp.End > n {
			return bad("%s %d: span [%d,%d) outside the text's %d code points", what, i, sp.Start, sp.End, n)
		}
		return nil
	}
	str := func(what string, i int, ss ...string) error {
		for _, s := range ss {
			if !utf8.ValidString(s) {
				return bad("%s %d: invalid UTF-8", what, i)
			}
		}
		return nil
	}
	actor := func(what string, i int, a *marsad.Actor) error {
		if a == nil {
			return nil
		}
		return str(what, i, append([]string{a.ID, a.Name, a.Canon, a.English, a.Country, a.Sector}, a.Aliases...)...)
	}
	place := func(what string, i int, p *marsad.Place) error {
		if p == nil {
			return nil
		}
		if math.IsNaN(p.Lat) || math.IsNaN(p.Lon) || p.Lat < -90 || p.Lat > 90 || p.Lon < -180 || p.Lon > 180 {
			return bad("%s %d: coordinates (%v, %v) out of range", what, i, p.Lat, p.Lon)
		}
		return str(what, i, p.Name, p.Country, p.Admin1, p.Kind, p.GazID)
	}
	if !utf8.ValidString(an.ArticleID) {
		return bad("invalid UTF-8 in the article id")
	}
	for i, e := range an.Entities {
		if err := errors.Join(span("entity", i, e.Span), str("entity", i, e.Text, e.Type), actor("entity", i, e.Actor)); err != nil {
			return err
		}
	}
	for i := range an.Places {
		p := &an.Places[i]
		if err := errors.Join(span("place", i, p.Span), place("place", i, p)); err != nil {
			return err
		}
	}
	for i, q := range an.Quotes {
		if err := errors.Join(span("quote", i, q.Span), str("quote", i, q.Text, q.Verb), actor("quote", i, q.Speaker)); err != nil {
			return err
		}
	}
	for i, e := range an.Events {
		if e.Type == "" {
			return bad("event %d has no type", i)
		}
		if math.IsNaN(e.Confidence) || e.Confidence < 0 || e.Confidence > 1 {
			return bad("event %d: confidence %v outside [0,1]", i, e.Confidence)
		}
		if e.Date != "" {
			if _, err := time.Parse(time.DateOnly, e.Date); err != nil {
				return bad("event %d: date %q is not YYYY-MM-DD", i, e.Date)
			}
		}
		if e.Count != nil && *e.Count < 0 {
			return bad("event %d: negative count", i)
		}
		for _, sp := range e.Evidence {
			if err := span("event evidence", i, sp); err != nil {
				return err
			}
		}
		if err := errors.Join(
			str("event", i, append([]string{e.ID, e.Type, e.Mode, e.Aux, e.Trigger, e.Date, e.DatePrecision}, e.Contexts...)...),
			actor("event", i, e.Actor), actor("event", i, e.Recipient),
			place("event", i, e.Location), place("event", i, e.Origin), place("event", i, e.Destination),
		); err != nil {
			return err
		}
	}
	return nil
}
