package geo

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
	"github.com/marsad/marsad/internal/bitfilter"
)

//go:embed data/*.txt
var dataFS embed.FS

// OverlayFile is the name, inside the data directory, of the file written by
// `marsad gazetteer import` and loaded on top of the embedded gazetteer.
const OverlayFile = "gazetteer-geonames.txt"

// Entry is one gazetteer place.
type Entry struct {
	ID         string   // "SYR" for a country, the ISO 3166-2 style code for a province, else ISO3:slug
	Kind       string   // marsad.Kind*
	Country    string   // ISO 3166-1 alpha-3; empty for international waters
	Admin1     string   // province id; empty for countries, provinces and country-wide regions
	Lat, Lon   float64  // WGS84; provinces sit at their capital
	Population int64    // 0 when unknown
	GeoNameID  int64    // 0 when unknown
	Name       string   // the first Arabic name
	English    string   // the first English name
	Names      []string // Arabic names and variants, as written
	Latin      []string // English names and transliterations
	Source     string   // "marsad" for the embedded data, "geonames" for the imported overlay
	iso2       string
}

// Within reports whether e lies in the province or country with the given
// id (a province contains itself).
func (e *Entry) Within(id string) bool {
	if id == "" {
		return false
	}
	return e.ID == id || e.Admin1 == id || (e.Country == id && len(id) == 3)
}

// Precision is e's ACLED-style precision: 1 for a town or site, 2 for a
// district or area, 3 for a province or country.
func (e *Entry) Precision() int {
	switch e.Kind {
	case marsad.KindCountry, marsad.KindProvince:
		return marsad.PrecisionProvince
	case marsad.KindDistrict, marsad.KindRegion:
		return marsad.PrecisionRegion
	}
	return marsad.PrecisionPoint
}

// Gazetteer is an indexed set of entries. It is safe for concurrent reads.
type Gazetteer struct {
	entries []Entry
	byID    map[string]int
	byKey   map[string][]posting // matching key → entries
	// headed holds the names left out of byKey because the entry also lists
	// the bare name («إقليم كردستان», «جبال قنديل»): head + bare key → entries.
	// A head noun before a bare name prefers the entries listing both.
	headed map[string][]int32
	iso2   map[string]string // ISO2 → ISO3
	first  map[string]uint64 // first word of a key → bit n set when a key of n words starts with it
	maxLen int               // most words in a key
	// firstBits filters the words of first: most words of a text start no
	// name, and the filter skips their map lookup
	firstBits *bitfilter.Filter
}

// firstWords returns the word counts of the keys that start with word w as
// a bit set (bit n: a key of n words; 0 when none does): first[w], with
// the bit filter asked first. Its highest bit is the longest such key.
func (g *Gazetteer) firstWords(w string) uint64 {
	if !g.firstBits.MayHave(w) {
		return 0
	}
	return g.first[w]
}

// posting is one index hit: the entry and whether the key was derived by
// adding or removing the article of the listed name.
type posting struct {
	idx      int32
	derived  bool // the article was added or removed
	needsCue bool // listed only after an administrative word («محافظة الحسكة»)
}

