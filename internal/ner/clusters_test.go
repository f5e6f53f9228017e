package ner

import (
	"bytes"
	"compress/gzip"
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/arabic"
)

// A tiny corpus written for this test: cities and names in the same slots.
func tinyCorpus() TextSource {
	cities := []string{"بغداد", "دمشق", "القاهرة", "عمان", "بيروت", "الرياض", "تونس", "الجزائر"}
	names := []string{"محمد", "أحمد", "علي", "حسن", "خالد", "سعيد", "عمر", "يوسف"}
	var texts []string
	for i := 0; i < 40; i++ {
		c, n := cities[i%len(cities)], names[(i*3)%len(names)]
		texts = append(texts, "وصل "+n+" إلى "+c+" أمس . وقال "+n+" في "+c+" إن الوضع هادئ .")
	}
	return func(yield func(string) error) error {
		for _, t := range texts {
			if err := yield(t); err != nil {
				return err
			}
		}
		return nil
	}
}

func TestTrainClusters(t *testing.T) {
	cfg := ClusterConfig{Vocab: 100, Contexts: 20, MinCount: 2, Dim: 16, SGDim: 8, K: [3]int{2, 2, 2}, Seed: 1}
	res, err := TrainClusters(context.Background(), tinyCorpus(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := res.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	c, err := ReadClusters(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() != len(res.Words) {
		t.Errorf("ReadClusters: %d words, want %d", c.Len(), len(res.Words))
	}
	if len(c.cues) != len(res.Words) {
		t.Errorf("ReadClusters: %d words with cues, want %d", len(c.cues), len(res.Words))
	}
	if len(c.sg) != len(res.Words) {
		t.Errorf("ReadClusters: %d words with a skip-gram path, want %d", len(c.sg), len(res.Words))
	}
	// «بغداد» follows «إلى» in every sentence of the corpus: a strong
	// location cue.
	if cue := c.cues[arabic.Normalize("بغداد")]; cue == 0 || (cue-1)>>4&0xf < 3 {
		t.Errorf("location cue of بغداد = %d, want ≥ 3", (cue-1)>>4&0xf)
	}
	b1, ok1 := c.Lookup(arabic.Normalize("بغداد"))
	b2, ok2 := c.Lookup(arabic.Normalize("دمشق"))
	if !ok1 || !ok2 {
		t.Fatalf("Lookup(بغداد, دمشق) = %v %v, want both present", ok1, ok2)
	}
	if b1[0] != b2[0] {
		t.Errorf("coarse cluster of بغداد = %d, of دمشق = %d, want the same", b1[0], b2[0])
	}
	// Same seed, same clusters.
	res2, _ := TrainClusters(context.Background(), tinyCorpus(), cfg)
	var buf2 bytes.Buffer
	res2.WriteTo(&buf2)
	if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		t.Error("TrainClusters is not reproducible with the same seed")
	}
}

func TestReadClustersRejects(t *testing.T) {
	gz := func(s string) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte(s))
		zw.Close()
		return buf.Bytes()
	}
	for name, in := range map[string][]byte{
		"not gzip":           []byte("x"),
		"no header":          gz("بغداد\t1\t2\t3\n"),
		"few fields":         gz(clustersHeader + "\nبغداد\t1\n"),
		"bad number":         gz(clustersHeader + "\nبغداد\t1\tx\t3\n"),
		"bad cues":           gz(clustersHeader + "\nبغداد\t1\t2\t3\t9,0\n"),
		"bad skip-gram path": gz(clustersHeader + "\nبغداد\t1\t2\t3\t0,0,0\t1\tx\t3\n"),
		"six fields":         gz(clustersHeader + "\nبغداد\t1\t2\t3\t0,0,0\t1\n"),
		"empty":              gz(""),
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := ReadClusters(bytes.NewReader(in)); err == nil {
				t.Errorf("ReadClusters(%s) = nil error, want an error", name)
			}
		})
	}
}

func TestEmbeddedClusters(t *testing.T) {
	c, err := EmbeddedClusters()
	if err != nil || c == nil {
		t.Fatalf("EmbeddedClusters() = %v, %v", c, err)
	}
	if c.Len() < 10000 {
		t.Errorf("embedded clusters: %d words, want ≥ 10000", c.Len())
	}
	for _, w := range []string{"بغداد", "الرئيس", "محمد"} {
		if _, ok := c.Lookup(arabic.Normalize(w)); !ok {
			t.Errorf("embedded clusters: %s missing", w)
		}
	}
}

func FuzzReadClusters(f *testing.F) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(clustersHeader + "\nبغداد\t1\t2\t3\n"))
	zw.Close()
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, in []byte) {
		ReadClusters(bytes.NewReader(in))
	})
}

// FuzzEntities checks that any text gives entities whose spans lie inside
// the text and match their Text.
func FuzzEntities(f *testing.F) {
	tg := testTagger(f)
	f.Add("قال الرئيس جورج بوش في واشنطن .")
	f.Add("«الأمم المتحدة»\n\nبغداد،")
	f.Add("\xff\xfeبغداد")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "?")
		}
		runes := []rune(text)
		for _, e := range tg.Entities(text, arabic.Tokenize(text)) {
			if e.Start < 0 || e.End > len(runes) || e.Start >= e.End {
				t.Fatalf("entity %+v out of range in %q", e, text)
			}
			if string(runes[e.Start:e.End]) != e.Text {
				t.Fatalf("entity %+v: span text %q", e, string(runes[e.Start:e.End]))
			}
		}
	})
}
