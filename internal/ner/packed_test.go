package ner

import (
	"math"
	"strings"
	"testing"
)

// tagDocumentFull is tagDocument as it decodes with the full weight tables
// (Model.W, the training path): the reference the packed tables must match.
func tagDocumentFull(t *Tagger, d *decoder, sents [][]string) ([][]int, [][]float32) {
	first := make([][]int, len(sents))
	infos := make([][]tokInfo, len(sents))
	for k, words := range sents {
		first[k] = append([]int(nil), tagWith(d, t.m, words, nil, nil)...)
		infos[k] = append([]tokInfo(nil), d.ex.infos...)
	}
	if t.m.Second == nil {
		return first, nil
	}
	stems := make([][]uint64, len(sents))
	for k := range sents {
		for i := range infos[k] {
			stems[k] = append(stems[k], infos[k][i].stem)
		}
	}
	hs := histories(first, stems)
	out := make([][]int, len(sents))
	scores := make([][]float32, len(sents))
	for k := range sents {
		d.ex.infos = append(d.ex.infos[:0], infos[k]...)
		d.ex.features(hs[k])
		d.buckets(t.m.Second.Bits)
		d.emissions(t.m.Second, len(infos[k]))
		scores[k] = append([]float32(nil), d.score...)
		out[k] = append([]int(nil), d.viterbi(t.m.Second, len(infos[k]), nil)...)
	}
	return out, scores
}

func TestPackedMatchesFullTable(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Skipf("no embedded model: %v", err)
	}
	doc := []string{
		"قال وزير الخارجية المصري سامح شكري في القاهرة يوم الاثنين إن المحادثات مع الأمم المتحدة مستمرة .",
		"وأضاف شكري أن وفدا من الاتحاد الأفريقي سيزور الخرطوم وجوبا الأسبوع المقبل .",
		"وكانت وكالة رويترز قد نقلت عن مسؤول في بغداد أن 12 شخصا قتلوا في انفجار بمدينة الموصل .",
		"Reuters 2026 ( تقرير ) :",
		"",
	}
	var sents [][]string
	for _, s := range doc {
		sents = append(sents, strings.Fields(s))
	}
	d := tg.decoder()
	want, wantScores := tagDocumentFull(tg, d, sents)
	got := tg.tagDocument(tg.decoder(), sents)
	for k := range sents {
		if len(got[k]) != len(want[k]) {
			t.Fatalf("sentence %d: %d labels, want %d", k, len(got[k]), len(want[k]))
		}
		for i := range got[k] {
			if got[k][i] != want[k][i] {
				t.Errorf("sentence %d token %q: label %s, want %s", k, sents[k][i], Labels[got[k][i]], Labels[want[k][i]])
			}
		}
	}
	if wantScores == nil {
		return
	}
	// The history stage's scores themselves are bit-identical.
	p := tg.packed
	pd := tg.decoder()
	var first [][]int
	var stems [][]uint64
	var parts [][]float32
	fd := tg.decoder()
	for k, words := range sents {
		pd.extractCached(p, words)
		pd.scoreFirst(p, len(words))
		// The first stage's scores are bit-identical too.
		tagWith(fd, tg.m, words, nil, nil)
		for i, v := range pd.score {
			if math.Float32bits(v) != math.Float32bits(fd.score[i]) {
				t.Fatalf("sentence %d first-stage score %d = %v, want %v", k, i, v, fd.score[i])
			}
		}
		first = append(first, append([]int(nil), pd.viterbi(p.first, len(words), nil)...))
		var st []uint64
		for _, in := range pd.pinfos[2 : len(pd.pinfos)-2] {
			st = append(st, in.stem)
		}
		stems = append(stems, st)
		parts = append(parts, append([]float32(nil), pd.part...))
	}
	hs := histories(first, stems)
	for k := range sents {
		pd.scoreSecond(p, parts[k], hs[k])
		for i, v := range pd.score {
			if math.Float32bits(v) != math.Float32bits(wantScores[k][i]) {
				t.Fatalf("sentence %d score %d = %v, want %v", k, i, v, wantScores[k][i])
			}
		}
	}
}
