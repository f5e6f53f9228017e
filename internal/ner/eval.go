package ner

import (
	"fmt"
	"io"
	"sort"
)

// Counts is one line of an entity-level score: exact span and type.
type Counts struct {
	Correct, Predicted, Gold int
}

// Precision is Correct/Predicted.
func (c Counts) Precision() float64 { return ratio(c.Correct, c.Predicted) }

// Recall is Correct/Gold.
func (c Counts) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Report is an entity-level evaluation, overall and per ANERcorp type. It
// reads spans as the evaluation kit's scorer does.
type Report struct {
	Overall Counts
	Types   map[string]Counts
}

// Evaluate tags the words of gold sentences, as documents of docBlock
// consecutive sentences, and scores the result.
func Evaluate(t *Tagger, gold []Sentence) Report {
	r := Report{Types: map[string]Counts{}}
	words := make([][]string, len(gold))
	for i, s := range gold {
		words[i] = s.Words
	}
	for i, pred := range t.TagCorpus(words) {
		r.add(gold[i].Labels, pred)
	}
	return r
}

func (r *Report) add(gold, pred []string) {
	g, p := spans(gold), spans(pred)
	set := make(map[span]bool, len(g))
	for _, s := range g {
		set[s] = true
		c := r.Types[s.typ]
		c.Gold++
		r.Types[s.typ] = c
		r.Overall.Gold++
	}
	for _, s := range p {
		c := r.Types[s.typ]
		c.Predicted++
		r.Overall.Predicted++
		if set[s] {
			c.Correct++
			r.Overall.Correct++
		}
		r.Types[s.typ] = c
	}
}

// Print writes the report as a small table.
func (r Report) Print(w io.Writer) {
	fmt.Fprintf(w, "%-8s %6s %6s %6s %6s %6s\n", "type", "P", "R", "F1", "gold", "pred")
	line := func(name string, c Counts) {
		fmt.Fprintf(w, "%-8s %6.2f %6.2f %6.2f %6d %6d\n", name, 100*c.Precision(), 100*c.Recall(), 100*c.F1(), c.Gold, c.Predicted)
	}
	line("overall", r.Overall)
	names := make([]string, 0, len(r.Types))
	for n := range r.Types {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		line(n, r.Types[n])
	}
}
