package coding

import (
	"path/filepath"
	"testing"
	"time"
)

// TestClassifyAllMatchesClassify: the merged class table gives every token
// the classes classify gives it one list at a time, on the team's case
// sentences and, when ../shared is present, on the dev articles.
func TestClassifyAllMatchesClassify(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	compare := func(t *testing.T, texts []string) int {
		pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
		n := 0
		for _, text := range texts {
			one := newDoc(text, pub, c.lx, c.cal)
			all := newDoc(text, pub, c.lx, c.cal)
			c.classifyAll(all)
			for i := range one.toks {
				c.classify(one, i)
				if one.flags[i] != all.flags[i] {
					t.Errorf("token %q of %q: classifyAll flags %04b, classify %04b", one.toks[i].Text, text, all.flags[i], one.flags[i])
				}
				n++
			}
		}
		return n
	}
	texts := []string{"عبّر الوزير عن قلقه من التصعيد عبر الحدود، وقال إن بلاده ستعبر عن موقفها. Reuters قالت ذلك في 2026، واعتقلته الشرطة."}
	for _, tc := range readCases(t, "testdata/cases.txt") {
		texts = append(texts, tc.text)
	}
	for _, tc := range readCases(t, "testdata/chain_cases.txt") {
		texts = append(texts, tc.text)
	}
	if n := compare(t, texts); n < 3000 {
		t.Errorf("compared %d tokens of the case sentences, want at least 3000", n)
	}
	t.Run("dev", func(t *testing.T) {
		var dev []string
		for _, g := range readGold(t, filepath.Join(sharedDir(t), "eval", "gold", "dev.jsonl")) {
			dev = append(dev, g.Text)
		}
		compare(t, dev)
	})
}

// TestWordFilters: the bit filters in front of the class table and the
// calendar's first words never turn a member away, and they turn most
// other words away (else they only cost time).
func TestWordFilters(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	for w := range c.class {
		if !c.classF.MayHave(w) {
			t.Errorf("class filter rejects %q, a member", w)
		}
	}
	for w := range c.cal.first {
		if !c.cal.firstF.MayHave(w) {
			t.Errorf("calendar filter rejects %q, a member", w)
		}
	}
	for w := range c.lx.opinion {
		if !c.opinionF.MayHave(w) {
			t.Errorf("opinion filter rejects %q, a member", w)
		}
	}
	for _, set := range []map[string]bool{c.lx.negative, c.lx.positive} {
		for w := range set {
			if !c.judgeF.MayHave(w) {
				t.Errorf("judgement filter rejects %q, a member", w)
			}
		}
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	passed, other := 0, 0
	for _, tc := range readCases(t, "testdata/cases.txt") {
		d := newDoc(tc.text, pub, c.lx, c.cal)
		for _, tok := range d.toks {
			if _, in := c.class[tok.Norm]; in {
				continue
			}
			other++
			if c.classF.MayHave(tok.Norm) {
				passed++
			}
		}
	}
	if other == 0 || passed*2 > other {
		t.Errorf("class filter passes %d of %d words outside the table, want under half", passed, other)
	}
}
