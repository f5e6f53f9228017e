package ner

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// The trained model and the word clusters it was trained with, written by
// `marsad train ner` and `marsad train clusters`.
//
//go:embed model
var modelFS embed.FS

// Embedded file names inside modelFS.
const (
	ModelFile    = "model/ner.model.gz"
	ClustersFile = "model/clusters.gz"
)

// Tagger tags Arabic tokens with BIO entity labels. It is safe for
// concurrent use.
type Tagger struct {
	m      *Model
	fz     *featurizer
	pool   sync.Pool // *decoder
	packed *packed   // the model's weights as decoding reads them
}

// New returns a tagger of a model and the clusters it was trained with
// (nil if it was trained without clusters). The tagger keeps a packed copy
// of the model's weights: change the model after New and the tagger does not
// see it.
func New(m *Model, clus *Clusters) (*Tagger, error) {
	var sum uint64
	if clus != nil {
		sum = clus.Sum
	}
	if m.Clusters != sum {
		return nil, marsad.Errorf(marsad.EINVALID, "ner model was trained with clusters %016x, given %016x (retrain with `marsad train ner`)", m.Clusters, sum)
	}
	lex, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	if m.Second != nil && m.Second.Bits != m.Bits {
		return nil, marsad.Errorf(marsad.EINVALID, "ner model: history stage has %d bits, first stage %d", m.Second.Bits, m.Bits)
	}
	fz := &featurizer{lex: lex, clus: clus, tally: m.Tally, gaz: m.Gaz}
	fz.mergeFacts()
	return &Tagger{m: m, fz: fz, packed: pack(m)}, nil
}

var loadOnce = sync.OnceValues(func() (*Tagger, error) {
	data, err := modelFS.ReadFile(ModelFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "no NER model embedded in this binary (run `marsad train ner`)")
	}
	if err != nil {
		return nil, fmt.Errorf("read embedded ner model: %w", err)
	}
	m, err := ReadModel(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("embedded ner model: %w", err)
	}
	clus, err := EmbeddedClusters()
	if err != nil {
		return nil, err
	}
	return New(m, clus)
})

// Load returns the tagger of the embedded model. The model is read once and
// shared.
func Load() (*Tagger, error) { return loadOnce() }

// EmbeddedClusters returns the embedded word clusters, nil if the binary
// has none.
func EmbeddedClusters() (*Clusters, error) {
	data, err := modelFS.ReadFile(ClustersFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read embedded clusters: %w", err)
	}
	c, err := ReadClusters(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("embedded clusters: %w", err)
	}
	return c, nil
}

func (t *Tagger) decoder() *decoder {
	if d, ok := t.pool.Get().(*decoder); ok {
		return d
	}
	return &decoder{ex: extractor{fz: t.fz}}
}

// tagDocument returns the label indices of each sentence of a document:
// the first stage alone, or both stages when the model has a history stage.
// The history stage's sums over the first stage's templates are taken in
// the first pass (packed tables), so the second pass adds only the history
// templates. The result is d's scratch: valid until d decodes again.
func (t *Tagger) tagDocument(d *decoder, sents [][]string) [][]int {
	p := t.packed
	ds := &d.doc
	first := resizeOf(ds.first, len(sents))
	two := p.second != nil
	// one backing array each for every sentence's labels, stems and sums
	total := 0
	for _, words := range sents {
		total += len(words)
	}
	firstAll := resizeInt(ds.firstAll, total)[:0]
	var stems [][]uint64
	var parts [][]float32
	var stemAll []uint64
	var partAll []float32
	if two {
		stems = resizeOf(ds.stems, len(sents))
		parts = resizeOf(ds.parts, len(sents))
		stemAll = resizeOf(ds.stemAll, total)[:0]
		partAll = resize(ds.partAll, total*numLabels)[:0]
	}
	for k, words := range sents {
		d.extractCached(p, words)
		d.scoreFirst(p, len(words))
		off := len(firstAll)
		ds.path = d.viterbi(p.first, len(words), ds.path)
		firstAll = append(firstAll, ds.path...)
		first[k] = firstAll[off:len(firstAll):len(firstAll)]
		if two {
			off := len(stemAll)
			for i := range words {
				stemAll = append(stemAll, d.pinfos[i+2].stem)
			}
			stems[k] = stemAll[off:len(stemAll):len(stemAll)]
			off = len(partAll)
			partAll = append(partAll, d.part...)
			parts[k] = partAll[off:len(partAll):len(partAll)]
		}
	}
	ds.first, ds.firstAll = first, firstAll
	if !two {
		return first
	}
	ds.stems, ds.parts, ds.stemAll, ds.partAll = stems, parts, stemAll, partAll
	hs := ds.hist.histories(first, stems)
	out := resizeOf(ds.out, len(sents))
	outAll := resizeInt(ds.outAll, total)[:0]
	for k := range sents {
		d.scoreSecond(p, parts[k], hs[k])
		ds.path = d.viterbi(p.second, len(hs[k]), ds.path)
		off := len(outAll)
		outAll = append(outAll, ds.path...)
		out[k] = outAll[off:len(outAll):len(outAll)]
	}
	ds.out, ds.outAll = out, outAll
	return out
}

