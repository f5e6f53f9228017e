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
	Epochs int       // passes over the data; default 8
	Seed   uint64    // shuffling seed: the same seed and data give the same model
	Bits   int       // log2 of the weight-table rows; default 20
	Log    io.Writer // progress lines, nil for none
	// Dev, when set, is tagged after each epoch and its entity F1 logged.
	Dev []Sentence
	// OPenalty is stored in the model and applied when decoding (not
	// during training).
	OPenalty float32
	// History adds a second stage that also reads what the first stage
	// predicted for the other occurrences of each word in the document
	// (blocks of consecutive sentences). Its training data comes from
	// first-stage models trained on the other Jackknife folds.
	History bool
	// Jackknife is the number of folds for the history stage's training
	// data; default 5.
	Jackknife int
	// Corpus, when set, is unlabelled text tagged by a first stage trained
	// without tallies; how often each word fell inside each entity type
	// becomes a feature (the self-tagged tallies, stored in the model).
	// Each Jackknife fold of the training data reads the tallies of a
	// model trained without it.
	Corpus *Corpus
	// Gazetteer names become word features (stored in the model).
	Gazetteer []GazName
	// WordDropout is the probability, per token and epoch, that training
	// hides the templates that read the token's own word identity, so the
	// model learns to tag from context, affixes, clusters and gazetteers
	// (the words it meets later are often unseen).
	WordDropout float64
	// Margin is added to the score of every wrong label when training
	// decodes a sentence (loss-augmented decoding), so updates continue
	// until the gold labels win by a margin.
	Margin float32
	// Seeds > 1 trains each stage that many times with consecutive
	// shuffling seeds and averages the weights.
	Seeds int
	// DomainFeatures gives the sentences of other corpora (Domain > 0)
	// a second copy of each feature, specific to their corpus, besides
	// the shared one ("frustratingly easy" domain adaptation, one-sided:
	// the target corpus and decoding use the shared features only).
	DomainFeatures bool
	// OtherMISC false leaves out of the updates the tokens that other
	// corpora (Domain > 0) label MISC: their miscellaneous classes
	// (vehicles, weapons, software, books...) are not ANERcorp's (events,
	// tournaments, religions, currencies...).
	OtherMISC bool
}

func (c *TrainConfig) defaults() {
	if c.Epochs <= 0 {
		c.Epochs = 8
	}
	if c.Bits == 0 {
		c.Bits = 20
	}
	if c.Jackknife < 2 {
		c.Jackknife = 5
	}
}

