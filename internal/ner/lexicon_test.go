package ner

import "testing"

func TestLexicon(t *testing.T) {
	lex, err := loadLexicon()
	if err != nil {
		t.Fatalf("loadLexicon() error %v", err)
	}
	tests := []struct {
		word string
		bit  uint32
	}{
		{"الرئيس", lexTitle},
		{"وزارة", lexOrg},
		{"محمد", lexName},
		{"بغداد", lexPlace},
		{"أحمد", lexName},
		{"احمد", lexName}, // normalised variant
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			if got := lex[normalizeString(tt.word)]; got&tt.bit == 0 {
				t.Errorf("lexicon[%s] = %b, want bit %b", tt.word, got, tt.bit)
			}
		})
	}
	for _, f := range lexiconFiles {
		n, err := lexicon{}.add([]byte(mustRead(t, f.name)), f.bit)
		if err != nil || n < 50 {
			t.Errorf("%s: %d entries, error %v; want ≥ 50 entries", f.name, n, err)
		}
	}
}

func mustRead(t *testing.T, name string) string {
	t.Helper()
	b, err := lexiconFS.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestTypeMaps(t *testing.T) {
	for _, f := range []string{FormatAQMAR, FormatFANE, FormatWojood} {
		m, err := loadTypeMap(f)
		if err != nil || len(m) < 10 {
			t.Errorf("loadTypeMap(%s) = %d entries, error %v", f, len(m), err)
		}
	}
}
