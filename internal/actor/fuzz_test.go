package actor

import (
	"testing"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/arabic"
)

func FuzzMatch(f *testing.F) {
	d, err := LoadDefault()
	if err != nil {
		f.Fatal(err)
	}
	l := NewLinker(d)
	for _, s := range []string{
		"أعلنت دمشق رفضها",
		"وقال وزير الداخلية العراقي عبد الأمير الشمري وأضاف الشمري",
		"وبالحوثيين ولداعش للأمم المتحدة",
		"المتحدث باسم المتحدث باسم المتحدث باسم",
		"ISIS PKK \xff\xfe قَالَتْ حَمَاسُ",
		"", "ال", "لل", "و",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := arabic.Tokenize(s)
		n := utf8.RuneCountInString(s)
		for _, m := range d.Match(s, toks) {
			if m.Span.Start < 0 || m.Span.End > n || m.Span.Start >= m.Span.End || m.TokStart >= m.TokEnd || m.TokEnd > len(toks) {
				t.Fatalf("Match(%q): bad mention %+v", s, m)
			}
		}
		prev := 0
		for _, m := range l.Link(s, toks, ents(s, "PER", firstWords(s)...)) {
			if m.Span.Start < 0 || m.Span.End > n || m.Span.Start >= m.Span.End || m.TokStart < prev || m.TokEnd > len(toks) {
				t.Fatalf("Link(%q): bad or overlapping mention %+v", s, m)
			}
			prev = m.TokEnd
		}
	})
}

// firstWords returns the first two words of s as a fake PER entity.
func firstWords(s string) []string {
	toks := arabic.Tokenize(s)
	if len(toks) < 2 || toks[0].Kind != arabic.Word || toks[1].Kind != arabic.Word {
		return nil
	}
	return []string{s[toks[0].Start:toks[1].End]}
}

func FuzzParse(f *testing.F) {
	for _, name := range defaultFiles {
		b, err := dataFS.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		if len(b) > 1500 {
			b = b[:1500]
		}
		f.Add(b)
	}
	f.Add([]byte(userFile))
	f.Add([]byte("entries: [ {id: X"))
	f.Add([]byte("roles:\n  - {en: x, sector: GOV, type: of, ar: [س]}\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Parse("fuzz.yaml", b)
		if err != nil {
			return
		}
		text := "قال المتحدث باسم الجيش العراقي إن مسلحين هاجموا"
		d.Match(text, arabic.Tokenize(text))
		NewLinker(d).Link(text, arabic.Tokenize(text), nil)
	})
}
