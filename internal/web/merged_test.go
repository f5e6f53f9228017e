package web_test

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
	"github.com/marsad/marsad/internal/pipeline"
	"github.com/marsad/marsad/internal/source"
	"github.com/marsad/marsad/internal/store/sqlite"
	"github.com/marsad/marsad/internal/web"
)

// mergeAnalyzer is a small deterministic analyzer for the merge tests: one
// event per article, typed by trigger words, placed by a two-town
// gazetteer, counted by the first number in the text and dated by the
// article's publication day. Enough for cluster.MergeEvents to decide.
type mergeAnalyzer struct{}

var testTowns = []marsad.Place{
	{Name: "دير الزور", Lat: 35.336, Lon: 40.141, Country: "SYR", Admin1: "دير الزور", Kind: marsad.KindCity, Precision: marsad.PrecisionPoint},
	{Name: "حلب", Lat: 36.202, Lon: 37.134, Country: "SYR", Admin1: "حلب", Kind: marsad.KindCity, Precision: marsad.PrecisionPoint},
}

func (mergeAnalyzer) Analyze(_ context.Context, a *marsad.Article) (*marsad.Analysis, error) {
	ev := marsad.Event{Type: "AID", Confidence: 0.6, Evidence: []marsad.Span{{Start: 0, End: len([]rune(a.Text))}}}
	if strings.Contains(a.Text, "هجوم") || strings.Contains(a.Text, "قصف") {
		ev.Type, ev.Confidence = "ASSAULT", 0.8
	}
	for i := range testTowns {
		if strings.Contains(a.Text, testTowns[i].Name) {
			p := testTowns[i]
			ev.Location = &p
			break
		}
	}
	if f := strings.FieldsFunc(a.Text, func(r rune) bool { return !unicode.IsDigit(r) }); len(f) > 0 {
		if n, err := strconv.Atoi(f[0]); err == nil {
			ev.Count = &n
		}
	}
	if !a.Published.IsZero() {
		ev.Date = a.Published.UTC().Format("2006-01-02")
	}
	return &marsad.Analysis{Events: []marsad.Event{ev}}, nil
}

func newMergeServer(t *testing.T) *httptest.Server { t.Helper(); return newMergeServerFor(t) }

// newMergeServerFor is a server whose pipeline runs mergeAnalyzer.
func newMergeServerFor(t testing.TB) *httptest.Server {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "m.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	r, err := pipeline.New(pipeline.Config{Analyze: true}, pipeline.Deps{Store: st, Prepare: cluster.Prepare, Analyzer: mergeAnalyzer{}})
	if err != nil {
		t.Fatal(err)
	}
	s, err := web.New(web.Config{WriteTokens: []string{token}, AnonymousRead: true}, web.Deps{Store: st, Ingest: r.Process, Decode: source.DecodeJSON})
	if err != nil {
		t.Fatal(err)
	}
	s.SetReady(true)
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts
}

// Two outlets report one attack in Deir ez-Zor in their own words and with
// different tolls; a third report is an attack in Aleppo the next day.
const (
	deirA  = `{"id":"m1","source":"الوطن","url":"https://alwatan.example/1","published":"2026-11-20T08:00:00Z","text":"هجوم مسلح على حاجز للجيش في مدينة دير الزور أسفر عن مقتل 5 عناصر، وفق مصدر عسكري."}`
	deirB  = `{"id":"m2","source":"العربية","url":"https://alarabiya.example/2","published":"2026-11-20T11:30:00Z","text":"قتل 7 أشخاص صباح اليوم في هجوم استهدف نقطة عسكرية على أطراف دير الزور، بحسب ناشطين محليين."}`
	aleppo = `{"id":"m3","source":"الوطن","url":"https://alwatan.example/3","published":"2026-11-21T09:00:00Z","text":"أصيب 2 من المدنيين في قصف طال حيا سكنيا في حلب مساء أمس."}`
)

type mergedEventJSON struct {
	ID                 string `json:"id"`
	Type               string `json:"type"`
	Count              *int   `json:"count"`
	IndependentSources int    `json:"independent_sources"`
	Sources            []struct {
		EventID   string `json:"event_id"`
		ArticleID string `json:"article_id"`
		Outlet    string `json:"outlet"`
		URL       string `json:"url"`
		Published string `json:"published"`
	} `json:"sources"`
	Location *marsad.Place `json:"location"`
}

type mergedPageJSON struct {
	Events []mergedEventJSON `json:"events"`
	Next   string            `json:"next"`
}

func getMerged(t *testing.T, url string) mergedPageJSON {
	t.Helper()
	code, env := do(t, "GET", url, "", "")
	if code != 200 {
		t.Fatalf("GET %s = %d %+v", url, code, env.Error)
	}
	var p mergedPageJSON
	if err := json.Unmarshal(env.Data, &p); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	return p
}

