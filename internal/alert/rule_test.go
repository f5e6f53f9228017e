package alert

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad"
)

func testZones(t testing.TB) *Zones {
	t.Helper()
	z, err := DefaultZones()
	if err != nil {
		t.Fatalf("DefaultZones() error: %v", err)
	}
	return z
}

func TestGoodRuleFiles(t *testing.T) {
	zones := testZones(t)
	files, _ := filepath.Glob("testdata/rules/good/*.yaml")
	if len(files) == 0 {
		t.Fatal("no good fixtures")
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			f, err := ParseFile(path, zones)
			if err != nil {
				t.Fatalf("ParseFile(%s) error: %v", path, err)
			}
			if len(f.Rules) == 0 {
				t.Errorf("ParseFile(%s) has no rules", path)
			}
		})
	}
}

func TestBadRuleFiles(t *testing.T) {
	zones := testZones(t)
	files, _ := filepath.Glob("testdata/rules/bad/*.yaml")
	if len(files) < 10 {
		t.Fatalf("only %d bad fixtures", len(files))
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			first, _, _ := strings.Cut(string(b), "\n")
			want, found := strings.CutPrefix(first, "# want: ")
			if !found {
				t.Fatalf("%s: first line must be '# want: <error text>'", path)
			}
			_, err = Parse(b, zones)
			if err == nil {
				t.Fatalf("Parse(%s) = nil error, want %q", path, want)
			}
			if marsad.ErrorCode(err) != marsad.EINVALID {
				t.Errorf("Parse(%s) code = %s, want EINVALID", path, marsad.ErrorCode(err))
			}
			if !strings.Contains(err.Error(), want) {
				t.Errorf("Parse(%s) = %q, want it to contain %q", path, err, want)
			}
		})
	}
}

func TestZonesData(t *testing.T) {
	zones := testZones(t)
	for _, n := range []string{"iraq-syria-border", "syria-turkey-border", "syria-jordan-border", "syria-lebanon-border", "iraq-iran-border"} {
		if zones.Line(n) == nil {
			t.Errorf("zone %q missing", n)
		}
	}
	// Towns on or near a border, and towns far from it.
	tests := []struct {
		zone     string
		place    string
		lat, lon float64
		near     bool // within 20 km
	}{
		{"iraq-syria-border", "Albukamal", 34.453, 40.918, true},
		{"iraq-syria-border", "al-Qaim", 34.369, 41.094, true},
		{"iraq-syria-border", "Rabia", 36.803, 42.102, true},
		{"iraq-syria-border", "al-Yarubiyah", 36.815, 42.067, true},
		{"iraq-syria-border", "Baghuz", 34.46, 40.94, true},
		{"iraq-syria-border", "Deir ez-Zor", 35.336, 40.140, false},
		{"iraq-syria-border", "Baghdad", 33.315, 44.366, false},
		{"iraq-syria-border", "Mayadin", 35.019, 40.452, false},
		{"syria-turkey-border", "Jarablus", 36.817, 38.011, true},
		{"syria-turkey-border", "Tell Abyad", 36.697, 38.956, true},
		{"syria-turkey-border", "Qamishli", 37.052, 41.223, true},
		{"syria-turkey-border", "Aleppo", 36.202, 37.134, false},
		{"syria-jordan-border", "Daraa", 32.625, 36.106, true},
		{"syria-jordan-border", "Damascus", 33.513, 36.292, false},
		{"syria-lebanon-border", "Qusayr", 34.509, 36.579, true},
		{"syria-lebanon-border", "Homs", 34.731, 36.709, false},
		{"iraq-iran-border", "Khanaqin", 34.348, 45.391, true},
		{"iraq-iran-border", "al-Faw", 29.975, 48.472, true},
		{"iraq-iran-border", "Baghdad", 33.315, 44.366, false},
	}
	for _, tt := range tests {
		t.Run(tt.zone+"/"+tt.place, func(t *testing.T) {
			d := zones.Line(tt.zone).DistanceKm(tt.lat, tt.lon)
			if (d <= 20) != tt.near {
				t.Errorf("%s.DistanceKm(%s) = %.1f km, want near=%v", tt.zone, tt.place, d, tt.near)
			}
			// The bounding-box prefilter never drops a point within reach.
			for _, km := range []float64{5, 20, 60} {
				b := zones.Line(tt.zone).bounds(km)
				in := tt.lat >= b[0] && tt.lon >= b[1] && tt.lat <= b[2] && tt.lon <= b[3]
				if d <= km && !in {
					t.Errorf("%s.bounds(%g) excludes %s at %.1f km", tt.zone, km, tt.place, d)
				}
			}
		})
	}
}

func TestBadZones(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"one vertex", "zones:\n  - name: a\n    line: [[33, 36]]", "at least 2 vertices"},
		{"out of range", "zones:\n  - name: a\n    line: [[33, 36], [95, 36]]", "out of range"},
		{"jump", "zones:\n  - name: a\n    line: [[33, 36], [20, 36]]", "more than 400 km"},
		{"unknown field", "zones:\n  - name: a\n    points: []", "unknown field"},
		{"three numbers", "zones:\n  - name: a\n    line: [[33, 36, 1], [33.1, 36.1]]", "must be [lat, lon]"},
		{"tagged element", "zones:\n  - name: a\n    line:\n    - !x 0", "malformed YAML"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseZones([]byte(tt.yaml))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParseZones(%s) = %v, want error containing %q", tt.name, err, tt.want)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/rules/*/*.yaml")
	for _, p := range files {
		b, _ := os.ReadFile(p)
		f.Add(b)
	}
	zones := testZones(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		file, err := Parse(b, zones)
		if err != nil {
			if marsad.ErrorCode(err) != marsad.EINVALID {
				t.Fatalf("Parse error code = %s, want EINVALID: %v", marsad.ErrorCode(err), err)
			}
			return
		}
		rs := Compile(file, zones)
		ev := &marsad.Event{ID: "e", Type: "ASSAULT", Location: &marsad.Place{Lat: 34.4, Lon: 40.9, Precision: 1}}
		rs.Match(ev, &marsad.Article{ID: "a", Title: "عنوان", Text: "نص الخبر"})
	})
}

func FuzzParseZones(f *testing.F) {
	f.Add([]byte("zones:\n  - name: b\n    title: B\n    line:\n      - [37.1, 42.3]  # x\n      - [36.8, 42.0]"))
	f.Add([]byte("zones:\n  - name: a\n    line: [[33, 36], [33.1, 36.1]]"))
	f.Fuzz(func(t *testing.T, b []byte) {
		z, err := ParseZones(b)
		if err != nil {
			if marsad.ErrorCode(err) != marsad.EINVALID {
				t.Fatalf("ParseZones error code = %s, want EINVALID: %v", marsad.ErrorCode(err), err)
			}
			return
		}
		for _, n := range z.Names() {
			zn := z.Line(n)
			zn.DistanceKm(34.4, 40.9)
			zn.bounds(20)
		}
	})
}
