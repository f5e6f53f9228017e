package feed

import (
	"fmt"
	"net/netip"
	"net/url"
	"strings"
	"time"

	"github.com/marsad/marsad"
)

// Defaults applied by Config.Validate to zero fields.
const (
	DefaultInterval        = 5 * time.Minute
	DefaultPolitenessDelay = 2 * time.Second
	DefaultTimeout         = 30 * time.Second
	DefaultMaxFeedBytes    = 5 << 20
	DefaultMaxPageBytes    = 10 << 20
	DefaultMaxBackoff      = 6 * time.Hour
	DefaultMaxSeen         = 1000
	DefaultConcurrency     = 4
	DefaultShortText       = 400
	DefaultContactURL      = "https://github.com/marsad/marsad"
)

// FeedConfig is one feed to poll.
type FeedConfig struct {
	URL      string        `yaml:"url" json:"url"`
	Name     string        `yaml:"name" json:"name,omitempty"`         // outlet name; the feed's own title when empty
	Interval time.Duration `yaml:"interval" json:"interval,omitempty"` // 0 = Config.Interval
	Lang     string        `yaml:"lang" json:"lang,omitempty"`         // BCP 47 tag of the feed's language
	Country  string        `yaml:"country" json:"country,omitempty"`   // ISO 3166-1 alpha-2 of the outlet, or "INT"
}

// Config configures a Poller. Zero fields take the defaults above.
type Config struct {
	Feeds []FeedConfig

	// Interval is the poll interval of feeds that set none.
	Interval time.Duration
	// UserAgent is sent with every request. When empty it is built from
	// ContactURL: "Marsad/1.0 (+<ContactURL>)".
	UserAgent  string
	ContactURL string
	// PolitenessDelay is the minimum pause between the end of one request
	// and the start of the next to the same host, feeds and pages alike.
	PolitenessDelay time.Duration
	// Timeout bounds each HTTP request, body included.
	Timeout      time.Duration
	MaxFeedBytes int64
	MaxPageBytes int64
	// AllowPrivate lets the poller connect to private, loopback, link-local
	// and other non-public addresses. Off by default (SSRF guard).
	AllowPrivate bool
	// AllowNets lists CIDR prefixes that stay reachable while AllowPrivate
	// is false, e.g. "10.1.2.0/24" for one intranet feed server.
	AllowNets []string
	// FetchPages makes the poller fetch the article page of items whose
	// feed text is shorter than ShortText characters, and deliver its HTML.
	FetchPages bool
	ShortText  int
	// MaxBackoff caps the delay after repeated failures.
	MaxBackoff time.Duration
	// MaxSeen is how many item ids per feed are remembered for dedupe.
	MaxSeen int
	// Concurrency is how many feeds are polled at the same time (hosts are
	// still served one request at a time).
	Concurrency int

	// Now is the clock for schedules and state (nil = time.Now). Politeness
	// delays and timeouts always use real time.
	Now func() time.Time
	// Jitter returns a number in [0, 1) used to spread poll times
	// (nil = math/rand/v2). Tests set it to make schedules exact.
	Jitter func() float64
}

// Validate checks the configuration and fills defaults into zero fields.
// Errors have code EINVALID and name the offending feed.
func (c *Config) Validate() error {
	if c.Interval < 0 {
		return marsad.Errorf(marsad.EINVALID, "feed config: negative interval %v", c.Interval)
	}
	if c.Interval == 0 {
		c.Interval = DefaultInterval
	}
	for _, d := range []struct {
		name string
		v    *time.Duration
		def  time.Duration
	}{
		{"politeness delay", &c.PolitenessDelay, DefaultPolitenessDelay},
		{"timeout", &c.Timeout, DefaultTimeout},
		{"max backoff", &c.MaxBackoff, DefaultMaxBackoff},
	} {
		if *d.v < 0 {
			return marsad.Errorf(marsad.EINVALID, "feed config: negative %s %v", d.name, *d.v)
		}
		if *d.v == 0 {
			*d.v = d.def
		}
	}
	for _, n := range []struct {
		name string
		v    *int64
		def  int64
	}{
		{"max feed bytes", &c.MaxFeedBytes, DefaultMaxFeedBytes},
		{"max page bytes", &c.MaxPageBytes, DefaultMaxPageBytes},
	} {
		if *n.v < 0 {
			return marsad.Errorf(marsad.EINVALID, "feed config: negative %s %d", n.name, *n.v)
		}
		if *n.v == 0 {
			*n.v = n.def
		}
	}
	for _, n := range []struct {
		name string
		v    *int
		def  int
	}{
		{"max seen", &c.MaxSeen, DefaultMaxSeen},
		{"concurrency", &c.Concurrency, DefaultConcurrency},
		{"short text", &c.ShortText, DefaultShortText},
	} {
		if *n.v < 0 {
			return marsad.Errorf(marsad.EINVALID, "feed config: negative %s %d", n.name, *n.v)
		}
		if *n.v == 0 {
			*n.v = n.def
		}
	}
	if c.ContactURL == "" {
		c.ContactURL = DefaultContactURL
	}
	if c.UserAgent == "" {
		c.UserAgent = "Marsad/1.0 (+" + c.ContactURL + ")"
	}
	if strings.ContainsAny(c.UserAgent, "\r\n") {
		return marsad.Errorf(marsad.EINVALID, "feed config: user agent contains a line break")
	}
	for _, s := range c.AllowNets {
		if _, err := netip.ParsePrefix(s); err != nil {
			return marsad.Errorf(marsad.EINVALID, "feed config: allowed network %q is not a CIDR prefix", s)
		}
	}
	seen := make(map[string]int, len(c.Feeds))
	for i := range c.Feeds {
		f := &c.Feeds[i]
		if err := f.validate(); err != nil {
			return fmt.Errorf("feed config: feed %d: %w", i+1, err)
		}
		if j, dup := seen[f.URL]; dup {
			return marsad.Errorf(marsad.EINVALID, "feed config: feed %d: %s is the same URL as feed %d", i+1, f.URL, j+1)
		}
		seen[f.URL] = i
	}
	return nil
}

// validate checks one feed and normalises its URL.
func (f *FeedConfig) validate() error {
	f.URL = strings.TrimSpace(f.URL)
	if f.URL == "" {
		return marsad.Errorf(marsad.EINVALID, "empty URL")
	}
	u, err := url.Parse(f.URL)
	if err != nil {
		return marsad.Errorf(marsad.EINVALID, "URL %q does not parse", f.URL)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return marsad.Errorf(marsad.EINVALID, "URL %q: scheme must be http or https", f.URL)
	}
	if u.Host == "" || u.Hostname() == "" {
		return marsad.Errorf(marsad.EINVALID, "URL %q has no host", f.URL)
	}
	if u.User != nil {
		return marsad.Errorf(marsad.EINVALID, "URL %q: credentials in URLs are not supported", f.URL)
	}
	if f.Interval < 0 {
		return marsad.Errorf(marsad.EINVALID, "%s: negative interval %v", f.URL, f.Interval)
	}
	if u.Fragment != "" {
		u.Fragment = ""
		f.URL = u.String()
	}
	f.Name = strings.TrimSpace(f.Name)
	return nil
}
