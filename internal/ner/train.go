package ner

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"github.com/marsad/marsad"
)

// TrainConfig sets how Train runs.
type TrainConfig struct {
	Epochs int       // passes over the data; default 12
	Seed   uint64    // shuffling seed: the same seed and data give the same model
	Bits   int       // log2 of the weight-table rows; default 20
	// OPenalty is stored in the model and applied when decoding (not
	// during training).
	OPenalty float32
	Log    io.Writer // progress lines, nil for none
	// Dev, when set, is tagged after each epoch and its entity F1 logged.
	Dev []Sentence
}

func (c *TrainConfig) defaults() {
	if c.Epochs <= 0 {
		c.Epochs = 12
	}
	if c.Bits == 0 {
		c.Bits = 20
	}
}

// Train fits an averaged structured perceptron on labelled sentences whose
// labels are in Labels. clus may be nil (no cluster features).
func Train(ctx context.Context, sents []Sentence, clus *Clusters, cfg TrainConfig) (*Model, error) {
	cfg.defaults()
	if cfg.Bits < 10 || cfg.Bits > 26 {
		return nil, marsad.Errorf(marsad.EINVALID, "bits %d out of range 10..26", cfg.Bits)
	}
	lex, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	fz := &featurizer{lex: lex, clus: clus}
	type example struct {
		rows []uint32
		gold []int
	}
	var d decoder
	d.ex.fz = fz
	data := make([]example, 0, len(sents))
	for si, s := range sents {
		if len(s.Words) == 0 {
			continue
		}
		if len(s.Labels) != len(s.Words) {
			return nil, marsad.Errorf(marsad.EINVALID, "sentence %d: %d labels for %d words", si+1, len(s.Labels), len(s.Words))
		}
		gold := make([]int, len(s.Words))
		for i, l := range s.Labels {
			y, ok := labelIndex(l)
			if !ok {
				return nil, marsad.Errorf(marsad.EINVALID, "sentence %d: label %q is not in the ANERcorp set", si+1, l)
			}
			gold[i] = y
		}
		d.ex.extract(s.Words)
		d.buckets(cfg.Bits)
		data = append(data, example{rows: append([]uint32(nil), d.rows...), gold: gold})
	}
	if len(data) == 0 {
		return nil, marsad.Errorf(marsad.EINVALID, "no training sentences")
	}

	m := newModel(cfg.Bits)
	if clus != nil {
		m.Clusters = clus.Sum
	}
	uw := make([]float64, len(m.W)) // Σ step·update, for lazy averaging
	ut := make([]float64, len(m.T))
	step := 1.0
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x6d61727361640001))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var pred []int
	for ep := 1; ep <= cfg.Epochs; ep++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, toks := 0, 0
		for _, k := range order {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			ex := data[k]
			n := len(ex.gold)
			d.rows = ex.rows
			d.emissions(m, n)
			pred = d.viterbi(m, n, pred)
			toks += n
			for i := 0; i < n; i++ {
				g, p := ex.gold[i], pred[i]
				gp, pp := -1, -1
				if i > 0 {
					gp, pp = ex.gold[i-1], pred[i-1]
				}
				if g != p {
					errs++
					for _, r := range ex.rows[i*numTemplates : (i+1)*numTemplates] {
						if r == noRow {
							continue
						}
						base := int(r) * numLabels
						m.W[base+g]++
						uw[base+g] += step
						m.W[base+p]--
						uw[base+p] -= step
					}
				}
				if g != p || gp != pp {
					m.T[(gp+1)*numLabels+g]++
					ut[(gp+1)*numLabels+g] += step
					m.T[(pp+1)*numLabels+p]--
					ut[(pp+1)*numLabels+p] -= step
				}
			}
			step++
		}
		if cfg.Log != nil {
			line := fmt.Sprintf("epoch %d: %d/%d token errors (%.2f%%) in %s", ep, errs, toks, 100*float64(errs)/float64(toks), time.Since(start).Round(time.Millisecond))
			if len(cfg.Dev) > 0 {
				avg := averaged(m, uw, ut, step)
				avg.OPenalty = cfg.OPenalty
				t := &Tagger{m: avg, fz: fz}
				r := Evaluate(t, cfg.Dev)
				line += fmt.Sprintf("; dev F1 %.2f", 100*r.Overall.F1())
			}
			fmt.Fprintln(cfg.Log, line)
		}
	}
	out := averaged(m, uw, ut, step)
	out.OPenalty = cfg.OPenalty
	return out, nil
}

// averaged returns the averaged weights w - u/step.
func averaged(m *Model, uw, ut []float64, step float64) *Model {
	out := &Model{Bits: m.Bits, Clusters: m.Clusters, W: make([]float32, len(m.W)), T: make([]float32, len(m.T))}
	for i, w := range m.W {
		if w != 0 || uw[i] != 0 {
			out.W[i] = float32(float64(w) - uw[i]/step)
		}
	}
	for i, w := range m.T {
		out.T[i] = float32(float64(w) - ut[i]/step)
	}
	return out
}
