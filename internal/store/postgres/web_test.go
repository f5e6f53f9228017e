package postgres_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
	"github.com/marsad/marsad/internal/store/postgres"
	"github.com/marsad/marsad/internal/web"
)

// The engine has what the API server asks of a store for tokens,
// corrections, counting and the actor and place directory.
var (
	_ web.TokenStore        = (*postgres.Store)(nil)
	_ web.EventCounter      = (*postgres.Store)(nil)
	_ marsad.EventCorrector = (*postgres.Store)(nil)
	_ marsad.Directory      = (*postgres.Store)(nil)
)

// A text written for this test.
const reportText = `قصفت طائرات حربية مواقع في ريف إدلب الجنوبي صباح الاثنين، وأعلنت فرق الدفاع المدني أنها انتشلت جثث ثلاثة أشخاص من تحت الأنقاض.
وفي السياق ذاته التقى وفد من الأمم المتحدة بمسؤولين محليين لبحث إدخال المساعدات إلى المخيمات القريبة من الحدود.`

func TestAPIOnPostgres(t *testing.T) {
	st := postgres.OpenTest(t)
	ctx := context.Background()
	a := &marsad.Article{Source: "wire", URL: "https://report.example/1", Text: reportText,
		Published: time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC), Lang: "ar"}
	cluster.Prepare(a)
	if _, err := st.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	idlib := &marsad.Place{Name: "إدلب", Lat: 35.93, Lon: 36.63, Country: "SYR"}
	an := &marsad.Analysis{ArticleID: a.ID, Places: []marsad.Place{*idlib}, Events: []marsad.Event{
		{ID: "ev1", Type: "ASSAULT", Mode: "aerial", Location: idlib, Date: "2026-11-23", Confidence: 0.9, Evidence: []marsad.Span{{Start: 0, End: 20}}},
		{ID: "ev2", Type: "CONSULT", Mode: "visit", Actor: &marsad.Actor{ID: "IGO-UN", Name: "الأمم المتحدة"}, Date: "2026-11-23", Confidence: 0.7, Evidence: []marsad.Span{{Start: 30, End: 50}}},
	}}
	if err := st.PutAnalysis(ctx, an); err != nil {
		t.Fatal(err)
	}
	srv, err := web.New(web.Config{}, web.Deps{Store: st, Tokens: st})
	if err != nil {
		t.Fatal(err)
	}
	srv.SetReady(true)
	editor, err := st.CreateToken(ctx, postgres.RoleEditor, "analyst")
	if err != nil {
		t.Fatal(err)
	}
	reader, err := st.CreateToken(ctx, postgres.RoleReader, "viewer")
	if err != nil {
		t.Fatal(err)
	}
	call := func(method, path, tok, body string, into any) int {
		t.Helper()
		req := httptest.NewRequest(method, path, strings.NewReader(body))
		if tok != "" {
			req.Header.Set("Authorization", "Bearer "+tok)
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if into != nil && rec.Code == http.StatusOK {
			env := struct {
				Data json.RawMessage `json:"data"`
			}{}
			if err := json.Unmarshal(rec.Body.Bytes(), &env); err != nil {
				t.Fatalf("%s %s: %v in %s", method, path, err, rec.Body)
			}
			if err := json.Unmarshal(env.Data, into); err != nil {
				t.Fatalf("%s %s: %v in %s", method, path, err, env.Data)
			}
		}
		return rec.Code
	}
	events := func() map[string]string {
		var page marsad.EventPage
		if code := call("GET", "/api/v1/events", reader, "", &page); code != http.StatusOK {
			t.Fatalf("GET events = %d", code)
		}
		out := map[string]string{}
		for _, e := range page.Events {
			out[e.ID] = e.Type
		}
		return out
	}

	if code := call("GET", "/api/v1/events", "msd_unknown", "", nil); code != http.StatusUnauthorized {
		t.Errorf("GET events with an unknown token = %d, want 401", code)
	}
	if code := call("PATCH", "/api/v1/events/ev1", reader, `{"type":"COERCE"}`, nil); code != http.StatusForbidden {
		t.Errorf("PATCH by a reader = %d, want 403", code)
	}
	var counts struct {
		Counts []marsad.EventCount `json:"counts"`
	}
	if code := call("GET", "/api/v1/events/counts?by=type", reader, "", &counts); code != http.StatusOK || len(counts.Counts) != 2 {
		t.Errorf("GET counts by type = %d, %+v, want 2 types", code, counts)
	}
	var ch marsad.EventChange
	if code := call("PATCH", "/api/v1/events/ev1", editor, `{"type":"COERCE","note":"a raid, not a strike"}`, &ch); code != http.StatusOK || ch.Action != marsad.ChangeCorrect || ch.Note != "a raid, not a strike" {
		t.Fatalf("PATCH ev1 = %d, %+v", code, ch)
	}
	if code := call("DELETE", "/api/v1/events/ev2?note=duplicate", editor, "", nil); code != http.StatusOK {
		t.Fatalf("DELETE ev2 = %d", code)
	}
	if got := events(); len(got) != 1 || got["ev1"] != "COERCE" {
		t.Errorf("events after the changes = %v, want ev1 corrected to COERCE and ev2 gone", got)
	}
	if code := call("GET", "/api/v1/events/counts?by=type", reader, "", &counts); code != http.StatusOK || len(counts.Counts) != 1 || counts.Counts[0].Key[0] != "COERCE" {
		t.Errorf("GET counts by type after the changes = %d, %+v, want COERCE only", code, counts)
	}
	// The directory counts stored events, as the SQLite engine's does.
	var actors struct {
		Actors []marsad.ActorHit `json:"actors"`
	}
	if code := call("GET", "/api/v1/actors?q=IGO", reader, "", &actors); code != http.StatusOK || len(actors.Actors) != 1 || actors.Actors[0].ID != "IGO-UN" || actors.Actors[0].Events != 1 {
		t.Errorf("GET actors?q=IGO = %d, %+v, want IGO-UN in 1 event", code, actors)
	}
	var places struct {
		Places []marsad.PlaceHit `json:"places"`
	}
	if code := call("GET", "/api/v1/places?q=%D8%A5%D8%AF", reader, "", &places); code != http.StatusOK || len(places.Places) != 1 || places.Places[0].Name != "إدلب" || places.Places[0].Mentions != 1 {
		t.Errorf("GET places?q=إد = %d, %+v, want إدلب mentioned once", code, places)
	}
	orig, err := st.OriginalEvent(ctx, "ev1")
	if err != nil || orig.Type != "ASSAULT" {
		t.Errorf("OriginalEvent(ev1) = %+v, %v, want the ASSAULT kept", orig, err)
	}
	hist, err := st.EventHistory(ctx, "ev1")
	if err != nil || len(hist) != 1 || !strings.HasPrefix(hist[0].Who, "token:") {
		t.Errorf("EventHistory(ev1) = %+v, %v, want one change by a token", hist, err)
	}
}
