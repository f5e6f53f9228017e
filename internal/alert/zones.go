package alert

import (
	_ "embed"
	"fmt"
	"math"
	"sort"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/geo"
)

//go:embed data/zones.yaml
var zonesYAML []byte

// Zone is a named line (a border) that rules draw strips along.
type Zone struct {
	Name    string      `yaml:"name" json:"name"`
	Title   string      `yaml:"title" json:"title"`
	TitleAr string      `yaml:"title_ar" json:"title_ar"`
	Line    [][]float64 `yaml:"line" json:"line"` // [lat, lon] vertices
}

// Zones is the set of named lines.
type Zones struct {
	byName map[string]*Zone
}

// DefaultZones loads the embedded border lines.
func DefaultZones() (*Zones, error) { return ParseZones(zonesYAML) }

// ParseZones reads a zone file.
func ParseZones(b []byte) (*Zones, error) {
	var f struct {
		Zones []Zone `yaml:"zones"`
	}
	if err := decodeYAML(b, &f); err != nil {
		return nil, marsad.Errorf(marsad.EINVALID, "zones: %s", yamlMessage(err))
	}
	z := &Zones{byName: map[string]*Zone{}}
	for i := range f.Zones {
		zn := &f.Zones[i]
		if !idPattern.MatchString(zn.Name) {
			return nil, marsad.Errorf(marsad.EINVALID, "zones[%d]: bad name %q", i, zn.Name)
		}
		if z.byName[zn.Name] != nil {
			return nil, marsad.Errorf(marsad.EINVALID, "zones: duplicate %q", zn.Name)
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
		z.byName[zn.Name] = zn
	}
	return z, nil
}

// Line returns the zone called name, or nil.
func (z *Zones) Line(name string) *Zone {
	if z == nil {
		return nil
	}
	return z.byName[name]
}

// Names lists the zone names, sorted.
func (z *Zones) Names() []string {
	if z == nil {
		return nil
	}
	var out []string
	for n := range z.byName {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// DistanceKm is the distance in km from a point to the zone's line.
func (zn *Zone) DistanceKm(lat, lon float64) float64 {
	best := math.Inf(1)
	for i := 1; i < len(zn.Line); i++ {
		d := segmentDistance(lat, lon, zn.Line[i-1], zn.Line[i])
		if d < best {
			best = d
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
	for _, v := range zn.Line {
		b[0], b[1] = math.Min(b[0], v[0]), math.Min(b[1], v[1])
		b[2], b[3] = math.Max(b[2], v[0]), math.Max(b[3], v[1])
	}
	dLat := km / 110.5 // a degree of latitude is at least 110.5 km
	maxAbsLat := math.Min(89, math.Max(math.Abs(b[0]), math.Abs(b[2]))+dLat)
	dLon := km / (111.3 * math.Cos(maxAbsLat*math.Pi/180))
	return [4]float64{b[0] - dLat, b[1] - dLon, b[2] + dLat, b[3] + dLon}
}

func (zn *Zone) String() string { return fmt.Sprintf("%s (%d vertices)", zn.Name, len(zn.Line)) }
