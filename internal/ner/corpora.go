package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/marsad/marsad"
)

// Corpus formats ReadCorpus understands.
const (
	FormatANERcorp = "anercorp" // `token TAG`, the ANERcorp label set
	FormatAQMAR    = "aqmar"    // `token TAG`, PER/ORG/LOC/MIS*
	FormatFANE     = "fane"     // `token<TAB>TAG`, WikiFANE fine classes, no sentence breaks
	FormatWojood   = "wojood"   // `token TAG1 [TAG2…]`, nested Wojood types
)

//go:embed corpora/*.map
var corporaFS embed.FS

// ReadCorpus reads a labelled corpus file (gzip-compressed if it ends in
// .gz) and maps its labels to the ANERcorp set.
func ReadCorpus(format, path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open corpus: %w", err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, marsad.Errorf(marsad.EINVALID, "%s: %v", path, err)
		}
		r = zr
	}
	sents, err := ReadCoNLL(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out, err := MapCorpus(format, sents)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// MapCorpus maps the labels of sentences read from a corpus of the given
// format to the ANERcorp set.
func MapCorpus(format string, sents []Sentence) ([]Sentence, error) {
	var types map[string]string
	switch format {
	case FormatANERcorp:
		for i, s := range sents {
			for _, l := range s.Labels {
				if _, ok := labelIndex(l); !ok {
					return nil, marsad.Errorf(marsad.EINVALID, "sentence %d: label %q is not an ANERcorp label", i+1, l)
				}
			}
		}
		return sents, nil
	case FormatAQMAR, FormatFANE, FormatWojood:
		var err error
		if types, err = loadTypeMap(format); err != nil {
			return nil, err
		}
	default:
		return nil, marsad.Errorf(marsad.EINVALID, "unknown corpus format %q (want anercorp, aqmar, fane or wojood)", format)
	}
	out := make([]Sentence, 0, len(sents))
	for _, s := range sents {
		labels := make([]string, len(s.Words))
		prev := "O"
		for i := range s.Words {
			lab := "O"
			if i < len(s.Labels) {
				lab = s.Labels[i]
			}
			pre, typ, _ := strings.Cut(lab, "-")
			mapped, ok := types[typ]
			if lab == "O" || (pre != "B" && pre != "I") || !ok || mapped == "O" {
				labels[i], prev = "O", "O"
				continue
			}
			if pre == "I" && prev != mapped {
				pre = "B" // a stray I- starts an entity
			}
			labels[i], prev = pre+"-"+mapped, mapped
		}
		if format == FormatFANE {
			out = append(out, splitSentences(Sentence{Words: s.Words, Labels: labels})...)
			continue
		}
		out = append(out, Sentence{Words: s.Words, Labels: labels})
	}
	return out, nil
}

// splitSentences cuts a long unbroken token stream after sentence-final
// punctuation outside entities.
func splitSentences(s Sentence) []Sentence {
	var out []Sentence
	start := 0
	for i, w := range s.Words {
		if (sentenceEnd(w) && s.Labels[i] == "O") || i-start >= maxSentence-1 {
			out = append(out, Sentence{Words: s.Words[start : i+1], Labels: s.Labels[start : i+1]})
			start = i + 1
		}
	}
	if start < len(s.Words) {
		out = append(out, Sentence{Words: s.Words[start:], Labels: s.Labels[start:]})
	}
	return out
}

// loadTypeMap reads corpora/<format>.map: `SOURCE TARGET` lines.
func loadTypeMap(format string) (map[string]string, error) {
	data, err := corporaFS.ReadFile("corpora/" + format + ".map")
	if err != nil {
		return nil, fmt.Errorf("read %s type map: %w", format, err)
	}
	m := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Fields(s)
		if len(f) != 2 {
			return nil, fmt.Errorf("%s.map line %d: want SOURCE TARGET", format, line)
		}
		switch f[1] {
		case "PERS", "ORG", "LOC", "MISC", "O":
		default:
			return nil, fmt.Errorf("%s.map line %d: unknown target %q", format, line, f[1])
		}
		m[f[0]] = f[1]
	}
	return m, nil
}
