package source

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/marsad/marsad"
)

// Field names DecodeJSON accepts, in order of preference, written in
// normalised form: lower case without "_" or "-" (so "published_at",
// "publishedAt" and "Published-At" are one name).
var (
	idKeys        = []string{"id", "docid", "docno", "guid", "uuid", "articleid"}
	textKeys      = []string{"text", "body", "content", "articlebody", "maintext", "fulltext", "article"}
	htmlKeys      = []string{"html", "rawhtml", "contenthtml"}
	urlKeys       = []string{"url", "link", "uri", "canonicalurl", "articleurl"}
	titleKeys     = []string{"title", "headline"}
	publishedKeys = []string{"published", "publishedat", "pubdate", "datepublished", "publicationdate", "publishdate", "datetime", "date", "dateiso", "created", "createdat", "timestamp", "time"}
	sourceKeys    = []string{"source", "site", "outlet", "publisher", "sitename", "sourcename", "domain"}
	authorKeys    = []string{"author", "authors", "byline", "creator"}
	summaryKeys   = []string{"summary", "abstract", "description", "lead", "excerpt"}
)

// DecodeJSON reads one article given as a JSON object, accepting the field
// names common in news dumps: id, text (or body, content), html, url (or
// link), title, published (or date, date_iso, pubDate, published_at,
// datetime, timestamp…), source (or site, outlet, publisher), author and
// summary (or abstract). Text may be a string or a list of paragraph
// strings. It returns EINVALID for input that is not valid UTF-8, not a JSON
// object, or has neither text nor html. An unreadable date is left zero.
// The caller sets Origin.
func DecodeJSON(line []byte) (marsad.RawItem, error) {
	var it marsad.RawItem
	line = bytes.TrimSpace(line)
	line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(line) {
		return it, marsad.Errorf(marsad.EINVALID, "invalid UTF-8")
	}
	if len(line) == 0 || line[0] != '{' {
		return it, marsad.Errorf(marsad.EINVALID, "not a JSON object")
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(line, &raw); err != nil {
		return it, marsad.Errorf(marsad.EINVALID, "malformed JSON: %v", err)
	}
	fields := make(map[string]json.RawMessage, len(raw))
	for k, v := range raw {
		nk := normKey(k)
		if _, dup := fields[nk]; !dup || k == nk {
			fields[nk] = v
		}
	}
	it.ID = firstString(fields, idKeys)
	it.Text = firstString(fields, textKeys)
	it.HTML = []byte(firstString(fields, htmlKeys))
	if len(it.HTML) == 0 {
		it.HTML = nil
	}
	it.URL = firstString(fields, urlKeys)
	it.Title = firstString(fields, titleKeys)
	it.Source = strings.ReplaceAll(firstString(fields, sourceKeys), "\n", ", ")
	it.Author = strings.ReplaceAll(firstString(fields, authorKeys), "\n", ", ")
	it.Summary = firstString(fields, summaryKeys)
	for _, k := range publishedKeys {
		if t, ok := ParseDate(jsonString(fields[k])); ok {
			it.Published = t
			break
		}
	}
	if strings.TrimSpace(it.Text) == "" && len(bytes.TrimSpace(it.HTML)) == 0 {
		return it, marsad.Errorf(marsad.EINVALID, "empty text")
	}
	return it, nil
}

// normKey lower-cases k and drops "_", "-" and spaces.
func normKey(k string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '_', '-', ' ':
			return -1
		}
		if r >= 'A' && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	}, k)
}

func firstString(fields map[string]json.RawMessage, keys []string) string {
	for _, k := range keys {
		if s := strings.TrimSpace(jsonString(fields[k])); s != "" {
			return s
		}
	}
	return ""
}

// jsonString reads a JSON value as text: a string as is, a number in its
// literal form, a list of strings joined by newlines (paragraphs) and an
// object by its "name" (a publisher or author object). Anything else is "".
func jsonString(v json.RawMessage) string {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return ""
	}
	switch v[0] {
	case '"':
		// The object was validated as a whole: unquote directly instead of
		// scanning the string twice more with json.Unmarshal.
		if s, ok := unquote(v); ok {
			return s
		}
		var s string
		if json.Unmarshal(v, &s) == nil {
			return s
		}
	case '[':
		var list []json.RawMessage
		if json.Unmarshal(v, &list) != nil {
			return ""
		}
		var parts []string
		for _, e := range list {
			if len(bytes.TrimSpace(e)) > 0 && bytes.TrimSpace(e)[0] == '[' {
				continue // no nested lists
			}
			if s := strings.TrimSpace(jsonString(e)); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, "\n")
	case '{':
		var obj map[string]json.RawMessage
		if json.Unmarshal(v, &obj) != nil {
			return ""
		}
		var name string
		if json.Unmarshal(obj["name"], &name) == nil {
			return name
		}
	default:
		var n json.Number
		if json.Unmarshal(v, &n) == nil {
			if _, err := strconv.ParseFloat(string(n), 64); err == nil {
				return string(n)
			}
		}
	}
	return ""
}

// unquote decodes a JSON string literal that is known to be well-formed
// (the enclosing document was validated) and valid UTF-8. ok is false for
// anything it does not expect; the caller then falls back to
// encoding/json. Lone surrogates become U+FFFD, as in encoding/json.
func unquote(v []byte) (string, bool) {
	if len(v) < 2 || v[0] != '"' || v[len(v)-1] != '"' {
		return "", false
	}
	v = v[1 : len(v)-1]
	i := bytes.IndexByte(v, '\\')
	if i < 0 {
		return string(v), true
	}
	b := make([]byte, 0, len(v))
	for {
		b = append(b, v[:i]...)
		v = v[i:]
		if len(v) < 2 {
			return "", false
		}
		switch c := v[1]; c {
		case '"', '\\', '/':
			b = append(b, c)
			v = v[2:]
		case 'b':
			b, v = append(b, '\b'), v[2:]
		case 'f':
			b, v = append(b, '\f'), v[2:]
		case 'n':
			b, v = append(b, '\n'), v[2:]
		case 'r':
			b, v = append(b, '\r'), v[2:]
		case 't':
			b, v = append(b, '\t'), v[2:]
		case 'u':
			r, ok := hex4(v)
			if !ok {
				return "", false
			}
			v = v[6:]
			if utf16.IsSurrogate(r) {
				r2, ok2 := hex4(v)
				if dec := utf16.DecodeRune(r, r2); ok2 && dec != utf8.RuneError {
					r = dec
					v = v[6:]
				} else {
					r = utf8.RuneError
				}
			}
			b = utf8.AppendRune(b, r)
		default:
			return "", false
		}
		i = bytes.IndexByte(v, '\\')
		if i < 0 {
			b = append(b, v...)
			return string(b), true
		}
	}
}

// hex4 reads the rune of a "\uXXXX" escape at the start of v.
func hex4(v []byte) (rune, bool) {
	if len(v) < 6 || v[0] != '\\' || v[1] != 'u' {
		return 0, false
	}
	var r rune
	for _, c := range v[2:6] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}
