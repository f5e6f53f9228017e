package ner

import (
	"context"
	"fmt"
	"sort"
	"sync"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// Corpus is unlabelled text cut into sentences of interned words, read
// once and tagged by several first-stage models during training (the
// self-tagged tallies).
type Corpus struct {
	words []string // distinct token texts
	toks  []int32  // word ids of all sentences, in order
	ends  []int32  // end offset in toks of each sentence
	texts int      // texts read
}

// Tokens returns the number of tokens in the corpus.
func (c *Corpus) Tokens() int { return len(c.toks) }

// Sentences returns the number of sentences in the corpus.
func (c *Corpus) Sentences() int { return len(c.ends) }

// LoadCorpus reads every every-th text of src (1 = all), tokenises it with
// arabic.Tokenize and cuts it into sentences as Entities does.
func LoadCorpus(ctx context.Context, src TextSource, every int) (*Corpus, error) {
	if every < 1 {
		every = 1
	}
	c := &Corpus{}
	ids := map[string]int32{}
	n := 0
	err := src(func(text string) error {
		n++
		if (n-1)%every != 0 {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		c.texts++
		toks := arabic.Tokenize(text)
		start := len(c.toks)
		for i, t := range toks {
			id, ok := ids[t.Text]
			if !ok {
				id = int32(len(c.words))
				ids[t.Text] = id
				c.words = append(c.words, t.Text)
			}
			c.toks = append(c.toks, id)
			if len(c.toks)-start >= maxSentence || (t.Kind == arabic.Punct && sentenceEnd(t.Text)) || newlineBetween(text, t, toks, i) || i == len(toks)-1 {
				c.ends = append(c.ends, int32(len(c.toks)))
				start = len(c.toks)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("self-tagging corpus: %w", err)
	}
	if len(c.toks) == 0 {
		return nil, marsad.Errorf(marsad.EINVALID, "self-tagging corpus: no tokens")
	}
	return c, nil
}

// tallyUnknown is the tally of a word with letters that the self-tagged
// corpus does not have (packTally values stay below it).
const tallyUnknown = 1 << 24

// tallyMin is the number of corpus occurrences a word needs for a tally.
const tallyMin = 2

// selfTally tags the corpus with a first-stage model and returns, for each
// normalised word seen tallyMin times or more, how often it fell inside a
// PERS, ORG, LOC and MISC span, packed by packTally.
func selfTally(c *Corpus, m *Model, clus *Clusters) (map[string]uint32, error) {
	one := *m
	one.Second = nil
	t, err := New(&one, clus)
	if err != nil {
		return nil, err
	}
	p := t.packed
	d := t.decoder()
	counts := make([][5]int32, len(c.words))
	words := make([]string, 0, maxSentence)
	var labels []int
	lo := int32(0)
	for _, hi := range c.ends {
		words = words[:0]
		for _, id := range c.toks[lo:hi] {
			words = append(words, c.words[id])
		}
		d.extractCached(p, words)
		d.scoreFirst(p, len(words))
		labels = d.viterbi(p.first, len(words), labels)
		for i, id := range c.toks[lo:hi] {
			counts[id][entityOf(labels[i])]++
		}
		lo = hi
	}
	byKey := map[string][5]int32{}
	for id, w := range c.words {
		k := normalizeString(w)
		if k == "" {
			continue
		}
		s := byKey[k]
		for j := range s {
			s[j] += counts[id][j]
		}
		byKey[k] = s
	}
	out := make(map[string]uint32, len(byKey)/2)
	for k, s := range byKey {
		total := s[0] + s[1] + s[2] + s[3] + s[4]
		if total < tallyMin {
			continue
		}
		out[k] = packTally(s, total)
	}
	return out, nil
}

// packTally packs the share buckets (0..5) of the four entity types and a
// frequency bucket (0..3) as 1 + pers | org<<4 | loc<<8 | misc<<12 | freq<<16.
func packTally(s [5]int32, total int32) uint32 {
	v := uint32(0)
	for j := 1; j <= 4; j++ {
		v |= uint32(tallyBucket(float32(s[j])/float32(total))) << (4 * (j - 1))
	}
	var f uint32
	switch {
	case total >= 100:
		f = 3
	case total >= 10:
		f = 2
	case total >= 4:
		f = 1
	}
	return 1 + (v | f<<16)
}

// tallyBucket buckets the share of a word's occurrences tagged as one type.
func tallyBucket(r float32) uint8 {
	switch {
	case r < 0.01:
		return 0
	case r < 0.05:
		return 1
	case r < 0.15:
		return 2
	case r < 0.4:
		return 3
	case r < 0.75:
		return 4
	}
	return 5
}

// selfTallies computes the tallies of several models, two at a time.
func selfTallies(ctx context.Context, c *Corpus, ms []*Model, clus *Clusters) ([]map[string]uint32, error) {
	out := make([]map[string]uint32, len(ms))
	errs := make([]error, len(ms))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i, m := range ms {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			if err := ctx.Err(); err != nil {
				errs[i] = err
				return
			}
			out[i], errs[i] = selfTally(c, m, clus)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// sortedKeys returns the keys of a tally in byte order (for writing).
func sortedKeys(t map[string]uint32) []string {
	keys := make([]string, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
