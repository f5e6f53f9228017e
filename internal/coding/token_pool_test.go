package coding

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// An article analysed after others, into a reused token array, comes out
// as from a fresh analyzer, and so do the earlier results, which must not
// share the array.
func TestAnalyzeReusesTokens(t *testing.T) {
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
	an.toks.put(an.toks.get()) // a pooled array, cleared
	for _, c := range []struct {
		name      string
		got, want *marsad.Analysis
	}{{"first", first, want}, {"other", gotOther, wantOther}, {"again", again, want}} {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("Analyze (%s) with a reused token array = %+v, want %+v", c.name, c.got, c.want)
		}
	}
	if toks := an.toks.get(); cap(toks) > 0 && toks[:cap(toks)][0].Text != "" {
		t.Errorf("a pooled token array keeps the text %q", toks[:cap(toks)][0].Text)
	}
}