// Train fits an averaged structured perceptron on labelled sentences whose
// labels are in Labels. Sentences are read in order as documents of
// docBlock sentences. clus may be nil (no cluster features).
func Train(ctx context.Context, sents []Sentence, clus *Clusters, cfg TrainConfig) (*Model, error) {
	cfg.defaults()
	if cfg.Bits < 10 || cfg.Bits > maxBits {
		return nil, marsad.Errorf(marsad.EINVALID, "bits %d out of range 10..%d", cfg.Bits, maxBits)
	}
	lex, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	gaz, err := compileGazetteer(cfg.Gazetteer)
	if err != nil {
		return nil, err
	}
	fz := &featurizer{lex: lex, clus: clus, gaz: gaz}
	var kept []Sentence
	var gold [][]int
	for si, s := range sents {
		if len(s.Words) == 0 {
			continue
		}
		if len(s.Labels) != len(s.Words) {
			return nil, marsad.Errorf(marsad.EINVALID, "sentence %d: %d labels for %d words", si+1, len(s.Labels), len(s.Words))
		}
		g := make([]int, len(s.Words))
		for i, l := range s.Labels {
			y, ok := labelIndex(l)
			if !ok {
				return nil, marsad.Errorf(marsad.EINVALID, "sentence %d: label %q is not in the ANERcorp set", si+1, l)
			}
			g[i] = y
		}
		kept = append(kept, s)
		gold = append(gold, g)
	}
	if len(kept) == 0 {
		return nil, marsad.Errorf(marsad.EINVALID, "no training sentences")
	}
	var clusSum uint64
	if clus != nil {
		clusSum = clus.Sum
	}
	st := stageTrainer{fz: fz, cfg: cfg, clusSum: clusSum}
	all := make([]int, len(kept))
	for i := range all {
		all[i] = i
	}
	// Jackknife folds: contiguous within each corpus, so that every
	// fold's model has seen most of every corpus.
	foldOf := make([]int, len(kept))
	{
		byDomain := map[int][]int{}
		for i, s := range kept {
			byDomain[s.Domain] = append(byDomain[s.Domain], i)
		}
		for _, idx := range byDomain {
			for j := 0; j < cfg.Jackknife; j++ {
				for _, i := range idx[j*len(idx)/cfg.Jackknife : (j+1)*len(idx)/cfg.Jackknife] {
					foldOf[i] = j
				}
			}
		}
	}
	folds := make([][]int, cfg.Jackknife) // the sentences of each fold
	for i, j := range foldOf {
		folds[j] = append(folds[j], i)
	}
	rest := func(j int) []int {
		var r []int
		for i := range kept {
			if foldOf[i] != j {
				r = append(r, i)
			}
		}
		return r
	}
	quiet := func() stageTrainer {
		q := st
		q.cfg.Log, q.cfg.Dev = nil, nil
		return q
	}
	var tally map[string]uint32
	if cfg.Corpus != nil {
		// Tallies from a first stage without them: the full model's for
		// tagging, each jackknife model's for its held-out fold.
		q := quiet()
		ms := make([]*Model, 0, cfg.Jackknife+1)
		m, err := q.train(ctx, kept, gold, all, nil, "")
		if err != nil {
			return nil, err
		}
		ms = append(ms, m)
		for j := range folds {
			m, err := q.train(ctx, kept, gold, rest(j), nil, "")
			if err != nil {
				return nil, err
			}
			ms = append(ms, m)
		}
		for _, m := range ms {
			m.Gaz = gaz
		}
		start := time.Now()
		ts, err := selfTallies(ctx, cfg.Corpus, ms, clus)
		if err != nil {
			return nil, err
		}
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, "self-tagged %d tokens with %d models in %s: %d words\n", cfg.Corpus.Tokens(), len(ms), time.Since(start).Round(time.Millisecond), len(ts[0]))
		}
		tally = ts[0]
		fz.tally = tally
		fzs := make([]*featurizer, len(folds))
		for j := range folds {
			fzs[j] = &featurizer{lex: lex, clus: clus, tally: ts[j+1], gaz: gaz}
		}
		st.fzOf = func(k int) *featurizer { return fzs[foldOf[k]] }
	}
	first, err := st.train(ctx, kept, gold, all, nil, "stage 1")
	if err != nil {
		return nil, err
	}
	first.Tally, first.Gaz = tally, gaz
	if !cfg.History {
		return first, nil
	}
	// First-stage labels of every sentence from a model that did not
	// see it.
	pred := make([][]int, len(kept))
	var d decoder
	d.ex.fz = fz
	for j, f := range folds {
		q := quiet()
		m, err := q.train(ctx, kept, gold, rest(j), nil, "")
		if err != nil {
			return nil, err
		}
		for _, i := range f {
			d.ex.fz = st.featurizerOf(i)
			pred[i] = append([]int(nil), tagWith(&d, m, kept[i].Words, nil, nil)...)
		}
	}
	d.ex.fz = fz
	hs := make([][]hist, len(kept))
	for lo := 0; lo < len(kept); lo += docBlock {
		hi := min(lo+docBlock, len(kept))
		stems := make([][]uint64, hi-lo)
		for i := lo; i < hi; i++ {
			stems[i-lo] = d.stems(kept[i].Words)
		}
		copy(hs[lo:hi], histories(pred[lo:hi], stems))
	}
	st.first = first
	second, err := st.train(ctx, kept, gold, all, hs, "stage 2")
	if err != nil {
		return nil, err
	}
	second.Tally, second.Gaz = tally, gaz
	first.Second = second
	return first, nil
}

// stageTrainer trains one perceptron stage.
type stageTrainer struct {
	fz      *featurizer
	cfg     TrainConfig
	clusSum uint64
	first   *Model // set when training the second stage, for dev logging
	// fzOf, when set, gives the featurizer of training sentence k (the
	// self-tagged tallies of the jackknife model that did not see it).
	fzOf func(k int) *featurizer
}

func (st *stageTrainer) featurizerOf(k int) *featurizer {
	if st.fzOf != nil {
		return st.fzOf(k)
	}
	return st.fz
}

