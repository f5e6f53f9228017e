package cluster

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad"
)

func intp(n int) *int { return &n }

// Article pairs written by the Marsad team: two outlets' accounts of one
// happening (or of two), with the events the analyser codes from them.
func TestMergeEvents(t *testing.T) {
	day := time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)
	albukamal := &marsad.Place{Name: "البوكمال", Lat: 34.453, Lon: 40.918, Country: "SYR", Admin1: "SY-DZ", Precision: 1}
	qaim := &marsad.Place{Name: "القائم", Lat: 34.369, Lon: 41.094, Country: "IRQ", Admin1: "IQ-AN", Precision: 1}
	raqqa := &marsad.Place{Name: "الرقة", Lat: 35.95, Lon: 39.01, Country: "SYR", Admin1: "SY-RA", Precision: 1}
	art := func(id, source, story string, sim uint64, text string) *marsad.Article {
		return &marsad.Article{ID: id, Source: source, URL: "https://" + source + "/" + id, StoryID: story, SimHash: sim, Published: day, Text: text}
	}
	drone := func(id string, p *marsad.Place, date string, count *int, conf float64) marsad.Event {
		return marsad.Event{ID: id, Type: "ASSAULT", Mode: "aerial", Location: p, Date: date, Count: count, Confidence: conf,
			Recipient: &marsad.Actor{Name: "مسلحين", Country: "SYR"}}
	}
	a1 := art("a1", "enabbaladi.net", "s1", 0x00ff, "قُتل ثلاثة عناصر في قصف بطائرة مسيّرة قرب البوكمال فجر الجمعة.")
	a2 := art("a2", "aawsat.com", "s2", 0xff000000, "أعلنت مصادر أمنية مقتل أربعة مسلحين بغارة لطائرة مسيرة في محيط البوكمال والقائم.")
	a3 := art("a3", "alsumaria.tv", "s1", 0x00fe, "قُتل ثلاثة عناصر في قصف بطائرة مسيّرة قرب البوكمال فجر الجمعة. (نقلاً عن وكالات)")
	a4 := art("a4", "sana.sy", "s4", 0xabcdef00000, "قتل خمسة أشخاص بغارة على الرقة يوم الجمعة.")
	a5 := art("a5", "rudaw.net", "s5", 0x1234000000000, "قصفت مسيرة موقعاً قرب القائم يوم الأحد الماضي وقتلت مسلحين اثنين.")
	a6 := art("a6", "alquds.co.uk", "s6", 0xf0f0f0f00000, "قتلى بقصف قرب البوكمال: مصادر تتحدث عن عشرة قتلى.")
	reports := []Report{
		{drone("e1", albukamal, "2026-11-28", intp(3), 0.9), a1},
		{drone("e2", qaim, "2026-11-28", intp(4), 0.8), a2},      // 17 km away, other outlet, own wording
		{drone("e3", albukamal, "2026-11-28", intp(3), 0.9), a3}, // wire copy of a1 in another outlet
		{drone("e4", raqqa, "2026-11-28", intp(5), 0.9), a4},     // 220 km away: another happening
		{drone("e5", qaim, "2026-11-22", intp(2), 0.9), a5},      // a week earlier: another happening
		{drone("e6", albukamal, "2026-11-28", intp(10), 0.6), a6},
		{marsad.Event{ID: "e7", Type: "CONSULT", Location: albukamal, Date: "2026-11-28", Confidence: 0.5}, a1}, // other type
	}
	got := MergeEvents(reports)
	type summary struct {
		IDs         []string
		Independent int
		Count       int
	}
	var sums []summary
	for _, m := range got {
		s := summary{Independent: m.Independent}
		for _, src := range m.Sources {
			s.IDs = append(s.IDs, src.EventID)
		}
		if m.Event.Count != nil {
			s.Count = *m.Event.Count
		}
		sums = append(sums, s)
	}
	want := []summary{
		{IDs: []string{"e1", "e2", "e3", "e6"}, Independent: 3, Count: 4}, // counts 3, 4, 10 (a3 is a copy): median 4
		{IDs: []string{"e4"}, Independent: 1, Count: 5},
		{IDs: []string{"e5"}, Independent: 1, Count: 2},
		{IDs: []string{"e7"}, Independent: 1},
	}
	if diff := cmp.Diff(want, sums); diff != "" {
		t.Errorf("MergeEvents mismatch (-want +got):\n%s", diff)
	}
	if got[0].Event.ID != "e1" {
		t.Errorf("representative = %s, want the most confident report e1", got[0].Event.ID)
	}
}

