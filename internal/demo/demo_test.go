package demo

import (
	"bufio"
	"bytes"
	"encoding/json"
	"testing"
	"time"
	"unicode/utf8"
)

func TestArticles(t *testing.T) {
	sc := bufio.NewScanner(bytes.NewReader(Articles()))
	sc.Buffer(nil, 1<<20)
	seen := map[string]bool{}
	n := 0
	for sc.Scan() {
		n++
		var a struct{ ID, Source, URL, Published, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("line %d: %v", n, err)
		}
		if a.ID == "" || a.Title == "" || a.URL == "" || a.Source == "" {
			t.Errorf("line %d: missing id, title, url or source", n)
		}
		if seen[a.ID] {
			t.Errorf("line %d: duplicate id %s", n, a.ID)
		}
		seen[a.ID] = true
		if _, err := time.Parse(time.RFC3339, a.Published); err != nil {
			t.Errorf("line %d: published %q: %v", n, a.Published, err)
		}
		if utf8.RuneCountInString(a.Text) < 200 {
			t.Errorf("line %d: text too short for a demo article", n)
		}
	}
	if n < 10 {
		t.Errorf("Articles() has %d articles, want at least 10", n)
	}
}
