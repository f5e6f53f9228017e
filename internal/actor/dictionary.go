package actor

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
	"github.com/marsad/marsad/internal/bitfilter"
)

//go:embed data/*.yaml data/iso3166.txt
var dataFS embed.FS

// defaultFiles are the embedded dictionary files in load order: where two
// entries share an alias with the same country and sector, the first loaded
// wins, so hand-written files come before the generated one.
var defaultFiles = []string{
	"data/state.yaml",
	"data/groups.yaml",
	"data/intl.yaml",
	"data/persons.yaml",
	"data/persons2.yaml",
	"data/countries.yaml",
	"data/generated.yaml",
	"data/roles.yaml",
}

// Sectors are the allowed sector codes.
var Sectors = []string{"GOV", "MIL", "POL", "REB", "OPP", "PTY", "IGO", "NGO", "MED", "CVL", "BUS", "EDU", "REL", "JUD", "LEG"}

// Entry kinds with a meaning to the linker. Other kinds (ministry, military,
// armed group, party, igo, ngo, media …) are descriptive.
const (
	KindCountry = "country"
	KindPerson  = "person"
	KindCapital = "capital" // a Mention of a capital city standing for a government
	KindRole    = "role"    // a Mention built from a role phrase
)

// Entry is one canonical actor of the dictionary.
type Entry struct {
	ID        string   `yaml:"id"`
	English   string   `yaml:"en"`
	Arabic    []string `yaml:"ar"`                  // names and true variants
	Kind      string   `yaml:"kind,omitempty"`      // country, ministry, military, person …
	Country   string   `yaml:"country,omitempty"`   // ISO 3166-1 alpha-3; empty for transnational actors
	Sector    string   `yaml:"sector,omitempty"`    // one of Sectors
	Wikidata  string   `yaml:"wikidata,omitempty"`  // Q-id, only where known
	Role      string   `yaml:"role,omitempty"`      // people: their office
	Nisba     []string `yaml:"nisba,omitempty"`     // masculine singular nisbas; other forms are derived
	Plural    []string `yaml:"plural,omitempty"`    // irregular plurals (أتراك)
	Capital   []string `yaml:"capital,omitempty"`   // cities standing for this actor («دمشق»)
	Surname   []string `yaml:"surname,omitempty"`   // people: names for later mentions in an article
	Ambiguous []string `yaml:"ambiguous,omitempty"` // aliases knowingly shared with other actors
	// Exact lists one-word names of ar that match only as written: hamza
	// and madda are not folded («وام», not the word «وأم» "and a mother»;
	// «أبل», not «وابل» "a barrage" or «بابل»). Clitics still attach.
	Exact []string `yaml:"exact,omitempty"`
	// Adjective lists one-word names of ar that are also adjectives: right
	// after an indefinite word that is no place word they are the adjective
	// («دعم مالي» "financial support"), elsewhere the name («في مالي»).
	Adjective []string `yaml:"adjective,omitempty"`
}

// Actor returns the entry as a marsad.Actor named by surface.
func (e *Entry) Actor(surface string) marsad.Actor {
	canon := ""
	if len(e.Arabic) > 0 {
		canon = e.Arabic[0]
	}
	return marsad.Actor{ID: e.ID, Name: surface, Canon: canon, English: e.English, Country: e.Country, Sector: e.Sector}
}

// Role is one entry of the role lexicon.
type Role struct {
	English string   `yaml:"en"`
	Sector  string   `yaml:"sector"` // for type "of": optional, replaces the sector of a following role phrase
	Type    string   `yaml:"type"`   // person, body, group, of
	Arabic  []string `yaml:"ar"`
}

// Role types.
const (
	RolePerson = "person"
	RoleBody   = "body"
	RoleGroup  = "group"
	RoleOf     = "of"
)

