package alert

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad"
)

const matchRules = `
rules:
  - id: border
    types: [ASSAULT]
    places:
      - zone: {name: iraq-syria-border, within_km: 20}
  - id: us-military
    actors:
      - country: USA
        sector: MIL
        role: actor
  - id: sdf-target
    actors:
      - name: قسد
        role: recipient
  - id: drones
    keywords: [طائرة مسيرة]
  - id: confident-protest
    types: [PROTEST]
    min_confidence: 0.8
  - id: deir-province
    places:
      - province: SY-DZ
  - id: damascus-circle
    places:
      - near: {lat: 33.513, lon: 36.292, radius_km: 15}
  - id: iraq-box
    types: [ASSAULT, COERCE]
    modes: [aerial]
    places:
      - bbox: [38.7, 29.0, 48.6, 37.4]
  - id: with-aux
    types: [THREATEN]
    include_aux: true
`

func TestMatch(t *testing.T) {
	zones := testZones(t)
	f, err := Parse([]byte(matchRules), zones)
	if err != nil {
		t.Fatal(err)
	}
	rs := Compile(f, zones)
	albukamal := &marsad.Place{Name: "البوكمال", Lat: 34.453, Lon: 40.918, Country: "SYR", Admin1: "SY-DZ", Precision: 1, Kind: "city"}
	damascus := &marsad.Place{Name: "دمشق", Lat: 33.513, Lon: 36.292, Country: "SYR", Admin1: "SY-DI", Precision: 1, Kind: "city"}
	deirProvince := &marsad.Place{Name: "دير الزور", Lat: 35.33, Lon: 40.14, Country: "SYR", Admin1: "SY-DZ", GazID: "SY-DZ", Precision: 3, Kind: "province"}
	text := "قالت مصادر محلية إن طائرة مسيّرة قصفت موقعاً قرب البوكمال فجر اليوم."
	art := &marsad.Article{ID: "a1", Title: "قصف قرب الحدود", Text: text}
	us := &marsad.Actor{Name: "الجيش الأمريكي", Country: "USA", Sector: "MIL"}
	sdf := &marsad.Actor{ID: "SDF", Name: "قوات سوريا الديمقراطية", Aliases: []string{"قسد"}, Country: "SYR", Sector: "REB"}
	tests := []struct {
		name string
		ev   marsad.Event
		want []string
	}{
		{"border assault by drone", marsad.Event{Type: "ASSAULT", Mode: "aerial", Location: albukamal, Evidence: []marsad.Span{{Start: 0, End: 70}}, Confidence: 0.9},
			[]string{"border", "drones", "deir-province", "iraq-box"}},
		{"same but province only", marsad.Event{Type: "ASSAULT", Location: deirProvince, Confidence: 0.9},
			[]string{"deir-province"}},
		{"keyword outside evidence", marsad.Event{Type: "CONSULT", Evidence: []marsad.Span{{Start: 0, End: 20}}, Confidence: 0.9}, nil},
		{"us actor", marsad.Event{Type: "CONSULT", Actor: us, Confidence: 0.5}, []string{"us-military"}},
		{"us recipient only", marsad.Event{Type: "CONSULT", Recipient: us, Confidence: 0.5}, nil},
		{"sdf alias as recipient", marsad.Event{Type: "ASSAULT", Actor: us, Recipient: sdf, Confidence: 0.5}, []string{"us-military", "sdf-target"}},
		{"protest low confidence", marsad.Event{Type: "PROTEST", Location: damascus, Confidence: 0.5}, []string{"damascus-circle"}},
		{"protest high confidence", marsad.Event{Type: "PROTEST", Location: damascus, Confidence: 0.85}, []string{"confident-protest", "damascus-circle"}},
		{"negated assault", marsad.Event{Type: "ASSAULT", Aux: marsad.AuxNegated, Location: albukamal, Confidence: 0.9}, nil},
		{"future threat", marsad.Event{Type: "THREATEN", Aux: marsad.AuxFuture, Confidence: 0.9}, []string{"with-aux"}},
		{"ground assault in box", marsad.Event{Type: "ASSAULT", Mode: "ground", Location: damascus, Confidence: 0.9}, []string{"damascus-circle"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range rs.Match(&tt.ev, art) {
				got = append(got, r.ID)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Match(%s) mismatch (-want +got):\n%s", tt.name, diff)
			}
		})
	}
}

// BenchmarkMatch checks 200 rules against one event: the per-event cost of
// evaluation on the ingest path.
func BenchmarkMatch(b *testing.B) {
	zones := testZones(b)
	f, err := Parse([]byte(matchRules), zones)
	if err != nil {
		b.Fatal(err)
	}
	base := f.Rules
	f.Rules = nil
	for i := 0; len(f.Rules) < 200; i++ {
		for _, r := range base {
			r.ID = r.ID + "-" + string(rune('a'+i%26)) + string(rune('a'+i/26))
			f.Rules = append(f.Rules, r)
		}
	}
	rs := Compile(f, zones)
	art := &marsad.Article{ID: "a1", Title: "قصف قرب الحدود", Text: "قالت مصادر محلية إن طائرة مسيّرة قصفت موقعاً قرب البوكمال فجر اليوم."}
	ev := &marsad.Event{Type: "ASSAULT", Mode: "aerial", Evidence: []marsad.Span{{Start: 0, End: 70}}, Confidence: 0.9,
		Location: &marsad.Place{Lat: 34.453, Lon: 40.918, Country: "SYR", Admin1: "SY-DZ", Precision: 1}}
	b.ReportAllocs()
	for b.Loop() {
		rs.Match(ev, art)
	}
}
