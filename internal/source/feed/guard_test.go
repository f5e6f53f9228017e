package feed

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/marsad/marsad"
)

func TestIsPublic(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"8.8.8.8", true},
		{"185.70.40.1", true},
		{"2a00:1450:4001:80e::200e", true},
		{"127.0.0.1", false},
		{"127.9.9.9", false},
		{"::1", false},
		{"10.1.2.3", false},
		{"172.16.0.1", false},
		{"172.31.255.255", false},
		{"192.168.1.1", false},
		{"169.254.169.254", false}, // cloud metadata
		{"fe80::1", false},
		{"fc00::1", false},
		{"fd12:3456::1", false},
		{"224.0.0.1", false},
		{"ff02::1", false},
		{"0.0.0.0", false},
		{"::", false},
		{"100.64.0.1", false},
		{"198.18.0.1", false},
		{"255.255.255.255", false},
		{"::ffff:127.0.0.1", false}, // IPv4-mapped loopback
		{"::ffff:8.8.8.8", true},    // IPv4-mapped public
		{"64:ff9b::a00:1", false},   // NAT64 of 10.0.0.1
		{"2002:c0a8:101::1", false}, // 6to4 of 192.168.1.1
		{"2002:808:808::1", true},   // 6to4 of 8.8.8.8
		{"64:ff9b::808:808", true},  // NAT64 of 8.8.8.8
		{"2001:db8::1", false},      // documentation
		{"172.32.0.1", true},        // just outside 172.16/12
		{"100.128.0.1", true},       // just outside 100.64/10
	}
	for _, tt := range tests {
		if got := isPublic(netip.MustParseAddr(tt.addr)); got != tt.want {
			t.Errorf("isPublic(%s) = %v, want %v", tt.addr, got, tt.want)
		}
	}
}

func TestGuardAllowNets(t *testing.T) {
	g, err := newGuard(false, []string{"10.1.2.0/24"})
	if err != nil {
		t.Fatal(err)
	}
	if err := g.check(netip.MustParseAddr("10.1.2.7")); err != nil {
		t.Errorf("check(10.1.2.7) with 10.1.2.0/24 allowed = %v, want nil", err)
	}
	if err := g.check(netip.MustParseAddr("10.1.3.7")); err == nil {
		t.Errorf("check(10.1.3.7) = nil, want refusal")
	}
	if _, err := newGuard(false, []string{"10.1.2.0"}); err == nil {
		t.Errorf("newGuard with a bare address = nil error, want EINVALID")
	}
}

// TestSSRFRefusesPrivateAddresses runs with AllowPrivate=false: loopback
// feeds are refused whether named by IP or by a hostname resolved at dial
// time, and a redirect from an allowed server to a private address is
// refused before any connection.
func TestSSRFRefusesPrivateAddresses(t *testing.T) {
	var hits atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Write(rssDoc("s", threeItems()...))
	})
	mux.HandleFunc("/to-metadata", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
	})
	mux.HandleFunc("/to-private", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://10.0.0.1/rss", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/to-gopher", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "gopher://127.0.0.1/", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	port := strconv.Itoa(srv.Listener.Addr().(*net.TCPAddr).Port)

	t.Run("loopback refused", func(t *testing.T) {
		hits.Store(0)
		for _, u := range []string{srv.URL + "/rss", "http://localhost:" + port + "/rss"} {
			cfg := testConfig(newTestClock(), FeedConfig{URL: u})
			cfg.AllowPrivate = false
			p := mustNew(t, cfg, nil)
			var c collector
			if err := p.PollOnce(context.Background(), c.emit); err != nil {
				t.Fatal(err)
			}
			st := statusOf(t, p, u)
			if st.LastErrorCode != marsad.EINVALID || !strings.Contains(st.LastError, "refusing to connect to non-public address") || len(c.titles()) != 0 {
				t.Errorf("poll %s with AllowPrivate=false: Status() = %+v, want a refusal", u, st)
			}
		}
		if hits.Load() != 0 {
			t.Errorf("server got %d requests, want 0", hits.Load())
		}
	})

	t.Run("redirects refused", func(t *testing.T) {
		feeds := []FeedConfig{{URL: srv.URL + "/to-metadata"}, {URL: srv.URL + "/to-private"}, {URL: srv.URL + "/to-gopher"}}
		cfg := testConfig(newTestClock(), feeds...)
		cfg.AllowPrivate = false
		cfg.AllowNets = []string{"127.0.0.1/32"} // the test server only
		p := mustNew(t, cfg, nil)
		if err := p.PollOnce(context.Background(), (&collector{}).emit); err != nil {
			t.Fatal(err)
		}
		wants := []string{"non-public address 169.254.169.254", "non-public address 10.0.0.1", "not an http(s) URL"}
		for i, f := range feeds {
			if st := statusOf(t, p, f.URL); !strings.Contains(st.LastError, wants[i]) {
				t.Errorf("poll %s: LastError = %q, want it to contain %q", f.URL, st.LastError, wants[i])
			}
		}
	})

	t.Run("allowed net reaches server", func(t *testing.T) {
		cfg := testConfig(newTestClock(), FeedConfig{URL: srv.URL + "/rss"})
		cfg.AllowPrivate = false
		cfg.AllowNets = []string{"127.0.0.0/8"}
		p := mustNew(t, cfg, nil)
		var c collector
		if err := p.PollOnce(context.Background(), c.emit); err != nil {
			t.Fatal(err)
		}
		if len(c.titles()) != 3 {
			t.Errorf("with 127.0.0.0/8 allowed: emitted %v (error %q), want 3 items", c.titles(), statusOf(t, p, srv.URL+"/rss").LastError)
		}
	})

	t.Run("article page on private address refused", func(t *testing.T) {
		page := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			hits.Add(1)
			w.Write([]byte("<html>secret</html>"))
		}))
		defer page.Close()
		hits.Store(0)
		feedSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Write(rssDoc("s", testItem{GUID: "p", Link: "http://[::1]:" + port + "/x", Title: "ص", Desc: "قصير"}))
		}))
		defer feedSrv.Close()
		cfg := testConfig(newTestClock(), FeedConfig{URL: feedSrv.URL})
		cfg.AllowPrivate = false
		cfg.AllowNets = []string{"127.0.0.1/32"}
		cfg.FetchPages = true
		p := mustNew(t, cfg, nil)
		var c collector
		if err := p.PollOnce(context.Background(), c.emit); err != nil {
			t.Fatal(err)
		}
		if len(c.items) != 1 || c.items[0].HTML != nil || c.items[0].Text != "قصير" || hits.Load() != 0 {
			t.Errorf("private article page: items %+v, page hits %d, want the summary only and no request", c.items, hits.Load())
		}
	})
}
