package extract

import (
	"encoding/json"
	"strings"
	"time"

	"github.com/itlightning/dateparse"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what the page states about itself in <html lang>, <link
// rel=canonical>, <meta> tags and JSON-LD. These are explicit statements by
// the publisher, so they outrank dates guessed from the page text.
type pageMeta struct {
	Lang      string
	Canonical string
	Title     string
	Author    string
	SiteName  string
	Published time.Time
}

// publishedKeys are the <meta> names, properties and itemprops that carry a
// publication date, best first.
var publishedKeys = []string{
	"article:published_time", "og:article:published_time", "og:published_time",
	"datepublished", "publishdate", "publish-date", "publish_date", "pubdate",
	"publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
	"dcterms.issued", "dcterms.created", "dc.date", "date", "article.published",
}

// readMeta collects pageMeta from a parsed document.
func readMeta(doc *html.Node) pageMeta {
	var m pageMeta
	metas := map[string]string{}
	var ld []string
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if m.Lang == "" {
					m.Lang = attr(n, "lang")
				}
			case atom.Link:
				if m.Canonical == "" && strings.EqualFold(attr(n, "rel"), "canonical") {
					m.Canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Meta:
				content := strings.TrimSpace(attr(n, "content"))
				if content == "" {
					content = strings.TrimSpace(attr(n, "datetime"))
				}
				for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
					key := strings.ToLower(strings.TrimSpace(attr(n, k)))
					if key != "" && content != "" {
						if _, dup := metas[key]; !dup {
							metas[key] = content
						}
					}
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					ld = append(ld, n.FirstChild.Data)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(doc, 0)

	for _, src := range ld {
		readJSONLD(src, &m)
	}
	if m.Published.IsZero() {
		for _, k := range publishedKeys {
			if t, ok := parseMetaDate(metas[k]); ok {
				m.Published = t
				break
			}
		}
	}
	if m.Canonical == "" {
		m.Canonical = metas["og:url"]
	}
	if m.Title == "" {
		m.Title = metas["og:title"]
	}
	if m.SiteName == "" {
		m.SiteName = metas["og:site_name"]
	}
	if m.Author == "" {
		for _, k := range []string{"author", "article:author", "dc.creator", "sailthru.author", "parsely-author"} {
			if v := metas[k]; v != "" && !strings.Contains(v, "://") {
				m.Author = v
				break
			}
		}
	}
	if m.Lang == "" {
		m.Lang = metas["content-language"]
	}
	m.Lang = primaryLang(m.Lang)
	return m
}

// readJSONLD fills the fields of m still empty from one JSON-LD block: the
// first object typed as an article (or carrying datePublished) wins.
func readJSONLD(src string, m *pageMeta) {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(src)), &v); err != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 16 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			d, _ := x["datePublished"].(string)
			if d == "" {
				d, _ = x["dateCreated"].(string)
			}
			if d == "" {
				return
			}
			if t, ok := parseMetaDate(d); ok && m.Published.IsZero() {
				m.Published = t
			}
			if h, _ := x["headline"].(string); h != "" && m.Title == "" {
				m.Title = h
			}
			if a := ldName(x["author"]); a != "" && m.Author == "" {
				m.Author = a
			}
			if p := ldName(x["publisher"]); p != "" && m.SiteName == "" {
				m.SiteName = p
			}
		}
	}
	visit(v, 0)
}

// ldName reads a JSON-LD Person or Organization (or a list, or a bare
// string) as a name.
func ldName(v any) string {
	switch x := v.(type) {
	case string:
		if strings.Contains(x, "://") {
			return ""
		}
		return strings.TrimSpace(x)
	case map[string]any:
		n, _ := x["name"].(string)
		return strings.TrimSpace(n)
	case []any:
		var names []string
		for _, e := range x {
			if n := ldName(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, "، ")
	}
	return ""
}

// parseMetaDate reads a date a page states about itself. Day-first is
// preferred for ambiguous numeric dates (the Arab world's usage), and dates
// outside 1990..2100 are refused as noise.
func parseMetaDate(s string) (t time.Time, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	defer func() {
		if recover() != nil {
			t, ok = time.Time{}, false
		}
	}()
	t, err := dateparse.ParseAny(s, dateparse.PreferMonthFirst(false), dateparse.RetryAmbiguousDateWithSwap(true))
	if err != nil || t.Year() < 1990 || t.Year() > 2100 {
		return time.Time{}, false
	}
	return t, true
}

// primaryLang reduces a language tag ("ar-EG", "AR_sa") to its primary
// subtag in lower case.
func primaryLang(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_,; "); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) < 2 || len(tag) > 3 {
		return ""
	}
	for i := 0; i < len(tag); i++ {
		if tag[i] < 'a' || tag[i] > 'z' {
			return ""
		}
	}
	return tag
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
