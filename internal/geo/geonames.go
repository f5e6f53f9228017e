package geo

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/marsad/marsad"
)

// ImportOptions tune ImportGeoNames.
type ImportOptions struct {
	// Languages are the alternate-name languages kept (ISO 639 codes);
	// default ["ar"].
	Languages []string
	// MinPopulation keeps populated places with no Arabic name when they are
	// at least this big, under their GeoNames name (0: Arabic names only).
	MinPopulation int64
	// Progress, when set, is called every 100,000 lines of either file.
	Progress func(ImportStats)
}

// ImportStats counts what an import read and wrote.
type ImportStats struct {
	AltLines    int64 // alternateNames lines read
	AltNames    int64 // names kept from them
	Lines       int64 // allCountries lines read
	Written     int64 // entries written
	Known       int64 // rows skipped because the embedded gazetteer has their GeoNames id
	Unsupported int64 // rows of a feature class we do not keep, or without a usable name
}

// gnRow is one row of a GeoNames dump (allCountries.txt, XX.txt).
type gnRow struct {
	id         int64
	name       string
	altNames   string
	lat, lon   float64
	fclass     string
	fcode      string
	cc         string
	admin1     string
	population int64
}

// parseGeoNamesRow reads one allCountries line (19 tab-separated columns).
func parseGeoNamesRow(line string) (gnRow, error) {
	f := strings.Split(line, "\t")
	if len(f) < 15 {
		return gnRow{}, fmt.Errorf("want 19 tab-separated columns, got %d", len(f))
	}
	var r gnRow
	var err error
	if r.id, err = strconv.ParseInt(f[0], 10, 64); err != nil || r.id <= 0 {
		return gnRow{}, fmt.Errorf("bad geonameid %q", f[0])
	}
	r.name, r.altNames = f[1], f[3]
	if r.lat, err = strconv.ParseFloat(f[4], 64); err != nil || r.lat < -90 || r.lat > 90 || r.lat != r.lat {
		return gnRow{}, fmt.Errorf("bad latitude %q", f[4])
	}
	if r.lon, err = strconv.ParseFloat(f[5], 64); err != nil || r.lon < -180 || r.lon > 180 || r.lon != r.lon {
		return gnRow{}, fmt.Errorf("bad longitude %q", f[5])
	}
	r.fclass, r.fcode, r.cc, r.admin1 = f[6], f[7], f[8], f[10]
	if f[14] != "" {
		if r.population, err = strconv.ParseInt(f[14], 10, 64); err != nil || r.population < 0 {
			return gnRow{}, fmt.Errorf("bad population %q", f[14])
		}
	}
	return r, nil
}

// parseAltName reads one alternateNamesV2 line: alternateNameId, geonameid,
// isolanguage, alternate name, isPreferredName, isShortName, isColloquial,
// isHistoric, from, to (the last columns may be missing in older dumps).
func parseAltName(line string) (id int64, lang, name string, historic bool, err error) {
	f := strings.Split(line, "\t")
	if len(f) < 4 {
		return 0, "", "", false, fmt.Errorf("want at least 4 tab-separated columns, got %d", len(f))
	}
	if id, err = strconv.ParseInt(f[1], 10, 64); err != nil || id <= 0 {
		return 0, "", "", false, fmt.Errorf("bad geonameid %q", f[1])
	}
	historic = (len(f) > 7 && f[7] == "1") || (len(f) > 6 && f[6] == "1")
	return id, f[2], f[3], historic, nil
}

// gnKind maps a GeoNames feature class and code to a place kind ("" = not
// kept).
func gnKind(fclass, fcode string, pop int64) string {
	switch fclass {
	case "P":
		switch {
		case strings.HasPrefix(fcode, "PPLC") || fcode == "PPLA" || pop >= 100000:
			return marsad.KindCity
		case strings.HasPrefix(fcode, "PPLA") || pop >= 10000:
			return marsad.KindTown
		case fcode == "PPLX":
			return marsad.KindTown // a section of a city
		}
		return marsad.KindVillage
	case "A":
		switch fcode {
		case "ADM1":
			return marsad.KindProvince
		case "ADM2", "ADM3":
			return marsad.KindDistrict
		}
	case "S":
		switch fcode {
		case "AIRP", "AIRB", "AIRF", "AIRH", "MLTY", "INSM", "CMP", "CMPRF", "PRN", "DAM", "PRT", "BDG", "HSP", "MSQE", "CH", "OILF", "GASF", "PS", "PSN", "RSTN", "STDM", "PAL", "FT", "SQR", "ANS", "RUIN":
			return marsad.KindSite
		}
	case "L":
		switch fcode {
		case "RGN", "AREA", "OAS", "PRK", "RESN", "CST", "ZN", "ZNB":
			return marsad.KindRegion
		}
	case "H":
		switch fcode {
		case "SEA", "STRT", "GULF", "BAY", "LK", "STM", "CNL", "OCN":
			return marsad.KindRegion
		}
	case "T":
		switch fcode {
		case "MT", "MTS", "PLAT", "VAL", "DSRT", "ISL", "ISLS", "PEN", "HLL", "PASS":
			return marsad.KindRegion
		}
	}
	return ""
}

