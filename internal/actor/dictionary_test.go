package actor

import (
	"errors"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/marsad/marsad"
)

var shared struct {
	once sync.Once
	d    *Dictionary
	err  error
}

// loadDefault returns one dictionary shared by the tests that only read it
// (loading takes a few hundred milliseconds). Tests that Merge load their own.
func loadDefault(t testing.TB) *Dictionary {
	t.Helper()
	shared.once.Do(func() { shared.d, shared.err = LoadDefault() })
	if shared.err != nil {
		t.Fatalf("LoadDefault() error: %v", shared.err)
	}
	return shared.d
}

// TestDefaultData validates the embedded dictionary files.
func TestDefaultData(t *testing.T) {
	d := loadDefault(t)
	if d.Len() < 1000 {
		t.Errorf("LoadDefault().Len() = %d, want at least 1000", d.Len())
	}
	ids := map[string]bool{}
	qid := regexp.MustCompile(`^Q[1-9][0-9]*$`)
	countries := 0
	for _, e := range d.Entries() {
		if ids[e.ID] {
			t.Errorf("id %q is not unique", e.ID)
		}
		ids[e.ID] = true
		if len(e.Arabic) == 0 || strings.TrimSpace(e.English) == "" {
			t.Errorf("%s: Arabic %v, English %q: want both", e.ID, e.Arabic, e.English)
		}
		if e.Country != "" && !d.ValidISO(e.Country) {
			t.Errorf("%s: country %q is not ISO 3166-1 alpha-3", e.ID, e.Country)
		}
		if !slices.Contains(Sectors, e.Sector) {
			t.Errorf("%s: sector %q not allowed", e.ID, e.Sector)
		}
		if e.Wikidata != "" && !qid.MatchString(e.Wikidata) {
			t.Errorf("%s: wikidata %q is not a Q-id", e.ID, e.Wikidata)
		}
		if e.Kind == KindCountry {
			countries++
			if e.Country != e.ID {
				t.Errorf("%s: country entry has country %q, want its id", e.ID, e.Country)
			}
		}
		if e.Kind == KindPerson && e.Role == "" {
			t.Errorf("%s: person without role", e.ID)
		}
	}
	if countries < 195 {
		t.Errorf("%d countries, want at least 195", countries)
	}
	for _, r := range d.Roles() {
		if r.Type != RoleOf && !slices.Contains(Sectors, r.Sector) {
			t.Errorf("role %q: sector %q not allowed", r.English, r.Sector)
		}
	}
	if len(d.Roles()) < 50 {
		t.Errorf("%d roles, want at least 50", len(d.Roles()))
	}
}

func TestISOList(t *testing.T) {
	b, err := dataFS.ReadFile("data/iso3166.txt")
	if err != nil {
		t.Fatal(err)
	}
	codes := parseISO(b)
	if len(codes) != 250 {
		t.Errorf("iso3166.txt has %d codes, want 249 assigned + XKX", len(codes))
	}
	re := regexp.MustCompile(`^[A-Z]{3}$`)
	for c := range codes {
		if !re.MatchString(c) {
			t.Errorf("iso3166.txt: %q is not three capital letters", c)
		}
	}
	for _, c := range []string{"IRQ", "SYR", "PSE", "TWN", "XKX", "USA"} {
		if !codes[c] {
			t.Errorf("iso3166.txt lacks %s", c)
		}
	}
}

func TestNisbaForms(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"عراقي", []string{"عراقي", "عراقيه", "عراقيون", "عراقيين", "عراقيات"}},
		{"أمريكي", []string{"امريكي", "امريكيه", "امريكيين"}},
		{"كوري شمالي", []string{"كوري شمالي", "كوريه شماليه"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := NisbaForms(tt.in)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("NisbaForms(%q) = %v, want it to contain %q", tt.in, got, w)
				}
			}
		})
	}
}

