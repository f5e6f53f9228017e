package ner

import (
	"context"
	"math"
)

// sgnsConfig sets the skip-gram trainer.
type sgnsConfig struct {
	dim, window, negative, epochs int
	sample                        float64 // subsampling threshold of frequent words
	alpha                         float32 // starting learning rate, decayed linearly to alpha/10⁴
	seed                          uint64
}

// sgnsRand is word2vec's linear congruential generator: cheap, and the same
// seed gives the same vectors.
type sgnsRand uint64

func (r *sgnsRand) next() uint64 {
	*r = *r*25214903917 + 11
	return uint64(*r)
}

const (
	sigTableSize = 1024
	sigMax       = 6
	unigramSize  = 1 << 24
)

// trainSGNS learns word vectors by skip-gram with negative sampling
// (Mikolov et al. 2013) on docs, texts as word ids 0..len(counts)-1, counts
// the ids' frequencies. It runs on one goroutine so that a seed always
// gives the same vectors, and returns the input vectors (len(counts)·dim).
func trainSGNS(ctx context.Context, docs [][]int32, counts []int, cfg sgnsConfig, logf func(string, ...any)) ([]float32, error) {
	v, dim := len(counts), cfg.dim
	rnd := sgnsRand(cfg.seed*2654435761 + 1)
	in := make([]float32, v*dim)
	for i := range in {
		in[i] = (float32(rnd.next()&0xffff)/65536 - 0.5) / float32(dim)
	}
	out := make([]float32, v*dim)

	// Negative samples are drawn from the unigram distribution raised to
	// the power 3/4, through a table of ids.
	table := make([]int32, unigramSize)
	z := 0.0
	for _, c := range counts {
		z += math.Pow(float64(c), 0.75)
	}
	w, acc := 0, math.Pow(float64(counts[0]), 0.75)/z
	for i := range table {
		table[i] = int32(w)
		if float64(i+1)/unigramSize > acc && w < v-1 {
			w++
			acc += math.Pow(float64(counts[w]), 0.75) / z
		}
	}
	var sig [sigTableSize]float32
	for i := range sig {
		x := (float64(i)/sigTableSize*2 - 1) * sigMax
		sig[i] = float32(1 / (1 + math.Exp(-x)))
	}
	total := 0
	for _, c := range counts {
		total += c
	}
	keep := make([]uint32, v) // keep probability × 2³², word2vec's formula
	for i, c := range counts {
		f := float64(c)
		t := cfg.sample * float64(total)
		p := (math.Sqrt(f/t) + 1) * t / f
		keep[i] = uint32(min(p, 1) * (1<<32 - 1))
	}

	planned := float64(cfg.epochs) * float64(total)
	done := 0
	grad := make([]float32, dim)
	var sent []int32
	for ep := 0; ep < cfg.epochs; ep++ {
		for di, doc := range docs {
			if di%1024 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
			alpha := cfg.alpha * float32(max(1-float64(done)/planned, 1e-4))
			done += len(doc)
			sent = sent[:0]
			for _, id := range doc {
				if uint32(rnd.next()) <= keep[id] {
					sent = append(sent, id)
				}
			}
			for i, center := range sent {
				b := int(rnd.next() % uint64(cfg.window))
				lo, hi := max(i-cfg.window+b, 0), min(i+cfg.window-b, len(sent)-1)
				for j := lo; j <= hi; j++ {
					if j == i {
						continue
					}
					l1 := in[int(sent[j])*dim : int(sent[j]+1)*dim]
					clear(grad)
					for d := 0; d <= cfg.negative; d++ {
						target, label := center, float32(1)
						if d > 0 {
							target = table[(rnd.next()>>16)%unigramSize]
							if target == center {
								continue
							}
							label = 0
						}
						l2 := out[int(target)*dim : int(target+1)*dim]
						f := dot32(l1, l2)
						var g float32
						switch {
						case f > sigMax:
							g = (label - 1) * alpha
						case f < -sigMax:
							g = label * alpha
						default:
							g = (label - sig[int((f+sigMax)*(sigTableSize/sigMax/2))]) * alpha
						}
						axpy32(g, l2, grad)
						axpy32(g, l1, l2)
					}
					axpy32(1, grad, l1)
				}
			}
		}
		logf("skip-gram epoch %d/%d done", ep+1, cfg.epochs)
	}
	return in, nil
}

// dot32 returns a·b (len(a) == len(b)).
func dot32(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return s0 + s1 + s2 + s3
}

// axpy32 adds g·x to y (len(x) == len(y)).
func axpy32(g float32, x, y []float32) {
	y = y[:len(x)]
	i := 0
	for ; i+4 <= len(x); i += 4 {
		y[i] += g * x[i]
		y[i+1] += g * x[i+1]
		y[i+2] += g * x[i+2]
		y[i+3] += g * x[i+3]
	}
	for ; i < len(x); i++ {
		y[i] += g * x[i]
	}
}