// file is the on-disk format of a dictionary file. Every key is optional.
type file struct {
	Kind         string   `yaml:"kind"`    // default kind of the file's entries
	Sector       string   `yaml:"sector"`  // default sector
	Country      string   `yaml:"country"` // default country
	Entries      []Entry  `yaml:"entries"`
	Roles        []Role   `yaml:"roles"`
	Modifiers    []string `yaml:"modifiers"`
	SubjectVerbs []string `yaml:"subject_verbs"`
	PlaceWords   []string `yaml:"place_words"`
}

// Via values: how an alias or a mention was found.
const (
	ViaName    = "name"    // a dictionary name
	ViaCapital = "capital" // a capital city standing for its government
	ViaSurname = "surname" // a surname of a person named earlier in the article
	ViaRole    = "role"    // a role phrase, with or without nisba
	ViaNER     = "ner"     // a named entity not in the dictionary
	ViaPlural  = "plural"  // a plural nisba standing alone («الإيرانيين»): the people of a country
	ViaAnaphor = "anaphor" // a definite institution word for the latest actor of its sector («الحركة»)
)

// alias is one indexed name: the keys of its tokens after the first.
type alias struct {
	rest    []string
	entry   int
	via     string
	amb     bool
	needArt bool   // a one-word name written with ال needs it in the text («الصدر», not the verb «صدر»)
	noArt   bool   // a one-word name written without ال must not have it («مالي», not «المالي» "the financial")
	exact   string // a name of Entry.Exact: the written form the word must have (writtenForm)
	adj     bool   // a name of Entry.Adjective
	fp      uint64 // fingerprint of rest[0] (restFP)
}

type roleAlias struct {
	rest    []string
	fp      uint64 // fingerprint of rest[0] (restFP)
	role    int
	last    string // the alias's last token as normalised
	needArt bool   // see alias
	noArt   bool   // see alias
}

// Dictionary is a loaded actor dictionary with its role lexicon, indexed for
// matching. It is safe for concurrent reads; Merge must not run concurrently
// with matching.
type Dictionary struct {
	entries []*Entry
	byID    map[string]int
	roles   []Role

	names    map[string][]alias     // first-token key → names and capitals
	nisbas   map[string][]alias     // first-token key → nisba forms
	surnames map[string][]alias     // first-token key → surnames (used by the Linker only)
	roleIdx  map[string][]roleAlias // first-token key → role aliases
	first    map[string]*keyIndex   // first-token key → the four above (keyIx)
	keyBits  *bitfilter.Filter      // the keys of first (most words start no alias)

	modifiers    map[string]bool
	subjectVerbs map[string]bool
	placeWords   map[string]bool
	iso          map[string]bool
}

// LoadDefault loads the embedded dictionary.
func LoadDefault() (*Dictionary, error) {
	iso, err := dataFS.ReadFile("data/iso3166.txt")
	if err != nil {
		return nil, fmt.Errorf("actor: read iso3166.txt: %w", err)
	}
	d := newDictionary(parseISO(iso))
	for _, name := range defaultFiles {
		b, err := dataFS.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("actor: read %s: %w", name, err)
		}
		if err := d.add(name, b); err != nil {
			return nil, err
		}
	}
	if err := d.build(); err != nil {
		return nil, err
	}
	return d, nil
}

// LoadDefaultWith loads the embedded dictionary and merges the user files
// at paths into it, in order (empty paths are skipped).
func LoadDefaultWith(paths ...string) (*Dictionary, error) {
	d, err := LoadDefault()
	if err != nil {
		return nil, err
	}
	for _, p := range paths {
		if strings.TrimSpace(p) == "" {
			continue
		}
		u, err := LoadFile(p)
		if err != nil {
			return nil, err
		}
		if err := d.Merge(u); err != nil {
			return nil, fmt.Errorf("actor: merge %s: %w", p, err)
		}
	}
	return d, nil
}

// LoadFile loads a user's dictionary file in the format of the embedded
// ones (see docs/parts/actor.md). Country codes are checked against the
// embedded ISO 3166-1 list.
func LoadFile(path string) (*Dictionary, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("actor: load %s: %w", path, err)
	}
	return Parse(path, b)
}

