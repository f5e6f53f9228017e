package geo

import (
	"testing"

	"github.com/marsad/marsad/internal/arabic"
)

// TestBareWordsPerToken: bareWords gives bareWord of every token's Norm,
// punctuation included, also when its pooled slice served a longer or a
// shorter text before.
func TestBareWordsPerToken(t *testing.T) {
	texts := []string{
		"وصل الوفد إلى بلدة الكسيب، وللمدينة مطار قديم.",
		"قرى",
		"وفي قرى طربا والكسيب والغيضة قال مسؤول للصحفيين إن الوضع هادئ في المدينة وريفها.",
		"",
	}
	for _, text := range texts {
		toks := arabic.Tokenize(text)
		bp := bareWords(toks)
		if len(*bp) != len(toks) {
			t.Fatalf("bareWords(%q) has %d words, want %d", text, len(*bp), len(toks))
		}
		for i, tok := range toks {
			if got, want := (*bp)[i], bareWord(tok.Norm); got != want {
				t.Errorf("bareWords(%q)[%d] = %q, want %q", text, i, got, want)
			}
		}
		putBareWords(bp)
	}
}
