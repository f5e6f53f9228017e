package ner

import (
	"context"
	"testing"

	"github.com/marsad/marsad/internal/arabic"
)

func TestPackTally(t *testing.T) {
	tests := []struct {
		counts [5]int32 // O, PERS, ORG, LOC, MISC
		want   [5]uint32
	}{
		{[5]int32{100, 0, 0, 0, 0}, [5]uint32{0, 0, 0, 0, 3}},
		{[5]int32{1, 0, 0, 9, 0}, [5]uint32{0, 0, 5, 0, 2}},
		{[5]int32{2, 0, 1, 0, 0}, [5]uint32{0, 3, 0, 0, 0}},
		{[5]int32{50, 30, 10, 5, 5}, [5]uint32{3, 2, 2, 2, 3}},
	}
	for _, tt := range tests {
		var total int32
		for _, c := range tt.counts {
			total += c
		}
		v := packTally(tt.counts, total) - 1
		got := [5]uint32{v & 0xf, v >> 4 & 0xf, v >> 8 & 0xf, v >> 12 & 0xf, v >> 16}
		if got != tt.want {
			t.Errorf("packTally(%v) = %v, want %v (pers, org, loc, misc buckets, frequency)", tt.counts, got, tt.want)
		}
		if v+1 >= tallyUnknown {
			t.Errorf("packTally(%v) = %d, not below tallyUnknown", tt.counts, v+1)
		}
	}
}

func TestLoadCorpus(t *testing.T) {
	c, err := LoadCorpus(context.Background(), tinyCorpus(), 2)
	if err != nil {
		t.Fatal(err)
	}
	// 20 of the 40 texts, two sentences of 6 and 8 tokens each.
	if c.texts != 20 || c.Sentences() != 40 || c.Tokens() != 280 {
		t.Errorf("LoadCorpus: %d texts, %d sentences, %d tokens; want 20, 40, 280", c.texts, c.Sentences(), c.Tokens())
	}
	if _, err := LoadCorpus(context.Background(), func(yield func(string) error) error { return yield(" ") }, 1); err == nil {
		t.Error("LoadCorpus(blank text) = nil error, want an error")
	}
}

func TestSelfTally(t *testing.T) {
	// A model that tags every token after «إلى» as B-LOC, and nothing else.
	m := newModel(12)
	fz := &featurizer{}
	var e extractor
	e.fz = fz
	e.extract([]string{"إلى", "بغداد"}, nil)
	m.W[int(e.feats[numTemplates+5]>>(64-12))*numLabels+5] = 10 // template 5: previous word «إلى»
	c, err := LoadCorpus(context.Background(), tinyCorpus(), 1)
	if err != nil {
		t.Fatal(err)
	}
	tally, err := selfTally(c, m, nil)
	if err != nil {
		t.Fatal(err)
	}
	// «بغداد» follows «إلى» in half its occurrences; «وقال» never does.
	if v := tally[arabic.Normalize("بغداد")] - 1; v>>8&0xf != 4 || v&0xf != 0 {
		t.Errorf("tally of بغداد: loc bucket %d, pers bucket %d; want 4, 0", v>>8&0xf, v&0xf)
	}
	if v := tally[arabic.Normalize("وقال")]; v == 0 || (v-1)&0xffff != 0 {
		t.Errorf("tally of وقال = %x, want present with no entity share", v)
	}
}

func TestCompileGazetteer(t *testing.T) {
	g, err := compileGazetteer([]GazName{{"بغداد", "LOC"}, {"الأمم المتحدة", "ORG"}, {"بان كي مون", "PERS"}, {"مون", "LOC"}})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]uint32{
		"بغداد":   1 << 6,
		"الامم":   1 << 4,
		"المتحده": 1 << 5,
		"بان":     1 << 1,
		"كي":      1 << 2,
		"مون":     1<<2 | 1<<6,
	}
	for w, bits := range want {
		if got := g[normalizeString(w)]; got != bits {
			t.Errorf("gazetteer bits of %s = %b, want %b", w, got, bits)
		}
	}
	if _, err := compileGazetteer([]GazName{{"بغداد", "CITY"}}); err == nil {
		t.Error("compileGazetteer(type CITY) = nil error, want an error")
	}
}
