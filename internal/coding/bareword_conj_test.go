package coding

import (
	"strings"
	"testing"
	"time"
)

// TestBareWordFromConjKey: bareWord, which reads the mark newDoc sets
// (conjKey), gives what it gave when it read the keys at every call: the
// word without و/ف when its second key is that, else the word.
func TestBareWordFromConjKey(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	texts := []string{
		"وقال الوزير إن فرق الإنقاذ وصلت، فوجدت البلدة خالية ووزعت المساعدات على وفد القرية.",
		"وفد وفاء فم وهو ولد: و ف وو.",
		"فاز الفريق، ووصل الوفد إلى فيينا وفيها اجتمع بالوزراء.",
	}
	for _, text := range texts {
		d := newDoc(text, pub, c.lx, c.cal)
		for i, tok := range d.toks {
			want := tok.Norm
			if ks := d.keys[i]; len(ks) > 1 && (strings.HasPrefix(want, "و") || strings.HasPrefix(want, "ف")) && ks[1] == want[len("و"):] {
				want = want[len("و"):]
			}
			if got := bareWord(d, i); got != want {
				t.Errorf("bareWord(%q) = %q, want %q", tok.Text, got, want)
			}
		}
	}
}