func TestMergedEvents(t *testing.T) {
	ts := newMergeServer(t)
	if code, env := do(t, "POST", ts.URL+"/api/v1/articles", token, deirA+"\n"+deirB+"\n"+aleppo); code != 200 {
		t.Fatalf("push = %d %+v", code, env.Error)
	}
	// Unmerged: one event per report.
	code, env := do(t, "GET", ts.URL+"/api/v1/events", "", "")
	var plain marsad.EventPage
	json.Unmarshal(env.Data, &plain)
	if code != 200 || len(plain.Events) != 3 {
		t.Fatalf("events = %d with %d events, want 3", code, len(plain.Events))
	}

	p := getMerged(t, ts.URL+"/api/v1/events?merged=true")
	if len(p.Events) != 2 || p.Next != "" {
		t.Fatalf("merged events = %d (next %q), want 2 happenings: %+v", len(p.Events), p.Next, p.Events)
	}
	// Newest first: Aleppo (21 November), then Deir ez-Zor (20 November).
	al, deir := p.Events[0], p.Events[1]
	if al.Location == nil || al.Location.Name != "حلب" || deir.Location == nil || deir.Location.Name != "دير الزور" {
		t.Fatalf("merged order = %+v, want Aleppo then Deir ez-Zor", p.Events)
	}
	if deir.IndependentSources != 2 || len(deir.Sources) != 2 {
		t.Errorf("Deir ez-Zor independent_sources = %d with %d sources, want 2 and 2", deir.IndependentSources, len(deir.Sources))
	}
	if deir.Count == nil || *deir.Count != 5 {
		t.Errorf("Deir ez-Zor count = %v, want 5 (the smaller of two independent tolls, 5 and 7)", deir.Count)
	}
	outlets := map[string]bool{}
	for _, s := range deir.Sources {
		outlets[s.Outlet] = true
		if s.EventID == "" || s.ArticleID == "" || s.URL == "" || s.Published == "" {
			t.Errorf("Deir ez-Zor source = %+v, want event id, article id, url and published", s)
		}
	}
	if !outlets["الوطن"] || !outlets["العربية"] {
		t.Errorf("Deir ez-Zor outlets = %v, want الوطن and العربية", outlets)
	}
	if al.IndependentSources != 1 || len(al.Sources) != 1 || al.Count == nil || *al.Count != 2 {
		t.Errorf("Aleppo = %d independent, %d sources, count %v; want 1, 1, 2", al.IndependentSources, len(al.Sources), al.Count)
	}

	// Filters still apply, and the offset cursor pages through the happenings.
	if p := getMerged(t, ts.URL+"/api/v1/events?merged=true&type=AID"); len(p.Events) != 0 {
		t.Errorf("merged type=AID = %d events, want 0", len(p.Events))
	}
	first := getMerged(t, ts.URL+"/api/v1/events?merged=true&limit=1")
	if len(first.Events) != 1 || first.Next == "" {
		t.Fatalf("merged limit=1 = %d events, next %q; want 1 and a next cursor", len(first.Events), first.Next)
	}
	second := getMerged(t, ts.URL+"/api/v1/events?merged=true&limit=1&cursor="+first.Next)
	if len(second.Events) != 1 || second.Next != "" || second.Events[0].ID != deir.ID {
		t.Fatalf("merged page 2 = %+v (next %q), want the Deir ez-Zor happening and no next", second.Events, second.Next)
	}

	for _, q := range []string{"merged=maybe", "merged=true&cursor=abc", "merged=true&cursor=-1"} {
		if code, env := do(t, "GET", ts.URL+"/api/v1/events?"+q, "", ""); code != 400 || env.Error == nil || env.Error.Code != marsad.EINVALID {
			t.Errorf("events?%s = %d %+v, want 400 invalid", q, code, env.Error)
		}
	}
}

// TestMergedCounts: with merged=true the counts endpoint counts happenings
// (the two Deir ez-Zor reports once), without it reports.
func TestMergedCounts(t *testing.T) {
	ts := newMergeServer(t)
	if code, env := do(t, "POST", ts.URL+"/api/v1/articles", token, deirA+"\n"+deirB+"\n"+aleppo); code != 200 {
		t.Fatalf("push = %d %+v", code, env.Error)
	}
	counts := func(q string) map[string]int {
		t.Helper()
		code, env := do(t, "GET", ts.URL+"/api/v1/events/counts?"+q, "", "")
		if code != 200 {
			t.Fatalf("counts?%s = %d %+v", q, code, env.Error)
		}
		var c web.Counts
		if err := json.Unmarshal(env.Data, &c); err != nil {
			t.Fatal(err)
		}
		out := map[string]int{}
		for _, n := range c.Counts {
			out[strings.Join(n.Key, "|")] = n.Count
		}
		return out
	}
	for _, tc := range []struct {
		q    string
		want map[string]int
	}{
		{"by=day,type", map[string]int{"2026-11-20|ASSAULT": 2, "2026-11-21|ASSAULT": 1}},
		{"by=day,type&merged=true", map[string]int{"2026-11-20|ASSAULT": 1, "2026-11-21|ASSAULT": 1}},
		{"by=type&merged=true&current=true", map[string]int{"ASSAULT": 2}},
		{"by=day&merged=false", map[string]int{"2026-11-20": 2, "2026-11-21": 1}},
	} {
		if got := counts(tc.q); !maps.Equal(got, tc.want) {
			t.Errorf("counts?%s = %v, want %v", tc.q, got, tc.want)
		}
	}
	if code, env := do(t, "GET", ts.URL+"/api/v1/events/counts?by=day&merged=maybe", "", ""); code != 400 || env.Error == nil || env.Error.Code != marsad.EINVALID {
		t.Errorf("counts?merged=maybe = %d %+v, want 400 invalid", code, env.Error)
	}
}

