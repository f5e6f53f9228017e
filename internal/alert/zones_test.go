package alert

import (
	"sort"
	"strings"
	"testing"
)

func TestBorderZones(t *testing.T) {
	zones := testZones(t)
	n := 0
	for _, name := range zones.Names() {
		if strings.HasPrefix(name, "border:") {
			n++
		}
	}
	if n < 250 {
		t.Errorf("%d border zones, want every land border of the basemap (over 250)", n)
	}
	irqSyr := zones.Line("border:IRQ-SYR")
	if irqSyr == nil {
		t.Fatal(`Line("border:IRQ-SYR") = nil`)
	}
	for _, name := range []string{"border:SYR-IRQ", "border:irq-syr", "BORDER:Syr-Irq"} {
		if zones.Line(name) != irqSyr {
			t.Errorf("Line(%q) is not border:IRQ-SYR", name)
		}
	}
	for _, name := range []string{"border:SYR-TUR", "border:TUR-SYR", "border:IRN-IRQ", "border:JOR-SYR", "border:LBN-SYR"} {
		if zones.Line(name) == nil {
			t.Errorf("Line(%q) = nil, want a basemap border", name)
		}
	}
	for _, name := range []string{"border:IRQ-EGY", "border:IRQ-IRQ", "border:IRQ", "border:IRQ-SYRIA", "IRQ-SYR", "border:"} {
		if zones.Line(name) != nil {
			t.Errorf("Line(%q) = %v, want nil", name, zones.Line(name))
		}
	}
	tests := []struct {
		place    string
		lat, lon float64
		near     bool // within 20 km
	}{
		{"Albu Kamal", 34.453, 40.918, true},
		{"al-Qaim", 34.369, 41.094, true},
		{"Rabia", 36.803, 42.102, true},
		{"Baghdad", 33.315, 44.366, false},
		{"Deir ez-Zor", 35.336, 40.140, false},
	}
	for _, tt := range tests {
		d := irqSyr.DistanceKm(tt.lat, tt.lon)
		t.Logf("border:IRQ-SYR.DistanceKm(%s) = %.1f km", tt.place, d)
		if (d <= 20) != tt.near {
			t.Errorf("border:IRQ-SYR.DistanceKm(%s) = %.1f km, want near=%v", tt.place, d, tt.near)
		}
	}
	if d := irqSyr.DistanceKm(33.315, 44.366); d < 250 {
		t.Errorf("border:IRQ-SYR.DistanceKm(Baghdad) = %.1f km, want over 250", d)
	}
}

// TestAliasesFollowBasemap checks the old names measure the derived lines,
// and how far the hand-drawn Iraq–Syria line is from the derived one.
func TestAliasesFollowBasemap(t *testing.T) {
	zones := testZones(t)
	for alias, border := range map[string]string{"iraq-syria-border": "IRQ-SYR", "syria-turkey-border": "SYR-TUR", "syria-jordan-border": "JOR-SYR", "syria-lebanon-border": "LBN-SYR", "iraq-iran-border": "IRN-IRQ"} {
		a, b := zones.Line(alias), zones.Line("border:"+border)
		if a == nil || b == nil || a.Border != border {
			t.Fatalf("alias %s = %v, want border %s", alias, a, border)
		}
		if got, want := a.DistanceKm(35, 40), b.DistanceKm(35, 40); got != want {
			t.Errorf("%s.DistanceKm = %v, border:%s.DistanceKm = %v: the alias must measure the derived line", alias, got, border, want)
		}
	}
	hand := zones.Line("iraq-syria-border")
	derived := zones.Line("border:IRQ-SYR")
	handLine := &Zone{parts: [][][]float64{hand.Line}}
	var ds []float64
	for _, v := range hand.Line {
		ds = append(ds, derived.DistanceKm(v[0], v[1]))
	}
	back := 0.0
	for _, p := range derived.parts {
		for _, v := range p {
			back = max(back, handLine.DistanceKm(v[0], v[1]))
		}
	}
	sort.Float64s(ds)
	median, worst := ds[len(ds)/2], ds[len(ds)-1]
	t.Logf("Iraq–Syria hand-drawn → derived: median %.1f km, max %.1f km; derived → hand-drawn max %.1f km", median, worst, back)
	// The hand-drawn line has 12 vertices and cuts corners between them.
	if median > 4 || worst > 15 || back > 15 {
		t.Errorf("hand-drawn and derived Iraq–Syria lines differ: median %.1f km, max %.1f / %.1f km, want within 4 / 15 km", median, worst, back)
	}
}

func TestUnknownZoneError(t *testing.T) {
	zones := testZones(t)
	tests := []struct{ name, want, notWant string }{
		{"border:IRQ-EGY", "border:IRQ-SYR", "border:AFG-CHN"},
		{"iraq-kuwait", "iraq-syria-border", "border:AFG-CHN"},
		{"border:XXX-YYY", "border:AAA-BBB", "border:AFG-CHN"},
	}
	for _, tt := range tests {
		_, err := Parse([]byte("rules:\n  - id: a\n    places:\n      - zone: {name: \""+tt.name+"\", within_km: 20}\n"), zones)
		if err == nil {
			t.Errorf("Parse(zone %s) = nil error", tt.name)
			continue
		}
		msg := err.Error()
		t.Log(msg)
		if !strings.Contains(msg, `unknown zone "`+tt.name+`"`) || !strings.Contains(msg, tt.want) || strings.Contains(msg, tt.notWant) {
			t.Errorf("Parse(zone %s) = %q, want it to name the zone, contain %q and not %q", tt.name, msg, tt.want, tt.notWant)
		}
		if n := strings.Count(msg, ","); n > 13 {
			t.Errorf("Parse(zone %s) lists %d names: %q, want a few", tt.name, n+1, msg)
		}
	}
	if _, err := Parse([]byte("rules:\n  - id: a\n    places:\n      - zone: {name: \"border:SYR-IRQ\", within_km: 20}\n"), zones); err != nil {
		t.Errorf("Parse(zone border:SYR-IRQ) = %v", err)
	}
}

func TestBadBorderZones(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"not a pair", "zones:\n  - name: a\n    border: IRAQ", "two ISO 3166-1 alpha-3 codes"},
		{"no such border", "zones:\n  - name: a\n    border: EGY-IRQ", "no land border EGY-IRQ"},
		{"wrong check line", "zones:\n  - name: a\n    border: IRQ-SYR\n    line: [[33.3, 44.4], [33.4, 44.5]]", "km from the basemap border IRQ-SYR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseZones([]byte(tt.yaml))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParseZones(%s) = %v, want error containing %q", tt.name, err, tt.want)
			}
		})
	}
	for _, b := range []string{`{"borders": {"IRQ": [[1,2,3,4]]}}`, `{"borders": {"SYR-IRQ": [[1,2,3,4]]}}`, `{"borders": {"IRQ-SYR": [[1,2,3]]}}`, `{"borders": {"IRQ-SYR": [[95000,2,3,4]]}}`, `{"borders": [`} {
		if _, err := parseBorders([]byte(b)); err == nil {
			t.Errorf("parseBorders(%s) = nil error", b)
		}
	}
}

func BenchmarkBorderDistance(b *testing.B) {
	zones := testZones(b)
	for _, name := range []string{"border:IRQ-SYR", "border:CAN-USA"} {
		zn := zones.Line(name)
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				zn.DistanceKm(34.45, 40.92)
			}
		})
	}
}
