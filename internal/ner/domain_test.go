package ner

import (
	"strings"
	"testing"
)

func TestDomainRows(t *testing.T) {
	// Two tokens of three features each; the second token's middle
	// feature is absent.
	feats := []uint64{0x1111 << 40, 0x2222 << 40, 0x3333 << 40, 0x4444 << 40, 0, 0x6666 << 40}
	got := domainRows(feats, 2, 1, 20)
	if len(got) != 12 {
		t.Fatalf("domainRows gave %d rows, want 12 (two copies of 3 per token)", len(got))
	}
	for i := 0; i < 2; i++ {
		shared, own := got[i*6:i*6+3], got[i*6+3:i*6+6]
		for k := 0; k < 3; k++ {
			h := feats[i*3+k]
			if h == 0 {
				if shared[k] != noRow || own[k] != noRow {
					t.Errorf("token %d feature %d absent: rows %d %d, want noRow", i, k, shared[k], own[k])
				}
				continue
			}
			if want := uint32(h >> 44); shared[k] != want {
				t.Errorf("token %d feature %d shared row = %d, want %d", i, k, shared[k], want)
			}
			if own[k] == shared[k] || own[k] == noRow {
				t.Errorf("token %d feature %d domain row = %d, want a row of its own", i, k, own[k])
			}
		}
	}
	if other := domainRows(feats, 2, 2, 20); other[3] == got[3] {
		t.Errorf("domains 1 and 2 share the row %d", got[3])
	}
}

// TestTrainDomains trains on a target corpus and another one whose MISC
// labels are not trained on; it checks training runs, is reproducible and
// that the other corpus's MISC sentences teach nothing about MISC.
func TestTrainDomains(t *testing.T) {
	var sents []Sentence
	add := func(dom int, text string) {
		var s Sentence
		for _, wl := range strings.Fields(text) {
			w, l, _ := strings.Cut(wl, "/")
			s.Words, s.Labels = append(s.Words, w), append(s.Labels, l)
		}
		s.Domain = dom
		sents = append(sents, s)
	}
	for i := 0; i < 8; i++ {
		add(0, "زار/O الرئيس/O سمير/B-PERS خليل/I-PERS مدينة/O طرابلس/B-LOC ./O")
		add(0, "وقالت/O شركة/O نور/B-ORG للطاقة/I-ORG إنها/O ستبني/O مصنعا/O ./O")
		add(1, "حلقت/O طائرة/O بوينغ/B-MISC فوق/O طرابلس/B-LOC ./O")
	}
	cfg := TrainConfig{Epochs: 3, Seed: 1, Bits: 16, History: true, Jackknife: 2, DomainFeatures: true}
	m, err := Train(t.Context(), sents, nil, cfg)
	if err != nil {
		t.Fatal(err)
	}
	m2, err := Train(t.Context(), sents, nil, cfg)
	if err != nil {
		t.Fatal(err)
	}
	for i := range m.W {
		if m.W[i] != m2.W[i] {
			t.Fatalf("Train is not reproducible: weight %d = %v then %v", i, m.W[i], m2.W[i])
		}
	}
	// Without the domain-1 MISC token every MISC weight stays zero.
	for r := 0; r < len(m.W)/numLabels; r++ {
		if w := m.W[r*numLabels+7]; w != 0 {
			t.Fatalf("row %d has B-MISC weight %v: the other corpus's MISC label was trained on", r, w)
		}
	}
	cfg.OtherMISC = true
	m3, err := Train(t.Context(), sents, nil, cfg)
	if err != nil {
		t.Fatal(err)
	}
	nonzero := false
	for r := 0; r < len(m3.W)/numLabels; r++ {
		nonzero = nonzero || m3.W[r*numLabels+7] != 0
	}
	if !nonzero {
		t.Error("OtherMISC: no B-MISC weight was trained")
	}
}
