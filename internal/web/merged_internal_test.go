package web

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
)

// canonical writes merged events as sorted strings: members, count and
// independent sources of each happening.
func canonical(ms []cluster.MergedEvent) []string {
	var out []string
	for _, m := range ms {
		var ids []string
		for _, s := range m.Sources {
			ids = append(ids, s.EventID)
		}
		c := "-"
		if m.Event.Count != nil {
			c = fmt.Sprint(*m.Event.Count)
		}
		out = append(out, fmt.Sprintf("%s rep=%s count=%s indep=%d", strings.Join(ids, ","), m.Event.ID, c, m.Independent))
	}
	sort.Strings(out)
	return out
}

// TestMergeBlocksSameAsMergeEvents checks on random report sets (types,
// aux, stories, places, dates a few days apart, missing dates and places)
// that splitting into blocks changes nothing.
func TestMergeBlocksSameAsMergeEvents(t *testing.T) {
	towns := []*marsad.Place{
		{Name: "a", Lat: 35.33, Lon: 40.14, Country: "SYR", Admin1: "x", Kind: marsad.KindCity, Precision: marsad.PrecisionPoint},
		{Name: "b", Lat: 35.40, Lon: 40.10, Country: "SYR", Admin1: "x", Kind: marsad.KindCity, Precision: marsad.PrecisionPoint},
		{Name: "c", Lat: 36.20, Lon: 37.13, Country: "SYR", Admin1: "y", Kind: marsad.KindCity, Precision: marsad.PrecisionPoint},
		{Name: "x", Lat: 35.0, Lon: 40.0, Country: "SYR", Admin1: "x", Kind: marsad.KindProvince, Precision: marsad.PrecisionProvince},
		nil,
	}
	types := []string{"ASSAULT", "PROTEST", "AID"}
	day0 := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	for seed := range uint64(1000) {
		rng := rand.New(rand.NewPCG(seed, 7))
		span := 1 + rng.IntN(30) // days the reports spread over
		n := 1 + rng.IntN(60)
		var arts []*marsad.Article
		for a := range 1 + rng.IntN(20) {
			art := &marsad.Article{ID: fmt.Sprintf("a%d", a), Source: fmt.Sprintf("o%d", rng.IntN(5)), SimHash: rng.Uint64()}
			if rng.IntN(4) > 0 {
				art.Published = day0.Add(time.Duration(rng.IntN(span*24)) * time.Hour)
			}
			if rng.IntN(3) == 0 {
				art.StoryID = fmt.Sprintf("s%d", rng.IntN(3))
			}
			arts = append(arts, art)
		}
		reports := make([]cluster.Report, n)
		for i := range reports {
			ev := marsad.Event{ID: fmt.Sprintf("e%d", i), Type: types[rng.IntN(len(types))], Location: towns[rng.IntN(len(towns))], Confidence: rng.Float64()}
			if rng.IntN(6) == 0 {
				ev.Aux = "historical"
			}
			switch rng.IntN(4) {
			case 0: // no date
			case 1:
				ev.Date = "2026-11" // month only: the publication day decides
			default:
				ev.Date = day0.AddDate(0, 0, rng.IntN(span)).Format("2006-01-02")
			}
			if rng.IntN(2) == 0 {
				c := 1 + rng.IntN(9)
				ev.Count = &c
			}
			if rng.IntN(10) > 0 {
				ev.ArticleID = arts[rng.IntN(len(arts))].ID
			}
			var art *marsad.Article
			for _, a := range arts {
				if a.ID == ev.ArticleID {
					art = a
				}
			}
			reports[i] = cluster.Report{Event: ev, Article: art}
		}
		sort.SliceStable(reports, func(i, j int) bool {
			return reportPublished(&reports[i]).Before(reportPublished(&reports[j]))
		})
		want := canonical(cluster.MergeEvents(reports))
		got := canonical(mergeBlocks(reports))
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("seed %d: mergeBlocks =\n%s\nwant (MergeEvents)\n%s", seed, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}
