package arabic

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSentencesGoldEvidence checks the splitter against the shared dev gold:
// every hand-marked evidence passage and quote should lie inside one
// sentence (a boundary inside it would cut an event or a quote in two).
func TestSentencesGoldEvidence(t *testing.T) {
	path := filepath.Join(sharedDir(), "eval", "gold", "dev.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("shared dev gold not available (%v); skipping", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var pieces, inside, articles, nsent, ncp int
	for sc.Scan() {
		var rec struct {
			Text   string `json:"text"`
			Events []struct {
				Evidence []string `json:"evidence"`
			} `json:"events"`
			Quotes []struct {
				Text string `json:"text"`
			} `json:"quotes"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		articles++
		ss := Sentences(rec.Text)
		nsent += len(ss)
		for _, x := range ss {
			ncp += x.CEnd - x.CStart
		}
		var want []string
		for _, e := range rec.Events {
			want = append(want, e.Evidence...)
		}
		for _, q := range rec.Quotes {
			want = append(want, q.Text)
		}
		for _, w := range want {
			at := strings.Index(rec.Text, w)
			if at < 0 {
				continue
			}
			pieces++
			ok := false
			for _, s := range ss {
				if s.Start <= at && at+len(w) <= s.End {
					ok = true
					break
				}
			}
			if ok {
				inside++
			} else {
				t.Logf("split inside: %q", w)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	rate := float64(inside) / float64(max(pieces, 1))
	t.Logf("%d articles, %d sentences (mean %d code points): %d of %d evidence passages and quotes inside one sentence (%.1f%%)", articles, nsent, ncp/max(nsent, 1), inside, pieces, 100*rate)
	if rate < 0.95 {
		t.Errorf("only %.1f%% of gold passages lie inside one sentence, want at least 95%%", 100*rate)
	}
}

// TestParseNumberGoldCounts reads every number in the evidence passages of
// gold events that carry a count and checks that one reading equals the
// count. Counts given only by a dual noun (وزيرين) or a singular (اعتقال
// رجل) have no number to read; they bound the recall below 100%.
func TestParseNumberGoldCounts(t *testing.T) {
	path := filepath.Join(sharedDir(), "eval", "gold", "dev.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("shared dev gold not available (%v); skipping", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var counts, found int
	for sc.Scan() {
		var rec struct {
			Events []struct {
				Evidence []string `json:"evidence"`
				Count    *int64   `json:"count"`
			} `json:"events"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for _, e := range rec.Events {
			if e.Count == nil {
				continue
			}
			counts++
			ok := false
			var read []int64
			for _, ev := range e.Evidence {
				toks := Tokenize(ev)
				for i := range toks {
					if n, isNum := ParseNumber(toks, i); isNum && !n.Vague {
						read = append(read, n.Value)
						ok = ok || n.Value == *e.Count
					}
				}
			}
			if ok {
				found++
			} else {
				t.Logf("count %d not read (read %v) in %q", *e.Count, read, e.Evidence)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	rate := float64(found) / float64(max(counts, 1))
	t.Logf("%d of %d gold counts read from their evidence passages (%.1f%%)", found, counts, 100*rate)
	// On the 31 dev articles every count written as a number is read; the
	// rest are duals and singulars.
	if rate < 0.6 {
		t.Errorf("only %.1f%% of gold counts read, want at least 60%%", 100*rate)
	}
}