// Parse loads a dictionary from the bytes of one file; name is used in
// error messages.
func Parse(name string, data []byte) (*Dictionary, error) {
	iso, err := dataFS.ReadFile("data/iso3166.txt")
	if err != nil {
		return nil, fmt.Errorf("actor: read iso3166.txt: %w", err)
	}
	d := newDictionary(parseISO(iso))
	if err := d.add(name, data); err != nil {
		return nil, err
	}
	if err := d.build(); err != nil {
		return nil, err
	}
	return d, nil
}

// Merge adds other's entries, roles and word lists to d. An entry of other
// with an id d already has replaces it. Merge re-validates the result and
// leaves d unchanged when it returns an error.
func (d *Dictionary) Merge(other *Dictionary) error {
	if other == nil {
		return nil
	}
	n := &Dictionary{byID: map[string]int{}, iso: d.iso,
		modifiers: cloneSet(d.modifiers), subjectVerbs: cloneSet(d.subjectVerbs), placeWords: cloneSet(d.placeWords)}
	n.entries = slices.Clone(d.entries)
	maps := func(dst, src map[string]bool) {
		for k := range src {
			dst[k] = true
		}
	}
	for i, e := range n.entries {
		n.byID[e.ID] = i
	}
	for _, e := range other.entries {
		if i, ok := n.byID[e.ID]; ok {
			n.entries[i] = e
			continue
		}
		n.byID[e.ID] = len(n.entries)
		n.entries = append(n.entries, e)
	}
	n.roles = append(slices.Clone(d.roles), other.roles...)
	maps(n.modifiers, other.modifiers)
	maps(n.subjectVerbs, other.subjectVerbs)
	maps(n.placeWords, other.placeWords)
	if err := n.build(); err != nil {
		return err
	}
	*d = *n
	return nil
}

// Len returns the number of entries.
func (d *Dictionary) Len() int { return len(d.entries) }

// Entries returns the entries in load order. Callers must not modify them.
func (d *Dictionary) Entries() []*Entry { return d.entries }

// Entry returns the entry with the given id.
func (d *Dictionary) Entry(id string) (*Entry, bool) {
	i, ok := d.byID[id]
	if !ok {
		return nil, false
	}
	return d.entries[i], true
}

// Roles returns the role lexicon.
func (d *Dictionary) Roles() []Role { return d.roles }

func newDictionary(iso map[string]bool) *Dictionary {
	return &Dictionary{byID: map[string]int{}, iso: iso,
		modifiers: map[string]bool{}, subjectVerbs: map[string]bool{}, placeWords: map[string]bool{}}
}

func cloneSet(m map[string]bool) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

func parseISO(b []byte) map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		for _, f := range strings.Fields(line) {
			out[f] = true
		}
	}
	return out
}

// ValidISO reports whether code is in the dictionary's list of ISO 3166-1
// alpha-3 codes.
func (d *Dictionary) ValidISO(code string) bool { return d.iso[code] }

// decode parses YAML, turning a parser panic into an error: the YAML
// library is third-party and user files are untrusted.
func decode(data []byte, f *file) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml parser failed: %v", r)
		}
	}()
	return yaml.UnmarshalWithOptions(data, f, yaml.DisallowUnknownField())
}

