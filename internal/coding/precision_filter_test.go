package coding

import (
	"strconv"
	"testing"
	"time"
)

// TestPrecisionCases runs testdata/precision_cases.txt: the constructions
// the precision filters drop or mark, and the triggers of lexicon_more.yaml.
func TestPrecisionCases(t *testing.T) {
	if cases := runCoderCases(t, "testdata/precision_cases.txt"); len(cases) < 30 {
		t.Errorf("corpus has %d cases, want at least 30", len(cases))
	}
}

// runCoderCases runs a case file (the format of cases.txt) through the
// coder alone, one subtest a line, every case to pass; it returns the
// cases.
func runCoderCases(t *testing.T, path string) []codingCase {
	t.Helper()
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	cases := readCases(t, path)
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range cases {
		t.Run(strconv.Itoa(tc.line), func(t *testing.T) {
			all, _ := c.CodeText(tc.text, pub)
			if got, ok := matchCase(tc, all); !ok {
				t.Errorf("Code(%s) = %s, want %v", tc.text, describe(got), tc.events)
			}
		})
	}
	return cases
}

// TestParseLexiconMerges checks that a second lexicon file adds its entries
// and lists, and that a bad one is refused with its position.
func TestParseLexiconMerges(t *testing.T) {
	base, err := ParseLexicon(ontologyYAML, lexiconYAML)
	if err != nil {
		t.Fatal(err)
	}
	all, err := LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if len(all.Triggers()) <= len(base.Triggers()) {
		t.Errorf("merged lexicon has %d patterns, the first file alone %d: want more", len(all.Triggers()), len(base.Triggers()))
	}
	if len(base.filters.invite) != 0 && len(all.filters.invite) == 0 {
		t.Error("filters of lexicon_more.yaml not loaded")
	}
	if len(all.filters.invite) == 0 || len(all.filters.onRequest) == 0 || len(all.filters.bystanders) == 0 || len(all.filters.commentators) == 0 || len(all.filters.history) == 0 {
		t.Error("a filter list of lexicon_more.yaml is empty")
	}
	inverse := 0
	for _, tr := range all.Triggers() {
		if tr.Inverse {
			inverse++
		}
	}
	if inverse == 0 {
		t.Error("no inverse trigger loaded")
	}
	for _, tc := range []struct{ name, more, want string }{
		{"bad type", "entries:\n  - type: NOPE\n    verbs: [\"قال/يقول\"]\n", "unknown type"},
		{"bad yaml", "entries: [\n", "lexicon 2"},
		{"other version", "version: 7\n", "version 7"},
		{"sense of no type", "senses:\n  - type: NOPE\n    after: [عن]\n    action: drop\n", "lexicon sense 1: unknown type"},
		{"sense without cues", "senses:\n  - type: CONSULT\n    heads: [بحث]\n    action: drop\n", "no cue words"},
		{"sense of no action", "senses:\n  - type: CONSULT\n    after: [عن]\n    action: skip\n", "action \"skip\""},
		{"sense window", "senses:\n  - type: CONSULT\n    after: [عن]\n    window: 20\n    action: drop\n", "window 20"},
		{"retype to no type", "senses:\n  - type: REJECT\n    after: [عن]\n    action: retype\n    to: NOPE/other\n", "retype to \"NOPE/other\""},
		{"retype without mode", "senses:\n  - type: REJECT\n    after: [عن]\n    action: retype\n    to: THREATEN\n", "retype to \"THREATEN\""},
		{"to without retype", "senses:\n  - type: REJECT\n    after: [عن]\n    action: drop\n    to: THREATEN/violence\n", "without action retype"},
	} {
		if _, err := ParseLexicon(ontologyYAML, lexiconYAML, []byte(tc.more)); err == nil || !containsStr(err.Error(), tc.want) {
			t.Errorf("ParseLexicon(%s) = %v, want error containing %q", tc.name, err, tc.want)
		}
	}
}

func containsStr(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

// TestParticipleDatesItsNoun checks that a year after a participle that
// describes a noun («الاتفاق المبرم في 2015») dates the noun, not the act
// told before it, while a year after the act itself still marks it past.
func TestParticipleDatesItsNoun(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, typ string
		current   bool
	}{
		{"ورحبت المملكة حليفة الجارة الكبرى بقرار الرئيس الانسحاب من الاتفاق التجاري المبرم في 2015 مع خصمها.", "SUPPORT", true},
		{"ويهدد رئيس الوزراء بالانسحاب من اتفاق المياه الموقع في مارس 2012 بين البلدين.", "THREATEN", true},
		{"ورحبت الحكومة بالاتفاق التجاري في مارس 2015 بعد مفاوضات طويلة.", "SUPPORT", false},
	} {
		checkCurrent(t, c, pub, tc.text, tc.typ, tc.current)
	}
}

// checkCurrent codes text as of pub and fails t unless a current event of
// type typ (no aux: not history, plan or negation) is coded exactly when
// want. The precision rounds' tables check their cases through it.
func checkCurrent(t *testing.T, c *Coder, pub time.Time, text, typ string, want bool) {
	t.Helper()
	evs, _ := c.CodeText(text, pub)
	got := false
	for _, e := range evs {
		got = got || (e.Type == typ && e.Aux == "")
	}
	if got != want {
		t.Errorf("CodeText(%q): current %s = %v, want %v (events %v)", text, typ, got, want, evs)
	}
}

// currentCase is a text of our own and whether a current event of type typ
// is coded in it.
type currentCase struct {
	name, text, typ string
	want            bool
}

// runCurrentCases codes each case's text, published 2026-11-29, and checks
// it with checkCurrent.
func runCurrentCases(t *testing.T, cases []currentCase) {
	t.Helper()
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkCurrent(t, c, pub, tc.text, tc.typ, tc.want)
		})
	}
}