func TestMergedExport(t *testing.T) {
	ts := newMergeServer(t)
	if code, env := do(t, "POST", ts.URL+"/api/v1/articles", token, deirA+"\n"+deirB+"\n"+aleppo); code != 200 {
		t.Fatalf("push = %d %+v", code, env.Error)
	}
	get := func(q string) string {
		t.Helper()
		resp, err := http.Get(ts.URL + "/api/v1/events/export?" + q)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 {
			t.Fatalf("export?%s = %d %s", q, resp.StatusCode, b)
		}
		if h := resp.Header.Get("X-Marsad-Truncated"); h != "" {
			t.Errorf("export?%s X-Marsad-Truncated = %q, want none (3 events)", q, h)
		}
		return string(b)
	}
	rows, err := csv.NewReader(strings.NewReader(get("merged=true&format=csv"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("merged CSV = %d rows, want a header and 2 happenings: %v", len(rows), rows)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	si, ok1 := col["sources"]
	ii, ok2 := col["independent_sources"]
	if !ok1 || !ok2 {
		t.Fatalf("merged CSV header = %v, want sources and independent_sources", rows[0])
	}
	got := map[string][3]string{} // location → sources, independent, count
	for _, r := range rows[1:] {
		got[r[col["location"]]] = [3]string{r[si], r[ii], r[col["count"]]}
	}
	want := map[string][3]string{
		"دير الزور": {"الوطن | العربية", "2", "5"}, // sources in publication order
		"حلب":       {"الوطن", "1", "2"},
	}
	for loc, w := range want {
		if got[loc] != w {
			t.Errorf("merged CSV %s = %q, want %q", loc, got[loc], w)
		}
	}
	// The plain export keeps one row per report and no sources column.
	if plain := get("format=csv"); strings.Count(strings.TrimSpace(plain), "\n") != 3 || strings.Contains(strings.SplitN(plain, "\n", 2)[0], "sources") {
		t.Errorf("plain CSV export = %s, want a header and 3 rows without sources", plain)
	}
	jl := strings.Split(strings.TrimSpace(get("merged=true&format=jsonl")), "\n")
	if len(jl) != 2 || !strings.Contains(jl[1], `"independent_sources":2`) || !strings.Contains(jl[1], `"outlet":"العربية"`) {
		t.Errorf("merged JSONL = %q, want 2 lines, the second with 2 independent sources", jl)
	}
	for _, f := range []string{"plover", "geojson"} {
		if out := get("merged=true&format=" + f); !strings.Contains(out, `"independent_sources":2`) {
			t.Errorf("merged %s export lacks independent_sources: %.300s", f, out)
		}
	}
	if code, env := do(t, "GET", ts.URL+"/api/v1/events/export?merged=1x&format=csv", "", ""); code != 400 || env.Error == nil || env.Error.Code != marsad.EINVALID {
		t.Errorf("export?merged=1x = %d %+v, want 400 invalid", code, env.Error)
	}
}

// FuzzMergedQuery sends arbitrary query strings with merged=true to the
// list and export endpoints: every answer is a 2xx or 4xx, never a 500.
func FuzzMergedQuery(f *testing.F) {
	for _, s := range []string{"cursor=1", "cursor=-5", "cursor=99999999999999999999", "limit=1&cursor=0", "type=ASSAULT&since=2026-11-20",
		"format=csv", "format=geojson&bbox=30,30,45,40", "merged=false", "merged=yes"} {
		f.Add(s)
	}
	ts := newMergeServerFor(f)
	req, _ := http.NewRequest("POST", ts.URL+"/api/v1/articles", strings.NewReader(deirA+"\n"+deirB+"\n"+aleppo))
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		f.Fatal(err)
	}
	resp.Body.Close()
	f.Fuzz(func(t *testing.T, in string) {
		for _, path := range []string{"/api/v1/events?merged=true&", "/api/v1/events/export?merged=true&"} {
			resp, err := http.Get(ts.URL + path + in)
			if err != nil {
				continue // not a URL: the client refuses it before the server sees it
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode >= 500 {
				t.Errorf("GET %s%q = %d", path, in, resp.StatusCode)
			}
		}
	})
}
