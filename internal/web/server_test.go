package web_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
	"github.com/marsad/marsad/internal/pipeline"
	"github.com/marsad/marsad/internal/source"
	"github.com/marsad/marsad/internal/store/sqlite"
	"github.com/marsad/marsad/internal/web"
)

const token = "test-token-0123456789abcdef"

// eventAnalyzer reports one AID event spanning the first sentence, so the
// tests see events flow from push to query without the full analysis chain.
type eventAnalyzer struct{}

func (eventAnalyzer) Analyze(_ context.Context, a *marsad.Article) (*marsad.Analysis, error) {
	end := strings.IndexRune(a.Text, '.')
	if end < 0 {
		end = len(a.Text)
	}
	return &marsad.Analysis{Events: []marsad.Event{{Type: "AID", Evidence: []marsad.Span{{Start: 0, End: len([]rune(a.Text[:end]))}}, Date: "2026-11-20", Confidence: 0.7}}}, nil
}

func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	ts := httptest.NewServer(newWebServer(t))
	t.Cleanup(ts.Close)
	return ts
}

func newWebServer(t testing.TB) *web.Server {
	t.Helper()
	return newWebServerWith(t, nil)
}

// newWebServerWith is newWebServer with an OnChange hook.
func newWebServerWith(t testing.TB, onChange func(context.Context, *marsad.Article, marsad.EventChange)) *web.Server {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "w.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	r, err := pipeline.New(pipeline.Config{Analyze: true}, pipeline.Deps{Store: st, Prepare: cluster.Prepare, Analyzer: eventAnalyzer{}})
	if err != nil {
		t.Fatal(err)
	}
	s, err := web.New(web.Config{WriteTokens: []string{token}, AnonymousRead: true}, web.Deps{Store: st, Tokens: st, Ingest: r.Process, Decode: source.DecodeJSON, OnChange: onChange})
	if err != nil {
		t.Fatal(err)
	}
	s.SetReady(true)
	return s
}

type envelope struct {
	Status string          `json:"status"`
	Data   json.RawMessage `json:"data"`
	Error  *struct{ Code, Message string }
}

func do(t *testing.T, method, url, tok, body string) (int, envelope) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var env envelope
	if strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		if err := json.Unmarshal(b, &env); err != nil {
			t.Fatalf("%s %s: body %q is not the envelope: %v", method, url, b, err)
		}
	}
	return resp.StatusCode, env
}

const article1 = `{"id":"t1","url":"https://example.org/1","title":"قافلة","published":"2026-11-20","text":"وصلت قافلة مساعدات إلى بلدة في ريف الحسكة. وقال مسؤول محلي إن القافلة تضم مواد غذائية."}`
const article2 = `{"id":"t2","url":"https://example.org/2","title":"مدرسة","published":"2026-11-21","text":"افتتحت مدرسة جديدة في مدينة الرقة بحضور مسؤولين محليين. وتستوعب المدرسة خمسمئة طالب."}`

func TestPushAndQuery(t *testing.T) {
	ts := newServer(t)
	code, env := do(t, "POST", ts.URL+"/api/v1/articles", token, article1+"\n"+article2+"\n{not json}\n"+`{"id":"t3","text":""}`)
	if code != 200 {
		t.Fatalf("push = %d %+v", code, env.Error)
	}
	var push struct {
		Results []struct {
			ID, Status string
			Events     int
			Rejection  *marsad.Rejection
		}
	}
	json.Unmarshal(env.Data, &push)
	if len(push.Results) != 4 || push.Results[0].Status != "stored" || push.Results[1].Status != "stored" ||
		push.Results[2].Status != "rejected" || push.Results[3].Status != "rejected" || push.Results[0].Events != 1 {
		t.Fatalf("push results = %+v", push.Results)
	}
	id := push.Results[0].ID

	// Visible at once: the article with its analysis, and the events.
	code, env = do(t, "GET", ts.URL+"/api/v1/articles/"+id, "", "")
	if code != 200 || !strings.Contains(string(env.Data), `"analysis"`) {
		t.Fatalf("get article = %d %s", code, env.Data)
	}
	code, env = do(t, "GET", ts.URL+"/api/v1/events?type=aid", "", "")
	var events marsad.EventPage
	json.Unmarshal(env.Data, &events)
	if code != 200 || len(events.Events) != 2 {
		t.Fatalf("events = %d, %d events; want 2", code, len(events.Events))
	}
	// Full-text search across clitics: «الحسكة» finds «الحسكة» inside «ريف الحسكة», «بالحسكة» variants.
	code, env = do(t, "GET", ts.URL+"/api/v1/articles?q=بالحسكه", "", "")
	var page marsad.ArticlePage
	json.Unmarshal(env.Data, &page)
	if code != 200 || len(page.Articles) != 1 || page.Articles[0].ID != id {
		t.Fatalf("search = %d %s", code, env.Data)
	}
	code, env = do(t, "GET", ts.URL+"/api/v1/stats", "", "")
	if code != 200 || !strings.Contains(string(env.Data), `"articles":2`) {
		t.Fatalf("stats = %d %s", code, env.Data)
	}
}