func TestSameHappening(t *testing.T) {
	day := time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)
	p := func(lat, lon float64) *marsad.Place {
		return &marsad.Place{Lat: lat, Lon: lon, Country: "SYR", Precision: 1}
	}
	prov := &marsad.Place{Lat: 35.3, Lon: 40.1, Country: "SYR", Admin1: "SY-DZ", Precision: 3, Kind: "province"}
	us := &marsad.Actor{ID: "USA_MIL", Country: "USA", Sector: "MIL"}
	tr := &marsad.Actor{ID: "TUR_MIL", Country: "TUR", Sector: "MIL"}
	tests := []struct {
		name string
		a, b marsad.Event
		want bool
	}{
		{"same place and day", marsad.Event{Type: "ASSAULT", Location: p(34.45, 40.92), Date: "2026-11-28"}, marsad.Event{Type: "ASSAULT", Location: p(34.45, 40.92), Date: "2026-11-28"}, true},
		{"20 km, next day", marsad.Event{Type: "ASSAULT", Location: p(34.45, 40.92), Date: "2026-11-28"}, marsad.Event{Type: "ASSAULT", Location: p(34.37, 41.09), Date: "2026-11-29"}, true},
		{"40 km", marsad.Event{Type: "ASSAULT", Location: p(34.45, 40.92)}, marsad.Event{Type: "ASSAULT", Location: p(34.80, 40.92)}, false},
		{"two days apart", marsad.Event{Type: "ASSAULT", Location: p(34.45, 40.92), Date: "2026-11-26"}, marsad.Event{Type: "ASSAULT", Location: p(34.45, 40.92), Date: "2026-11-28"}, false},
		{"other type", marsad.Event{Type: "ASSAULT", Location: p(34.45, 40.92)}, marsad.Event{Type: "PROTEST", Location: p(34.45, 40.92)}, false},
		{"different attackers", marsad.Event{Type: "ASSAULT", Actor: us, Location: p(34.45, 40.92)}, marsad.Event{Type: "ASSAULT", Actor: tr, Location: p(34.45, 40.92)}, false},
		{"one attacker unknown, nothing shared", marsad.Event{Type: "ASSAULT", Actor: us, Location: p(34.45, 40.92)}, marsad.Event{Type: "ASSAULT", Location: p(34.45, 40.92)}, false},
		{"one attacker unknown, same target", marsad.Event{Type: "ASSAULT", Actor: us, Recipient: &marsad.Actor{Country: "SYR", Sector: "REB"}, Location: p(34.45, 40.92)},
			marsad.Event{Type: "ASSAULT", Recipient: &marsad.Actor{Name: "مسلحين", Sector: "REB"}, Location: p(34.45, 40.92)}, true},
		{"no participants on either side", marsad.Event{Type: "ASSAULT", Location: p(34.45, 40.92)}, marsad.Event{Type: "ASSAULT", Location: p(34.46, 40.93)}, true},
		{"no place", marsad.Event{Type: "ASSAULT"}, marsad.Event{Type: "ASSAULT"}, false},
		{"province and town in it", marsad.Event{Type: "ASSAULT", Location: prov}, marsad.Event{Type: "ASSAULT", Location: &marsad.Place{Lat: 34.45, Lon: 40.92, Country: "SYR", Admin1: "SY-DZ", Precision: 1}}, true},
		{"symmetric swapped", marsad.Event{Type: "CONSULT", Symmetric: true, Actor: us, Recipient: tr, Location: p(33.5, 36.3)}, marsad.Event{Type: "CONSULT", Actor: tr, Recipient: us, Location: p(33.5, 36.3)}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SameHappening(&tt.a, day, &tt.b, day); got != tt.want {
				t.Errorf("SameHappening(%s) = %v, want %v", tt.name, got, tt.want)
			}
		})
	}
}

func TestReconcileCounts(t *testing.T) {
	tests := []struct {
		in     []int
		want   int
		wantOK bool
	}{
		{nil, 0, false},
		{[]int{7}, 7, true},
		{[]int{5, 5}, 5, true},
		{[]int{12, 5}, 5, true},
		{[]int{3, 4, 10}, 4, true},
		{[]int{3, 4, 10, 12}, 4, true},
		{[]int{20, 20, 20, 100}, 20, true},
	}
	for _, tt := range tests {
		got, ok := ReconcileCounts(tt.in)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("ReconcileCounts(%v) = %d, %v, want %d, %v", tt.in, got, ok, tt.want, tt.wantOK)
		}
	}
}
