package alert

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/geo"
)

//go:embed data/zones.yaml
var zonesYAML []byte

// bordersJSON holds every land border between two countries of the UI
// basemap, derived from it by TestBordersUpToDate (zones_borders_test.go).
//
//go:embed data/borders.json
var bordersJSON []byte

// Zone is a named line (a border) that rules draw strips along.
type Zone struct {
	Name    string      `yaml:"name" json:"name"`
	Title   string      `yaml:"title" json:"title"`
	TitleAr string      `yaml:"title_ar" json:"title_ar"`
	Border  string      `yaml:"border" json:"border,omitempty"` // e.g. IRQ-SYR: the zone is that derived border
	Line    [][]float64 `yaml:"line" json:"line"`               // [lat, lon] vertices; with Border only a check

	// parts are the polylines measured: Line, or the derived border's lines.
	parts [][][]float64
}

// Zones is the set of named lines: the zones of the zone file and one
// "border:AAA-BBB" zone for every land border of the basemap.
type Zones struct {
	byName  map[string]*Zone
	borders map[string]*Zone // "AAA-BBB" (sorted codes) → zone
}

// DefaultZones loads the embedded zone file and basemap borders.
func DefaultZones() (*Zones, error) { return ParseZones(zonesYAML) }

var (
	bordersOnce sync.Once
	borders     map[string]*Zone
	bordersErr  error
)

// loadBorders parses the embedded borders once; the zones are read-only.
func loadBorders() (map[string]*Zone, error) {
	bordersOnce.Do(func() { borders, bordersErr = parseBorders(bordersJSON) })
	return borders, bordersErr
}