func TestErrors(t *testing.T) {
	ts := newServer(t)
	tests := []struct {
		name, method, path, tok, body string
		status                        int
		code                          string
	}{
		{"push without token", "POST", "/api/v1/articles", "", article1, 401, marsad.EUNAUTHORIZED},
		{"push with wrong token", "POST", "/api/v1/articles", "nope-nope-nope-nope", article1, 401, marsad.EUNAUTHORIZED},
		{"empty push", "POST", "/api/v1/articles", token, "\n\n", 400, marsad.EINVALID},
		{"missing article", "GET", "/api/v1/articles/nope", "", "", 404, marsad.ENOTFOUND},
		{"bad limit", "GET", "/api/v1/events?limit=0", "", "", 400, marsad.EINVALID},
		{"bad date", "GET", "/api/v1/events?since=yesterday", "", "", 400, marsad.EINVALID},
		{"bad confidence", "GET", "/api/v1/events?min_confidence=2", "", "", 400, marsad.EINVALID},
		{"unknown endpoint", "GET", "/api/v1/nothing", "", "", 404, marsad.ENOTFOUND},
		{"injection is data", "GET", "/api/v1/articles?q=" + "x%27%3B%20DROP%20TABLE%20articles%3B--", "", "", 200, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, env := do(t, tt.method, ts.URL+tt.path, tt.tok, tt.body)
			if status != tt.status {
				t.Fatalf("%s %s = %d, want %d (%+v)", tt.method, tt.path, status, tt.status, env.Error)
			}
			if tt.code != "" && (env.Error == nil || env.Error.Code != tt.code) {
				t.Errorf("%s %s error = %+v, want code %s", tt.method, tt.path, env.Error, tt.code)
			}
		})
	}
	// The store survived the injection attempt.
	if status, _ := do(t, "GET", ts.URL+"/api/v1/stats", "", ""); status != 200 {
		t.Fatalf("stats after injection attempt = %d", status)
	}
}

func TestHealth(t *testing.T) {
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "h.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s, _ := web.New(web.Config{}, web.Deps{Store: st})
	ts := httptest.NewServer(s)
	defer ts.Close()
	for _, ready := range []bool{false, true} {
		s.SetReady(ready)
		resp, err := http.Get(ts.URL + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if want := map[bool]int{false: 503, true: 200}[ready]; resp.StatusCode != want {
			t.Errorf("healthz (ready=%v) = %d, want %d", ready, resp.StatusCode, want)
		}
	}
}

func TestPushTooLarge(t *testing.T) {
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "l.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r, _ := pipeline.New(pipeline.Config{}, pipeline.Deps{Store: st, Prepare: cluster.Prepare})
	s, _ := web.New(web.Config{WriteTokens: []string{token}, MaxPushBytes: 1024}, web.Deps{Store: st, Ingest: r.Process, Decode: source.DecodeJSON})
	s.SetReady(true)
	ts := httptest.NewServer(s)
	defer ts.Close()
	status, env := do(t, "POST", ts.URL+"/api/v1/articles", token, strings.Repeat(article1+"\n", 20))
	if status != 413 || env.Error == nil || env.Error.Code != marsad.ETOOLARGE {
		t.Fatalf("push of 20 KB with a 1 KB limit = %d %+v, want 413 too_large", status, env.Error)
	}
}

func TestExportEndpoint(t *testing.T) {
	ts := newServer(t)
	if code, env := do(t, "POST", ts.URL+"/api/v1/articles", token, article1+"\n"+article2); code != 200 {
		t.Fatalf("push = %d %+v", code, env.Error)
	}
	for _, tt := range []struct {
		format, ctype, want string
	}{
		{"csv", "text/csv", "event_id,event_date"},
		{"jsonl", "application/x-ndjson", `"evidence_text"`},
		{"plover", "application/x-ndjson", `"quad_code":2`},
		{"geojson", "application/geo+json", `"FeatureCollection"`},
	} {
		resp, err := http.Get(ts.URL + "/api/v1/events/export?type=AID&format=" + tt.format)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), tt.ctype) || !strings.Contains(string(b), tt.want) {
			t.Errorf("export %s = %d %s %.200s", tt.format, resp.StatusCode, resp.Header.Get("Content-Type"), b)
		}
		if tt.format == "csv" && strings.Count(strings.TrimSpace(string(b)), "\n") != 2 {
			t.Errorf("csv export has %d rows, want a header and 2 events:\n%s", strings.Count(string(b), "\n"), b)
		}
	}
	for _, q := range []string{"format=xlsx", "bbox=1,2,3", "near=91,0,10", "bbox=10,10,0,0"} {
		if code, env := do(t, "GET", ts.URL+"/api/v1/events/export?"+q, "", ""); code != 400 || env.Error == nil || env.Error.Code != marsad.EINVALID {
			t.Errorf("export?%s = %d %+v, want 400 invalid", q, code, env.Error)
		}
	}
}

func TestMetrics(t *testing.T) {
	ts := newServer(t)
	do(t, "GET", ts.URL+"/api/v1/stats", "", "")
	resp, err := http.Get(ts.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), `marsad_http_requests_total{code="200",route="GET /api/v1/stats"} 1`) {
		t.Errorf("/metrics = %d\n%s", resp.StatusCode, b)
	}
}
