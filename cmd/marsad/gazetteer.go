package main

import (
	"archive/zip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/marsad/marsad/internal/geo"
)

// runGazetteer is `marsad gazetteer import|lookup`.
func runGazetteer(ctx context.Context, e *env) error {
	if len(e.args) == 0 {
		return fmt.Errorf("%w: want `gazetteer import [--alternate FILE] FILE` or `gazetteer lookup NAME…`", errUsage)
	}
	sub := *e
	sub.args = e.args[1:]
	switch e.args[0] {
	case "import":
		return runGazetteerImport(ctx, &sub)
	case "lookup":
		return runGazetteerLookup(ctx, &sub)
	}
	return fmt.Errorf("%w: unknown gazetteer command %q (import, lookup)", errUsage, e.args[0])
}

func runGazetteerImport(ctx context.Context, e *env) error {
	fs := newFlags("gazetteer import", e)
	data := dataDir(fs, e)
	altPath := fs.String("alternate", "", "GeoNames alternateNamesV2.txt or .zip (recommended: gives the Arabic names)")
	langs := fs.String("lang", "ar", "comma-separated alternate-name languages to keep")
	minPop := fs.Int64("min-population", 0, "also keep places with no Arabic name of at least this population (0: Arabic names only)")
	quiet := fs.Bool("quiet", false, "no progress reporting")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: marsad gazetteer import [--data DIR] [--alternate alternateNamesV2.txt(.zip)] allCountries.txt(.zip)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(e.args); err != nil {
		return errUsage
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return fmt.Errorf("%w: want one GeoNames dump (allCountries.txt, allCountries.zip or a country file)", errUsage)
	}
	g, err := geo.Default()
	if err != nil {
		return err
	}
	all, allSize, closeAll, err := openDump(fs.Arg(0))
	if err != nil {
		return err
	}
	defer closeAll()
	var read atomic.Int64
	total := allSize
	var altR io.Reader
	if *altPath != "" {
		a, altSize, closeAlt, err := openDump(*altPath)
		if err != nil {
			return err
		}
		defer closeAlt()
		altR = &countingReader{r: a, n: &read}
		total += altSize
	}
	allR := &countingReader{r: all, n: &read}

	if err := os.MkdirAll(*data, 0o755); err != nil {
		return fmt.Errorf("create data directory: %w", err)
	}
	tmp, err := os.CreateTemp(*data, ".gazetteer-*.tmp")
	if err != nil {
		return fmt.Errorf("create overlay: %w", err)
	}
	defer os.Remove(tmp.Name())

	opts := geo.ImportOptions{MinPopulation: *minPop}
	for _, l := range strings.Split(*langs, ",") {
		if l = strings.TrimSpace(l); l != "" {
			opts.Languages = append(opts.Languages, l)
		}
	}
	if !*quiet {
		if f, ok := e.stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			bar := progressbar.NewOptions64(total,
				progressbar.OptionSetWriter(e.stderr),
				progressbar.OptionShowBytes(true),
				progressbar.OptionSetDescription("gazetteer import"),
				progressbar.OptionThrottle(200_000_000),
				progressbar.OptionClearOnFinish(),
			)
			opts.Progress = func(geo.ImportStats) { bar.Set64(read.Load()) }
			defer bar.Finish()
		} else {
			opts.Progress = func(st geo.ImportStats) {
				pct := 0.0
				if total > 0 {
					pct = 100 * float64(read.Load()) / float64(total)
				}
				fmt.Fprintf(e.stderr, "gazetteer import: %5.1f%% alternate names %d (kept %d), places %d (written %d)\n",
					pct, st.AltLines, st.AltNames, st.Lines, st.Written)
			}
		}
	}
	var alt io.Reader
	if altR != nil {
		alt = altR
	}
	st, err := geo.ImportGeoNames(ctx, g, allR, alt, tmp, opts)
	if err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write overlay: %w", err)
	}
	dst := filepath.Join(*data, geo.OverlayFile)
	if err := os.Rename(tmp.Name(), dst); err != nil {
		return fmt.Errorf("install overlay: %w", err)
	}
	// check that the resolver can load what we wrote.
	if _, err := geo.Open(*data); err != nil {
		return fmt.Errorf("load new overlay: %w", err)
	}
	fmt.Fprintf(e.stdout, "wrote %d places to %s (%d GeoNames rows read, %d already in the built-in gazetteer, %d not kept)\n",
		st.Written, dst, st.Lines, st.Known, st.Unsupported)
	return nil
}

func runGazetteerLookup(_ context.Context, e *env) error {
	fs := newFlags("gazetteer lookup", e)
	data := dataDir(fs, e)
	if err := fs.Parse(e.args); err != nil {
		return errUsage
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: want one or more names", errUsage)
	}
	g, err := geo.Open(*data)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	for _, name := range fs.Args() {
		for _, en := range g.Lookup(name) {
			if err := enc.Encode(map[string]any{
				"query": name, "id": en.ID, "name": en.Name, "english": en.English, "kind": en.Kind,
				"country": en.Country, "admin1": en.Admin1, "lat": en.Lat, "lon": en.Lon,
				"population": en.Population, "geonameid": en.GeoNameID, "precision": en.Precision(), "source": en.Source,
			}); err != nil {
				return fmt.Errorf("write: %w", err)
			}
		}
	}
	return nil
}

// openDump opens a GeoNames file, or the .txt member of a GeoNames .zip,
// and returns its (uncompressed) size.
func openDump(path string) (io.Reader, int64, func(), error) {
	if strings.EqualFold(filepath.Ext(path), ".zip") {
		zr, err := zip.OpenReader(path)
		if err != nil {
			return nil, 0, nil, fmt.Errorf("open %s: %w", path, err)
		}
		want := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)) + ".txt"
		var member *zip.File
		for _, f := range zr.File {
			if strings.EqualFold(filepath.Base(f.Name), want) {
				member = f
				break
			}
			if member == nil && strings.HasSuffix(f.Name, ".txt") && !strings.Contains(f.Name, "iso-languagecodes") {
				member = f
			}
		}
		if member == nil {
			zr.Close()
			return nil, 0, nil, fmt.Errorf("%s: no .txt file inside", path)
		}
		rc, err := member.Open()
		if err != nil {
			zr.Close()
			return nil, 0, nil, fmt.Errorf("open %s in %s: %w", member.Name, path, err)
		}
		return rc, int64(member.UncompressedSize64), func() { rc.Close(); zr.Close() }, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, nil, fmt.Errorf("open GeoNames file: %w", err)
	}
	var size int64
	if fi, err := f.Stat(); err == nil {
		size = fi.Size()
	}
	return f, size, func() { f.Close() }, nil
}

// countingReader counts the bytes read through it, for progress.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}
