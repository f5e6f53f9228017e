package ner

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadCoNLL(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Sentence
	}{
		{"anercorp", "فرانكفورت B-LOC\n(د O\n\nأعلن O\n", []Sentence{
			{Words: []string{"فرانكفورت", "(د"}, Labels: []string{"B-LOC", "O"}},
			{Words: []string{"أعلن"}, Labels: []string{"O"}},
		}},
		{"tokens only", "قال\nالرئيس\n\n\n\nنعم\n", []Sentence{
			{Words: []string{"قال", "الرئيس"}},
			{Words: []string{"نعم"}},
		}},
		{"tabs crlf bom lrm", "\uFEFF\u200Eجورج\tB-Politician\r\n\u200Eبوش\tI-Politician\r\n", []Sentence{
			{Words: []string{"جورج", "بوش"}, Labels: []string{"B-Politician", "I-Politician"}},
		}},
		{"nested tags take the first", "الأسد I-ORG B-PERS\n", []Sentence{
			{Words: []string{"الأسد"}, Labels: []string{"I-ORG"}},
		}},
		{"docstart skipped", "-DOCSTART- Atom\n\nالذرة O\n", []Sentence{
			{Words: []string{"الذرة"}, Labels: []string{"O"}},
		}},
		{"some lines unlabelled", "أ\nب B-LOC\nج\n", []Sentence{
			{Words: []string{"أ", "ب", "ج"}, Labels: []string{"O", "B-LOC", "O"}},
		}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadCoNLL(strings.NewReader(tt.in))
			if err != nil {
				t.Fatalf("ReadCoNLL(%q) error %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ReadCoNLL(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestReadCoNLLLongLine(t *testing.T) {
	_, err := ReadCoNLL(strings.NewReader(strings.Repeat("x", maxLine+10)))
	if err == nil {
		t.Fatal("ReadCoNLL(over-long line) = nil error, want an error")
	}
}

func TestMapCorpus(t *testing.T) {
	tests := []struct {
		format string
		in     []string
		want   []string
	}{
		{FormatAQMAR, []string{"B-PER", "I-PER", "B-MIS1", "O", "B-ENGLISH"}, []string{"B-PERS", "I-PERS", "B-MISC", "O", "O"}},
		{FormatFANE, []string{"B-Nation", "I-Nation", "B-Group", "B-Politician"}, []string{"B-LOC", "I-LOC", "O", "B-PERS"}},
		{FormatWojood, []string{"B-GPE", "I-GPE", "B-NORP", "I-ORG"}, []string{"B-LOC", "I-LOC", "O", "B-ORG"}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			words := make([]string, len(tt.in))
			for i := range words {
				words[i] = "w"
			}
			got, err := MapCorpus(tt.format, []Sentence{{Words: words, Labels: tt.in}})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got[0].Labels); diff != "" {
				t.Errorf("MapCorpus(%s, %v) mismatch (-want +got):\n%s", tt.format, tt.in, diff)
			}
		})
	}
	if _, err := MapCorpus(FormatANERcorp, []Sentence{{Words: []string{"x"}, Labels: []string{"B-PER"}}}); err == nil {
		t.Error("MapCorpus(anercorp, B-PER) = nil error, want an error")
	}
	if _, err := MapCorpus("nope", nil); err == nil {
		t.Error("MapCorpus(nope) = nil error, want an error")
	}
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add("فرانكفورت B-LOC\n(د O\n\nأعلن O\n")
	f.Add("\uFEFF\u200Eجورج\tB-Politician\r\n\r\n")
	f.Add("-DOCSTART- x\n\na b c d\n\n\n")
	f.Add("\xff\xfe O\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadCoNLL(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, s := range sents {
			if len(s.Words) == 0 {
				t.Fatalf("empty sentence from %q", in)
			}
			if s.Labels != nil && len(s.Labels) != len(s.Words) {
				t.Fatalf("%d labels for %d words from %q", len(s.Labels), len(s.Words), in)
			}
		}
		// Every non-blank line gives one output line: the tagger's
		// output keeps the line structure.
		rd := NewReader(strings.NewReader(in))
		rd.keepDocStart = true
		lines := 0
		for {
			b, err := rd.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				return
			}
			if b.Blank {
				lines++
			} else {
				lines += len(b.Words)
			}
		}
		if want := strings.Count(strings.TrimSuffix(in, "\n"), "\n") + 1; in != "" && lines != want {
			// Lines the scanner splits differently (lone \r) are
			// allowed to differ; only \n counts as a line break here.
			if !strings.ContainsAny(in, "\r") {
				t.Fatalf("%d blocks+tokens for %d lines in %q", lines, want, in)
			}
		}
	})
}

func TestTagCoNLLKeepsLines(t *testing.T) {
	tg := testTagger(t)
	in := "-DOCSTART- x\n\nقال O\nالرئيس O\nالفرنسي O\n\n\nفي\nباريس\n.\n"
	var out bytes.Buffer
	if err := TagCoNLL(context.Background(), tg, strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	inLines := strings.Split(in, "\n")
	outLines := strings.Split(out.String(), "\n")
	if len(outLines) != len(inLines) {
		t.Fatalf("TagCoNLL: %d lines out, want %d:\n%s", len(outLines), len(inLines), out.String())
	}
	for i := range inLines {
		if (inLines[i] == "") != (outLines[i] == "") {
			t.Errorf("line %d: got %q for input %q: blank lines must stay where they are", i+1, outLines[i], inLines[i])
			continue
		}
		if inLines[i] == "" {
			continue
		}
		tok, lab, ok := strings.Cut(outLines[i], "\t")
		if !ok || tok != strings.Fields(inLines[i])[0] {
			t.Errorf("line %d = %q, want token %q then a tab", i+1, outLines[i], strings.Fields(inLines[i])[0])
		}
		if _, ok := labelIndex(lab); !ok {
			t.Errorf("line %d: label %q not in the ANERcorp set", i+1, lab)
		}
	}
}
