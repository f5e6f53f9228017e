package alert

import (
	"context"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

func TestOnChange(t *testing.T) {
	c := &clock{t: time.Date(2026, 11, 29, 6, 0, 0, 0, time.UTC)}
	rs := rulesWithHook(t, "http://127.0.0.1:1/unused", "")
	m, err := New(Config{Now: c.now}, testZones(t), rs)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	ctx := context.Background()
	a1, an1 := report("a1", "enabbaladi.net", "s1", "2026-11-29", 34.453, 40.918, 1)
	a2, an2 := report("a2", "aawsat.com", "s2", "2026-11-29", 34.46, 40.93, 0xffff0000)
	m.OnStored(ctx, a1, an1)
	m.OnStored(ctx, a2, an2)
	if as := m.Alerts("border", StateFiring); len(as) != 1 || as[0].Sources != 2 {
		t.Fatalf("before changes: %d firing alerts, want 1 with 2 sources", len(as))
	}

	// A correction that keeps the event on the border replaces the report.
	fixed := an2.Events[0]
	fixed.Confidence = 0.95
	m.OnChange(ctx, a2, marsad.EventChange{EventID: fixed.ID, Action: marsad.ChangeCorrect, Event: &fixed})
	as := m.Alerts("border", StateFiring)
	if len(as) != 1 || len(as[0].Reports) != 2 || as[0].Reports[1].Event.Confidence != 0.95 {
		t.Fatalf("after correction in place: %+v, want one alert whose second report has confidence 0.95", as)
	}

	// A correction that moves the event to Damascus takes it out of the alert.
	moved := an2.Events[0]
	moved.Location = &marsad.Place{Name: "دمشق", Lat: 33.513, Lon: 36.292, Country: "SYR", Precision: 1}
	m.OnChange(ctx, a2, marsad.EventChange{EventID: moved.ID, Action: marsad.ChangeCorrect, Event: &moved})
	as = m.Alerts("border", StateFiring)
	if len(as) != 1 || len(as[0].Reports) != 1 || as[0].Sources != 1 {
		t.Fatalf("after moving a report away: %+v, want one alert with 1 report and 1 source", as)
	}

	// Deleting the last report resolves the alert.
	m.OnChange(ctx, a1, marsad.EventChange{EventID: an1.Events[0].ID, Action: marsad.ChangeDelete})
	if n := len(m.Alerts("border", StateResolved)); n != 1 {
		t.Errorf("after deleting the last report: %d resolved alerts, want 1", n)
	}

	// Moving the Damascus event back to the border raises a new alert.
	m.OnChange(ctx, a2, marsad.EventChange{EventID: fixed.ID, Action: marsad.ChangeCorrect, Event: &fixed})
	if n := len(m.Alerts("border", StateFiring)); n != 1 {
		t.Errorf("after correcting an event onto the border: %d firing alerts, want 1", n)
	}
}
