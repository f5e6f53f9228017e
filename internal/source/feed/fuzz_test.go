package feed

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseDocument feeds arbitrary bytes through the feed parsing path
// (gofeed, link resolution, HTML-to-text, dedupe keys). It must never panic
// and must only return well-formed entries.
func FuzzParseDocument(f *testing.F) {
	for _, name := range []string{"rss2.xml", "rdf.xml", "atom.xml"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add(rssDoc("s", threeItems()...))
	f.Add([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><item><title>x`))
	f.Add([]byte(`<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel><title>` + "\xc7\xe1\xce\xc8\xd1" + `</title></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="javascript:alert(1)"/><title type="xhtml"><div><b>t</b></div></title></entry></feed>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","title":"j","items":[{"id":"1","url":"/a","content_html":"<p>x</p>"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := parseDocument(data, "https://fuzz.example/feed")
		if err != nil {
			if strings.Contains(err.Error(), "parser panic") {
				t.Errorf("parseDocument: gofeed panicked (recovered): %v", err)
			}
			return
		}
		if strings.ContainsAny(doc.Title, "\n\r") {
			t.Errorf("feed title %q spans lines", doc.Title)
		}
		for _, e := range doc.Entries {
			if e.Link != "" {
				u, err := url.Parse(e.Link)
				if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
					t.Errorf("entry link %q is not an absolute http(s) URL", e.Link)
				}
			}
			if strings.ContainsAny(e.Title, "\n\r") || strings.ContainsAny(e.Author, "\n\r") {
				t.Errorf("entry title %q or author %q spans lines", e.Title, e.Author)
			}
			for _, s := range []string{e.Content, e.Summary} {
				if !utf8.ValidString(s) {
					t.Errorf("entry text %q is not valid UTF-8", s)
				}
				if s != strings.TrimSpace(s) || strings.Contains(s, "\n\n") {
					t.Errorf("entry text %q has untrimmed space or empty lines", s)
				}
			}
			if len(e.keys()) == 0 {
				t.Errorf("entry %v has no dedupe key", e)
			}
		}
	})
}

// FuzzParseFeedList checks the feed-list loader never panics and only
// accepts lists the poller itself accepts.
func FuzzParseFeedList(f *testing.F) {
	f.Add(defaultFeedsYAML)
	f.Add([]byte("version: 1\nfeeds:\n  - url: https://a.example/rss\n    interval: 10m\n"))
	f.Add([]byte("version: 1\nfeeds: [{url: 'http://[::1]:80/x', lang: ar-EG, country: INT}]\n"))
	f.Add([]byte("version: 1\nfeeds:\n  - &a {url: https://a.example/}\n  - *a\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		feeds, err := ParseFeedList(data)
		if err != nil {
			return
		}
		cfg := Config{Feeds: feeds}
		if err := cfg.Validate(); err != nil {
			t.Errorf("ParseFeedList accepted a list that Config.Validate rejects: %v", err)
		}
	})
}
