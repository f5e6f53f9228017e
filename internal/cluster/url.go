package cluster

import (
	"net"
	"net/url"
	"sort"
	"strings"
	"unicode/utf8"
)

// CanonicalURL returns the key under which one web page is known, or "" when
// raw is not an absolute http(s) URL. Two addresses that differ only in ways
// that do not change the page map to the same key:
//
//   - scheme and host lower-cased, http folded into https, default ports,
//     user info, fragment and a trailing dot of the host dropped;
//   - leading "www.", "m." and "amp." host labels dropped, and Google AMP
//     cache addresses (…cdn.ampproject.org/c/s/host/path) unwrapped;
//   - AMP paths folded: a final /amp segment, a leading /amp/ segment and an
//     .amp.html suffix;
//   - path dot-segments resolved, repeated and trailing slashes removed,
//     index.html/index.php dropped;
//   - percent-encoding normalised: each path segment and query part is
//     decoded and re-encoded the same way, so an Arabic path written raw and
//     the same path percent-encoded give one key (upper-case hex);
//   - tracking parameters (data/tracking_params.txt: utm_*, fbclid, gclid,
//     ref, xtor, amp, …) dropped, the rest sorted.
func CanonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" || !utf8.ValidString(raw) {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		// Raw Arabic or spaces in a path parse fine; a stray % does not.
		// Escape lone percent signs and try once more.
		u, err = url.Parse(escapeStrayPercent(raw))
		if err != nil {
			return ""
		}
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" || u.Opaque != "" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	host = strings.TrimRight(host, ".")
	if host == "" || strings.HasPrefix(host, ".") || strings.Contains(host, "..") || strings.ContainsAny(host, "/\\ %@?#[]") || strings.Trim(port, "0123456789") != "" {
		return ""
	}
	path := u.EscapedPath()
	query := u.RawQuery

	cpath := canonicalPath(path)
	cquery := canonicalQuery(query)

	// Google AMP cache: https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a
	// Unwrapped from the canonical path so that a second pass finds the same.
	if strings.HasSuffix(host, ".cdn.ampproject.org") || host == "cdn.ampproject.org" {
		p := strings.TrimPrefix(cpath, "/")
		for _, pre := range []string{"c/s/", "v/s/", "i/s/", "c/", "v/", "i/"} {
			if rest, ok := strings.CutPrefix(p, pre); ok {
				inner := "https://" + rest
				if cquery != "" {
					inner += "?" + cquery
				}
				if c := CanonicalURL(inner); c != "" {
					return c
				}
				break
			}
		}
	}

	if port == "80" || port == "443" {
		port = ""
	}
	for _, pre := range []string{"www.", "amp.", "m."} {
		if rest, ok := strings.CutPrefix(host, pre); ok && strings.Contains(rest, ".") {
			host = rest
			break
		}
	}
	if strings.Contains(host, ":") { // IPv6 literal
		host = "[" + host + "]"
	}
	if port != "" {
		host = net.JoinHostPort(strings.Trim(host, "[]"), port)
	}

	var b strings.Builder
	b.WriteString("https://")
	b.WriteString(host)
	b.WriteString(cpath)
	if cquery != "" {
		b.WriteByte('?')
		b.WriteString(cquery)
	}
	return b.String()
}

// canonicalPath normalises an escaped path: segments decoded and
// re-encoded, dot-segments resolved, empty segments and AMP markers dropped.
func canonicalPath(escaped string) string {
	var segs []string
	for _, s := range strings.Split(escaped, "/") {
		dec, err := url.PathUnescape(s)
		if err != nil || !utf8.ValidString(dec) {
			dec = s // keep what cannot be decoded as it is written
		}
		switch dec {
		case "", ".":
			continue
		case "..":
			if len(segs) > 0 {
				segs = segs[:len(segs)-1]
			}
			continue
		}
		segs = append(segs, dec)
	}
	// AMP variants of the same article.
	if n := len(segs); n > 0 && strings.EqualFold(segs[n-1], "amp") {
		segs = segs[:n-1]
	}
	if len(segs) > 1 && strings.EqualFold(segs[0], "amp") {
		segs = segs[1:]
	}
	if n := len(segs); n > 0 {
		last := segs[n-1]
		if strings.HasSuffix(strings.ToLower(last), ".amp.html") {
			segs[n-1] = last[:len(last)-len(".amp.html")] + ".html"
		}
		switch strings.ToLower(segs[len(segs)-1]) {
		case "index.html", "index.htm", "index.php", "index.asp", "index.aspx", "default.aspx":
			segs = segs[:len(segs)-1]
		}
	}
	var b strings.Builder
	for _, s := range segs {
		b.WriteByte('/')
		b.WriteString(escapeSegment(s))
	}
	if b.Len() == 0 {
		return "/"
	}
	return b.String()
}

// canonicalQuery drops tracking parameters and sorts the rest, each part
// decoded and re-encoded.
func canonicalQuery(raw string) string {
	if raw == "" {
		return ""
	}
	type kv struct{ k, v string }
	var kept []kv
	for _, part := range strings.FieldsFunc(raw, func(r rune) bool { return r == '&' || r == ';' }) {
		k, v, hasEq := strings.Cut(part, "=")
		dk, err := url.QueryUnescape(k)
		if err != nil || !utf8.ValidString(dk) {
			dk = k
		}
		if dk == "" || trackingParams().has(strings.ToLower(dk)) {
			continue
		}
		dv, err := url.QueryUnescape(v)
		if err != nil || !utf8.ValidString(dv) {
			dv = v
		}
		p := kv{k: url.QueryEscape(dk)}
		if hasEq {
			p.v = "=" + url.QueryEscape(dv)
		}
		kept = append(kept, p)
	}
	sort.Slice(kept, func(i, j int) bool {
		if kept[i].k != kept[j].k {
			return kept[i].k < kept[j].k
		}
		return kept[i].v < kept[j].v
	})
	var b strings.Builder
	for i, p := range kept {
		if i > 0 && p == kept[i-1] {
			continue // a repeated identical pair says nothing more
		}
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(p.k)
		b.WriteString(p.v)
	}
	return b.String()
}

// escapeSegment percent-encodes one decoded path segment: unreserved ASCII
// and the sub-delimiters a path may carry stay literal, every other byte
// (Arabic letters, spaces, '/', '?', '#', '%') is encoded in upper-case hex.
func escapeSegment(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
			strings.IndexByte("-._~!$&'()*+,;=:@", c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// escapeStrayPercent encodes each % that does not start a %XX escape.
func escapeStrayPercent(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && !(i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2])) {
			b.WriteString("%25")
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
