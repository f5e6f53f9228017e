package geo

import (
	"bufio"
	"compress/gzip"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/sharedtest"
)

// sharedDir returns ../shared relative to the repository root, skipping the
// test when it is absent.
func sharedDir(t testing.TB) string {
	t.Helper()
	return sharedtest.Dir(t)
}

// gnCity is one row of the GeoNames cities15000 table.
type gnCity struct {
	id       int64
	name     string
	nameAr   string
	cc       string
	admin1   string // GeoNames admin1 code ("00": none)
	pop      int64
	lat, lon float64
}

func readCities15000(t testing.TB) []gnCity {
	t.Helper()
	p := filepath.Join(sharedDir(t), "data", "gazetteer-geonames-cities15000", "cities15000_ar.tsv.gz")
	f, err := os.Open(p)
	if err != nil {
		t.Skipf("GeoNames table not available: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var out []gnCity
	first := true
	for sc.Scan() {
		if first {
			first = false
			continue
		}
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 14 {
			continue
		}
		id, _ := strconv.ParseInt(c[0], 10, 64)
		pop, _ := strconv.ParseInt(c[11], 10, 64)
		lat, _ := strconv.ParseFloat(c[12], 64)
		lon, _ := strconv.ParseFloat(c[13], 64)
		ar := c[2]
		if c[3] != "arabic" {
			ar = ""
		}
		out = append(out, gnCity{id, c[1], ar, c[7], c[4], pop, lat, lon})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