// add parses one file and appends its content (validation happens in build).
func (d *Dictionary) add(name string, data []byte) error {
	if !utf8.Valid(data) {
		return marsad.Errorf(marsad.EINVALID, "actor: %s: not valid UTF-8", name)
	}
	var f file
	if len(bytes.TrimSpace(data)) > 0 {
		if err := decode(data, &f); err != nil {
			return &marsad.Error{Code: marsad.EINVALID, Message: fmt.Sprintf("actor: %s: parse", name), Err: err}
		}
	}
	for i := range f.Entries {
		e := f.Entries[i]
		if e.Kind == "" {
			e.Kind = f.Kind
		}
		if e.Sector == "" {
			e.Sector = f.Sector
		}
		if e.Country == "" {
			e.Country = f.Country
		}
		if e.Kind == KindCountry || e.Kind == "territory" {
			if e.Country == "" {
				e.Country = e.ID
			}
		}
		if _, dup := d.byID[e.ID]; dup {
			return marsad.Errorf(marsad.EINVALID, "actor: %s: entry %d: duplicate id %q", name, i+1, e.ID)
		}
		if err := d.checkEntry(&e); err != nil {
			return &marsad.Error{Code: marsad.EINVALID, Message: fmt.Sprintf("actor: %s: entry %d", name, i+1), Err: err}
		}
		d.byID[e.ID] = len(d.entries)
		d.entries = append(d.entries, &e)
	}
	for i, r := range f.Roles {
		if err := checkRole(r); err != nil {
			return &marsad.Error{Code: marsad.EINVALID, Message: fmt.Sprintf("actor: %s: role %d", name, i+1), Err: err}
		}
		d.roles = append(d.roles, r)
	}
	for _, w := range f.Modifiers {
		d.modifiers[wordKey(arabic.Normalize(strings.TrimSpace(w)))] = true
	}
	for _, w := range f.SubjectVerbs {
		d.subjectVerbs[arabic.Normalize(strings.TrimSpace(w))] = true
	}
	for _, w := range f.PlaceWords {
		d.placeWords[arabic.Normalize(strings.TrimSpace(w))] = true
	}
	return nil
}

func (d *Dictionary) checkEntry(e *Entry) error {
	switch {
	case e.ID == "":
		return errors.New("missing id")
	case strings.ContainsAny(e.ID, " \t\n"):
		return fmt.Errorf("id %q has white space", e.ID)
	case strings.TrimSpace(e.English) == "":
		return fmt.Errorf("%s: missing English name (en)", e.ID)
	case len(e.Arabic) == 0:
		return fmt.Errorf("%s: missing Arabic names (ar)", e.ID)
	case e.Kind == "":
		return fmt.Errorf("%s: missing kind", e.ID)
	case !slices.Contains(Sectors, e.Sector):
		return fmt.Errorf("%s: sector %q is not one of %s", e.ID, e.Sector, strings.Join(Sectors, " "))
	case e.Country != "" && !d.iso[e.Country]:
		return fmt.Errorf("%s: country %q is not an ISO 3166-1 alpha-3 code", e.ID, e.Country)
	case e.Wikidata != "" && !validQID(e.Wikidata):
		return fmt.Errorf("%s: wikidata %q is not a Q-id", e.ID, e.Wikidata)
	}
	for what, xs := range map[string][]string{"exact": e.Exact, "adjective": e.Adjective} {
		for _, x := range xs {
			if !slices.Contains(e.Arabic, x) {
				return fmt.Errorf("%s: %s name %q is not one of ar", e.ID, what, x)
			}
			if len(aliasKeys(x)) != 1 {
				return fmt.Errorf("%s: %s name %q is not one word", e.ID, what, x)
			}
		}
	}
	for _, lists := range [][]string{e.Arabic, e.Nisba, e.Plural, e.Capital, e.Surname} {
		for _, a := range lists {
			if len(aliasKeys(a)) == 0 {
				return fmt.Errorf("%s: name %q has no word", e.ID, a)
			}
		}
	}
	return nil
}

