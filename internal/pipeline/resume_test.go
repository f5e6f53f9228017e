package pipeline_test

import (
	"context"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
	"github.com/marsad/marsad/internal/pipeline"
)

// TestResumeMissingAnalysis: a process killed between storing an article
// and storing its analysis leaves the article without one; when the item
// comes again (a queue redelivers it) the analysis is made and stored, once.
func TestResumeMissingAnalysis(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	it := &marsad.RawItem{Origin: "t", URL: "https://example.org/resume/1", Text: story(1)}

	// The article is stored, its analysis never is: what a kill leaves.
	bare, err := pipeline.New(pipeline.Config{}, pipeline.Deps{Store: st, Prepare: cluster.Prepare})
	if err != nil {
		t.Fatal(err)
	}
	res, err := bare.Process(ctx, it)
	if err != nil || res.Status != marsad.Stored {
		t.Fatalf("first Process = %v, %v; want stored", res, err)
	}
	id := res.Article.ID
	if _, err := st.Analysis(ctx, id); marsad.ErrorCode(err) != marsad.ENOTFOUND {
		t.Fatalf("Analysis before resume = %v, want %s", err, marsad.ENOTFOUND)
	}

	an := &countingAnalyzer{}
	var hooked int
	r, err := pipeline.New(pipeline.Config{Analyze: true}, pipeline.Deps{Store: st, Prepare: cluster.Prepare, Analyzer: an,
		OnStored: func(context.Context, *marsad.Article, *marsad.Analysis) { hooked++ }})
	if err != nil {
		t.Fatal(err)
	}
	for i, wantCalls := range []int{1, 1} {
		res, err := r.Process(ctx, it)
		if err != nil || res.Status != marsad.DuplicateURL && res.Status != marsad.DuplicateText {
			t.Fatalf("Process #%d = %+v, %v; want a duplicate", i+2, res, err)
		}
		if an.calls != wantCalls {
			t.Errorf("after Process #%d the analyzer ran %d times, want %d", i+2, an.calls, wantCalls)
		}
	}
	got, err := st.Analysis(ctx, id)
	if err != nil || len(got.Events) != 1 {
		t.Fatalf("Analysis after resume = %+v, %v; want the analyzer's one event", got, err)
	}
	if hooked != 1 {
		t.Errorf("OnStored called %d times, want once for the resumed article", hooked)
	}
	if s := r.Summary(); s.Events != 1 || s.Stored != 0 {
		t.Errorf("Summary = %+v, want 1 event and nothing newly stored", s)
	}
}