// adminHeads, placeHeads and siteHeads begin names that the annotation
// guidelines reduce to the bare name: «محافظة الحديدة» is a mention of
// الحديدة, «مدينة حمص» of حمص, «مطار التيفور» of التيفور, «ضاحية فيلبنت» of
// فيلبنت and «معبر نصيب» or «منفذ الطوال» of the town when the bare name is
// a place within 30 km.
var (
	adminHeads = map[string]bool{"محافظه": true, "ولايه": true, "منطقه": true, "شعبيه": true, "بلديه": true, "مقاطعه": true, "اماره": true, "دوله": true,
		"مديريه": true, "قضاء": true, "ناحيه": true, "اقليم": true}
	// provinceHeads are the administrative nouns of first-level divisions.
	provinceHeads = map[string]bool{"محافظه": true, "ولايه": true, "اقليم": true, "مقاطعه": true, "اماره": true, "دوله": true, "شعبيه": true}
	siteHeads     = map[string]bool{"مطار": true, "قاعده": true, "سجن": true, "مخيم": true, "معبر": true, "حقل": true, "سد": true, "موقع": true, "منشاه": true, "مفاعل": true,
		"ميناء": true, "مرفا": true, "مضيق": true, "مدينه": true, "بلده": true, "قريه": true, "حي": true,
		"منفذ": true, "ضاحيه": true, "مستوطنه": true, "معتقل": true}
	townHeads = map[string]bool{"معبر": true, "منفذ": true, "ميناء": true, "مرفا": true, "مدينه": true, "بلده": true, "قريه": true, "حي": true}
	// rangeHeads begin mountain names that are also listed bare: «جبال
	// قنديل» is a mention of قنديل (a range known only by its head noun,
	// «جبال القرحا», keeps it).
	rangeHeads = map[string]bool{"جبل": true, "جبال": true}
	// islandHeads begin island names that are also listed bare: «جزيرة
	// كريت» is a mention of كريت, as the annotators read it.
	islandHeads = map[string]bool{"جزيره": true}
)

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
	defaultErr  error
)

// Default returns the embedded gazetteer, parsed once.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() {
		defaultGaz, defaultErr = loadEmbedded()
	})
	return defaultGaz, defaultErr
}

