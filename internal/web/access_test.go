package web_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/cluster"
	"github.com/marsad/marsad/internal/pipeline"
	"github.com/marsad/marsad/internal/source"
	"github.com/marsad/marsad/internal/store/sqlite"
	"github.com/marsad/marsad/internal/web"
)

// TestAccessMatrix calls every endpoint of the route table as every role,
// with no token and with an unknown token, with anonymous reading off and
// on, and checks who is let in.
func TestAccessMatrix(t *testing.T) {
	for _, anon := range []bool{false, true} {
		ctx := context.Background()
		st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "a.db"), sqlite.Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		r, err := pipeline.New(pipeline.Config{Analyze: true}, pipeline.Deps{Store: st, Prepare: cluster.Prepare, Analyzer: eventAnalyzer{}})
		if err != nil {
			t.Fatal(err)
		}
		srv, err := web.New(web.Config{WriteTokens: []string{token}, AnonymousRead: anon},
			web.Deps{Store: st, Tokens: st, Ingest: r.Process, Decode: source.DecodeJSON})
		if err != nil {
			t.Fatal(err)
		}
		srv.SetReady(true)
		ts := httptest.NewServer(srv)
		t.Cleanup(ts.Close)

		callers := []struct {
			name, token string
			rank        int // -1: refused everywhere but public routes
		}{
			{"anonymous", "", 0},
			{"unknown-token", "msd_not-a-token", -1},
			{"static-editor", token, 2},
		}
		for i, role := range []string{web.RoleReader, web.RoleEditor, web.RoleAdmin} {
			tok, err := st.CreateToken(ctx, role, "matrix")
			if err != nil {
				t.Fatal(err)
			}
			callers = append(callers, struct {
				name, token string
				rank        int
			}{role, tok, i + 1})
		}
		need := map[string]int{web.RolePublic: 0, web.RoleReader: 1, web.RoleEditor: 2, web.RoleAdmin: 3}
		routes := srv.Routes()
		if len(routes) < 10 {
			t.Fatalf("Routes() lists %d endpoints; the table looks incomplete", len(routes))
		}
		for _, rt := range routes {
			if _, known := need[rt.Role]; !known {
				t.Errorf("%s %s: role %q is not one of public, reader, editor, admin", rt.Method, rt.Path, rt.Role)
				continue
			}
			path := strings.NewReplacer("{id}", "no-such-id").Replace(rt.Path)
			for _, c := range callers {
				var allowed bool
				switch {
				case rt.Role == web.RolePublic:
					allowed = true
				case c.rank < 0:
					allowed = false
				case c.token == "":
					allowed = anon && rt.Role == web.RoleReader
				default:
					allowed = c.rank >= need[rt.Role]
				}
				name := rt.Method + " " + rt.Path + " as " + c.name
				if anon {
					name += " (anonymous read on)"
				}
				t.Run(name, func(t *testing.T) {
					req, _ := http.NewRequest(rt.Method, ts.URL+path, strings.NewReader("{}"))
					if c.token != "" {
						req.Header.Set("Authorization", "Bearer "+c.token)
					}
					resp, err := http.DefaultClient.Do(req)
					if err != nil {
						t.Fatal(err)
					}
					resp.Body.Close()
					denied := resp.StatusCode == http.StatusUnauthorized || resp.StatusCode == http.StatusForbidden
					if allowed && denied {
						t.Errorf("status = %d, want access", resp.StatusCode)
					}
					if !allowed && !denied {
						t.Errorf("status = %d, want 401 or 403", resp.StatusCode)
					}
					if !allowed && c.token != "" && c.rank >= 0 && resp.StatusCode != http.StatusForbidden {
						t.Errorf("status = %d, want 403 for a valid token of a weaker role", resp.StatusCode)
					}
				})
			}
		}
	}
}
