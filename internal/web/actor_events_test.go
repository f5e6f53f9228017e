package web_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/store/sqlite"
)

// TestEventsByActorMatchesEvents pages through actor queries with the
// store's two plans and expects the same events in the same order.
func TestEventsByActorMatchesEvents(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.db")
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if err := bulkEvents(path, 3000); err != nil {
		t.Fatal(err)
	}
	st, err = sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	all := func(list func(context.Context, marsad.EventQuery) (marsad.EventPage, error), q marsad.EventQuery) []string {
		var ids []string
		for range 1000 {
			p, err := list(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range p.Events {
				ids = append(ids, e.ID)
			}
			if p.Next == "" {
				return ids
			}
			q.Cursor = p.Next
		}
		t.Fatal("paging did not end")
		return nil
	}
	for _, q := range []marsad.EventQuery{
		{Actor: "ISIS", Limit: 70},
		{Actor: "HAMAS", Types: []string{"ASSAULT", "COERCE"}, Limit: 10},
		{Actor: "SYR_GOV", Country: "SYR", Limit: 50},
		{Actor: "UN", MinConfidence: 0.9, Limit: 1000},
		{Actor: "NOBODY", Limit: 10},
	} {
		want, got := all(st.Events, q), all(st.EventsByActor, q)
		if q.Actor != "NOBODY" && len(want) == 0 {
			t.Errorf("Events(%+v) found nothing; the test needs events", q)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("EventsByActor(%+v) differs from Events (-Events +EventsByActor):\n%s", q, diff)
		}
	}
}
