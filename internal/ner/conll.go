package ner

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/marsad/marsad"
)

// Sentence is one CoNLL sentence: its tokens and, when the input carries
// them, one label per token (nil otherwise).
type Sentence struct {
	Words  []string
	Labels []string
	// Domain is 0 for the corpus the tagger is for (ANERcorp-style news)
	// and k > 0 for the k-th other training corpus; with
	// TrainConfig.DomainFeatures its sentences also train a copy of every
	// feature of their own, which absorbs what is peculiar to that corpus.
	Domain int
}

// maxLine bounds one CoNLL line; longer lines are an error, not a crash.
const maxLine = 1 << 20

// Block is one stretch of CoNLL input: either a sentence (Sentence.Words
// non-empty) or one blank line (Blank true).
type Block struct {
	Sentence
	Blank bool
	Line  int // line number where the block starts
}

// Reader reads CoNLL files: one token per line, optionally followed by one
// or more labels separated by spaces or tabs; a blank line ends a sentence.
// It strips a byte-order mark, carriage returns and the left-to-right marks
// some corpora put before tokens. Lines starting with -DOCSTART- are
// skipped.
type Reader struct {
	sc   *bufio.Scanner
	line int
	// LabelColumn picks which label column becomes Sentence.Labels: 0 is
	// the first label after the token, -1 the last one.
	LabelColumn int
	pending     *Block
	// keepDocStart keeps -DOCSTART- lines as tokens, so a tagger's output
	// has one line per input line.
	keepDocStart bool
}

// NewReader returns a Reader of r.
func NewReader(r io.Reader) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLine)
	return &Reader{sc: sc}
}

// Next returns the next block, or io.EOF at the end of the input.
func (r *Reader) Next() (Block, error) {
	if r.pending != nil {
		b := *r.pending
		r.pending = nil
		return b, nil
	}
	var cur Block
	for r.sc.Scan() {
		r.line++
		text := r.sc.Text()
		if r.line == 1 {
			text = strings.TrimPrefix(text, "\uFEFF")
		}
		fields := splitFields(text)
		if len(fields) == 0 {
			blank := Block{Blank: true, Line: r.line}
			if len(cur.Words) > 0 {
				r.pending = &blank
				return cur, nil
			}
			return blank, nil
		}
		if fields[0] == "-DOCSTART-" && !r.keepDocStart {
			continue
		}
		if len(cur.Words) == 0 {
			cur.Line = r.line
		}
		cur.Words = append(cur.Words, fields[0])
		if len(fields) > 1 {
			col := r.LabelColumn + 1
			if r.LabelColumn < 0 || col >= len(fields) {
				col = len(fields) - 1
			}
			// Keep Labels aligned with Words even when only some lines
			// carry a label.
			for len(cur.Labels) < len(cur.Words)-1 {
				cur.Labels = append(cur.Labels, "O")
			}
			cur.Labels = append(cur.Labels, fields[col])
		} else if cur.Labels != nil {
			cur.Labels = append(cur.Labels, "O")
		}
	}
	if err := r.sc.Err(); err != nil {
		return Block{}, marsad.Errorf(marsad.EINVALID, "conll line %d: %v", r.line+1, err)
	}
	if len(cur.Words) > 0 {
		return cur, nil
	}
	return Block{}, io.EOF
}

// splitFields splits a line at spaces and tabs, dropping carriage returns and
// the direction marks U+200E/U+200F/U+FEFF that some corpora prefix to
// tokens.
func splitFields(s string) []string {
	fields := strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\r' || r == '\n' || r == '\v' || r == '\f'
	})
	out := fields[:0]
	for _, f := range fields {
		f = strings.Map(func(r rune) rune {
			switch r {
			case '\u200E', '\u200F', '\uFEFF':
				return -1
			}
			return r
		}, f)
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

// ReadCoNLL reads every sentence of r, skipping blank lines. Sentences
// without labels have nil Labels.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	rd := NewReader(r)
	var out []Sentence
	for {
		b, err := rd.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		if !b.Blank {
			out = append(out, b.Sentence)
		}
	}
}

// WriteCoNLL writes sentences as token<TAB>label lines with a blank line after
// each sentence.
func WriteCoNLL(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		for i, word := range s.Words {
			lab := "O"
			if i < len(s.Labels) {
				lab = s.Labels[i]
			}
			fmt.Fprintf(bw, "%s\t%s\n", word, lab)
		}
		bw.WriteString("\n")
	}
	return bw.Flush()
}

// TagCoNLL tags CoNLL input and writes token<TAB>label lines, one per input
// token, with the input's blank lines kept where they were. Sentences are
// tagged as documents of docBlock consecutive sentences.
func TagCoNLL(ctx context.Context, t *Tagger, r io.Reader, w io.Writer) error {
	rd := NewReader(r)
	rd.keepDocStart = true
	bw := bufio.NewWriter(w)
	var blocks []Block
	var sents [][]string
	flush := func() {
		labels := t.TagSentences(sents)
		k := 0
		for _, b := range blocks {
			if b.Blank {
				bw.WriteString("\n")
				continue
			}
			for i, lab := range labels[k] {
				bw.WriteString(b.Words[i])
				bw.WriteByte('\t')
				bw.WriteString(lab)
				bw.WriteByte('\n')
			}
			k++
		}
		blocks, sents = blocks[:0], sents[:0]
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		b, err := rd.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		blocks = append(blocks, b)
		if !b.Blank {
			sents = append(sents, b.Words)
			if len(sents) == docBlock {
				flush()
			}
		}
	}
	flush()
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write tags: %w", err)
	}
	return nil
}
