package coding

import (
	"context"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
	"github.com/marsad/marsad/internal/geo"
)

// datelinePlaces is benchPlaces that also reads datelines, as the binary's
// adapter does.
type datelinePlaces struct{ benchPlaces }

func (p datelinePlaces) ReadDateline(text string, toks []arabic.Token, ps []marsad.Place) (marsad.Span, []int, bool) {
	d, ok := p.r.ReadDateline(text, toks, ps)
	return d.Span, d.Places, ok
}

var _ DatelineReader = datelinePlaces{}

// TestDatelineLocation: the newsroom header says where a story was filed; an
// event is placed there only when its sentence names no place. Sentences
// written by the team.
func TestDatelineLocation(t *testing.T) {
	gaz, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	res, err := geo.NewResolver(gaz)
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name, text string
		typ        string
		want       string // location name; "" for none
		dateline   string // the doc's dateline with the reader
	}{
		{"header city is not the sentence's place",
			"دبي، الإمارات العربية المتحدة (CNN) -- هاجم مسلحون قافلة عسكرية في أفغانستان وقتلوا خمسة جنود.",
			"ASSAULT", "أفغانستان", "دبي"},
		{"agency header, town in the sentence",
			"بيروت (رويترز) - قصفت طائرات حربية بلدة في محافظة إدلب صباح الأحد.",
			"ASSAULT", "إدلب", "بيروت"},
		{"no place in the sentence: the dateline",
			"دمشق - اعتقلت قوات الأمن خمسة مطلوبين في حملة دهم فجر الأربعاء.",
			"COERCE", "دمشق", "دمشق"},
		{"a place opening a sentence is no dateline",
			"بيروت، التي شهدت احتجاجات واسعة، اعتقلت فيها الشرطة عشرات المحتجين أمس.",
			"COERCE", "بيروت", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			an, err := NewAnalyzer(Config{Places: datelinePlaces{benchPlaces{res}}})
			if err != nil {
				t.Fatal(err)
			}
			out, err := an.Analyze(context.Background(), &marsad.Article{ID: "d", Text: tc.text, Published: pub})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, e := range out.Events {
				if e.Type != tc.typ || e.Aux != "" {
					continue
				}
				found = true
				got := ""
				if e.Location != nil {
					got = e.Location.Name
				}
				if got != tc.want {
					t.Errorf("%s location = %q, want %q", tc.typ, got, tc.want)
				}
			}
			if !found {
				t.Fatalf("no %s event in %q: %+v", tc.typ, tc.text, out.Events)
			}
			d := newDoc(tc.text, pub, an.coder.lx, an.coder.cal)
			ps := res.Resolve(tc.text, d.toks, geo.Options{})
			d.setPlaces(ps)
			d.readDateline(datelinePlaces{benchPlaces{res}}, ps)
			got := ""
			if d.dateline != nil {
				got = d.dateline.Name
			}
			if got != tc.dateline {
				t.Errorf("dateline = %q, want %q", got, tc.dateline)
			}
			for _, p := range d.places {
				if p.header != (tc.dateline != "" && isHeaderName(p.Name)) {
					t.Errorf("place %q header = %v", p.Name, p.header)
				}
			}
		})
	}
}

// isHeaderName lists the place names the cases put in their headers.
func isHeaderName(n string) bool {
	switch n {
	case "دبي", "الإمارات العربية المتحدة", "بيروت", "دمشق":
		return true
	}
	return false
}
