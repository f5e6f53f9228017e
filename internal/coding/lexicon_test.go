package coding

import (
	"strings"
	"testing"

	"github.com/marsad/marsad"
)

func TestLoadLexicon(t *testing.T) {
	lx, err := LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if got := len(lx.Ontology.Types); got != 16 {
		t.Errorf("ontology types = %d, want 16", got)
	}
	byType := map[string]int{}
	for _, tr := range lx.Triggers() {
		byType[tr.Type]++
		if tr.Mode != "" && !lx.hasMode(tr.Type, tr.Mode) {
			t.Errorf("trigger %q: mode %s not in ontology for %s", tr.Source, tr.Mode, tr.Type)
		}
	}
	for _, typ := range marsad.EventTypes {
		if byType[typ] == 0 {
			t.Errorf("no trigger codes %s", typ)
		}
	}
	if len(lx.Triggers()) < 300 {
		t.Errorf("lexicon has %d patterns, want at least 300", len(lx.Triggers()))
	}
}

func TestConjugate(t *testing.T) {
	tests := []struct {
		spec string
		want []string
		not  []string
	}{
		{"اعتقل/يعتقل", []string{"اعتقل", "اعتقلت", "اعتقلوا", "يعتقل", "تعتقل", "يعتقلون", "نعتقل"}, nil},
		{"دعا/يدعو", []string{"دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون"}, nil},
		{"ألقى/يلقي", []string{"القي", "القت", "القوا", "يلقي", "يلقون"}, nil},
		{"~أوقف/يوقف", []string{"اوقفت", "يوقف"}, []string{"اوقف"}},
		{"/يرد", []string{"يرد", "ترد", "نرد"}, []string{"رد"}},
	}
	for _, tc := range tests {
		forms, err := conjugate(tc.spec, false)
		if err != nil {
			t.Fatalf("conjugate(%q): %v", tc.spec, err)
		}
		for _, w := range tc.want {
			if !forms[w] {
				t.Errorf("conjugate(%q) lacks %q", tc.spec, w)
			}
		}
		for _, w := range tc.not {
			if forms[w] {
				t.Errorf("conjugate(%q) has %q, want it dropped", tc.spec, w)
			}
		}
	}
	for _, bad := range []string{"اعتقل", "/", "ا/يعتقل", "اعتقل/تعتقل"} {
		if _, err := conjugate(bad, false); err == nil {
			t.Errorf("conjugate(%q) = nil error, want one", bad)
		}
	}
}

func TestParseLexiconRejects(t *testing.T) {
	good := string(lexiconYAML)
	tests := []struct {
		name, lexicon, want string
	}{
		{"unknown type", "version: 1\nentries:\n  - type: ATTACK\n    verbs: [\"قصف/يقصف\"]\n", "unknown type"},
		{"bad mode", "version: 1\nentries:\n  - type: ASSAULT\n    mode: bombing\n    verbs: [\"قصف/يقصف\"]\n", "mode"},
		{"empty entry", "version: 1\nentries:\n  - type: ASSAULT\n", "no verbs"},
		{"gap first", "version: 1\nentries:\n  - type: ASSAULT\n    phrases: [\"* قصف\"]\n", "starts with a gap"},
		{"gap last", "version: 1\nentries:\n  - type: ASSAULT\n    phrases: [\"قصف *\"]\n", "ends with a gap"},
		{"weak not a noun", "version: 1\nentries:\n  - type: ASSAULT\n    nouns: [قصف]\n    weak: [غارة]\n", "weak"},
		{"bad confidence", "version: 1\nentries:\n  - type: ASSAULT\n    nouns: [قصف]\n    confidence: 2\n", "confidence"},
		{"not yaml", "entries: [", "lexicon"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseLexicon(ontologyYAML, []byte(tc.lexicon))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("ParseLexicon(%s) = %v, want error containing %q", tc.name, err, tc.want)
			}
			if marsad.ErrorCode(err) != marsad.EINVALID {
				t.Errorf("ParseLexicon(%s) code = %s, want %s", tc.name, marsad.ErrorCode(err), marsad.EINVALID)
			}
		})
	}
	if _, err := ParseLexicon([]byte("version: 1\ntypes: []\n"), []byte(good)); err == nil {
		t.Error("ParseLexicon(empty ontology) = nil error, want one")
	}
}
