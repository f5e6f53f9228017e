package cluster

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed data/tracking_params.txt data/stopwords.txt
var dataFS embed.FS

// wordList is a set of words read from an embedded list, with the entries
// that end in * kept apart as prefixes.
type wordList struct {
	words    map[string]bool
	prefixes []string
}

func (w *wordList) has(s string) bool {
	if w.words[s] {
		return true
	}
	for _, p := range w.prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// loadWordList parses one list: a word a line, # comments, blank lines
// ignored, a trailing * making the entry a prefix.
func loadWordList(name string) (*wordList, error) {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	w := &wordList{words: map[string]bool{}}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.ContainsAny(line, " \t") {
			return nil, fmt.Errorf("%s:%d: %q has a space", name, n, line)
		}
		if p, ok := strings.CutSuffix(line, "*"); ok {
			w.prefixes = append(w.prefixes, p)
			continue
		}
		w.words[line] = true
	}
	return w, nil
}

// The lists are embedded, so failing to parse them is a build mistake that
// TestDataFiles catches; at run time a broken list panics on first use.
var (
	trackingParams = sync.OnceValue(func() *wordList { return mustLoad("data/tracking_params.txt") })
	stopWords      = sync.OnceValue(func() *wordList { return mustLoad("data/stopwords.txt") })
)

func mustLoad(name string) *wordList {
	w, err := loadWordList(name)
	if err != nil {
		panic(err)
	}
	return w
}
