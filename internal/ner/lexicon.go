package ner

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"strings"
)

// Gazetteer word classes, one bit each in a token's flags.
const (
	lexTitle uint32 = 1 << iota // title or role before a name
	lexOrg                      // head of an organisation name
	lexName                     // given name or name particle
	lexPlace                    // country, city, region or place head
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// lexiconFiles maps each embedded list to its class bit.
var lexiconFiles = []struct {
	name string
	bit  uint32
}{
	{"lexicon/titles.txt", lexTitle},
	{"lexicon/orgwords.txt", lexOrg},
	{"lexicon/firstnames.txt", lexName},
	{"lexicon/places.txt", lexPlace},
}

// lexicon maps a normalised word to its gazetteer class bits.
type lexicon map[string]uint32

// loadLexicon reads the embedded word lists.
func loadLexicon() (lexicon, error) {
	lex := lexicon{}
	for _, f := range lexiconFiles {
		data, err := lexiconFS.ReadFile(f.name)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", f.name, err)
		}
		n, err := lex.add(data, f.bit)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.name, err)
		}
		if n == 0 {
			return nil, fmt.Errorf("%s: no entries", f.name)
		}
	}
	return lex, nil
}

// add reads one list and returns the number of entries.
func (lex lexicon) add(data []byte, bit uint32) (int, error) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	n, line := 0, 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if i := strings.IndexByte(s, '#'); i >= 0 {
			s = s[:i]
		}
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		for _, w := range strings.Fields(s) {
			k := normalizeString(w)
			if k == "" {
				return n, fmt.Errorf("line %d: entry %q normalises to nothing", line, w)
			}
			lex[k] |= bit
		}
		n++
	}
	return n, sc.Err()
}

// normalizeString applies normRune to every rune of s.
func normalizeString(s string) string {
	var b strings.Builder
	for _, r := range s {
		if nr := normRune(r); nr >= 0 {
			b.WriteRune(nr)
		}
	}
	return b.String()
}