func validQID(s string) bool {
	if len(s) < 2 || s[0] != 'Q' || s[1] == '0' {
		return false
	}
	for _, c := range s[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func checkRole(r Role) error {
	switch r.Type {
	case RolePerson, RoleBody, RoleGroup:
		if !slices.Contains(Sectors, r.Sector) {
			return fmt.Errorf("role %q: sector %q is not one of %s", r.English, r.Sector, strings.Join(Sectors, " "))
		}
	case RoleOf:
		if r.Sector != "" && !slices.Contains(Sectors, r.Sector) {
			return fmt.Errorf("role %q: sector %q is not one of %s", r.English, r.Sector, strings.Join(Sectors, " "))
		}
	default:
		return fmt.Errorf("role %q: type %q is not person, body, group or of", r.English, r.Type)
	}
	if len(r.Arabic) == 0 {
		return fmt.Errorf("role %q: missing Arabic forms (ar)", r.English)
	}
	for _, a := range r.Arabic {
		if len(aliasKeys(a)) == 0 {
			return fmt.Errorf("role %q: form %q has no word", r.English, a)
		}
	}
	return nil
}

// nisbaSuffixes derive the inflected forms of a masculine singular nisba
// (normalised: ة is ه): feminine, plurals, duals and the accusative -ا.
var nisbaSuffixes = []string{"", "ه", "ون", "ين", "ات", "ان", "ا", "تين", "تان", "ه"}

// NisbaForms returns the forms derived from one masculine nisba, each
// multi-word nisba inflected on every word («كوري شمالي» → «كورية شمالية»).
func NisbaForms(n string) []string {
	words := strings.Fields(arabic.Normalize(n))
	var out []string
	seen := map[string]bool{}
	for _, s := range nisbaSuffixes {
		parts := make([]string, len(words))
		for i, w := range words {
			parts[i] = w + s
		}
		f := strings.Join(parts, " ")
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// build indexes entries and roles and checks alias conflicts.
func (d *Dictionary) build() error {
	d.names = map[string][]alias{}
	d.nisbas = map[string][]alias{}
	d.surnames = map[string][]alias{}
	d.roleIdx = map[string][]roleAlias{}
	type owner struct {
		entry int
		amb   bool
	}
	seenName := map[string][]owner{}  // full key → entries (names and capitals)
	seenNisba := map[string][]owner{} // full key → entries
	addTo := func(idx map[string][]alias, seen map[string][]owner, name string, ei int, via string, amb, nisba bool, exact string) {
		need, no := false, false
		if via != ViaPlural && !nisba {
			need, no = articleRule(name)
		}
		ks := aliasKeys(name)
		if len(ks) == 0 {
			return
		}
		full := strings.Join(ks, " ")
		for _, o := range seen[full] {
			if o.entry == ei && exact == "" {
				return // a variant that normalises to one already indexed
			}
		}
		if seen != nil {
			seen[full] = append(seen[full], owner{ei, amb})
		}
		idx[ks[0]] = append(idx[ks[0]], alias{rest: ks[1:], fp: restFP(ks[1:]), entry: ei, via: via, amb: amb, needArt: need, noArt: no, exact: exact})
	}
	adjective := func(ei int, name string) {
		ks := aliasKeys(name)
		for j := range d.names[ks[0]] {
			if a := &d.names[ks[0]][j]; a.entry == ei && len(a.rest) == 0 {
				a.adj = true
			}
		}
	}
	for i, e := range d.entries {
		amb := map[string]bool{}
		for _, a := range e.Ambiguous {
			amb[strings.Join(aliasKeys(a), " ")] = true
		}
		isAmb := func(s string) bool { return amb[strings.Join(aliasKeys(s), " ")] }
		for _, a := range e.Arabic {
			ex := ""
			if slices.Contains(e.Exact, a) {
				ex = writtenForm(a)
			}
			addTo(d.names, seenName, a, i, ViaName, isAmb(a), false, ex)
		}
		for _, a := range e.Capital {
			addTo(d.names, seenName, a, i, ViaCapital, isAmb(a), false, "")
		}
		for _, a := range e.Adjective {
			adjective(i, a)
		}
		for _, n := range e.Nisba {
			for _, f := range NisbaForms(n) {
				via := ViaName
				if strings.HasSuffix(f, "ون") || strings.HasSuffix(f, "ين") {
					via = ViaPlural
				}
				addTo(d.nisbas, seenNisba, f, i, via, false, true, "")
			}
		}
		for _, p := range e.Plural {
			addTo(d.nisbas, seenNisba, p, i, ViaPlural, false, true, "")
		}
		for _, s := range e.Surname {
			addTo(d.surnames, map[string][]owner{}, s, i, ViaSurname, false, false, "")
		}
	}
	// Conflicts: one name for actors that differ in country or sector must
	// be marked ambiguous by every entry that lists it.
	var problems []string
	check := func(what string, seen map[string][]owner, sectorMatters bool) {
		keys := make([]string, 0, len(seen))
		for k := range seen {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			os := seen[k]
			if len(os) < 2 {
				continue
			}
			a := d.entries[os[0].entry]
			allAmb := true
			conflict := false
			for _, o := range os {
				b := d.entries[o.entry]
				if b.Country != a.Country || (sectorMatters && b.Sector != a.Sector) {
					conflict = true
				}
				allAmb = allAmb && o.amb
			}
			if conflict && !allAmb {
				ids := make([]string, len(os))
				for j, o := range os {
					ids[j] = d.entries[o.entry].ID
				}
				problems = append(problems, fmt.Sprintf("%s %q maps to %s", what, k, strings.Join(ids, ", ")))
			}
		}
	}
	check("name", seenName, true)
	check("nisba", seenNisba, false)
	if len(problems) > 0 {
		if len(problems) > 10 {
			problems = append(problems[:10], fmt.Sprintf("and %d more", len(problems)-10))
		}
		return marsad.Errorf(marsad.EINVALID, "actor: conflicting aliases (list them under ambiguous in every entry): %s", strings.Join(problems, "; "))
	}
	for i, r := range d.roles {
		for _, a := range r.Arabic {
			ks := aliasKeys(a)
			toks := arabic.Tokenize(a)
			last := ""
			if len(toks) > 0 {
				last = toks[len(toks)-1].Norm
			}
			need, no := articleRule(a)
			d.roleIdx[ks[0]] = append(d.roleIdx[ks[0]], roleAlias{rest: ks[1:], fp: restFP(ks[1:]), role: i, last: last, needArt: need, noArt: no})
		}
	}
	d.buildKeys()
	return nil
}

// wordKey is the matching key of one normalised word: the article ال is
// dropped when at least two letters remain, so «الجيش» and «جيش» meet.
func wordKey(norm string) string {
	if strings.HasPrefix(norm, "ال") {
		rest := norm[len("ال"):]
		if _, n := utf8.DecodeRuneInString(rest); n > 0 && len(rest) > n {
			return rest
		}
	}
	return norm
}

// articleRule says how a one-word name treats the article ال: written with
// it, it needs it in the text (الصدر, not the verb صدر; الإخوان, not إخوان
// "brothers"); written without, it must not have it (مالي, not المالي "the
// financial"; حماس, not الحماس "enthusiasm"). Names of several words take
// the article on any word or none.
func articleRule(name string) (need, no bool) {
	n := 0
	art := false
	for _, t := range arabic.Tokenize(name) {
		if !matchable(t) {
			continue
		}
		n++
		art = strings.HasPrefix(t.Norm, "ال") && wordKey(t.Norm) != t.Norm
	}
	if n != 1 {
		return false, false
	}
	return art, !art
}

// aliasKeysRule is aliasKeys(s) and articleRule(s) from one tokenisation.
func aliasKeysRule(s string) (ks []string, need, no bool) {
	art := false
	for _, t := range arabic.Tokenize(s) {
		if !matchable(t) {
			continue
		}
		k := wordKey(t.Norm)
		ks = append(ks, k)
		art = strings.HasPrefix(t.Norm, "ال") && k != t.Norm
	}
	if len(ks) != 1 {
		return ks, false, false
	}
	return ks, art, !art
}

// writtenForm is a word as written, without diacritics, tatweel and
// invisible marks (what NormalizeRune drops): hamza and madda stay.
func writtenForm(s string) string {
	var b strings.Builder
	for _, r := range strings.TrimSpace(s) {
		if arabic.NormalizeRune(r) < 0 {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// aliasKeys returns the keys of the words of a name (punctuation dropped).
func aliasKeys(s string) []string {
	var out []string
	for _, t := range arabic.Tokenize(s) {
		if !matchable(t) {
			continue
		}
		out = append(out, wordKey(t.Norm))
	}
	return out
}

func matchable(t arabic.Token) bool {
	return t.Kind == arabic.Word || t.Kind == arabic.Latin || t.Kind == arabic.Number
}
