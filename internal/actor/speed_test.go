package actor

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/arabic"
	"github.com/marsad/marsad/internal/sharedtest"
)

// corpusTexts returns up to n article texts of the shared news corpus,
// skipping the test when it is absent.
func corpusTexts(t *testing.T, n int) []string {
	t.Helper()
	path := sharedtest.Dir(t, "data", "ant-corpus-multisource", "ant-corpus-multisource.jsonl.gz")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var out []string
	for len(out) < n && sc.Scan() {
		var r struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		out = append(out, r.Text)
	}
	return out
}

// datelineRef is the plain search findDateline stands for: the regexp over
// the first maxDatelineLine+1 lines.
func datelineRef(text string) []int {
	head, n := text, 0
	for i := 0; i < len(head); i++ {
		if head[i] == '\n' {
			if n++; n > maxDatelineLine {
				head = head[:i]
				break
			}
		}
	}
	return datelineRe.FindStringSubmatchIndex(head)
}

func TestFindDatelineMatchesRegexp(t *testing.T) {
	long := strings.Repeat("كلمة ", 80)
	cases := []string{
		"",
		"\n",
		"بيروت (رويترز) - قال",
		"عنوان\nدبي، الإمارات العربية المتحدة (CNN) -- أعلنت",
		"عنوان\nسطر\nثالث (أ ف ب)\nرابع (رويترز)",
		"عنوان\nسطر\nثالث\nرابع (رويترز)",
		long + "(رويترز)",
		long[:len(long)-60] + "(رويترز) وقال",
		"نص (قوس) ثم\nبغداد (أ ف ب)",
		"(رويترز)",
		"بغداد (" + strings.Repeat("ا", 30) + ")",
		"\n\nبغداد (رويترز)\n",
		// the longest match: four-byte letters up to every bound
		strings.Repeat("𝐀", 60) + "(" + strings.Repeat("𝐀", 25) + ") نص",
		"عنوان\n" + strings.Repeat("𝐀", 60) + "(" + strings.Repeat("𝐀", 25) + ")",
		strings.Repeat("𝐀", 61) + "(" + strings.Repeat("𝐀", 25) + ")",
	}
	for _, s := range cases {
		if got, want := findDateline(s), datelineRef(s); !slices.Equal(got, want) {
			t.Errorf("findDateline(%q) = %v, want %v", s, got, want)
		}
	}
	found := 0
	for _, s := range corpusTexts(t, 5000) {
		got, want := findDateline(s), datelineRef(s)
		if !slices.Equal(got, want) {
			t.Errorf("findDateline(%.80q…) = %v, want %v", s, got, want)
		}
		if want != nil {
			found++
		}
	}
	t.Logf("%d corpus datelines", found)
}

// TestNextFPOnlySkipsMisses checks that the second-word fingerprint never
// skips an alias restMatches would match, over every alias list reached
// from the words of corpus articles.
func TestNextFPOnlySkipsMisses(t *testing.T) {
	d, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	skipped := 0
	for _, s := range corpusTexts(t, 300) {
		toks := arabic.Tokenize(s)
		for i := range toks {
			nf := nextFPAt(toks, i+1)
			for _, fk := range d.firstKeys(toks[i], nil) {
				if fk.ix == nil {
					continue
				}
				check := func(rest []string, fp uint64) {
					if fp != restFP(rest) {
						t.Fatalf("fingerprint of %q stored as %x, want %x", rest, fp, restFP(rest))
					}
					if nf.may(rest, fp) {
						return
					}
					skipped++
					if _, ok := restMatches(toks, i+1, rest); ok {
						t.Errorf("alias %q skipped at %q %q", rest, toks[i].Text, toks[i+1].Text)
					}
				}
				for _, set := range []aliasSet{setNames, setNisbas, setSurnames} {
					for _, a := range fk.ix.get(set) {
						check(a.rest, a.fp)
					}
				}
				for _, a := range fk.ix.roles {
					check(a.rest, a.fp)
				}
			}
		}
	}
	if skipped == 0 {
		t.Error("no alias skipped")
	}
	t.Logf("%d aliases skipped", skipped)
}

// TestAliasKeysRule checks aliasKeysRule against aliasKeys and articleRule
// on every name of the dictionary and a few made-up ones.
func TestAliasKeysRule(t *testing.T) {
	d, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"", "،", "الصدر", "صدر", "ال", "الا", "مالي", "بن سلمان", "Trump", "١٢"}
	for _, e := range d.entries {
		names = append(names, e.Arabic...)
		names = append(names, e.Surname...)
	}
	for _, n := range names {
		ks, need, no := aliasKeysRule(n)
		wn, wno := articleRule(n)
		if !slices.Equal(ks, aliasKeys(n)) || need != wn || no != wno {
			t.Errorf("aliasKeysRule(%q) = %q %v %v, want %q %v %v", n, ks, need, no, aliasKeys(n), wn, wno)
		}
	}
}