// parseBorders reads borders.json: for each "AAA-BBB" pair, polylines of
// [lat, lon] pairs in thousandths of a degree.
func parseBorders(b []byte) (map[string]*Zone, error) {
	var f struct {
		Borders map[string][][]int `json:"borders"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("borders: %w", err)
	}
	out := make(map[string]*Zone, len(f.Borders))
	for k, lines := range f.Borders {
		a, c, ok := strings.Cut(k, "-")
		if !ok || !isISO3(a) || !isISO3(c) || a >= c {
			return nil, fmt.Errorf("borders: bad pair %q", k)
		}
		zn := &Zone{Name: "border:" + k, Title: a + "–" + c + " border", Border: k}
		for _, l := range lines {
			if len(l) < 4 || len(l)%2 != 0 {
				return nil, fmt.Errorf("borders %s: a line needs at least 2 [lat, lon] pairs", k)
			}
			part := make([][]float64, 0, len(l)/2)
			for i := 0; i < len(l); i += 2 {
				lat, lon := float64(l[i])/1000, float64(l[i+1])/1000
				if !validLatLon(lat, lon) {
					return nil, fmt.Errorf("borders %s: vertex %v out of range", k, []float64{lat, lon})
				}
				part = append(part, []float64{lat, lon})
			}
			zn.parts = append(zn.parts, part)
		}
		out[k] = zn
	}
	return out, nil
}

// borderKey turns "IRQ-SYR", "syr-irq" or "border:SYR-IRQ" into "IRQ-SYR".
func borderKey(s string) (string, bool) {
	s = strings.ToUpper(strings.TrimPrefix(strings.ToLower(s), "border:"))
	a, b, ok := strings.Cut(s, "-")
	if !ok || !isISO3(a) || !isISO3(b) {
		return "", false
	}
	if a > b {
		a, b = b, a
	}
	return a + "-" + b, true
}

// ParseZones reads a zone file. A zone either draws its own line or names a
// basemap border ("border: IRQ-SYR"); a border zone may keep a hand-drawn
// line as a check, which must lie within maxAliasKm of the derived border.
func ParseZones(b []byte) (*Zones, error) {
	bs, err := loadBorders()
	if err != nil {
		return nil, marsad.Errorf(marsad.EINTERNAL, "zones: %v", err)
	}
	var f struct {
		Zones []Zone `yaml:"zones"`
	}
	if err := decodeYAML(b, &f); err != nil {
		return nil, marsad.Errorf(marsad.EINVALID, "zones: %s", yamlMessage(err))
	}
	z := &Zones{byName: map[string]*Zone{}, borders: bs}
	for i := range f.Zones {
		zn := &f.Zones[i]
		if !idPattern.MatchString(zn.Name) {
			return nil, marsad.Errorf(marsad.EINVALID, "zones[%d]: bad name %q", i, zn.Name)
		}
		if z.byName[zn.Name] != nil {
			return nil, marsad.Errorf(marsad.EINVALID, "zones: duplicate %q", zn.Name)
		}
		var border *Zone
		if zn.Border != "" {
			k, ok := borderKey(zn.Border)
			if !ok {
				return nil, marsad.Errorf(marsad.EINVALID, "zone %s: border %q must be two ISO 3166-1 alpha-3 codes such as IRQ-SYR", zn.Name, zn.Border)
			}
			if border = bs[k]; border == nil {
				return nil, marsad.Errorf(marsad.EINVALID, "zone %s: the basemap has no land border %s", zn.Name, k)
			}
			zn.Border = k
			if len(zn.Line) == 0 {
				zn.parts = border.parts
				z.byName[zn.Name] = zn
				continue
			}
		}
		if len(zn.Line) < 2 {
			return nil, marsad.Errorf(marsad.EINVALID, "zone %s: a line needs at least 2 vertices", zn.Name)
		}
		for j, v := range zn.Line {
			if len(v) != 2 {
				return nil, marsad.Errorf(marsad.EINVALID, "zone %s: vertex %d must be [lat, lon]", zn.Name, j)
			}
			if !validLatLon(v[0], v[1]) {
				return nil, marsad.Errorf(marsad.EINVALID, "zone %s: vertex %d %v out of range", zn.Name, j, v)
			}
			if j > 0 && geo.Distance(zn.Line[j-1][0], zn.Line[j-1][1], v[0], v[1]) > 400 {
				return nil, marsad.Errorf(marsad.EINVALID, "zone %s: vertices %d and %d are more than 400 km apart", zn.Name, j-1, j)
			}
		}
		zn.parts = [][][]float64{zn.Line}
		if border != nil {
			for j, v := range zn.Line {
				if d := border.DistanceKm(v[0], v[1]); d > maxAliasKm {
					return nil, marsad.Errorf(marsad.EINVALID, "zone %s: vertex %d %v is %.1f km from the basemap border %s (at most %g)", zn.Name, j, v, d, zn.Border, maxAliasKm)
				}
			}
			zn.parts = border.parts
		}
		z.byName[zn.Name] = zn
	}
	return z, nil
}

// maxAliasKm is how far a hand-drawn check line may stray from the basemap
// border it stands for.
const maxAliasKm = 25.0

// Line returns the zone called name, or nil: a zone of the zone file, or
// "border:AAA-BBB" for a land border of the basemap (codes in either order,
// any case).
func (z *Zones) Line(name string) *Zone {
	if z == nil {
		return nil
	}
	if zn := z.byName[name]; zn != nil {
		return zn
	}
	if !strings.HasPrefix(strings.ToLower(name), "border:") {
		return nil
	}
	k, ok := borderKey(name)
	if !ok {
		return nil
	}
	return z.borders[k]
}

// Names lists the zone names, sorted: the zone file's, then every
// "border:AAA-BBB".
func (z *Zones) Names() []string {
	if z == nil {
		return nil
	}
	var out, bs []string
	for n := range z.byName {
		out = append(out, n)
	}
	for _, zn := range z.borders {
		bs = append(bs, zn.Name)
	}
	sort.Strings(out)
	sort.Strings(bs)
	return append(out, bs...)
}

// Suggest lists a few known zone names for an error about name: the borders
// of the countries it names, or the zone file's names and the border form.
func (z *Zones) Suggest(name string) string {
	if z == nil {
		return "none"
	}
	var out []string
	if k, ok := borderKey(name); ok {
		a, b, _ := strings.Cut(k, "-")
		for _, n := range z.Names() {
			if strings.HasPrefix(n, "border:") && (strings.Contains(n, a) || strings.Contains(n, b)) {
				out = append(out, n)
			}
		}
		if len(out) > 12 {
			out = append(out[:12], "…")
		}
		if len(out) > 0 {
			return strings.Join(out, ", ")
		}
	}
	for n := range z.byName {
		out = append(out, n)
	}
	sort.Strings(out)
	return strings.Join(append(out, "border:AAA-BBB for two neighbouring countries (ISO alpha-3, e.g. border:IRQ-SYR)"), ", ")
}

// DistanceKm is the distance in km from a point to the zone's line.
func (zn *Zone) DistanceKm(lat, lon float64) float64 {
	best := math.Inf(1)
	for _, p := range zn.parts {
		for i := 1; i < len(p); i++ {
			d := segmentDistance(lat, lon, p[i-1], p[i])
			if d < best {
				best = d
			}
		}
	}
	return best
}

// segmentDistance is the distance in km from a point to the segment a–b. It
// projects onto a plane tangent at the point (equirectangular), exact to well
// under 1% for segments of a few hundred km, and uses the great-circle
// distance to the nearest point found.
func segmentDistance(lat, lon float64, a, b []float64) float64 {
	k := math.Cos(lat * math.Pi / 180)
	ax, ay := (a[1]-lon)*k, a[0]-lat
	bx, by := (b[1]-lon)*k, b[0]-lat
	dx, dy := bx-ax, by-ay
	t := 0.0
	if l := dx*dx + dy*dy; l > 0 {
		t = -(ax*dx + ay*dy) / l
		t = math.Max(0, math.Min(1, t))
	}
	pLat := a[0] + t*(b[0]-a[0])
	pLon := a[1] + t*(b[1]-a[1])
	return geo.Distance(lat, lon, pLat, pLon)
}

// bounds is the zone's bounding box grown by km on every side (min_lat,
// min_lon, max_lat, max_lon): no point outside it is within km of the line.
func (zn *Zone) bounds(km float64) [4]float64 {
	b := [4]float64{90, 180, -90, -180}
	for _, p := range zn.parts {
		for _, v := range p {
			b[0], b[1] = math.Min(b[0], v[0]), math.Min(b[1], v[1])
			b[2], b[3] = math.Max(b[2], v[0]), math.Max(b[3], v[1])
		}
	}
	dLat := km / 110.5 // a degree of latitude is at least 110.5 km
	maxAbsLat := math.Min(89, math.Max(math.Abs(b[0]), math.Abs(b[2]))+dLat)
	dLon := km / (111.3 * math.Cos(maxAbsLat*math.Pi/180))
	return [4]float64{b[0] - dLat, b[1] - dLon, b[2] + dLat, b[3] + dLon}
}

func (zn *Zone) String() string {
	n := 0
	for _, p := range zn.parts {
		n += len(p)
	}
	return fmt.Sprintf("%s (%d vertices)", zn.Name, n)
}
