package feed

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad"
)

func TestStores(t *testing.T) {
	file, err := NewFileStore(filepath.Join(t.TempDir(), "feeds"))
	if err != nil {
		t.Fatal(err)
	}
	stores := map[string]StateStore{"memory": NewMemoryStore(), "file": file}
	for name, s := range stores {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			got, err := s.Load(ctx, "https://a.example/rss")
			if got != nil || err != nil {
				t.Fatalf("Load(unknown) = %+v, %v, want nil, nil", got, err)
			}
			want := &FeedState{
				URL: "https://a.example/rss", Title: "عنوان", ETag: `W/"x"`, LastModified: "Sat, 28 Nov 2026 12:00:00 GMT",
				LastFetch: time.Date(2026, 11, 29, 1, 2, 3, 0, time.UTC), NextPoll: time.Date(2026, 11, 29, 1, 7, 3, 0, time.UTC),
				Failures: 2, LastError: "boom", LastErrorCode: marsad.EUNAVAILABLE, ItemsSeen: 12, Seen: []string{"k1", "k2"},
			}
			if err := s.Save(ctx, want); err != nil {
				t.Fatal(err)
			}
			want.Seen[0] = "mutated after save"
			got, err = s.Load(ctx, want.URL)
			if err != nil {
				t.Fatal(err)
			}
			want.Seen[0] = "k1"
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Load() after Save() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFileStoreBadFiles(t *testing.T) {
	dir := t.TempDir()
	s, err := NewFileStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	const u = "https://a.example/rss"
	if err := s.Save(ctx, &FeedState{URL: u, ItemsSeen: 1}); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || strings.HasPrefix(entries[0].Name(), ".") {
		t.Fatalf("state directory holds %v, want exactly one state file and no temporary file", entries)
	}
	p := s.path(u)
	tests := []struct {
		name, content, wantErr string
	}{
		{"torn", `{"version": 1, "url": "https://a.exa`, "unreadable"},
		{"version", `{"version": 9, "url": "https://a.example/rss"}`, "version 9"},
		{"other feed", `{"version": 1, "url": "https://b.example/rss"}`, "belongs to"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := os.WriteFile(p, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := s.Load(ctx, u)
			if marsad.ErrorCode(err) != marsad.EINVALID || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Load(%s file) error = %v, want EINVALID containing %q", tt.name, err, tt.wantErr)
			}
		})
	}
	// A poller starts afresh over an unreadable state file instead of failing.
	cfg := testConfig(newTestClock(), FeedConfig{URL: u})
	if _, err := New(cfg, s, nil); err != nil {
		t.Errorf("New() over a corrupt state file = %v, want nil", err)
	}
	if _, err := NewFileStore(""); err == nil {
		t.Errorf("NewFileStore(\"\") error = nil, want EINVALID")
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name    string
		cfg     Config
		wantErr string
	}{
		{"empty is fine", Config{}, ""},
		{"good feed", Config{Feeds: []FeedConfig{{URL: "https://a.example/rss"}}}, ""},
		{"empty url", Config{Feeds: []FeedConfig{{Name: "x"}}}, "feed 1: empty URL"},
		{"blank url", Config{Feeds: []FeedConfig{{URL: "   "}}}, "empty URL"},
		{"file scheme", Config{Feeds: []FeedConfig{{URL: "file:///etc/passwd"}}}, "scheme must be http or https"},
		{"no host", Config{Feeds: []FeedConfig{{URL: "http:///rss"}}}, "has no host"},
		{"credentials", Config{Feeds: []FeedConfig{{URL: "https://u:p@a.example/rss"}}}, "credentials"},
		{"bad url", Config{Feeds: []FeedConfig{{URL: "http://a b/%zz"}}}, "does not parse"},
		{"negative feed interval", Config{Feeds: []FeedConfig{{URL: "https://a.example/", Interval: -time.Second}}}, "negative interval"},
		{"duplicate", Config{Feeds: []FeedConfig{{URL: "https://a.example/"}, {URL: "https://a.example/"}}}, "same URL as feed 1"},
		{"negative interval", Config{Interval: -1}, "negative interval"},
		{"negative delay", Config{PolitenessDelay: -1}, "negative politeness delay"},
		{"negative timeout", Config{Timeout: -1}, "negative timeout"},
		{"negative max feed", Config{MaxFeedBytes: -1}, "negative max feed bytes"},
		{"negative max page", Config{MaxPageBytes: -1}, "negative max page bytes"},
		{"negative backoff", Config{MaxBackoff: -1}, "negative max backoff"},
		{"negative seen", Config{MaxSeen: -1}, "negative max seen"},
		{"user agent newline", Config{UserAgent: "Marsad\r\nX-Evil: 1"}, "line break"},
		{"allow nets", Config{AllowNets: []string{"intranet"}}, "not a CIDR prefix"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cfg.Validate()
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			if err == nil || marsad.ErrorCode(err) != marsad.EINVALID || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Validate() = %v, want EINVALID containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestConfigDefaults(t *testing.T) {
	var c Config
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.Interval != 5*time.Minute || c.PolitenessDelay != 2*time.Second || c.MaxFeedBytes != 5<<20 ||
		c.MaxPageBytes != 10<<20 || c.MaxBackoff != 6*time.Hour || !strings.HasPrefix(c.UserAgent, "Marsad/") ||
		!strings.Contains(c.UserAgent, DefaultContactURL) || c.AllowPrivate {
		t.Errorf("Validate() defaults = %+v", c)
	}
}