const userFile = `# a user's additions
kind: person
entries:
  - {id: PER_TEST_MAYOR, en: Karim Test, country: IRQ, sector: GOV, role: Mayor of Test, ar: [كريم التجريبي], surname: [التجريبي]}
  - {id: TEST_MILITIA, en: Test Brigades, kind: armed group, country: SYR, sector: REB, ar: [ألوية الاختبار]}
roles:
  - {en: harbour master, sector: GOV, type: person, ar: [مدير الميناء]}
`

func TestLoadFileAndMerge(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mine.yaml")
	if err := os.WriteFile(path, []byte(userFile), 0o644); err != nil {
		t.Fatal(err)
	}
	u, err := LoadFile(path)
	if err != nil {
		t.Fatalf("LoadFile() error: %v", err)
	}
	if u.Len() != 2 {
		t.Errorf("LoadFile().Len() = %d, want 2", u.Len())
	}
	d, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	n := d.Len()
	if err := d.Merge(u); err != nil {
		t.Fatalf("Merge() error: %v", err)
	}
	if d.Len() != n+2 {
		t.Errorf("after Merge Len() = %d, want %d", d.Len(), n+2)
	}
	m, ok := d.Resolve("وألوية الاختبار")
	if !ok || m.Actor.ID != "TEST_MILITIA" {
		t.Errorf("Resolve(ألوية الاختبار) after Merge = %+v, %v; want TEST_MILITIA", m.Actor, ok)
	}
	m, ok = d.Resolve("مدير الميناء العراقي")
	if !ok || m.Actor.Country != "IRQ" || m.Actor.Sector != "GOV" {
		t.Errorf("Resolve(مدير الميناء العراقي) after Merge = %+v, %v; want IRQ GOV", m.Actor, ok)
	}
	// Replacing an entry by id.
	r, err := Parse("fix.yaml", []byte("entries:\n  - {id: TEST_MILITIA, en: Test Brigades, kind: armed group, country: IRQ, sector: REB, ar: [ألوية الاختبار]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Merge(r); err != nil {
		t.Fatalf("Merge(replacement) error: %v", err)
	}
	if e, _ := d.Entry("TEST_MILITIA"); e.Country != "IRQ" || d.Len() != n+2 {
		t.Errorf("after replacement Entry(TEST_MILITIA).Country = %q, Len = %d; want IRQ, %d", e.Country, d.Len(), n+2)
	}
}

func TestLoadDefaultWith(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mine.yaml")
	if err := os.WriteFile(path, []byte(userFile), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := LoadDefaultWith("", path)
	if err != nil {
		t.Fatalf("LoadDefaultWith(%q) error: %v", path, err)
	}
	if _, ok := d.Entry("PER_TEST_MAYOR"); !ok {
		t.Errorf("LoadDefaultWith(%q) lacks PER_TEST_MAYOR", path)
	}
	if _, err := LoadDefaultWith(filepath.Join(t.TempDir(), "missing.yaml")); err == nil {
		t.Errorf("LoadDefaultWith(missing file) = nil error, want one")
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"bad yaml", "entries: [ {id: X", "parse"},
		{"unknown field", "entries:\n  - {id: X, en: X, ar: [س], kind: k, sector: GOV, colour: red}\n", "parse"},
		{"no id", "entries:\n  - {en: X, ar: [س], kind: k, sector: GOV}\n", "missing id"},
		{"no english", "entries:\n  - {id: X, ar: [س], kind: k, sector: GOV}\n", "missing English"},
		{"no arabic", "entries:\n  - {id: X, en: X, kind: k, sector: GOV}\n", "missing Arabic"},
		{"bad sector", "entries:\n  - {id: X, en: X, ar: [س], kind: k, sector: ARMY}\n", "sector"},
		{"bad country", "entries:\n  - {id: X, en: X, ar: [س], kind: k, sector: GOV, country: IRK}\n", "ISO 3166"},
		{"bad qid", "entries:\n  - {id: X, en: X, ar: [س], kind: k, sector: GOV, wikidata: 123}\n", "Q-id"},
		{"duplicate id", "entries:\n  - {id: X, en: X, ar: [س], kind: k, sector: GOV}\n  - {id: X, en: Y, ar: [ص], kind: k, sector: GOV}\n", "duplicate id"},
		{"empty name", "entries:\n  - {id: X, en: X, ar: ['،'], kind: k, sector: GOV}\n", "no word"},
		{"conflict", "entries:\n  - {id: A, en: A, ar: [الجبهة], kind: k, sector: GOV, country: IRQ}\n  - {id: B, en: B, ar: [جبهة], kind: k, sector: REB, country: IRQ}\n", "conflicting"},
		{"bad role type", "roles:\n  - {en: x, sector: GOV, type: boss, ar: [مدير]}\n", "type"},
		{"exact not a name", "entries:\n  - {id: X, en: X, ar: [وام], kind: k, sector: MED, exact: [واس]}\n", "exact name"},
		{"exact of two words", "entries:\n  - {id: X, en: X, ar: [وكالة وام], kind: k, sector: MED, exact: [وكالة وام]}\n", "not one word"},
		{"adjective not a name", "entries:\n  - {id: X, en: X, ar: [مالي], kind: k, sector: GOV, adjective: [مال]}\n", "adjective name"},
		{"bad utf8", "entries:\n  - {id: X, en: \xff, ar: [س], kind: k, sector: GOV}\n", "UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("t.yaml", []byte(tt.in))
			if err == nil {
				t.Fatalf("Parse(%q) = nil error, want one containing %q", tt.in, tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse(%q) error = %v, want it to contain %q", tt.in, err, tt.want)
			}
			var me *marsad.Error
			if !errors.As(err, &me) || me.Code != marsad.EINVALID {
				t.Errorf("Parse(%q) error code = %q, want %q", tt.in, marsad.ErrorCode(err), marsad.EINVALID)
			}
		})
	}
	// Marked ambiguity is allowed.
	ok := "entries:\n  - {id: A, en: A, ar: [الجبهة], kind: k, sector: GOV, country: IRQ, ambiguous: [الجبهة]}\n  - {id: B, en: B, ar: [جبهة], kind: k, sector: REB, country: IRQ, ambiguous: [جبهة]}\n"
	d, err := Parse("t.yaml", []byte(ok))
	if err != nil {
		t.Fatalf("Parse(ambiguous marked) error: %v", err)
	}
	if m, found := d.Resolve("الجبهة"); !found || !m.Ambiguous {
		t.Errorf("Resolve(الجبهة) = %+v, %v; want an ambiguous mention", m, found)
	}
}

// TestCounts logs the dictionary's size by kind and sector (go test -v) and
// checks the floors the project relies on.
func TestCounts(t *testing.T) {
	d := loadDefault(t)
	kinds, sectors := map[string]int{}, map[string]int{}
	names, nisbas, qids := 0, 0, 0
	for _, e := range d.Entries() {
		if e.Wikidata != "" {
			qids++
		}
		kinds[e.Kind]++
		sectors[e.Sector]++
		names += len(e.Arabic) + len(e.Capital)
		for _, n := range e.Nisba {
			nisbas += len(NisbaForms(n))
		}
		nisbas += len(e.Plural)
	}
	roleForms := 0
	for _, r := range d.Roles() {
		roleForms += len(r.Arabic)
	}
	t.Logf("entries %d, Arabic names %d, nisba forms %d, Wikidata ids %d, roles %d (%d forms)", d.Len(), names, nisbas, qids, len(d.Roles()), roleForms)
	for _, k := range slices.Sorted(maps.Keys(kinds)) {
		t.Logf("kind %-20s %4d", k, kinds[k])
	}
	for _, s := range Sectors {
		t.Logf("sector %s %4d", s, sectors[s])
	}
	for k, min := range map[string]int{KindCountry: 195, KindPerson: 150, "ministry": 100, "military": 60, "armed group": 60, "party": 50, "igo": 50, "media": 60, "ngo": 30} {
		if kinds[k] < min {
			t.Errorf("kind %s: %d entries, want at least %d", k, kinds[k], min)
		}
	}
}
