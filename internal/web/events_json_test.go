package web

import (
	"bytes"
	"context"
	"fmt"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
	"github.com/marsad/marsad/internal/store/sqlite"
)

// TestEventsJSONMatchesDecoded: the events list written from the stored
// JSON (jsonEventer) is byte for byte what encoding the decoded, corrected
// page writes, for filters, actors, pages, a corrected, a deleted and a
// newly matching event.
func TestEventsJSONMatchesDecoded(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "j.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	day0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	actors := []marsad.Actor{{ID: "A1", Name: "الفاعل الأول"}, {ID: "A2", Name: "الفاعل الثاني", Country: "IRQ"}, {Name: "جهة <غير> معروفة"}}
	var ids []string
	for a := range 12 {
		art := &marsad.Article{Source: fmt.Sprintf("مصدر %d", a%3), URL: fmt.Sprintf("https://example.org/j/%d", a),
			Published: day0.AddDate(0, 0, a), Text: fmt.Sprintf("نص تجريبي رقم %d عن أحداث اليوم.", a)}
		cluster.Prepare(art)
		if _, err := st.PutArticle(ctx, art); err != nil {
			t.Fatal(err)
		}
		an := &marsad.Analysis{ArticleID: art.ID}
		for i := range 5 {
			ev := marsad.Event{ID: fmt.Sprintf("%s-%d", art.ID, i), ArticleID: art.ID, Type: marsad.EventTypes[(a+i)%4],
				Mode: "other", Evidence: []marsad.Span{{Start: 0, End: 4}}, Confidence: 0.5 + float64(i)/10,
				Actor: &actors[i%3], Recipient: &actors[(i+1)%3]}
			if i != 4 {
				ev.Date = day0.AddDate(0, 0, a-i%2).Format(time.DateOnly)
				ev.Location = &marsad.Place{Name: "الموصل", Lat: 36.34, Lon: 43.13, Country: "IRQ", Kind: marsad.KindCity, Precision: marsad.PrecisionPoint}
			}
			an.Events = append(an.Events, ev)
			ids = append(ids, ev.ID)
		}
		if err := st.PutAnalysis(ctx, an); err != nil {
			t.Fatal(err)
		}
	}
	corrected := &marsad.Event{ID: ids[7], Type: "ASSAULT", Mode: "other", Date: "2026-01-05", Confidence: 0.9}
	if _, err := st.RecordChange(ctx, ids[7], "test", "recoded", corrected); err != nil {
		t.Fatal(err)
	}
	if _, err := st.RecordChange(ctx, ids[20], "test", "not an event", nil); err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{AnonymousRead: true}, Deps{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	if _, has := s.deps.Store.(jsonEventer); !has {
		t.Fatal("the SQLite store does not hand out stored JSON")
	}
	queries := []string{"", "limit=7", "type=ASSAULT", "type=" + marsad.EventTypes[1], "actor=A1", "actor=A2&limit=3",
		"actor=" + url.QueryEscape("جهة <غير> معروفة"), "country=IRQ", "min_confidence=0.7", "since=2026-01-04&until=2026-01-08",
		"bbox=43,36,44,37", "source=" + url.QueryEscape("مصدر 1")}
	for _, q := range queries {
		// Page through each query, comparing every page.
		cursor := ""
		for pages := 0; pages < 20; pages++ {
			target := "/api/v1/events?" + q
			if cursor != "" {
				target += "&cursor=" + url.QueryEscape(cursor)
			}
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
			eq, err := eventQuery(httptest.NewRequest("GET", target, nil), 100)
			if err != nil {
				t.Fatal(err)
			}
			page, err := s.store.Events(ctx, eq)
			if err != nil {
				t.Fatal(err)
			}
			want := httptest.NewRecorder()
			ok(want, page)
			if rec.Code != 200 || !bytes.Equal(rec.Body.Bytes(), want.Body.Bytes()) {
				t.Fatalf("GET %s = %d\n%s\nwant the decoded page\n%s", target, rec.Code, rec.Body, want.Body)
			}
			if rec.Header().Get("Content-Type") != want.Header().Get("Content-Type") {
				t.Errorf("GET %s: content type %q, want %q", target, rec.Header().Get("Content-Type"), want.Header().Get("Content-Type"))
			}
			if cursor = page.Next; cursor == "" {
				break
			}
		}
	}
}
