package pipeline_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
	"github.com/marsad/marsad/internal/pipeline"
	"github.com/marsad/marsad/internal/store/sqlite"
)

func openStore(t *testing.T) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "m.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// story is a text of our own with a sentence that varies per index.
func story(i int) string {
	return fmt.Sprintf("أعلنت السلطات المحلية في المدينة رقم %d افتتاح مستشفى جديد يخدم سكان الأحياء الشرقية، "+
		"وقال مدير الصحة إن المستشفى يضم %d سريرا وسيبدأ استقبال المرضى الأسبوع المقبل بعد تجهيز أقسامه.", i, 100+i*7)
}

type countingAnalyzer struct{ calls int }

func (c *countingAnalyzer) Analyze(_ context.Context, a *marsad.Article) (*marsad.Analysis, error) {
	c.calls++
	one := 1
	return &marsad.Analysis{Events: []marsad.Event{{Type: "AID", Evidence: []marsad.Span{{Start: 0, End: 10}}, Count: &one, Confidence: 0.5}}}, nil
}

type panicAnalyzer struct{}

func (panicAnalyzer) Analyze(context.Context, *marsad.Article) (*marsad.Analysis, error) {
	panic("boom")
}

func TestProcess(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	an := &countingAnalyzer{}
	var hooked []string
	r, err := pipeline.New(pipeline.Config{Analyze: true}, pipeline.Deps{
		Store: st, Prepare: cluster.Prepare, Analyzer: an,
		OnStored: func(_ context.Context, a *marsad.Article, _ *marsad.Analysis) { hooked = append(hooked, a.ID) },
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		item   marsad.RawItem
		status string // PutStatus or "rejected: reason"
	}{
		{"new", marsad.RawItem{URL: "https://example.org/a/1", Text: story(1), Published: time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)}, "stored"},
		{"same again", marsad.RawItem{URL: "https://example.org/a/1", Text: story(1)}, "duplicate_url"},
		{"same url, tracking params", marsad.RawItem{URL: "https://example.org/a/1?utm_source=x", Text: story(2)}, "duplicate_url"},
		{"same text elsewhere", marsad.RawItem{URL: "https://other.example/b", Text: story(1)}, "duplicate_text"},
		{"invalid utf-8", marsad.RawItem{Text: story(3) + "\xff\xfe"}, "rejected: invalid UTF-8"},
		{"empty", marsad.RawItem{Text: "   \n "}, "rejected: empty text"},
		{"binary", marsad.RawItem{Text: strings.Repeat("\x01\x02abc", 20)}, "rejected: binary content"},
		{"html without extractor", marsad.RawItem{HTML: []byte("<html><body><p>نص</p></body></html>")}, "rejected: HTML given but no extractor configured"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := r.Process(ctx, &tt.item)
			if err != nil {
				t.Fatal(err)
			}
			got := res.Status.String()
			if res.Rejection != nil {
				got = "rejected: " + res.Rejection.Reason
			}
			if got != tt.status {
				t.Errorf("Process(%s) = %q, want %q", tt.name, got, tt.status)
			}
		})
	}
	if an.calls != 1 {
		t.Errorf("analyzer called %d times, want once (duplicates are not analysed)", an.calls)
	}
	if len(hooked) != 1 {
		t.Errorf("OnStored called %d times, want 1", len(hooked))
	}
	sum := r.Summary()
	if sum.Read != len(tests) || sum.Stored != 1 || sum.Duplicates() != 3 || sum.Rejected != 4 || sum.Events != 1 {
		t.Errorf("summary = %+v", sum)
	}
	page, err := st.Events(ctx, marsad.EventQuery{})
	if err != nil || len(page.Events) != 1 {
		t.Fatalf("stored events = %v, %v; want 1", page.Events, err)
	}
	if ev := page.Events[0]; ev.ID == "" || ev.ArticleID != hooked[0] {
		t.Errorf("stored event id %q article %q, want a deterministic id and article %q", ev.ID, ev.ArticleID, hooked[0])
	}
}

func TestAnalyzerPanicIsARejection(t *testing.T) {
	st := openStore(t)
	r, err := pipeline.New(pipeline.Config{Analyze: true}, pipeline.Deps{Store: st, Prepare: cluster.Prepare, Analyzer: panicAnalyzer{}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := r.Process(context.Background(), &marsad.RawItem{Text: story(9)})
	if err != nil {
		t.Fatal(err)
	}
	if res.Rejection == nil || res.Rejection.Stage != "analyse" {
		t.Fatalf("rejection = %+v, want one at stage analyse", res.Rejection)
	}
	if s, _ := st.Stats(context.Background()); s.Articles != 0 {
		t.Errorf("stored %d articles after a failed analysis, want 0", s.Articles)
	}
}

// TestRunnerConcurrent runs many items through the workers twice: the first
// run stores each once, the second stores nothing new.
func TestRunnerConcurrent(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	run := func() pipeline.Summary {
		r, err := pipeline.New(pipeline.Config{Workers: 4, Analyze: true}, pipeline.Deps{Store: st, Prepare: cluster.Prepare, Analyzer: &countingAnalyzer{}})
		if err != nil {
			t.Fatal(err)
		}
		r.Start(ctx)
		for i := 0; i < 200; i++ {
			it := &marsad.RawItem{URL: fmt.Sprintf("https://example.org/n/%d", i), Text: story(i)}
			if i%10 == 0 {
				it = &marsad.RawItem{Text: ""}
			}
			if err := r.Submit(ctx, it); err != nil {
				t.Fatal(err)
			}
		}
		r.Reject(marsad.Rejection{Origin: "x.jsonl:3", Stage: "read", Code: marsad.EINVALID, Reason: "invalid JSON"})
		sum, err := r.Close()
		if err != nil {
			t.Fatal(err)
		}
		return sum
	}
	first := run()
	if first.Read != 201 || first.Stored != 180 || first.Rejected != 21 || first.Reasons["invalid JSON"] != 1 {
		t.Errorf("first run = %s", first)
	}
	second := run()
	if second.Stored != 0 || second.Duplicates() != 180 {
		t.Errorf("second run = %s, want nothing new stored", second)
	}
	if s, _ := st.Stats(ctx); s.Articles != 180 {
		t.Errorf("stored %d articles, want 180", s.Articles)
	}
}

func TestSummaryString(t *testing.T) {
	s := pipeline.Summary{Read: 10, Stored: 6, NearDuplicate: 1, DuplicateURL: 1, DuplicateText: 1, Rejected: 2,
		Reasons: map[string]int{"invalid UTF-8": 1, "empty text": 1}}
	want := "read 10, stored 6 (1 near-duplicates grouped), duplicates 2, rejected 2 (empty text: 1; invalid UTF-8: 1)"
	if got := s.String(); got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}