// hasArabic reports whether s contains an Arabic letter.
func hasArabic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// cleanName makes a name safe for the data format.
func cleanName(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case ';', '|', '\t', '\n', '\r', '#':
			return ' '
		}
		if unicode.Is(unicode.Bidi_Control, r) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// ImportGeoNames streams a GeoNames dump (all, allCountries.txt or a
// country file) and, when alt is not nil, alternateNamesV2.txt, and writes
// to w, in the gazetteer data format, every place of a kind we keep that
// has an Arabic name (from alt, else the Arabic-script names of the dump's
// alternatenames column). Rows whose GeoNames id the gazetteer g (nil: the
// embedded one) already has are skipped: our own facts win. Neither file is
// loaded whole: only the kept alternate names are held in memory.
func ImportGeoNames(ctx context.Context, g *Gazetteer, all, alt io.Reader, w io.Writer, opts ImportOptions) (ImportStats, error) {
	var st ImportStats
	if g == nil {
		var err error
		if g, err = Default(); err != nil {
			return st, err
		}
	}
	langs := map[string]bool{}
	for _, l := range opts.Languages {
		langs[l] = true
	}
	if len(langs) == 0 {
		langs["ar"] = true
	}
	known := map[int64]bool{}
	for _, e := range g.entries {
		if e.GeoNameID != 0 {
			known[e.GeoNameID] = true
		}
	}
	names := map[int64][]string{}
	if alt != nil {
		sc := bufio.NewScanner(alt)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			st.AltLines++
			if st.AltLines%100000 == 0 {
				if err := ctx.Err(); err != nil {
					return st, err
				}
				if opts.Progress != nil {
					opts.Progress(st)
				}
			}
			line := sc.Text()
			if line == "" {
				continue
			}
			id, lang, name, historic, err := parseAltName(line)
			if err != nil {
				return st, marsad.Errorf(marsad.EINVALID, "alternate names line %d: %v", st.AltLines, err)
			}
			if !langs[lang] || historic || known[id] {
				continue
			}
			if n := cleanName(name); n != "" {
				names[id] = append(names[id], n)
				st.AltNames++
			}
		}
		if err := sc.Err(); err != nil {
			return st, fmt.Errorf("read alternate names: %w", err)
		}
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# GeoNames overlay written by `marsad gazetteer import`. Data: GeoNames (geonames.org), CC BY 4.0.\n")
	sc := bufio.NewScanner(all)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	for sc.Scan() {
		st.Lines++
		if st.Lines%100000 == 0 {
			if err := ctx.Err(); err != nil {
				return st, err
			}
			if opts.Progress != nil {
				opts.Progress(st)
			}
		}
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		r, err := parseGeoNamesRow(line)
		if err != nil {
			return st, marsad.Errorf(marsad.EINVALID, "GeoNames line %d: %v", st.Lines, err)
		}
		if known[r.id] {
			st.Known++
			continue
		}
		kind := gnKind(r.fclass, r.fcode, r.population)
		iso3 := g.ISO3(r.cc)
		if kind == "" || (iso3 == "" && r.cc != "") {
			st.Unsupported++
			continue
		}
		ar := names[r.id]
		if alt == nil {
			for _, n := range strings.Split(r.altNames, ",") {
				if hasArabic(n) {
					if n = cleanName(n); n != "" {
						ar = append(ar, n)
					}
				}
			}
		}
		latin := cleanName(r.name)
		if len(ar) == 0 && (opts.MinPopulation == 0 || r.population < opts.MinPopulation || latin == "") {
			st.Unsupported++
			continue
		}
		admin1 := ""
		if r.admin1 != "" && r.admin1 != "00" && r.cc != "" {
			admin1 = r.cc + "." + cleanName(r.admin1)
		}
		id := "gn:" + strconv.FormatInt(r.id, 10)
		if kind == marsad.KindProvince && admin1 != "" {
			id, admin1 = admin1, ""
		}
		pop := ""
		if r.population > 0 {
			pop = strconv.FormatInt(r.population, 10)
		}
		if latin == "" {
			latin = ar[0]
		}
		fmt.Fprintf(bw, "entry; %s; %s; %s; %s; %.5f; %.5f; %s; %d; %s; %s\n",
			id, kind, iso3, admin1, r.lat, r.lon, pop, r.id, latin, strings.Join(dedupe(ar), "|"))
		st.Written++
	}
	if err := sc.Err(); err != nil {
		return st, fmt.Errorf("read GeoNames dump: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return st, fmt.Errorf("write overlay: %w", err)
	}
	if opts.Progress != nil {
		opts.Progress(st)
	}
	return st, nil
}

func dedupe(ss []string) []string {
	seen := map[string]bool{}
	out := ss[:0:0]
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