func loadEmbedded() (*Gazetteer, error) {
	g := newGazetteer()
	names, err := fs.Glob(dataFS, "data/*.txt")
	if err != nil {
		return nil, fmt.Errorf("list gazetteer files: %w", err)
	}
	sort.Strings(names)
	// countries first: the other files refer to them; more*.txt last: they
	// add places to provinces defined elsewhere.
	rank := func(n string) int {
		switch {
		case n == "data/countries.txt":
			return 0
		case strings.HasPrefix(n, "data/more"):
			return 2
		}
		return 1
	}
	sort.SliceStable(names, func(i, j int) bool { return rank(names[i]) < rank(names[j]) })
	for _, n := range names {
		if n == "data/lexicon.txt" {
			continue
		}
		f, err := dataFS.Open(n)
		if err != nil {
			return nil, fmt.Errorf("open %s: %w", n, err)
		}
		err = g.read(path.Base(n), f, "marsad")
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	g.index()
	return g, nil
}

// Open returns the embedded gazetteer with the GeoNames overlay of dataDir
// (OverlayFile) loaded on top of it when that file exists.
func Open(dataDir string) (*Gazetteer, error) {
	base, err := Default()
	if err != nil {
		return nil, err
	}
	if dataDir == "" {
		return base, nil
	}
	f, err := os.Open(path.Join(dataDir, OverlayFile))
	if errors.Is(err, fs.ErrNotExist) {
		return base, nil
	}
	if err != nil {
		return nil, fmt.Errorf("open gazetteer overlay: %w", err)
	}
	defer f.Close()
	return base.WithOverlay(OverlayFile, f)
}

// WithOverlay returns a new gazetteer holding g's entries plus those read
// from r (in the data file format). An `entry` line whose id is already
// present is skipped: our own facts win (ImportGeoNames already leaves out
// the GeoNames ids the embedded data has).
func (g *Gazetteer) WithOverlay(name string, r io.Reader) (*Gazetteer, error) {
	n := newGazetteer()
	n.entries = append(n.entries, g.entries...)
	for k, v := range g.byID {
		n.byID[k] = v
	}
	for k, v := range g.iso2 {
		n.iso2[k] = v
	}
	if err := n.read(name, r, "geonames"); err != nil {
		return nil, err
	}
	n.index()
	return n, nil
}

func newGazetteer() *Gazetteer {
	return &Gazetteer{byID: map[string]int{}, iso2: map[string]string{}}
}

// Len is the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Entries returns all entries (do not modify them).
func (g *Gazetteer) Entries() []Entry { return g.entries }

// Entry returns the entry with the given id.
func (g *Gazetteer) Entry(id string) (Entry, bool) {
	i, ok := g.byID[id]
	if !ok {
		return Entry{}, false
	}
	return g.entries[i], true
}

// Country returns the country entry of an ISO 3166-1 alpha-3 code.
func (g *Gazetteer) Country(iso3 string) (Entry, bool) {
	e, ok := g.Entry(strings.ToUpper(iso3))
	if !ok || e.Kind != marsad.KindCountry {
		return Entry{}, false
	}
	return e, true
}

// ISO3 maps an ISO 3166-1 alpha-2 code to alpha-3 ("" when unknown).
func (g *Gazetteer) ISO3(iso2 string) string { return g.iso2[strings.ToUpper(iso2)] }

// Lookup returns the entries one of whose names matches name (Arabic or
// Latin; orthographic variants, the article ال and surrounding space do not
// matter), the most populous first.
func (g *Gazetteer) Lookup(name string) []Entry {
	k := nameKey(name)
	ps := g.byKey[k]
	if len(ps) == 0 {
		ps = g.byKey[stripFirstArticle(k)]
	}
	seen := map[int32]bool{}
	var out []Entry
	for _, p := range ps {
		if !seen[p.idx] {
			seen[p.idx] = true
			out = append(out, g.entries[p.idx])
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Population > out[j].Population })
	return out
}

// Distance is the great-circle distance in km between two WGS84 points.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0088
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := (lat2-lat1)*math.Pi/180, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// nameKey is the matching form of a name: normalised, words separated by
// one space, punctuation dropped.
func nameKey(s string) string {
	n := arabic.Normalize(s)
	var b strings.Builder
	space := false
	for _, r := range n {
		switch {
		case r == ' ' || r == '\t' || r == '-' || r == '_' || r == '\u00a0' || r == '\'' || r == '’' || r == '.' || r == ',' || r == '،':
			space = b.Len() > 0
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// stripFirstArticle removes ال from the first word when at least 3 letters
// remain.
func stripFirstArticle(k string) string {
	if rest, ok := strings.CutPrefix(k, "ال"); ok && firstWordRunes(rest, 3) {
		return rest
	}
	return k
}

// firstWordRunes reports whether the first word of s (up to a space) has at
// least n runes, counting as []rune does (an invalid byte is one rune), and
// stops counting at the n-th.
func firstWordRunes(s string, n int) bool {
	if n <= 0 {
		return true
	}
	for _, r := range s {
		if r == ' ' {
			return false
		}
		if n--; n == 0 {
			return true
		}
	}
	return false
}

// read parses one data file into g (see data/README.md).
func (g *Gazetteer) read(name string, r io.Reader, source string) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	var country, province string
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || s[0] == '#' {
			continue
		}
		f := strings.Split(s, ";")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		bad := func(format string, args ...any) error {
			return marsad.Errorf(marsad.EINVALID, "gazetteer %s:%d: %s", name, line, fmt.Sprintf(format, args...))
		}
		kind := f[0]
		switch kind {
		case "@":
			if len(f) != 2 && len(f) != 3 {
				return bad("@ wants 2 or 3 fields, got %d", len(f))
			}
			country, province = f[1], ""
			if country == "-" {
				country = ""
			} else if _, ok := g.byID[country]; !ok {
				return bad("unknown country %q", country)
			}
			if len(f) == 3 {
				i, ok := g.byID[f[2]]
				if !ok || g.entries[i].Kind != marsad.KindProvince || g.entries[i].Country != country {
					return bad("unknown province %q of %s", f[2], country)
				}
				province = f[2]
			}
			continue
		case "country":
			if len(f) != 9 {
				return bad("country wants 9 fields, got %d", len(f))
			}
			e := Entry{ID: f[1], Kind: marsad.KindCountry, Country: f[1], iso2: f[2]}
			if len(e.ID) != 3 || strings.ToUpper(e.ID) != e.ID || len(e.iso2) != 2 {
				return bad("bad country codes %q %q", f[1], f[2])
			}
			if err := fillEntry(&e, f[3:]); err != nil {
				return bad("%v", err)
			}
			if err := g.add(e); err != nil {
				return bad("%v", err)
			}
			g.iso2[e.iso2] = e.ID
			country, province = e.ID, ""
			continue
		case "entry":
			if len(f) != 11 {
				return bad("entry wants 11 fields, got %d", len(f))
			}
			e := Entry{ID: f[1], Kind: f[2], Country: f[3], Admin1: f[4]}
			if !validKind(e.Kind) || e.ID == "" {
				return bad("bad entry id or kind %q %q", f[1], f[2])
			}
			if err := fillEntry(&e, f[5:]); err != nil {
				return bad("%v", err)
			}
			e.Source = source
			if _, dup := g.byID[e.ID]; dup {
				continue // an overlay never replaces an entry
			}
			if err := g.add(e); err != nil {
				return bad("%v", err)
			}
			continue
		}
		kinds := strings.Split(kind, "+")
		if kinds[0] == "province" {
			if len(f) != 8 {
				return bad("province wants 8 fields, got %d", len(f))
			}
			if country == "" {
				return bad("province outside a country")
			}
			e := Entry{ID: f[1], Kind: marsad.KindProvince, Country: country}
			if e.ID == "" {
				return bad("province without a code")
			}
			if err := fillEntry(&e, f[2:]); err != nil {
				return bad("%v", err)
			}
			e.Source = source
			if err := g.add(e); err != nil {
				return bad("%v", err)
			}
			province = e.ID
			for _, k := range kinds[1:] {
				if !validKind(k) || k == marsad.KindProvince || k == marsad.KindCountry {
					return bad("bad kind %q", kind)
				}
				c := e
				c.Kind, c.Admin1 = k, province
				c.ID = slugID(country, c.English, k)
				if err := g.add(c); err != nil {
					return bad("%v", err)
				}
			}
			continue
		}
		if len(f) != 7 {
			return bad("%s wants 7 fields, got %d", kind, len(f))
		}
		base := Entry{Country: country, Admin1: province, Source: source}
		if err := fillEntry(&base, f[1:]); err != nil {
			return bad("%v", err)
		}
		for i, k := range kinds {
			if k == "subdistrict" {
				k = marsad.KindDistrict
			}
			if !validKind(k) || k == marsad.KindProvince || k == marsad.KindCountry {
				return bad("bad kind %q", kind)
			}
			e := base
			e.Kind = k
			e.ID = slugID(country, e.English, "")
			if i > 0 {
				e.ID = slugID(country, e.English, k)
			}
			if _, dup := g.byID[e.ID]; dup && province != "" {
				e.ID += "@" + province
			}
			if err := g.add(e); err != nil {
				return bad("%v", err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read gazetteer %s: %w", name, err)
	}
	return nil
}

// fillEntry reads lat; lon; population; geonameid; English; Arabic.
func fillEntry(e *Entry, f []string) error {
	if len(f) != 6 {
		return fmt.Errorf("want 6 place fields, got %d", len(f))
	}
	lat, err := strconv.ParseFloat(f[0], 64)
	if err != nil || lat < -90 || lat > 90 || math.IsNaN(lat) {
		return fmt.Errorf("bad latitude %q", f[0])
	}
	lon, err := strconv.ParseFloat(f[1], 64)
	if err != nil || lon < -180 || lon > 180 || math.IsNaN(lon) {
		return fmt.Errorf("bad longitude %q", f[1])
	}
	e.Lat, e.Lon = lat, lon
	if f[2] != "" {
		p, err := strconv.ParseInt(f[2], 10, 64)
		if err != nil || p < 0 {
			return fmt.Errorf("bad population %q", f[2])
		}
		e.Population = p
	}
	if f[3] != "" {
		id, err := strconv.ParseInt(f[3], 10, 64)
		if err != nil || id <= 0 {
			return fmt.Errorf("bad geonameid %q", f[3])
		}
		e.GeoNameID = id
	}
	e.Latin = splitNames(f[4])
	e.Names = splitNames(f[5])
	if len(e.Names) == 0 && len(e.Latin) == 0 {
		return fmt.Errorf("no names")
	}
	if len(e.Names) > 0 {
		e.Name = e.Names[0]
	}
	if len(e.Latin) > 0 {
		e.English = e.Latin[0]
	} else {
		e.English = e.Name
	}
	if e.Name == "" {
		e.Name = e.English
	}
	return nil
}

func splitNames(s string) []string {
	var out []string
	for _, n := range strings.Split(s, "|") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

func validKind(k string) bool {
	switch k {
	case marsad.KindCountry, marsad.KindProvince, marsad.KindDistrict, marsad.KindCity,
		marsad.KindTown, marsad.KindVillage, marsad.KindSite, marsad.KindRegion:
		return true
	}
	return false
}

// slugID builds an entry id from its country and English name.
func slugID(country, english, suffix string) string {
	var b strings.Builder
	if country == "" {
		b.WriteString("INT")
	} else {
		b.WriteString(country)
	}
	b.WriteByte(':')
	dash := false
	for _, r := range strings.ToLower(english) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && b.Len() > 4 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else {
			dash = true
		}
	}
	if suffix != "" {
		b.WriteString("/" + suffix)
	}
	return b.String()
}

func (g *Gazetteer) add(e Entry) error {
	if e.Source == "" {
		e.Source = "marsad"
	}
	if _, dup := g.byID[e.ID]; dup {
		return fmt.Errorf("duplicate id %q", e.ID)
	}
	g.byID[e.ID] = len(g.entries)
	g.entries = append(g.entries, e)
	return nil
}

// gafNative lists the countries whose names Arabic writes with its own
// letters: their «غ» is a real ghain, not a foreign g.
var gafNative = map[string]bool{"SYR": true, "IRQ": true, "JOR": true, "LBN": true, "PSE": true, "EGY": true, "LBY": true, "TUN": true, "DZA": true, "MAR": true, "MRT": true, "SDN": true, "SOM": true, "DJI": true, "COM": true, "SAU": true, "YEM": true, "OMN": true, "ARE": true, "QAT": true, "BHR": true, "KWT": true, "TUR": true, "IRN": true, "ISR": true, "AFG": true, "PAK": true}

// jimVariants indexes the «ج» spelling of foreign names written with «غ»
// for a hard g: Egyptian and Gulf papers write «شيكاجو», «هامبورج»,
// «بيتسبرج» for «شيكاغو», «هامبورغ», «بيتسبرغ». Only names of six letters
// or more without the article («جينيا» genetically, «الجارف» sweeping) outside
// the Arab world, Turkey and Iran, and only where the variant is no other
// name.
func (g *Gazetteer) jimVariants() {
	type variant struct {
		k string
		i int
	}
	var vs []variant
	for i := range g.entries {
		e := &g.entries[i]
		if e.Country == "" || gafNative[e.Country] {
			continue
		}
		for _, n := range e.Names {
			k := nameKey(n)
			if !strings.Contains(k, "غ") || utf8.RuneCountInString(k) < 6 || strings.HasPrefix(k, "ال") {
				continue
			}
			v := strings.ReplaceAll(k, "غ", "ج")
			if _, taken := g.byKey[v]; !taken {
				vs = append(vs, variant{v, i})
			}
		}
	}
	for _, v := range vs {
		if ps := g.byKey[v.k]; len(ps) == 0 || int(ps[len(ps)-1].idx) != v.i {
			g.byKey[v.k] = append(ps, posting{int32(v.i), false, false})
		}
	}
}

// index builds the name index.
func (g *Gazetteer) index() {
	g.byKey = make(map[string][]posting, len(g.entries)*3)
	g.headed = map[string][]int32{}
	g.maxLen = 1
	put := func(k string, i int, derived, needsCue bool) {
		if k == "" {
			return
		}
		for j, p := range g.byKey[k] {
			if int(p.idx) == i {
				// a listed name beats the same key derived from another name.
				if !needsCue && p.needsCue {
					g.byKey[k][j].needsCue = false
				}
				if !derived && p.derived {
					g.byKey[k][j].derived = false
				}
				return
			}
		}
		g.byKey[k] = append(g.byKey[k], posting{int32(i), derived, needsCue})
		if n := strings.Count(k, " ") + 1; n > g.maxLen {
			g.maxLen = n
		}
	}
	putArabic := func(k string, i int, needsCue bool) {
		put(k, i, false, needsCue)
		if s := stripFirstArticle(k); s != k {
			put(s, i, true, needsCue)
		} else if !strings.HasPrefix(k, "ال") {
			put("ال"+k, i, true, needsCue)
		}
	}
	type headed struct {
		i    int
		k    string
		rest string
	}
	var later []headed
	for i := range g.entries {
		e := &g.entries[i]
		own := map[string]bool{}
		for _, n := range e.Names {
			own[nameKey(n)] = true
		}
		for _, n := range e.Names {
			k := nameKey(n)
			head, rest, ok := strings.Cut(k, " ")
			switch {
			case ok && (adminHeads[head] || rangeHeads[head] || siteHeads[head] || islandHeads[head]) && own[rest]:
				// «منطقة التنف», «مديرية نهم», «جبال قنديل», «منفذ البقع»: the
				// bare name is listed and is the mention.
				g.headed[k] = append(g.headed[k], int32(i))
				continue
			case ok && adminHeads[head] && (e.Kind == marsad.KindProvince || e.Kind == marsad.KindDistrict || e.Kind == marsad.KindCountry):
				putArabic(rest, i, true)
				continue
			case ok && siteHeads[head]:
				later = append(later, headed{i, k, rest})
				continue
			}
			putArabic(k, i, false)
		}
		for _, n := range e.Latin {
			put(nameKey(n), i, false, false)
		}
	}
	// «معبر نصيب», «ميناء الحديدة», «مطار الحديدة»: a crossing or port named
	// after a nearby town, or an airport named after a nearby city, is a
	// mention of the town (a camp, prison or base, or an airbase named after
	// a district, is a place of its own: «مطار المزة», «مخيم الهول»).
	for _, h := range later {
		e := &g.entries[h.i]
		near := false
		head, _, _ := strings.Cut(h.k, " ")
		if !townHeads[head] && head != "مطار" {
			putArabic(h.k, h.i, false)
			continue
		}
		for _, p := range g.byKey[strings.TrimSuffix(h.rest, " الدولي")] {
			o := &g.entries[p.idx]
			// «مطار الحديدة» is the city's airport; «مطار المزة» a base of its own.
			if head == "مطار" && o.Kind != marsad.KindCity {
				continue
			}
			if !p.needsCue && Distance(e.Lat, e.Lon, o.Lat, o.Lon) <= 30 {
				near = true
				break
			}
		}
		if !near {
			putArabic(h.k, h.i, false)
		}
	}
	g.jimVariants()
	g.first = make(map[string]uint64, len(g.byKey))
	for k := range g.byKey {
		w, _, _ := strings.Cut(k, " ")
		g.first[w] |= 1 << min(strings.Count(k, " ")+1, 63)
	}
	g.firstBits = bitfilter.New(len(g.first), 16)
	for w := range g.first {
		g.firstBits.Add(w)
	}
	// exact listings first so callers can prefer them.
	for k, ps := range g.byKey {
		sort.SliceStable(ps, func(a, b int) bool { return !ps[a].derived && ps[b].derived })
		g.byKey[k] = ps
	}
	if g.maxLen > 6 {
		g.maxLen = 6
	}
}
