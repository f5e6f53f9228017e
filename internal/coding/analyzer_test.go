package coding

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// ourArticle is a short report written by the team for this test.
const ourArticle = `بغداد - اعتقلت قوات الأمن العراقية، الأربعاء، خمسة مطلوبين في حملة دهم بمحافظة ديالى، وفق ما أعلنت وزارة الداخلية.
وقال المتحدث باسم الوزارة، سعد معن، إن "العملية جاءت بناء على معلومات استخبارية دقيقة".
وأضاف أن القوات ستواصل ملاحقة الخلايا النائمة.
في المقابل، لم تعلن أي جهة مسؤوليتها عن الهجوم الذي استهدف نقطة تفتيش الشهر الماضي.
وطالب محافظ ديالى الحكومة الاتحادية بإرسال تعزيزات إضافية إلى المحافظة.`

func TestAnalyze(t *testing.T) {
	an, err := NewAnalyzer(Config{})
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	res, err := an.Analyze(context.Background(), &marsad.Article{ID: "t1", Text: ourArticle, Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	n := len([]rune(ourArticle))
	types := map[string]marsad.Event{}
	for _, e := range res.Events {
		if e.Aux != "" {
			continue
		}
		types[e.Type] = e
		for _, sp := range e.Evidence {
			if sp.Start < 0 || sp.End > n || sp.Start >= sp.End {
				t.Errorf("event %s evidence %v outside the text", e.Type, sp)
			}
		}
		if e.ArticleID != "t1" || e.ID == "" {
			t.Errorf("event %s ids = %q/%q", e.Type, e.ID, e.ArticleID)
		}
	}
	co, ok := types["COERCE"]
	if !ok {
		t.Fatalf("Analyze: no COERCE event in %+v", res.Events)
	}
	if co.Date != "2026-11-25" || co.Count == nil || *co.Count != 5 || co.Actor == nil || !strings.Contains(co.Actor.Name, "قوات الأمن") {
		t.Errorf("COERCE = date %s count %v actor %+v, want 2026-11-25, 5, قوات الأمن العراقية", co.Date, co.Count, co.Actor)
	}
	if _, ok := types["REQUEST"]; !ok {
		t.Errorf("Analyze: no REQUEST event in %+v", res.Events)
	}
	if len(res.Quotes) < 2 {
		t.Fatalf("Analyze quotes = %+v, want the direct quote and the paraphrase", res.Quotes)
	}
	for _, q := range res.Quotes {
		if q.Speaker == nil || !strings.Contains(q.Speaker.Name, "سعد معن") {
			t.Errorf("quote %q speaker = %+v, want سعد معن", q.Text, q.Speaker)
		}
		if got := string([]rune(ourArticle)[q.Start:q.End]); got != q.Text {
			t.Errorf("quote span text = %q, want %q", got, q.Text)
		}
	}
	if _, err := an.Analyze(context.Background(), nil); marsad.ErrorCode(err) != marsad.EINVALID {
		t.Errorf("Analyze(nil) error = %v, want %s", err, marsad.EINVALID)
	}
	big := &marsad.Article{Text: strings.Repeat("ا", 3<<20)}
	if _, err := an.Analyze(context.Background(), big); marsad.ErrorCode(err) != marsad.ETOOLARGE {
		t.Errorf("Analyze(3 MiB) error = %v, want %s", err, marsad.ETOOLARGE)
	}
	if _, err := NewAnalyzer(Config{MaxBytes: -1}); marsad.ErrorCode(err) != marsad.EINVALID {
		t.Errorf("NewAnalyzer(MaxBytes -1) error = %v, want %s", err, marsad.EINVALID)
	}
}

// TestDevScore runs the whole chain on the evaluation kit's dev gold and
// guards the measured level against regressions (docs/parts/coding.md has
// the figures).
func TestDevScore(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	goldPath := filepath.Join(sharedDir(t), "eval", "gold", "dev.jsonl")
	arts := readGold(t, goldPath)
	cfg := chainConfig(t)
	an, err := NewAnalyzer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var preds bytes.Buffer
	for _, g := range arts {
		pub, _ := time.Parse("2006-01-02", g.Published)
		r, err := an.Analyze(context.Background(), &marsad.Article{ID: g.ID, Text: g.Text, Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		preds.Write(predictionLine(g.ID, r))
	}
	gf, err := os.Open(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	defer gf.Close()
	rep, err := NewScorer().Score(gf, &preds, false)
	if err != nil {
		t.Fatal(err)
	}
	date := rep.Arguments["date"]
	checks := []struct {
		name      string
		got, want float64
	}{
		{"events F1", rep.Events.F1, 0.80},
		{"events_full F1", rep.EventsFull.F1, 0.58},
		{"quotes F1", rep.Quotes.F1, 0.88},
		{"quote speaker accuracy", float64(rep.SpeakerOK) / float64(max(1, rep.QuotesFound)), 0.90},
		{"date accuracy", float64(date[0]) / float64(max(1, date[1])), 0.90},
	}
	for _, c := range checks {
		if c.got < c.want {
			t.Errorf("dev %s = %.4f, want at least %.2f", c.name, c.got, c.want)
		}
	}
	t.Logf("dev events F1 %.4f, events_full F1 %.4f, quotes F1 %.4f", rep.Events.F1, rep.EventsFull.F1, rep.Quotes.F1)
}
