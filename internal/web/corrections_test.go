package web_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/marsad/marsad"
)

// TestCorrections corrects and then deletes an event: readers, counts and
// exports see the corrected version, the original and the change log are
// kept, and the deletions feed lists the removal.
func TestCorrections(t *testing.T) {
	ts := newServer(t)
	if code, env := do(t, "POST", ts.URL+"/api/v1/articles", token, article1+"\n"+article2); code != 200 {
		t.Fatalf("push = %d %+v", code, env.Error)
	}
	_, env := do(t, "GET", ts.URL+"/api/v1/events", "", "")
	var page marsad.EventPage
	json.Unmarshal(env.Data, &page)
	if len(page.Events) != 2 {
		t.Fatalf("events = %d, want 2", len(page.Events))
	}
	ev := page.Events[0]

	// Correct: AID → PROTEST with a note.
	code, env := do(t, "PATCH", ts.URL+"/api/v1/events/"+ev.ID, token, `{"type":"PROTEST","mode":"demonstrate","note":"misread trigger","id":"forged","evidence":[]}`)
	if code != 200 {
		t.Fatalf("PATCH = %d %+v", code, env.Error)
	}
	count := func(query string) int {
		t.Helper()
		_, env := do(t, "GET", ts.URL+"/api/v1/events?"+query, "", "")
		var p marsad.EventPage
		json.Unmarshal(env.Data, &p)
		return len(p.Events)
	}
	if got := count("type=PROTEST"); got != 1 {
		t.Errorf("events?type=PROTEST = %d, want the corrected event", got)
	}
	if got := count("type=AID"); got != 1 {
		t.Errorf("events?type=AID = %d, want 1 (the corrected event no longer matches)", got)
	}
	_, env = do(t, "GET", ts.URL+"/api/v1/events/"+ev.ID, "", "")
	var d struct {
		Event, Original *marsad.Event
		Changes         []marsad.EventChange
	}
	json.Unmarshal(env.Data, &d)
	if d.Event == nil || d.Event.Type != "PROTEST" || d.Event.ID != ev.ID || len(d.Event.Evidence) != 1 {
		t.Errorf("corrected event = %+v, want PROTEST with the original id and evidence", d.Event)
	}
	if d.Original == nil || d.Original.Type != "AID" {
		t.Errorf("original = %+v, want the AID coding kept", d.Original)
	}
	if len(d.Changes) != 1 || d.Changes[0].Who == "" || d.Changes[0].Note != "misread trigger" || d.Changes[0].At.IsZero() {
		t.Errorf("changes = %+v, want one with who, when and the note", d.Changes)
	}
	resp, err := http.Get(ts.URL + "/api/v1/events/export?format=jsonl")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), `"PROTEST"`) {
		t.Errorf("export does not carry the corrected event:\n%s", b)
	}
	_, env = do(t, "GET", ts.URL+"/api/v1/events/counts?by=type", "", "")
	if !strings.Contains(string(env.Data), `"key":["PROTEST"],"count":1`) {
		t.Errorf("counts by type = %s, want PROTEST counted once", env.Data)
	}

	// Bad corrections are refused.
	if code, _ := do(t, "PATCH", ts.URL+"/api/v1/events/"+ev.ID, token, `{"type":"PARTY"}`); code != 400 {
		t.Errorf("PATCH type PARTY = %d, want 400", code)
	}
	if code, _ := do(t, "PATCH", ts.URL+"/api/v1/events/no-such-event", token, `{"type":"AID"}`); code != 404 {
		t.Errorf("PATCH unknown event = %d, want 404", code)
	}

	// Delete: gone from lists and the article view, listed in the feed.
	if code, env := do(t, "DELETE", ts.URL+"/api/v1/events/"+ev.ID+"?note=duplicate", token, ""); code != 200 {
		t.Fatalf("DELETE = %d %+v", code, env.Error)
	}
	if got := count(""); got != 1 {
		t.Errorf("events after delete = %d, want 1", got)
	}
	_, env = do(t, "GET", ts.URL+"/api/v1/articles/"+ev.ArticleID, "", "")
	if strings.Contains(string(env.Data), ev.ID) {
		t.Errorf("article view still shows the deleted event %s", ev.ID)
	}
	_, env = do(t, "GET", ts.URL+"/api/v1/events/deletions", "", "")
	var feed struct{ Deletions []marsad.EventChange }
	json.Unmarshal(env.Data, &feed)
	if len(feed.Deletions) != 1 || feed.Deletions[0].EventID != ev.ID || feed.Deletions[0].Note != "duplicate" {
		t.Errorf("deletions feed = %+v, want the deleted event", feed.Deletions)
	}
	if code, _ := do(t, "DELETE", ts.URL+"/api/v1/events/"+ev.ID, token, ""); code != 404 {
		t.Errorf("second DELETE = %d, want 404", code)
	}
}

// TestCorrectionsNotify checks that every recorded correction and deletion
// reaches Deps.OnChange with the event's article (the alerts hook).
func TestCorrectionsNotify(t *testing.T) {
	var got []string
	ts := httptest.NewServer(newWebServerWith(t, func(_ context.Context, a *marsad.Article, ch marsad.EventChange) {
		got = append(got, ch.Action+":"+a.ExternalID)
	}))
	defer ts.Close()
	if code, env := do(t, "POST", ts.URL+"/api/v1/articles", token, article1); code != 200 {
		t.Fatalf("push = %d %+v", code, env.Error)
	}
	_, env := do(t, "GET", ts.URL+"/api/v1/events", "", "")
	var page marsad.EventPage
	json.Unmarshal(env.Data, &page)
	if len(page.Events) != 1 {
		t.Fatalf("events = %d, want 1", len(page.Events))
	}
	id := page.Events[0].ID
	if code, env := do(t, "PATCH", ts.URL+"/api/v1/events/"+id, token, `{"type":"PROTEST"}`); code != 200 {
		t.Fatalf("PATCH = %d %+v", code, env.Error)
	}
	if code, env := do(t, "DELETE", ts.URL+"/api/v1/events/"+id, token, ""); code != 200 {
		t.Fatalf("DELETE = %d %+v", code, env.Error)
	}
	if strings.Join(got, ",") != "correct:t1,delete:t1" {
		t.Errorf("OnChange calls = %v, want a correction then a deletion of t1", got)
	}
}
