package feed

import (
	_ "embed"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"time"

	"github.com/goccy/go-yaml"

	"github.com/marsad/marsad"
)

//go:embed feeds.yaml
var defaultFeedsYAML []byte

// feedListVersion is the only version of the feed-list format.
const feedListVersion = 1

type feedListFile struct {
	Version int            `yaml:"version"`
	Feeds   []feedListItem `yaml:"feeds"`
}

type feedListItem struct {
	Name     string `yaml:"name"`
	URL      string `yaml:"url"`
	Country  string `yaml:"country"`
	Lang     string `yaml:"lang"`
	Interval string `yaml:"interval"`
}

// DefaultFeeds returns the embedded list of public Arabic news feeds.
func DefaultFeeds() ([]FeedConfig, error) {
	fs, err := ParseFeedList(defaultFeedsYAML)
	if err != nil {
		return nil, fmt.Errorf("default feeds: %w", err)
	}
	return fs, nil
}

// LoadFeedsFile reads a feed list in the format of the embedded feeds.yaml.
func LoadFeedsFile(path string) ([]FeedConfig, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("feed list: %w", err)
	}
	fs, err := ParseFeedList(b)
	if err != nil {
		return nil, fmt.Errorf("feed list %s: %w", path, err)
	}
	return fs, nil
}

var (
	countryRE = regexp.MustCompile(`^([A-Z]{2}|INT)$`)
	langRE    = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$`)
)

// ParseFeedList parses and validates a YAML feed list: every feed needs an
// absolute http(s) URL, URLs are unique, country and lang (when given) are
// well-formed, interval is a positive Go duration.
func ParseFeedList(b []byte) ([]FeedConfig, error) {
	var f feedListFile
	if err := yaml.UnmarshalWithOptions(b, &f, yaml.DisallowUnknownField()); err != nil {
		return nil, &marsad.Error{Code: marsad.EINVALID, Message: "malformed feed list", Err: err}
	}
	if f.Version != feedListVersion {
		return nil, marsad.Errorf(marsad.EINVALID, "feed list version %d, want %d", f.Version, feedListVersion)
	}
	if len(f.Feeds) == 0 {
		return nil, marsad.Errorf(marsad.EINVALID, "feed list has no feeds")
	}
	out := make([]FeedConfig, 0, len(f.Feeds))
	seen := make(map[string]int)
	for i, it := range f.Feeds {
		fc := FeedConfig{URL: it.URL, Name: it.Name, Lang: it.Lang, Country: it.Country}
		if it.Interval != "" {
			d, err := time.ParseDuration(it.Interval)
			if err != nil || d <= 0 {
				return nil, marsad.Errorf(marsad.EINVALID, "feed %d (%s): interval %q is not a positive duration", i+1, it.URL, it.Interval)
			}
			fc.Interval = d
		}
		if err := fc.validate(); err != nil {
			return nil, fmt.Errorf("feed %d: %w", i+1, err)
		}
		if fc.Country != "" && !countryRE.MatchString(fc.Country) {
			return nil, marsad.Errorf(marsad.EINVALID, "feed %d (%s): country %q is not an ISO 3166-1 alpha-2 code or INT", i+1, fc.URL, fc.Country)
		}
		if fc.Lang != "" && !langRE.MatchString(fc.Lang) {
			return nil, marsad.Errorf(marsad.EINVALID, "feed %d (%s): lang %q is not a language tag", i+1, fc.URL, fc.Lang)
		}
		key := canonicalKey(fc.URL)
		if j, dup := seen[key]; dup {
			return nil, marsad.Errorf(marsad.EINVALID, "feed %d: %s duplicates feed %d", i+1, fc.URL, j+1)
		}
		seen[key] = i
		out = append(out, fc)
	}
	return out, nil
}

// canonicalKey identifies a feed URL for duplicate detection: scheme and
// host case-insensitive, "www." and a trailing slash ignored.
func canonicalKey(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return s
	}
	host := u.Hostname()
	if len(host) > 4 && host[:4] == "www." {
		host = host[4:]
	}
	path := u.EscapedPath()
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[:len(path)-1]
	}
	return host + path + "?" + u.RawQuery
}
