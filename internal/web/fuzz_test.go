package web_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// FuzzAPIInput sends arbitrary query strings to the read endpoints and
// arbitrary bodies to the correction endpoint: every answer must be the
// envelope with a 2xx or 4xx status, never a 500 or a panic.
func FuzzAPIInput(f *testing.F) {
	for _, s := range []string{"by=day,type", "by=actor&actor=ISIS", "type=AID&since=2026-01-01", "bbox=1,2,3,4", "near=33,44,5",
		"q=الحسكة", "by=", "limit=0", "cursor=%%%", `{"type":"PROTEST"}`, `{"confidence":7}`, `{"location":{"lat":"x"}}`, "[]"} {
		f.Add(s)
	}
	srv := newWebServer(f)
	ts := httptest.NewServer(srv)
	defer ts.Close()
	req, _ := http.NewRequest("POST", ts.URL+"/api/v1/articles", strings.NewReader(article1))
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		f.Fatal(err)
	}
	resp.Body.Close()
	resp, err = http.Get(ts.URL + "/api/v1/events")
	if err != nil {
		f.Fatal(err)
	}
	var page struct {
		Data struct{ Events []struct{ ID string } }
	}
	json.NewDecoder(resp.Body).Decode(&page)
	resp.Body.Close()
	if len(page.Data.Events) == 0 {
		f.Fatal("no event to correct")
	}
	eventID := page.Data.Events[0].ID
	f.Fuzz(func(t *testing.T, in string) {
		check := func(method, path, body string) {
			req, err := http.NewRequest(method, ts.URL+path, strings.NewReader(body))
			if err != nil {
				return // not a URL: the client refuses it before the server sees it
			}
			req.Header.Set("Authorization", "Bearer "+token)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				return
			}
			defer resp.Body.Close()
			if resp.StatusCode >= 500 {
				t.Errorf("%s %s (%q) = %d", method, path, body, resp.StatusCode)
			}
			if strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
				var env struct{ Status string }
				if err := json.NewDecoder(resp.Body).Decode(&env); err != nil || env.Status == "" {
					t.Errorf("%s %s: answer is not the envelope: %v", method, path, err)
				}
			}
		}
		q := url.PathEscape(in)
		check("GET", "/api/v1/events?"+in, "")
		check("GET", "/api/v1/events/counts?"+in, "")
		check("GET", "/api/v1/actors?q="+url.QueryEscape(in), "")
		check("GET", "/api/v1/places?q="+url.QueryEscape(in), "")
		check("GET", "/api/v1/actors/"+q, "")
		check("GET", "/api/v1/events/deletions?"+in, "")
		check("PATCH", "/api/v1/events/"+q, in)
		check("PATCH", "/api/v1/events/"+eventID, in)
	})
}
