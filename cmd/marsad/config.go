package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/goccy/go-yaml"
)

// config is the whole configuration of a Marsad process. Every setting has
// one name used three ways: a key in the YAML file, a flag (--name) and an
// environment variable (MARSAD_NAME, dashes as underscores). Flags beat the
// environment, which beats the file, which beats the defaults.
type config struct {
	Data         string        `yaml:"data"`           // data directory
	Addr         string        `yaml:"addr"`           // HTTP listen address
	Store        string        `yaml:"store"`          // "" = SQLite in the data directory; postgres://… = PostgreSQL
	Tokens       []string      `yaml:"tokens"`         // write tokens for the push API (MARSAD_TOKENS: comma-separated)
	Workers      int           `yaml:"workers"`        // analysis workers; 0 = one per core
	Feeds        string        `yaml:"feeds"`          // feed list file; "" = the built-in list of Arabic outlets
	PollInterval time.Duration `yaml:"poll-interval"`  // default interval between polls of one feed
	Politeness   time.Duration `yaml:"politeness"`     // minimum delay between requests to one host
	AllowPrivate bool          `yaml:"allow-private"`  // let feeds point at private or loopback addresses
	FetchPages   bool          `yaml:"fetch-pages"`    // fetch the article page when a feed item carries only a summary
	MaxFeedBytes int64         `yaml:"max-feed-bytes"` // size limit of one feed response
	MaxPageBytes int64         `yaml:"max-page-bytes"` // size limit of one article page
	UserAgent    string        `yaml:"user-agent"`
	LogLevel     string        `yaml:"log-level"` // debug, info, warn, error
	// AnonymousRead lets requests without a token read the API; nil means
	// the default: on when Addr is a loopback address, off otherwise.
	AnonymousRead *bool `yaml:"anonymous-read"`
	// Queue is the NATS URL of the JetStream work queue between roles;
	// empty: everything runs in this process.
	Queue string `yaml:"queue"`
	// Roles are what `marsad serve` does: ingest, process, api, alert
	// (MARSAD_ROLES: comma-separated); empty means all.
	Roles []string `yaml:"roles"`
}

func defaultConfig() config {
	return config{
		Data:         "marsad-data",
		Addr:         "127.0.0.1:8080",
		PollInterval: 5 * time.Minute,
		Politeness:   2 * time.Second,
		FetchPages:   true,
		MaxFeedBytes: 5 << 20,
		MaxPageBytes: 10 << 20,
		UserAgent:    "Marsad/0.1 (+https://github.com/marsad/marsad)",
		LogLevel:     "info",
	}
}

// validate reports the first setting that cannot work, naming it.
func (c *config) validate() error {
	if strings.TrimSpace(c.Data) == "" {
		return fmt.Errorf("data: must not be empty")
	}
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		return fmt.Errorf("addr: %q is not HOST:PORT", c.Addr)
	}
	if c.Store != "" && !isPostgresDSN(c.Store) {
		return fmt.Errorf("store: %q is not a PostgreSQL DSN (postgres://…); leave it empty for SQLite", redactDSN(c.Store))
	}
	if c.Workers < 0 {
		return fmt.Errorf("workers: must be 0 (one per core) or more, got %d", c.Workers)
	}
	if c.PollInterval < 10*time.Second {
		return fmt.Errorf("poll-interval: %v is impolite; use at least 10s", c.PollInterval)
	}
	if c.Politeness < 0 {
		return fmt.Errorf("politeness: must not be negative")
	}
	if c.MaxFeedBytes <= 0 || c.MaxPageBytes <= 0 {
		return fmt.Errorf("max-feed-bytes, max-page-bytes: must be positive")
	}
	for i, t := range c.Tokens {
		if len(t) < 16 {
			return fmt.Errorf("tokens[%d]: a token needs at least 16 characters", i)
		}
	}
	if err := validateRoles(c.Roles, c.Queue); err != nil {
		return err
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		return fmt.Errorf("log-level: %q is not one of debug, info, warn, error", c.LogLevel)
	}
	return nil
}

// loadConfigFile reads a YAML configuration over c. Unknown keys are errors:
// a typo must not silently leave a default in place.
func loadConfigFile(path string, c *config) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("config: %w", err)
	}
	if err := parseConfig(b, c); err != nil {
		return fmt.Errorf("config %s: %w", path, err)
	}
	return nil
}

// parseConfig decodes YAML over c.
func parseConfig(b []byte, c *config) error {
	if err := yaml.NewDecoder(bytes.NewReader(b), yaml.DisallowUnknownField()).Decode(c); err != nil {
		return errors.New(yaml.FormatError(err, false, true))
	}
	return nil
}

