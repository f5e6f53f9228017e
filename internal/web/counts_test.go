package web_test

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/store/sqlite"
	"github.com/marsad/marsad/internal/web"
)

// plainStore hides the store's optional capabilities, so the server
// counts page by page.
type plainStore struct{ marsad.Store }

// TestCountsSQLMatchesPaging checks the store's SQL aggregation against the
// server's page-by-page counting over the same 3,000 generated events.
func TestCountsSQLMatchesPaging(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	st, err := sqlite.Open(context.Background(), path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if err := bulkEvents(path, 3000); err != nil {
		t.Fatal(err)
	}
	st, err = sqlite.Open(context.Background(), path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	serve := func(s marsad.Store) string {
		srv, err := web.New(web.Config{AnonymousRead: true}, web.Deps{Store: s})
		if err != nil {
			t.Fatal(err)
		}
		ts := httptest.NewServer(srv)
		t.Cleanup(ts.Close)
		return ts.URL
	}
	sqlURL, pageURL := serve(st), serve(plainStore{st})
	for _, q := range []string{
		"by=day", "by=type", "by=country", "by=actor", "by=mode", "by=day,type", "by=type,actor",
		"by=type&country=SYR", "by=day&actor=ISIS&current=true", "by=country&type=ASSAULT,COERCE&min_confidence=0.8",
		"by=actor&since=2026-01-01&until=2026-02-01", "by=type&bbox=35,32,42,37.5",
	} {
		t.Run(q, func(t *testing.T) {
			get := func(base string) web.Counts {
				code, env := do(t, "GET", base+"/api/v1/events/counts?"+q, "", "")
				if code != 200 {
					t.Fatalf("%s: status %d %+v", q, code, env.Error)
				}
				var c web.Counts
				json.Unmarshal(env.Data, &c)
				return c
			}
			sqlC, pageC := get(sqlURL), get(pageURL)
			if len(pageC.Counts) == 0 {
				t.Fatalf("counts?%s is empty", q)
			}
			if diff := cmp.Diff(pageC, sqlC); diff != "" {
				t.Errorf("counts?%s: SQL differs from page-by-page (-paging +sql):\n%s", q, diff)
			}
		})
	}
}
