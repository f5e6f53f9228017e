package sqlite

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
)

// TestAreaPlans stores 2,400 events in three towns, one crowded (2,000,
// over the R*Tree bound of 1,000, so queries there walk the newest events)
// and two quiet ones (R*Tree fetch and sort), and pages through bbox and
// radius queries, alone and with other filters. Every answer must be the
// events an exhaustive check in Go finds, newest first, each once; and the
// R*Tree must hold exactly the located events after a re-analysis.
func TestAreaPlans(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	defer s.Close()
	towns := []struct {
		lat, lon float64
		n        int
	}{{36.2, 37.16, 2000}, {33.31, 44.36, 250}, {15.37, 44.19, 150}}
	rng := rand.New(rand.NewPCG(3, 4))
	day0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	type stored struct {
		ev  marsad.Event
		day string
	}
	var all []stored
	for ti, town := range towns {
		for a := 0; a < town.n/50; a++ {
			art := &marsad.Article{Source: "مصدر", URL: fmt.Sprintf("https://example.org/area/%d/%d", ti, a),
				Published: day0.AddDate(0, 0, rng.IntN(300)), Text: fmt.Sprintf("نص تجريبي للبلدة %d والمقال %d.", ti, a)}
			cluster.Prepare(art)
			if _, err := s.PutArticle(ctx, art); err != nil {
				t.Fatal(err)
			}
			an := &marsad.Analysis{ArticleID: art.ID}
			for i := range 50 {
				ev := marsad.Event{ID: fmt.Sprintf("%s-%d", art.ID, i), ArticleID: art.ID, Type: marsad.EventTypes[i%3],
					Evidence: []marsad.Span{{Start: 0, End: 3}}, Confidence: 0.5,
					Date: art.Published.AddDate(0, 0, -rng.IntN(3)).Format(time.DateOnly)}
				if i%10 != 9 { // one in ten has no place
					ev.Location = &marsad.Place{Name: "بلدة", Lat: town.lat + rng.Float64()*0.4 - 0.2, Lon: town.lon + rng.Float64()*0.4 - 0.2,
						Country: "SYR", Kind: marsad.KindCity, Precision: marsad.PrecisionPoint}
				}
				an.Events = append(an.Events, ev)
			}
			if err := s.PutAnalysis(ctx, an); err != nil {
				t.Fatal(err)
			}
			for _, ev := range an.Events {
				all = append(all, stored{ev, ev.Date})
			}
		}
	}
	// Re-analysing an article replaces its events: the R*Tree follows.
	last := all[len(all)-50:]
	an := &marsad.Analysis{ArticleID: last[0].ev.ArticleID}
	for _, st := range last {
		an.Events = append(an.Events, st.ev)
	}
	if err := s.PutAnalysis(ctx, an); err != nil {
		t.Fatal(err)
	}
	var inTree, located int
	if err := s.r.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM events_rtree), (SELECT count(*) FROM events WHERE lat IS NOT NULL)`).Scan(&inTree, &located); err != nil {
		t.Fatal(err)
	}
	if inTree != located || located != len(all)*9/10 {
		t.Fatalf("R*Tree holds %d events, %d located of %d stored; want every located one once", inTree, located, len(all))
	}

	haversine := func(lat1, lon1, lat2, lon2 float64) float64 {
		rad := math.Pi / 180
		h := math.Pow(math.Sin((lat2-lat1)*rad/2), 2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Pow(math.Sin((lon2-lon1)*rad/2), 2)
		return 2 * 6371.0088 * math.Asin(math.Min(1, math.Sqrt(h)))
	}
	for _, tc := range []struct {
		name   string
		q      marsad.EventQuery
		sparse bool // the plan: R*Tree fetch (true) or newest-first walk
	}{
		{"crowded bbox", marsad.EventQuery{BBox: &[4]float64{36.9, 35.9, 37.4, 36.5}}, false},
		{"crowded bbox, type", marsad.EventQuery{BBox: &[4]float64{36.9, 35.9, 37.4, 36.5}, Types: []string{marsad.EventTypes[1]}}, false},
		{"crowded radius, period", marsad.EventQuery{Near: &marsad.Circle{Lat: 36.2, Lon: 37.16, RadiusKm: 40},
			Since: day0.AddDate(0, 2, 0), Until: day0.AddDate(0, 5, 0)}, false},
		{"quiet bbox", marsad.EventQuery{BBox: &[4]float64{44, 33, 45, 34}}, true},
		{"quiet radius, period", marsad.EventQuery{Near: &marsad.Circle{Lat: 15.37, Lon: 44.19, RadiusKm: 30},
			Since: day0.AddDate(0, 1, 0), Until: day0.AddDate(0, 6, 0)}, true},
		{"two towns", marsad.EventQuery{BBox: &[4]float64{43, 10, 46, 35}, Country: "SYR"}, true},
		{"empty", marsad.EventQuery{BBox: &[4]float64{0, 0, 1, 1}}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			box, has := areaBox(tc.q)
			if !has {
				t.Fatal("no R*Tree box")
			}
			if sparse, err := s.sparseArea(ctx, box); err != nil || sparse != tc.sparse {
				t.Fatalf("sparseArea = %v, %v; want %v", sparse, err, tc.sparse)
			}
			var want []string
			matches := func(st stored) bool {
				p := st.ev.Location
				if p == nil || (len(tc.q.Types) > 0 && !slices.Contains(tc.q.Types, st.ev.Type)) {
					return false
				}
				if b := tc.q.BBox; b != nil && (p.Lat < b[1] || p.Lat > b[3] || p.Lon < b[0] || p.Lon > b[2]) {
					return false
				}
				if c := tc.q.Near; c != nil && haversine(c.Lat, c.Lon, p.Lat, p.Lon) > c.RadiusKm {
					return false
				}
				if !tc.q.Since.IsZero() && st.day < tc.q.Since.Format(time.DateOnly) {
					return false
				}
				return tc.q.Until.IsZero() || st.day < tc.q.Until.Format(time.DateOnly)
			}
			var exp []stored
			for _, st := range all {
				if matches(st) {
					exp = append(exp, st)
				}
			}
			slices.SortStableFunc(exp, func(a, b stored) int { return cmp.Compare(b.day, a.day) })
			for _, st := range exp {
				want = append(want, st.day+" "+st.ev.ID)
			}
			var got []string
			q := tc.q
			q.Limit = 97
			for range 100 {
				page, err := s.Events(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				for _, ev := range page.Events {
					got = append(got, ev.Date+" "+ev.ID)
				}
				if q.Cursor = page.Next; q.Cursor == "" {
					break
				}
			}
			// Same day: storage order, which Go does not know; compare per day.
			sortDays := func(xs []string) []string {
				ys := slices.Clone(xs)
				slices.SortStableFunc(ys, func(a, b string) int { return cmp.Compare(b[:10], a[:10]) })
				for i := 0; i < len(ys); {
					j := i
					for j < len(ys) && ys[j][:10] == ys[i][:10] {
						j++
					}
					slices.Sort(ys[i:j])
					i = j
				}
				return ys
			}
			if !slices.Equal(sortDays(got), sortDays(want)) || !slices.IsSortedFunc(got, func(a, b string) int { return cmp.Compare(b[:10], a[:10]) }) {
				t.Errorf("%d events, want %d (newest first, each once)", len(got), len(want))
			}
			if tc.name != "empty" && len(want) == 0 {
				t.Errorf("the case matches nothing: it tests nothing")
			}
		})
	}
}