// TagTokens returns one BIO label (the ANERcorp label set) per word. The
// words are one sentence, tokenised as in ANERcorp (punctuation apart).
func (t *Tagger) TagTokens(words []string) []string {
	return t.TagSentences([][]string{words})[0]
}

// TagSentences tags the sentences of one document together: a word's
// other occurrences in the document inform its label.
func (t *Tagger) TagSentences(sents [][]string) [][]string {
	d := t.decoder()
	defer t.pool.Put(d)
	idx := t.tagDocument(d, sents)
	out := make([][]string, len(idx))
	total := 0
	for _, ys := range idx {
		total += len(ys)
	}
	all := make([]string, total) // one backing array for every sentence's labels
	for k, ys := range idx {
		out[k], all = all[:len(ys):len(ys)], all[len(ys):]
		for i, y := range ys {
			out[k][i] = Labels[y]
		}
	}
	return out
}

// TagCorpus tags a stream of sentences with no document marks (a CoNLL
// corpus) as documents of docBlock consecutive sentences, as training saw
// them.
func (t *Tagger) TagCorpus(sents [][]string) [][]string {
	out := make([][]string, 0, len(sents))
	for lo := 0; lo < len(sents); lo += docBlock {
		out = append(out, t.TagSentences(sents[lo:min(lo+docBlock, len(sents))])...)
	}
	return out
}

// maxSentence bounds the tokens tagged as one sequence; longer runs without
// a sentence end are cut.
const maxSentence = 256

// Entities tags the tokens of text (from arabic.Tokenize) and returns the
// entity mentions with code-point spans and Marsad types (PER, ORG, LOC,
// MISC). Sentences are cut at final punctuation; entities never start or end
// on a punctuation token.
func (t *Tagger) Entities(text string, toks []arabic.Token) []marsad.Entity {
	d := t.decoder()
	defer t.pool.Put(d)
	ds := &d.doc
	sents, starts := ds.sents[:0], ds.starts[:0]
	// one backing array for every sentence's words
	all := resizeOf(ds.words, len(toks))
	defer clear(all) // keep no article text in the pool
	start, nw := 0, 0
	for i, tok := range toks {
		if nw == 0 {
			start = i
		}
		all[i] = tok.Text
		nw++
		if nw >= maxSentence || (tok.Kind == arabic.Punct && sentenceEnd(tok.Text)) || newlineBetween(text, tok, toks, i) || i == len(toks)-1 {
			sents = append(sents, all[start:i+1:i+1])
			starts = append(starts, start)
			nw = 0
		}
	}
	ds.sents, ds.starts, ds.words = sents, starts, all
	defer clear(sents)
	var out []marsad.Entity
	for k, labels := range t.tagDocument(d, sents) {
		d.doc.spans = labelSpans(labels, d.doc.spans[:0])
		for _, sp := range d.doc.spans {
			a, b := starts[k]+sp.start, starts[k]+sp.end
			for a < b && toks[a].Kind == arabic.Punct {
				a++
			}
			for b > a && toks[b-1].Kind == arabic.Punct {
				b--
			}
			if a == b {
				continue
			}
			first, last := toks[a], toks[b-1]
			if first.Start < 0 || last.End > len(text) || first.Start > last.End {
				continue
			}
			out = append(out, marsad.Entity{
				Span: marsad.Span{Start: first.CStart, End: last.CEnd},
				Text: text[first.Start:last.End],
				Type: entityType(sp.typ),
			})
		}
	}
	return out
}

func sentenceEnd(s string) bool {
	switch s {
	case ".", "!", "?", "؟", "…":
		return true
	}
	return false
}

// newlineBetween reports whether a line break separates toks[i] from the
// next token.
func newlineBetween(text string, tok arabic.Token, toks []arabic.Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	a, b := tok.End, toks[i+1].Start
	if a < 0 || b > len(text) || a > b {
		return false
	}
	return strings.Contains(text[a:b], "\n")
}
