package feed

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

func TestDefaultFeeds(t *testing.T) {
	fs, err := DefaultFeeds()
	if err != nil {
		t.Fatalf("DefaultFeeds() error = %v", err)
	}
	if len(fs) < 14 {
		t.Errorf("DefaultFeeds() has %d feeds, want at least 14", len(fs))
	}
	names := make(map[string]bool)
	for _, f := range fs {
		u, err := url.Parse(f.URL)
		if err != nil || u.Scheme != "https" || u.Host == "" {
			t.Errorf("feed %q: URL %q is not an absolute https URL", f.Name, f.URL)
		}
		if f.Name == "" || f.Lang != "ar" || f.Country == "" {
			t.Errorf("feed %s: name %q lang %q country %q, want all set and lang ar", f.URL, f.Name, f.Lang, f.Country)
		}
		if names[f.Name] {
			t.Errorf("feed name %q appears twice", f.Name)
		}
		names[f.Name] = true
	}
	// The defaults must also pass the poller's own validation.
	cfg := Config{Feeds: fs}
	if err := cfg.Validate(); err != nil {
		t.Errorf("Config{Feeds: DefaultFeeds()}.Validate() = %v", err)
	}
}

func TestParseFeedList(t *testing.T) {
	tests := []struct {
		name    string
		yaml    string
		want    []FeedConfig
		wantErr string
	}{
		{
			name: "ok",
			yaml: "version: 1\nfeeds:\n  - name: A\n    url: https://a.example/rss\n    country: EG\n    lang: ar\n    interval: 10m\n  - url: http://b.example/feed\n",
			want: []FeedConfig{
				{URL: "https://a.example/rss", Name: "A", Country: "EG", Lang: "ar", Interval: 10 * time.Minute},
				{URL: "http://b.example/feed"},
			},
		},
		{name: "bad yaml", yaml: "version: 1\nfeeds: [\n", wantErr: "malformed feed list"},
		{name: "unknown field", yaml: "version: 1\nfeeds:\n  - url: https://a.example/\n    colour: red\n", wantErr: "malformed feed list"},
		{name: "version", yaml: "version: 2\nfeeds:\n  - url: https://a.example/\n", wantErr: "version 2"},
		{name: "empty", yaml: "version: 1\nfeeds: []\n", wantErr: "no feeds"},
		{name: "empty url", yaml: "version: 1\nfeeds:\n  - name: x\n", wantErr: "empty URL"},
		{name: "ftp", yaml: "version: 1\nfeeds:\n  - url: ftp://a.example/rss\n", wantErr: "scheme must be http or https"},
		{name: "relative", yaml: "version: 1\nfeeds:\n  - url: /rss\n", wantErr: "scheme must be http or https"},
		{name: "duplicate", yaml: "version: 1\nfeeds:\n  - url: https://www.a.example/rss/\n  - url: https://a.example/rss\n", wantErr: "duplicates feed 1"},
		{name: "interval", yaml: "version: 1\nfeeds:\n  - url: https://a.example/\n    interval: -5m\n", wantErr: "not a positive duration"},
		{name: "country", yaml: "version: 1\nfeeds:\n  - url: https://a.example/\n    country: Egypt\n", wantErr: "country"},
		{name: "lang", yaml: "version: 1\nfeeds:\n  - url: https://a.example/\n    lang: Arabic\n", wantErr: "lang"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseFeedList([]byte(tt.yaml))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || marsad.ErrorCode(err) != marsad.EINVALID {
					t.Fatalf("ParseFeedList() error = %v, want EINVALID containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseFeedList() error = %v", err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("ParseFeedList() = %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("ParseFeedList()[%d] = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestLoadFeedsFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "feeds.yaml")
	if err := os.WriteFile(p, []byte("version: 1\nfeeds:\n  - name: Mine\n    url: https://mine.example/atom.xml\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := LoadFeedsFile(p)
	if err != nil || len(got) != 1 || got[0].Name != "Mine" {
		t.Fatalf("LoadFeedsFile() = %+v, %v, want one feed named Mine", got, err)
	}
	if _, err := LoadFeedsFile(filepath.Join(t.TempDir(), "missing.yaml")); err == nil {
		t.Errorf("LoadFeedsFile(missing) error = nil, want an error")
	}
}
