package feed

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/marsad/marsad"
)

// document is a parsed feed reduced to what the poller needs.
type document struct {
	Title   string
	Entries []entry // in document order
}

// entry is one feed item.
type entry struct {
	GUID      string
	Link      string // absolute http(s) URL or ""
	Title     string
	Author    string
	Published time.Time // zero when the feed gives no usable date
	Content   string    // plain text of content:encoded / atom:content
	Summary   string    // plain text of description / atom:summary
}

// keys returns the dedupe keys of e, hashed to bound state size. An item is
// already seen when any of its keys is. With a GUID the keys are the GUID and
// link+title, so an item whose CMS re-issues its GUID is still recognised,
// while different articles that share one link (some feeds point every item
// at the home page) are not merged. Without a GUID the link is the identity.
func (e *entry) keys() []string {
	switch {
	case e.GUID != "" && e.Link != "":
		return []string{hashKey("g", e.GUID), hashKey("lt", e.Link+"\x00"+e.Title)}
	case e.GUID != "":
		return []string{hashKey("g", e.GUID)}
	case e.Link != "":
		return []string{hashKey("l", e.Link)}
	}
	return []string{hashKey("t", e.Title+"\x00"+e.Published.UTC().Format(time.RFC3339)+"\x00"+e.Summary)}
}

func hashKey(kind, s string) string {
	h := sha256.Sum256([]byte(kind + ":" + s))
	return hex.EncodeToString(h[:10])
}

// parseDocument parses RSS 2.0, RSS 1.0/RDF, Atom (or JSON Feed) bytes.
// base resolves relative item links. Malformed input returns an EINVALID
// error; parser panics are turned into errors too, so one bad feed never
// takes the poller down.
func parseDocument(data []byte, base string) (doc *document, err error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, marsad.Errorf(marsad.EINVALID, "parse feed: empty document")
	}
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, marsad.Errorf(marsad.EINVALID, "parse feed: malformed document (parser panic: %v)", r)
		}
	}()
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, &marsad.Error{Code: marsad.EINVALID, Message: "parse feed: malformed document", Err: err}
	}
	baseURL, _ := url.Parse(base)
	if f.Link != "" && baseURL == nil {
		baseURL, _ = url.Parse(f.Link)
	}
	doc = &document{Title: oneLine(htmlText(f.Title))}
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		e := entry{
			GUID:    strings.TrimSpace(it.GUID),
			Link:    absLink(baseURL, it.Link, it.Links),
			Title:   oneLine(htmlText(it.Title)),
			Author:  author(it),
			Content: htmlText(it.Content),
			Summary: htmlText(it.Description),
		}
		switch {
		case it.PublishedParsed != nil:
			e.Published = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			e.Published = *it.UpdatedParsed
		}
		if e.GUID == "" && e.Link == "" && e.Title == "" && e.Content == "" && e.Summary == "" {
			continue // nothing to deliver or to recognise
		}
		doc.Entries = append(doc.Entries, e)
	}
	return doc, nil
}

func author(it *gofeed.Item) string {
	for _, p := range it.Authors {
		if p == nil {
			continue
		}
		if s := oneLine(p.Name); s != "" {
			return s
		}
	}
	if it.Author != nil {
		return oneLine(it.Author.Name)
	}
	return ""
}

// absLink returns the first http(s) link of an item, resolved against base.
func absLink(base *url.URL, link string, links []string) string {
	for _, l := range append([]string{link}, links...) {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		u, err := url.Parse(l)
		if err != nil {
			continue
		}
		if base != nil {
			u = base.ResolveReference(u)
		}
		if (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			u.Fragment = ""
			return u.String()
		}
	}
	return ""
}

// blockTags end a line of text when they open or close.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"blockquote": true, "tr": true, "table": true, "section": true,
	"article": true, "figure": true, "figcaption": true, "hr": true, "pre": true,
}

// skipTags hold no readable text.
var skipTags = map[string]bool{"script": true, "style": true, "noscript": true, "iframe": true, "svg": true, "template": true}

// htmlText turns an HTML fragment (or plain text with entities) into plain
// text: tags dropped, entities decoded, one paragraph per line.
func htmlText(s string) string {
	if s == "" {
		return ""
	}
	if !strings.ContainsAny(s, "<&") {
		return paragraphs(s)
	}
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return paragraphs(b.String())
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if skipTags[tag] && z.Token().Type == html.StartTagToken {
				skip++
			}
			if blockTags[tag] {
				b.WriteByte('\n')
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if skipTags[tag] && skip > 0 {
				skip--
			}
			if blockTags[tag] {
				b.WriteByte('\n')
			}
		}
	}
}

// paragraphs collapses runs of spaces inside lines, trims lines and drops
// empty ones, in one pass.
func paragraphs(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder
	b.Grow(len(s))
	space, newline := false, false // pending separators
	for _, r := range s {
		switch {
		case r == '\n':
			newline = true
		case unicode.IsSpace(r):
			space = true
		default:
			if b.Len() > 0 {
				if newline {
					b.WriteByte('\n')
				} else if space {
					b.WriteByte(' ')
				}
			}
			space, newline = false, false
			b.WriteRune(r)
		}
	}
	return b.String()
}

// oneLine collapses all whitespace, newlines included.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// textLen counts the letters and digits of s, the measure of "enough text".
func textLen(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// String is for debugging and test failure messages.
func (e entry) String() string {
	return fmt.Sprintf("{guid=%q link=%q title=%q}", e.GUID, e.Link, e.Title)
}
