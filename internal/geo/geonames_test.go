package geo

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

func importFixture(t *testing.T, withAlt bool, opts ImportOptions) (string, ImportStats) {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	all, err := os.Open("testdata/geonames/allCountries.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer all.Close()
	var alt *os.File
	if withAlt {
		if alt, err = os.Open("testdata/geonames/alternateNamesV2.txt"); err != nil {
			t.Fatal(err)
		}
		defer alt.Close()
	}
	var out bytes.Buffer
	var st ImportStats
	if alt != nil {
		st, err = ImportGeoNames(context.Background(), g, all, alt, &out, opts)
	} else {
		st, err = ImportGeoNames(context.Background(), g, all, nil, &out, opts)
	}
	if err != nil {
		t.Fatalf("ImportGeoNames: %v", err)
	}
	return out.String(), st
}

func TestImportGeoNames(t *testing.T) {
	out, st := importFixture(t, true, ImportOptions{})
	if st.Lines != 8 || st.Known != 1 || st.AltNames != 4 || st.Unsupported != 3 {
		t.Errorf("stats = %+v, want 8 lines, 1 known (Damascus), 4 Arabic names kept, 3 unsupported", st)
	}
	for _, w := range []string{"entry; gn:9990002; village; SYR; SY.12;", "entry; gn:9990004; site; SYR; SY.14;", "entry; SY.99; province; SYR; ;", "entry; gn:9990006; city; SYR; SY.99;"} {
		if !strings.Contains(out, w) {
			t.Errorf("overlay lacks %q:\n%s", w, out)
		}
	}
	for _, bad := range []string{"اسم قديم", "قبیر", "gn:170654", "Nowhere", "gn:9990001"} {
		if strings.Contains(out, bad) {
			t.Errorf("overlay has %q (historic, Persian, known, unknown country, or no Arabic name from alternateNames):\n%s", bad, out)
		}
	}
	base, _ := Default()
	g, err := base.WithOverlay("overlay", strings.NewReader(out))
	if err != nil {
		t.Fatalf("WithOverlay: %v", err)
	}
	if g.Len() != base.Len()+int(st.Written) {
		t.Errorf("overlay gazetteer has %d entries, want %d", g.Len(), base.Len()+int(st.Written))
	}
	es := g.Lookup("القبير")
	if len(es) != 1 || es[0].Source != "geonames" || es[0].Kind != marsad.KindVillage || !es[0].Within("SY.12") {
		t.Fatalf("Lookup(القبير) = %+v", es)
	}
	r, err := NewResolver(g)
	if err != nil {
		t.Fatal(err)
	}
	// an overlay-only village needs context: a cue noun here.
	if ps := r.Resolve("القبير", nil, Options{}); len(ps) != 0 {
		t.Errorf("a bare overlay-only name was resolved: %+v", ps)
	}
	text := "وقعت مجزرة في قرية القبير بريف حماة."
	ps := r.Resolve(text, arabic.Tokenize(text), Options{})
	if len(ps) != 2 || ps[0].Name != "القبير" || ps[0].GazID != "gn:9990002" || ps[1].Name != "حماة" {
		t.Errorf("Resolve(%q) = %+v, want القبير (gn:9990002) then حماة", text, ps)
	}
}

func TestImportGeoNamesWithoutAlternateNames(t *testing.T) {
	out, _ := importFixture(t, false, ImportOptions{MinPopulation: 100000})
	// Arabic-script names from the dump's own alternatenames column.
	if !strings.Contains(out, "entry; gn:9990001; village; SYR; SY.07;") || !strings.Contains(out, "تل بيدر") {
		t.Errorf("overlay lacks Tall Baydar from the alternatenames column:\n%s", out)
	}
	// no Arabic name, but big enough.
	if !strings.Contains(out, "entry; gn:9990006; city; SYR; SY.99; 35.00000; 39.00000; 120000; 9990006; Big Town; \n") {
		t.Errorf("overlay lacks Big Town kept for its population:\n%s", out)
	}
}

func TestImportGeoNamesRejectsBadLines(t *testing.T) {
	tests := []struct{ name, all, alt, err string }{
		{"short row", "1\tX\tX\n", "", "columns"},
		{"bad id", "x\tX\tX\t\t1\t2\tP\tPPL\tSY\t\t01\t\t\t\t0\t\t\tUTC\t2024-01-01\n", "", "geonameid"},
		{"bad latitude", "1\tX\tX\t\t91\t2\tP\tPPL\tSY\t\t01\t\t\t\t0\t\t\tUTC\t2024-01-01\n", "", "latitude"},
		{"bad population", "1\tX\tX\t\t1\t2\tP\tPPL\tSY\t\t01\t\t\t\t-5\t\t\tUTC\t2024-01-01\n", "", "population"},
		{"bad alternate name", "", "1\tx\tar\tاسم\n", "geonameid"},
	}
	g, _ := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var alt *strings.Reader
			var err error
			if tt.alt != "" {
				alt = strings.NewReader(tt.alt)
				_, err = ImportGeoNames(context.Background(), g, strings.NewReader(tt.all), alt, &bytes.Buffer{}, ImportOptions{})
			} else {
				_, err = ImportGeoNames(context.Background(), g, strings.NewReader(tt.all), nil, &bytes.Buffer{}, ImportOptions{})
			}
			if err == nil || !strings.Contains(err.Error(), tt.err) || marsad.ErrorCode(err) != marsad.EINVALID {
				t.Errorf("ImportGeoNames = %v, want an EINVALID error containing %q", err, tt.err)
			}
		})
	}
}
