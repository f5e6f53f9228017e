package ner

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestLabelSpansMatchSpans checks labelSpans against spans on every label
// sequence of up to four labels.
func TestLabelSpansMatchSpans(t *testing.T) {
	var walk func(ys []int)
	walk = func(ys []int) {
		strs := make([]string, len(ys))
		for i, y := range ys {
			strs[i] = Labels[y]
		}
		want := spans(strs)
		if got := labelSpans(ys, nil); !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Fatalf("labelSpans(%v) = %v, want %v", strs, got, want)
		}
		if len(ys) == 4 {
			return
		}
		for y := 0; y < numLabels; y++ {
			walk(append(ys, y))
		}
	}
	walk(nil)
}

// TestWordCacheAcrossGenerations looks up more distinct words than one
// generation holds, twice, and checks every entry against cacheWord.
func TestWordCacheAcrossGenerations(t *testing.T) {
	tg := testTagger(t)
	d := tg.decoder()
	p := tg.packed
	var words []string
	for i := range maxCachedWords + 500 {
		words = append(words, fmt.Sprintf("كلمة%d", i), "في", "الوزير")
		if i%100 == 0 { // longer than an entry keeps inline
			words = append(words, fmt.Sprintf("والاستراتيجيات%d", i), "بالمستشفيات_الميدانية")
		}
	}
	for pass := range 2 {
		for _, w := range words {
			got := *d.cache.lookup(&d.ex, p, w)
			if want := cacheWord(p, d.ex.info(w)); got != want {
				t.Fatalf("pass %d: lookup(%q) differs from cacheWord", pass, w)
			}
		}
	}
	if n := len(d.cache.cur.words); n > maxCachedWords {
		t.Errorf("current generation holds %d words, want at most %d", n, maxCachedWords)
	}
	// both generations were allocated once at their full size
	for _, g := range []*generation{&d.cache.cur, &d.cache.old} {
		if c := cap(g.words); c != maxCachedWords {
			t.Errorf("a generation has room for %d words, want %d (allocated once)", c, maxCachedWords)
		}
	}
}

// TestDecoderReuse tags documents of different sizes with one decoder and
// checks each result against a fresh decoder's: the reused buffers keep
// nothing from the document before.
func TestDecoderReuse(t *testing.T) {
	tg := testTagger(t)
	docs := [][]string{
		{"زار رئيس الحكومة سليم الهادي مدينة طرابلس صباح الخميس .", "وقال الهادي إن بلدية طرابلس ستفتح مستشفى جديدا ."},
		{"أكدت منظمة الصحة العالمية وصول شحنة لقاحات إلى ميناء عدن ."},
		{"", "اجتمع وفد من نقابة المعلمين مع وزير التربية كريم السعدي في عمان .", "وعاد السعدي إلى إربد مساء .", "نعم ."},
	}
	d := tg.decoder()
	for round := range 2 {
		for _, doc := range docs {
			var sents [][]string
			for _, s := range doc {
				sents = append(sents, strings.Fields(s))
			}
			want := cloneLabels(tg.tagDocument(&decoder{ex: extractor{fz: tg.fz}}, sents))
			if got := cloneLabels(tg.tagDocument(d, sents)); !reflect.DeepEqual(got, want) {
				t.Errorf("round %d: reused decoder tagged %v, fresh %v", round, got, want)
			}
		}
	}
}

func cloneLabels(ys [][]int) [][]int {
	out := make([][]int, len(ys))
	for i, y := range ys {
		out[i] = append([]int{}, y...)
	}
	return out
}

// TestWeightTable checks that the packed table holds every kept row of both
// stages, whatever memory it lives in.
func TestWeightTable(t *testing.T) {
	tg := testTagger(t)
	p, m := tg.packed, tg.m
	for r := range 1 << m.Bits {
		k := p.row(uint64(r) << p.shift)
		if k < 0 {
			if !zeroRow(m.W[r*numLabels : (r+1)*numLabels]) {
				t.Fatalf("row %d is dropped but not zero", r)
			}
			continue
		}
		if !slices.Equal(p.w[k:k+numLabels], m.W[r*numLabels:(r+1)*numLabels]) {
			t.Fatalf("row %d: packed first stage differs", r)
		}
		if m.Second != nil && !slices.Equal(p.w[k+numLabels:k+2*numLabels], m.Second.W[r*numLabels:(r+1)*numLabels]) {
			t.Fatalf("row %d: packed history stage differs", r)
		}
	}
}
