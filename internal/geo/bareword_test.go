package geo

import (
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/arabic"
)

// The word-stripping helpers run on most tokens of every article, so they
// slice their input instead of converting it to runes. These are the
// rune-based versions they replaced; the tests hold the two equal.

func bareWordRef(norm string) string {
	w := norm
	for _, p := range []string{"و", "ف"} {
		if strings.HasPrefix(w, p) && len([]rune(w)) > 3 {
			w = w[len(p):]
			break
		}
	}
	for _, p := range []string{"ب", "ل", "ك"} {
		if strings.HasPrefix(w, p) && len([]rune(w)) > 3 {
			if rest := w[len(p):]; strings.HasPrefix(rest, "ال") {
				w = rest
			}
			break
		}
	}
	if strings.HasPrefix(w, "لل") && len([]rune(w)) > 4 {
		w = w[len("ل"):]
		w = "ا" + w
	}
	return stripFirstArticleRef(w)
}

func stripFirstArticleRef(k string) string {
	if strings.HasPrefix(k, "ال") {
		rest := k[len("ال"):]
		w := rest
		if i := strings.IndexByte(rest, ' '); i >= 0 {
			w = rest[:i]
		}
		if len([]rune(w)) >= 3 {
			return rest
		}
	}
	return k
}

func definiteRef(norm string) bool {
	w := norm
	if len([]rune(w)) > 3 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) {
		w = w[len("و"):]
	}
	if strings.HasPrefix(w, "لل") {
		return true
	}
	for _, p := range []string{"ب", "ل", "ك"} {
		if strings.HasPrefix(w, p+"ال") {
			return true
		}
	}
	return strings.HasPrefix(w, "ال")
}

func rootInitialRef(t *arabic.Token) bool {
	rs := []rune(t.Text)
	return len(rs) > 3 && (rs[0] == 'و' || rs[0] == 'ف') && rs[1] != 'أ' && rs[1] != 'إ' && rs[1] != 'آ'
}

// strippingWords builds words from every run of up to four proclitic-like
// letters before short and long stems, with and without the article, plus
// invalid bytes and spaces.
func strippingWords() []string {
	heads := []string{"", "و", "ف", "ب", "ل", "ك", "ا", "ال", "لل", "أ", "إ", "آ", "\xff", " "}
	stems := []string{"", "م", "من", "مصر", "حلب", "ريف", "ولاية", "لبنان", "عاصمه", "ال", "ا ب", "مد ينة", "أدى", "\x80", "ق\xd9"}
	var out []string
	var walk func(prefix string, depth int)
	walk = func(prefix string, depth int) {
		for _, s := range stems {
			out = append(out, prefix+s)
		}
		if depth == 4 {
			return
		}
		for _, h := range heads {
			walk(prefix+h, depth+1)
		}
	}
	walk("", 0)
	return out
}

func TestStrippingMatchesRunes(t *testing.T) {
	words := strippingWords()
	for _, text := range []string{benchArticle, "وأدى ولاية فأعلن وإن وآخر للبنان لل للا بالقاهرة كالعادة"} {
		for _, tok := range arabic.Tokenize(text) {
			words = append(words, tok.Text, tok.Norm)
		}
	}
	for _, w := range words {
		checkStripping(t, w)
	}
}

func FuzzStrippingMatchesRunes(f *testing.F) {
	for _, w := range []string{"وللبنان", "فبالقاهرة", "ولاية", "وأدى", "لل\xffب", "الا ب"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		checkStripping(t, w)
	})
}

// checkStripping compares each slicing stripper with its rune version on w.
func checkStripping(t *testing.T, w string) {
	t.Helper()
	if got, want := bareWord(w), bareWordRef(w); got != want {
		t.Errorf("bareWord(%q) = %q, want %q", w, got, want)
	}
	if got, want := stripFirstArticle(w), stripFirstArticleRef(w); got != want {
		t.Errorf("stripFirstArticle(%q) = %q, want %q", w, got, want)
	}
	if got, want := stripPrep(w), stripPrepRunes(w); got != want {
		t.Errorf("stripPrep(%q) = %q, want %q", w, got, want)
	}
	if got, want := definite(w), definiteRef(w); got != want {
		t.Errorf("definite(%q) = %v, want %v", w, got, want)
	}
	tok := arabic.Token{Text: w}
	if got, want := rootInitial(&tok), rootInitialRef(&tok); got != want {
		t.Errorf("rootInitial(%q) = %v, want %v", w, got, want)
	}
}
