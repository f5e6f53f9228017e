package ner

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
	"github.com/marsad/marsad/internal/sharedtest"
)

func testTagger(t testing.TB) *Tagger {
	t.Helper()
	tg, err := Load()
	if err != nil {
		t.Fatalf("Load() error %v", err)
	}
	return tg
}

func TestLoad(t *testing.T) {
	tg := testTagger(t)
	if tg.fz.clus == nil || tg.fz.clus.Len() < 1000 {
		t.Errorf("embedded clusters missing or tiny")
	}
	if got := tg.TagTokens(nil); len(got) != 0 {
		t.Errorf("TagTokens(nil) = %v, want []", got)
	}
}

// Sentences written for this test (not from any corpus): each expected
// entity must be found with its type.
func TestTagTokens(t *testing.T) {
	tg := testTagger(t)
	tests := []struct {
		sentence string
		want     map[string]string // entity text → type
	}{
		{"قال الرئيس الأمريكي جورج بوش في واشنطن إن المحادثات مستمرة .",
			map[string]string{"جورج بوش": "PERS", "واشنطن": "LOC"}},
		{"وصل وزير الخارجية الفرنسي إلى القاهرة أمس في زيارة رسمية .",
			map[string]string{"القاهرة": "LOC"}},
		{"أعلنت الأمم المتحدة أن المساعدات وصلت إلى العراق .",
			map[string]string{"الأمم المتحدة": "ORG", "العراق": "LOC"}},
		{"التقى الشيخ محمد بن راشد مع وفد من ألمانيا في دبي .",
			map[string]string{"ألمانيا": "LOC", "دبي": "LOC"}},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			words := strings.Fields(tt.sentence)
			labels := tg.TagTokens(words)
			if len(labels) != len(words) {
				t.Fatalf("TagTokens: %d labels for %d words", len(labels), len(words))
			}
			got := map[string]string{}
			for _, sp := range spans(labels) {
				got[strings.Join(words[sp.start:sp.end], " ")] = sp.typ
			}
			for text, typ := range tt.want {
				if got[text] != typ {
					t.Errorf("TagTokens(%q): %q tagged %q, want %q (all: %v)", tt.sentence, text, got[text], typ, got)
				}
			}
		})
	}
}

func TestEntities(t *testing.T) {
	tg := testTagger(t)
	text := "أعلنت «الأمم المتحدة»، الثلاثاء، أن المساعدات وصلت إلى العراق.\nوقال الرئيس جورج بوش إن..."
	toks := arabic.Tokenize(text)
	ents := tg.Entities(text, toks)
	runes := []rune(text)
	found := map[string]string{}
	for _, e := range ents {
		if e.Start < 0 || e.End > len(runes) || e.Start >= e.End {
			t.Fatalf("entity %+v: span out of range", e)
		}
		if got := string(runes[e.Start:e.End]); got != e.Text {
			t.Errorf("entity %+v: text at span = %q, want %q", e, got, e.Text)
		}
		switch e.Type {
		case marsad.PER, marsad.ORG, marsad.LOC, marsad.MISC:
		default:
			t.Errorf("entity %+v: type %q", e, e.Type)
		}
		found[e.Text] = e.Type
	}
	for text, typ := range map[string]string{"العراق": marsad.LOC, "الأمم المتحدة": marsad.ORG} {
		if found[text] != typ {
			t.Errorf("Entities: %q = %q, want %q (all %v)", text, found[text], typ, found)
		}
	}
}

// sharedDir returns ../shared/data beside the repository, or skips.
func sharedDir(t testing.TB) string {
	t.Helper()
	return sharedtest.Dir(t, "data")
}

// TestTrainSlice trains on a slice of ANERcorp and checks the held-out
// F1 clears a floor well below what the full recipe reaches.
func TestTrainSlice(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model")
	}
	data := sharedDir(t)
	sents, err := ReadCorpus(FormatANERcorp, filepath.Join(data, "anercorp-camel", "ANERCorp_CamelLab_train.txt.gz"))
	if err != nil {
		t.Fatal(err)
	}
	clus, err := EmbeddedClusters()
	if err != nil {
		t.Fatal(err)
	}
	train, dev := sents[:1500], sents[1500:1800]
	m, err := Train(t.Context(), train, clus, TrainConfig{Epochs: 5, Seed: 1, Bits: 18})
	if err != nil {
		t.Fatal(err)
	}
	tg, err := New(m, clus)
	if err != nil {
		t.Fatal(err)
	}
	r := Evaluate(tg, dev)
	t.Logf("F1 %.2f on %d held-out sentences", 100*r.Overall.F1(), len(dev))
	if f := r.Overall.F1(); f < 0.55 {
		t.Errorf("held-out F1 = %.3f, want ≥ 0.55", f)
	}
	// Determinism: the same seed gives the same weights.
	m2, err := Train(t.Context(), train, clus, TrainConfig{Epochs: 5, Seed: 1, Bits: 18})
	if err != nil {
		t.Fatal(err)
	}
	for i := range m.W {
		if m.W[i] != m2.W[i] {
			t.Fatalf("Train is not reproducible: weight %d = %v then %v", i, m.W[i], m2.W[i])
		}
	}
}

func BenchmarkTag(b *testing.B) {
	tg := testTagger(b)
	text := "أعلن اتحاد صناعة السيارات في ألمانيا امس أن شركات صناعة السيارات تواجه عاما صعبا في ظل ركود السوق الداخلية , " +
		"وقال الرئيس جورج بوش في واشنطن إن وزير الخارجية سيزور القاهرة وبغداد الاسبوع المقبل لبحث الوضع مع الامم المتحدة ."
	words := strings.Fields(text)
	doc := [][]string{words, words[:20], words[20:]}
	d := tg.decoder()
	b.ReportAllocs()
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tg.tagDocument(d, doc)
	}
	b.StopTimer()
	toks := float64(b.N * 2 * len(words))
	b.ReportMetric(toks/b.Elapsed().Seconds(), "tokens/s")
	// On a shared machine wall time understates speed: also report
	// tokens per second of this process's CPU time.
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(toks/cpu.Seconds(), "tokens/cpu-s")
	}
}

// cpuTime is the user+system CPU time of this process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
