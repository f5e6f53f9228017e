package coding

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// An article analysed after others, into reused token and key arrays,
// comes out as from a fresh analyzer, and so do the earlier results, which
// must not share the arrays.
func TestAnalyzeReusesDocBuffers(t *testing.T) {
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	other := &marsad.Article{ID: "t2", Text: "قال وزير الخارجية الأردني إن عمان تدعو إلى وقف إطلاق النار في غزة فورا.", Published: pub}
	mine := &marsad.Article{ID: "t1", Text: ourArticle, Published: pub}
	analyze := func(an *Analyzer, a *marsad.Article) *marsad.Analysis {
		t.Helper()
		res, err := an.Analyze(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	fresh, err := NewAnalyzer(Config{})
	if err != nil {
		t.Fatal(err)
	}
	want := analyze(fresh, mine)
	wantOther := analyze(fresh, other)

	an, err := NewAnalyzer(Config{})
	if err != nil {
		t.Fatal(err)
	}
	first := analyze(an, mine)
	gotOther := analyze(an, other)
	again := analyze(an, mine)
	for _, c := range []struct {
		name      string
		got, want *marsad.Analysis
	}{{"first", first, want}, {"other", gotOther, wantOther}, {"again", again, want}} {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("Analyze (%s) with reused arrays = %+v, want %+v", c.name, c.got, c.want)
		}
	}
	b := an.docs.get()
	if len(b.toks) != 0 || len(b.keys) != 0 || len(b.keyBuf) != 0 {
		t.Fatalf("a pooled docBuffers has lengths %d, %d, %d, want 0", len(b.toks), len(b.keys), len(b.keyBuf))
	}
	for i, tok := range b.toks[:cap(b.toks)] {
		if tok.Text != "" || tok.Norm != "" {
			t.Fatalf("a pooled token array keeps token %d %q", i, tok.Text)
		}
	}
	for i, k := range b.keys[:cap(b.keys)] {
		if k != nil {
			t.Fatalf("a pooled key array keeps token %d's keys %q", i, k)
		}
	}
	for i, k := range b.keyBuf[:cap(b.keyBuf)] {
		if k != "" {
			t.Fatalf("a pooled key buffer keeps key %d %q", i, k)
		}
	}
}
