package cluster

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCanonicalURL(t *testing.T) {
	const arPath = "https://alarabiya.net/ar/2018/02/18/%D9%87%D9%83%D8%B0%D8%A7-%D8%AA%D8%AD%D8%A7%D9%84%D9%81%D8%AA.html"
	tests := []struct {
		in, want string
	}{
		{"", ""},
		{"not a url", ""},
		{"ftp://example.com/a", ""},
		{"mailto:news@example.com", ""},
		{"/relative/path", ""},
		{"HTTP://Example.COM/News/", "https://example.com/News"},
		{"https://example.com", "https://example.com/"},
		{"https://example.com/", "https://example.com/"},
		{"http://example.com:80/a", "https://example.com/a"},
		{"https://example.com:443/a", "https://example.com/a"},
		{"https://example.com:8080/a", "https://example.com:8080/a"},
		{"https://www.example.com/a#comments", "https://example.com/a"},
		{"https://user:pw@example.com/a", "https://example.com/a"},
		{"https://example.com./a", "https://example.com/a"},
		{"https://www.com/a", "https://www.com/a"}, // a bare www.com keeps its label
		{"https://m.example.com/a", "https://example.com/a"},
		{"https://example.com/a/?utm_source=tw&utm_medium=social&id=7&fbclid=xyz", "https://example.com/a?id=7"},
		{"https://example.com/a?b=2&a=1&gclid=1&ref=home", "https://example.com/a?a=1&b=2"},
		{"https://example.com/a?b=2&a=1&a=1", "https://example.com/a?a=1&b=2"},
		{"https://example.com/a?xtor=RSS-1&at_medium=rss", "https://example.com/a"},
		{"https://example.com/a//b/./c/../d", "https://example.com/a/b/d"},
		{"https://example.com/news/index.html", "https://example.com/news"},
		// AMP variants of one page.
		{"https://example.com/news/story-1/amp", "https://example.com/news/story-1"},
		{"https://example.com/news/story-1/amp/", "https://example.com/news/story-1"},
		{"https://example.com/amp/news/story-1", "https://example.com/news/story-1"},
		{"https://example.com/news/story-1?amp", "https://example.com/news/story-1"},
		{"https://example.com/news/story-1?amp=1", "https://example.com/news/story-1"},
		{"https://amp.example.com/news/story-1", "https://example.com/news/story-1"},
		{"https://example.com/news/story-1.amp.html", "https://example.com/news/story-1.html"},
		{"https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/story-1", "https://example.com/news/story-1"},
		// Arabic paths: raw, encoded, lower-case hex all give one key.
		{"http://www.alarabiya.net/ar/2018/02/18/هكذا-تحالفت.html", arPath},
		{arPath, arPath},
		{strings.ToLower(arPath[:len("https://alarabiya.net/ar/2018/02/18/")]) + strings.ToLower(arPath[len("https://alarabiya.net/ar/2018/02/18/"):]), arPath},
		{"https://example.com/بحث?q=الحسكة", "https://example.com/%D8%A8%D8%AD%D8%AB?q=%D8%A7%D9%84%D8%AD%D8%B3%D9%83%D8%A9"},
		{"https://example.com/a b", "https://example.com/a%20b"},
		{"https://example.com/a%2Fb", "https://example.com/a%2Fb"}, // an encoded slash is not a separator
		{"https://example.com/100%", "https://example.com/100%25"},
		{"https://example.com/a?q=a+b", "https://example.com/a?q=a+b"},
		{"https://example.com/a?q=a%20b", "https://example.com/a?q=a+b"},
		{"https://[::1]:8080/a", "https://[::1]:8080/a"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := CanonicalURL(tt.in); got != tt.want {
				t.Errorf("CanonicalURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if tt.want != "" {
				if again := CanonicalURL(tt.want); again != tt.want {
					t.Errorf("CanonicalURL(%q) = %q, want it unchanged", tt.want, again)
				}
			}
		})
	}
}

func FuzzCanonicalURL(f *testing.F) {
	for _, s := range []string{
		"https://www.example.com/a/?utm_source=x&b=1#f",
		"http://www.alarabiya.net/ar/2018/02/18/هكذا-تحالفت.html",
		"https://example.com/%D9%87?q=%zz",
		"https://www-example-com.cdn.ampproject.org/c/s/example.com/a/amp",
		"http://[::1]:80/../a;b=c?x=1;y=2",
		"https://example.com/100%",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		got := CanonicalURL(raw)
		if got == "" {
			return
		}
		if !strings.HasPrefix(got, "https://") {
			t.Fatalf("CanonicalURL(%q) = %q, want an https URL", raw, got)
		}
		if !utf8.ValidString(got) {
			t.Fatalf("CanonicalURL(%q) = %q, not valid UTF-8", raw, got)
		}
		if again := CanonicalURL(got); again != got {
			t.Fatalf("CanonicalURL(CanonicalURL(%q)) = %q, want %q", raw, again, got)
		}
	})
}
