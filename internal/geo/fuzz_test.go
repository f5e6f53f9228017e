package geo

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// FuzzResolve checks that any text resolves without panicking and that
// every place has a valid span, a known country and an honest precision.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{
		"سيطرت القوات على بلدة الشدادي جنوب الحسكة.",
		"وصلت تعزيزات للحسكة وبالقامشلي ولسوريا",
		"في قرى طربا والكسيب و",
		"#الضفة_الغربية و#قطاع_غزة",
		"مطار المزة العسكري \"دوفر",
		"على الحدود العراقية السورية",
		"ريف محافظة",
		"\xff\xfe الحسكة \u064e\u0651",
		"طرابلس، عمان; صور| ل",
		"دبي، الإمارات العربية المتحدة (CNN) -- قتل",
		"عنوان\nبيروت 12 مارس (رويترز) ـ",
	} {
		f.Add(s)
	}
	r, err := NewResolver(nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		n := utf8.RuneCountInString(text)
		toks := arabic.Tokenize(text)
		for _, nisba := range []bool{false, true} {
			ps := r.Resolve(text, toks, Options{NisbaPlaces: nisba})
			if d, ok := r.ReadDateline(text, toks, ps); ok {
				if d.Start < 0 || d.End > n || d.Start >= d.End || len(d.Places) == 0 {
					t.Fatalf("bad dateline %+v in %d code points", d, n)
				}
				for _, k := range d.Places {
					if k < 0 || k >= len(ps) || ps[k].Start < d.Start || ps[k].End > d.End {
						t.Fatalf("dateline %+v: place %d outside it", d, k)
					}
				}
			}
			for _, p := range ps {
				if p.Start < 0 || p.End > n || p.Start >= p.End {
					t.Fatalf("bad span %v in %d code points", p.Span, n)
				}
				if p.Precision < 1 || p.Precision > 3 {
					t.Fatalf("bad precision %d", p.Precision)
				}
				if (p.Kind == marsad.KindCountry || p.Kind == marsad.KindProvince) && p.Precision != 3 {
					t.Fatalf("%s %q with precision %d", p.Kind, p.Name, p.Precision)
				}
			}
		}
		// inside an organisation's name nothing is a place.
		org := "نداء " + text
		if ps := r.Resolve(org, arabic.Tokenize(org), Options{Exclude: []marsad.Span{{Start: 0, End: n + 5}}}); len(ps) > 0 {
			t.Fatalf("places %v inside an excluded organisation name", ps)
		}
	})
}

// FuzzImportGeoNames checks that the GeoNames readers never panic and that
// whatever they write loads back as a gazetteer overlay.
func FuzzImportGeoNames(f *testing.F) {
	f.Add("9990002\tAl Qubayr\tAl Qubayr\t\t35.23\t36.78\tP\tPPL\tSY\t\t12\t\t\t\t800\t\t400\tAsia/Damascus\t2024-01-01\n",
		"2\t9990002\tar\tالقبير\t1\t\t\t\t\t\n")
	f.Add("1\tX;|\tX\tس;ص|ع,تل\t1\t2\tS\tAIRB\tIQ\t\t01\t\t\t\t\t\t\tUTC\t\n", "")
	f.Add("1\tX\tX\t\t1e400\t2\tP\tPPL\tSY\t\t01\t\t\t\t0\n", "x")
	g, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, all, alt string) {
		var out bytes.Buffer
		var err error
		if alt == "" {
			_, err = ImportGeoNames(context.Background(), g, strings.NewReader(all), nil, &out, ImportOptions{MinPopulation: 1})
		} else {
			_, err = ImportGeoNames(context.Background(), g, strings.NewReader(all), strings.NewReader(alt), &out, ImportOptions{MinPopulation: 1})
		}
		if err != nil {
			if marsad.ErrorCode(err) != marsad.EINVALID {
				t.Fatalf("error %v is not EINVALID", err)
			}
			return
		}
		if _, err := g.WithOverlay("fuzz", &out); err != nil {
			t.Fatalf("overlay written by the importer does not load: %v\n%s", err, out.String())
		}
	})
}

// FuzzReadGazetteer checks the data-file parser never panics.
func FuzzReadGazetteer(f *testing.F) {
	f.Add("country; SYR; SY; 35; 38; ; ; Syria; سوريا\n@; SYR\nprovince+city; SY-HA; 36.5; 40.7; 10; 5; Hasakah; الحسكة\ntown+district; 1; 2; ; ; X; س\nentry; gn:1; site; SYR; SY-HA; 1; 2; ; ; A; ب")
	f.Fuzz(func(t *testing.T, data string) {
		g := newGazetteer()
		if err := g.read("fuzz", strings.NewReader(data), "fuzz"); err != nil {
			if marsad.ErrorCode(err) != marsad.EINVALID && !strings.Contains(err.Error(), "read gazetteer") {
				t.Fatalf("error %v is not EINVALID", err)
			}
			return
		}
		g.index()
	})
}
