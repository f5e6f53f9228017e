package web_test

import (
	"context"
	"encoding/json"
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

// placeAnalyzer finds «الحسكة» as a place and codes one AID event from
// SYR_GOV to civilians there.
type placeAnalyzer struct{}

func (placeAnalyzer) Analyze(_ context.Context, a *marsad.Article) (*marsad.Analysis, error) {
	an := &marsad.Analysis{}
	r := []rune(a.Text)
	if i := strings.Index(a.Text, "الحسكة"); i >= 0 {
		start := len([]rune(a.Text[:i]))
		p := marsad.Place{Span: marsad.Span{Start: start, End: start + 6}, Name: "الحسكة", Lat: 36.5, Lon: 40.75, Country: "SYR", Kind: "city", Precision: 1}
		an.Places = append(an.Places, p)
		an.Events = append(an.Events, marsad.Event{Type: "AID", Evidence: []marsad.Span{{Start: 0, End: len(r)}}, Date: "2026-11-20", Confidence: 0.8,
			Actor: &marsad.Actor{ID: "SYR_GOV", Name: "الحكومة السورية", Country: "SYR"}, Recipient: &marsad.Actor{Name: "المدنيين", Sector: "CVL"}, Location: &p})
	}
	return an, nil
}

func TestActorsAndPlaces(t *testing.T) {
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "d.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r, err := pipeline.New(pipeline.Config{Analyze: true}, pipeline.Deps{Store: st, Prepare: cluster.Prepare, Analyzer: placeAnalyzer{}})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := web.New(web.Config{AnonymousRead: true, WriteTokens: []string{token}}, web.Deps{Store: st, Ingest: r.Process, Decode: source.DecodeJSON})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	if code, env := do(t, "POST", ts.URL+"/api/v1/articles", token, article1); code != 200 {
		t.Fatalf("push = %d %+v", code, env.Error)
	}
	tests := []struct {
		path, want string
		code       int
	}{
		{"/api/v1/actors?q=SYR", `"id":"SYR_GOV","events":1`, 200},
		{"/api/v1/actors?q=" + "المدني", `"name":"المدنيين","events":1`, 200},
		{"/api/v1/actors?q=", `"invalid"`, 400},
		{"/api/v1/places?q=" + "الحس", `"name":"الحسكة","country":"SYR","lat":36.5,"lon":40.75,"mentions":1`, 200},
		{"/api/v1/actors/SYR_GOV", `"counterparts":[{"key":["المدنيين"],"count":1}]`, 200},
		{"/api/v1/actors/SYR_GOV", `"by_type":[{"key":["AID"],"count":1}]`, 200},
		{"/api/v1/actors/NOBODY", `"not_found"`, 404},
	}
	for _, tc := range tests {
		code, env := do(t, "GET", ts.URL+tc.path, "", "")
		body, _ := json.Marshal(env)
		if code != tc.code || !strings.Contains(string(body), tc.want) {
			t.Errorf("GET %s = %d %s, want %d with %s", tc.path, code, body, tc.code, tc.want)
		}
	}
}
