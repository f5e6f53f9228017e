package web_test

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
	"github.com/marsad/marsad/internal/store/sqlite"
	"github.com/marsad/marsad/internal/web"
)

// TestUIProvinces stores four events: at a town, in Aleppo province (SY-HL,
// which the province basemap has), in a province code the basemap lacks,
// and in a country. In Chromium the town is a pin, Aleppo province is drawn
// as its province's polygon (path.ev-province) and the other two as circles;
// the province lines show at zoom 5 and 6 and not at 4.
func TestUIProvinces(t *testing.T) {
	ctx0 := context.Background()
	st, err := sqlite.Open(ctx0, filepath.Join(t.TempDir(), "p.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	art := &marsad.Article{Source: "مصدر", URL: "https://example.org/p/1", Published: time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC),
		Text: "نص تجريبي عن أحداث في أربعة أماكن من المنطقة."}
	cluster.Prepare(art)
	if _, err := st.PutArticle(ctx0, art); err != nil {
		t.Fatal(err)
	}
	places := []marsad.Place{
		{Name: "منبج", Lat: 36.53, Lon: 37.95, Country: "SYR", Admin1: "SY-HL", Kind: marsad.KindCity, Precision: marsad.PrecisionPoint},
		{Name: "محافظة حلب", Lat: 36.20, Lon: 37.13, Country: "SYR", Admin1: "SY-HL", Kind: marsad.KindProvince, GazID: "SY-HL", Precision: 3},
		{Name: "محافظة متخيلة", Lat: 35.0, Lon: 38.5, Country: "SYR", Admin1: "SY-XX", Kind: marsad.KindProvince, GazID: "SY-XX", Precision: 3},
		{Name: "العراق", Lat: 33.0, Lon: 44.0, Country: "IRQ", Kind: marsad.KindCountry, Precision: 3},
	}
	an := &marsad.Analysis{ArticleID: art.ID}
	for i := range places {
		an.Events = append(an.Events, marsad.Event{ID: art.ID + "-" + places[i].Name, ArticleID: art.ID, Type: "ASSAULT",
			Evidence: []marsad.Span{{Start: 0, End: 3}}, Date: "2026-11-20", Confidence: 0.8, Location: &places[i]})
	}
	if err := st.PutAnalysis(ctx0, an); err != nil {
		t.Fatal(err)
	}
	s, err := web.New(web.Config{AnonymousRead: true}, web.Deps{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	s.SetReady(true)
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)

	ctx := browser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS(`#events tbody tr[data-id]`))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.querySelectorAll('#map path.ev-area').length === 3`); err != nil {
		t.Fatalf("areas: %v (%d drawn)", err, eval[int](t, ctx, `document.querySelectorAll('#map path.ev-area').length`))
	}
	if got := eval[int](t, ctx, `document.querySelectorAll('#map path.ev-province').length`); got != 1 {
		t.Errorf("%d province polygons, want 1 (Aleppo province)", got)
	}
	// The polygon is the province's outline, not a circle (an arc path).
	if n := eval[int](t, ctx, `document.querySelector('#map path.ev-province').getAttribute('d').split(/[LM]/).length`); n < 20 {
		t.Errorf("province path has %d points, want an outline", n)
	}
	lines := `document.querySelectorAll('#map path.province-lines').length`
	for _, step := range []struct {
		button string
		want   int
	}{{"", 1}, {".leaflet-control-zoom-out", 0}, {".leaflet-control-zoom-in", 1}, {".leaflet-control-zoom-in", 1}} {
		if step.button != "" {
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(step.button))); err != nil {
				t.Fatal(err)
			}
		}
		if err := waitJS(ctx, lines+` === `+string(rune('0'+step.want))); err != nil {
			t.Errorf("after %q: province lines %d, want %d", step.button, eval[int](t, ctx, lines), step.want)
		}
	}
	screenshot(t, ctx, "ui-provinces.png")
}