// configFlags registers the settings a command exposes as flags, and returns
// a function that applies file, environment and flags in order once the
// flags are parsed.
func configFlags(fs *flag.FlagSet, e *env, names ...string) func() (config, error) {
	c := defaultConfig()
	file := fs.String("config", e.getenv("MARSAD_CONFIG"), "configuration file (YAML; env MARSAD_CONFIG)")
	flagVals := map[string]*string{}
	for _, n := range names {
		flagVals[n] = fs.String(n, "", settingHelp[n]+" (env "+envName(n)+")")
	}
	return func() (config, error) {
		if *file != "" {
			if err := loadConfigFile(*file, &c); err != nil {
				return c, err
			}
		}
		for _, n := range allSettings {
			if v := e.getenv(envName(n)); v != "" {
				if err := setSetting(&c, n, v); err != nil {
					return c, fmt.Errorf("%s: %w", envName(n), err)
				}
			}
		}
		set := map[string]bool{}
		fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
		for n, v := range flagVals {
			if set[n] {
				if err := setSetting(&c, n, *v); err != nil {
					return c, fmt.Errorf("--%s: %w", n, err)
				}
			}
		}
		if err := c.validate(); err != nil {
			return c, err
		}
		return c, nil
	}
}

func envName(setting string) string {
	return "MARSAD_" + strings.ToUpper(strings.ReplaceAll(setting, "-", "_"))
}

var allSettings = []string{"data", "addr", "store", "tokens", "workers", "feeds", "poll-interval", "politeness",
	"allow-private", "fetch-pages", "max-feed-bytes", "max-page-bytes", "user-agent", "log-level", "anonymous-read", "queue", "roles"}

var settingHelp = map[string]string{
	"data":           "data directory",
	"addr":           "HTTP listen address HOST:PORT",
	"store":          "store: empty for SQLite in the data directory, or a PostgreSQL DSN postgres://…",
	"tokens":         "comma-separated write tokens for the push API",
	"workers":        "analysis workers (0 = one per core)",
	"feeds":          "feed list file (YAML); empty = built-in Arabic outlets",
	"poll-interval":  "default interval between polls of one feed",
	"politeness":     "minimum delay between requests to one host",
	"allow-private":  "allow feeds on private or loopback addresses",
	"fetch-pages":    "fetch article pages for summary-only feed items",
	"max-feed-bytes": "size limit of one feed response",
	"max-page-bytes": "size limit of one article page",
	"user-agent":     "User-Agent of feed and page requests",
	"log-level":      "debug, info, warn or error",
	"queue":          "NATS URL of the JetStream work queue (nats://host:4222); empty = in-process",
	"roles":          "comma-separated roles of serve: ingest, process, api, alert (default all)",
	"anonymous-read": "let requests without a token read the API (default: true on a loopback addr, false otherwise)",
}

func setSetting(c *config, name, v string) error {
	var err error
	switch name {
	case "data":
		c.Data = v
	case "addr":
		c.Addr = v
	case "store":
		c.Store = v
	case "tokens":
		c.Tokens = nil
		for _, t := range strings.Split(v, ",") {
			if t = strings.TrimSpace(t); t != "" {
				c.Tokens = append(c.Tokens, t)
			}
		}
	case "workers":
		c.Workers, err = strconv.Atoi(v)
	case "feeds":
		c.Feeds = v
	case "poll-interval":
		c.PollInterval, err = time.ParseDuration(v)
	case "politeness":
		c.Politeness, err = time.ParseDuration(v)
	case "allow-private":
		c.AllowPrivate, err = strconv.ParseBool(v)
	case "fetch-pages":
		c.FetchPages, err = strconv.ParseBool(v)
	case "max-feed-bytes":
		c.MaxFeedBytes, err = strconv.ParseInt(v, 10, 64)
	case "max-page-bytes":
		c.MaxPageBytes, err = strconv.ParseInt(v, 10, 64)
	case "user-agent":
		c.UserAgent = v
	case "anonymous-read":
		var b bool
		if b, err = strconv.ParseBool(v); err == nil {
			c.AnonymousRead = &b
		}
	case "log-level":
		c.LogLevel = v
	case "queue":
		c.Queue = v
	case "roles":
		c.Roles = nil
		for _, r := range strings.Split(v, ",") {
			if r = strings.TrimSpace(r); r != "" {
				c.Roles = append(c.Roles, r)
			}
		}
	default:
		return fmt.Errorf("unknown setting %q", name)
	}
	if err != nil {
		return fmt.Errorf("%q: %w", v, err)
	}
	return nil
}

func isPostgresDSN(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// redactDSN hides a password in a DSN before it reaches an error or a log.
func redactDSN(s string) string {
	if u, err := url.Parse(s); err == nil && u.User != nil {
		if _, has := u.User.Password(); has {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
			return u.String()
		}
	}
	return s
}

// anonymousRead resolves the anonymous-read setting: as configured, else
// on only when the server listens on a loopback address.
func (c *config) anonymousRead() bool {
	if c.AnonymousRead != nil {
		return *c.AnonymousRead
	}
	host, _, err := net.SplitHostPort(c.Addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