// train fits one stage on the sentences idx of sents; hs, when not nil,
// gives the history of each sentence (second stage).
func (st *stageTrainer) train(ctx context.Context, sents []Sentence, gold [][]int, idx []int, hs [][]hist, name string) (*Model, error) {
	cfg := st.cfg
	var d decoder
	d.ex.fz = st.fz
	data := make([]example, 0, len(idx))
	for _, k := range idx {
		var h []hist
		if hs != nil {
			h = hs[k]
		}
		d.ex.fz = st.featurizerOf(k)
		d.ex.extract(sents[k].Words, h)
		d.buckets(cfg.Bits)
		rows := append([]uint32(nil), d.rows...)
		if dom := sents[k].Domain; dom != 0 && cfg.DomainFeatures {
			rows = domainRows(d.ex.feats, len(sents[k].Words), dom, cfg.Bits)
		}
		ex := example{rows: rows, gold: gold[k]}
		if sents[k].Domain != 0 && !cfg.OtherMISC {
			for i, y := range gold[k] {
				if entityOf(y) == 4 {
					if ex.skip == nil {
						ex.skip = make([]bool, len(gold[k]))
					}
					ex.skip[i] = true
				}
			}
		}
		data = append(data, ex)
	}
	var sum *Model
	for run := 0; run < max(cfg.Seeds, 1); run++ {
		out, err := st.run(ctx, data, cfg.Seed+uint64(run), name)
		if err != nil {
			return nil, err
		}
		if sum == nil {
			sum = out
			continue
		}
		for i, w := range out.W {
			sum.W[i] += w
		}
		for i, w := range out.T {
			sum.T[i] += w
		}
	}
	if k := float32(max(cfg.Seeds, 1)); k > 1 {
		for i := range sum.W {
			sum.W[i] /= k
		}
		for i := range sum.T {
			sum.T[i] /= k
		}
	}
	return sum, nil
}

// domainRows returns the weight-table rows of the features feats of n
// tokens, each token's shared rows followed by the same features' rows
// specific to corpus dom.
func domainRows(feats []uint64, n, dom, bits int) []uint32 {
	stride := len(feats) / n
	shift := 64 - bits
	out := make([]uint32, 0, 2*len(feats))
	row := func(h uint64) uint32 {
		if h == 0 {
			return noRow
		}
		return uint32(h >> shift)
	}
	for i := 0; i < n; i++ {
		f := feats[i*stride : (i+1)*stride]
		for _, h := range f {
			out = append(out, row(h))
		}
		for _, h := range f {
			if h != 0 {
				h = mix(uint64(1000+dom), h)
			}
			out = append(out, row(h))
		}
	}
	return out
}

// example is one training sentence: its weight-table rows and gold labels.
type example struct {
	rows []uint32
	gold []int
	skip []bool // tokens not trained on (nil: none)
}

// run trains the perceptron once on data with one shuffling seed and
// returns the averaged weights.
func (st *stageTrainer) run(ctx context.Context, data []example, seed uint64, name string) (*Model, error) {
	cfg := st.cfg
	var d decoder
	m := newModel(cfg.Bits)
	m.Clusters = st.clusSum
	uw := make([]float64, len(m.W)) // Σ step·update, for lazy averaging
	ut := make([]float64, len(m.T))
	step := 1.0
	rng := rand.New(rand.NewPCG(seed, 0x6d61727361640001))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var pred []int
	var masked []uint32
	drop := rand.New(rand.NewPCG(seed, 0x6d61727361640002))
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
			stride := len(ex.rows) / n
			if cfg.WordDropout > 0 {
				masked = append(masked[:0], ex.rows...)
				for i := 0; i < n; i++ {
					if drop.Float64() < cfg.WordDropout {
						for _, t := range wordTemplates {
							masked[i*stride+t] = noRow
						}
					}
				}
				ex.rows = masked
			}
			d.rows = ex.rows
			d.emissions(m, n)
			if cfg.Margin != 0 {
				for i, g := range ex.gold {
					s := d.score[i*numLabels : (i+1)*numLabels]
					for y := range s {
						if y != g {
							s[y] += cfg.Margin
						}
					}
				}
			}
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
				}
				if ex.skip != nil && ex.skip[i] {
					continue
				}
				if g != p {
					for _, r := range ex.rows[i*stride : (i+1)*stride] {
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
				if ex.skip != nil && i > 0 && ex.skip[i-1] {
					continue // the transition from a skipped token
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
			line := fmt.Sprintf("%s epoch %d: %d/%d token errors (%.2f%%) in %s", name, ep, errs, toks, 100*float64(errs)/float64(toks), time.Since(start).Round(time.Millisecond))
			if len(cfg.Dev) > 0 {
				avg := averaged(m, uw, ut, step)
				avg.OPenalty = cfg.OPenalty
				tm := avg
				if st.first != nil {
					tm = &Model{Bits: st.first.Bits, W: st.first.W, T: st.first.T, Clusters: st.first.Clusters, OPenalty: st.first.OPenalty, Second: avg, Tally: st.first.Tally, Gaz: st.first.Gaz}
				}
				r := Evaluate(&Tagger{m: tm, fz: st.fz, packed: pack(tm)}, cfg.Dev)
				line += fmt.Sprintf("; dev F1 %.2f", 100*r.Overall.F1())
			}
			fmt.Fprintln(cfg.Log, line)
		}
	}
	out := averaged(m, uw, ut, step)
	out.OPenalty = cfg.OPenalty
	return out, nil
}

// wordTemplates read the token's own word identity (word, normalised
// word, stems, and the word bigrams it is part of).
var wordTemplates = []int{1, 2, 3, 4, 11, 12, 13, 43}

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
