package actor

import (
	"reflect"
	"testing"

	"github.com/marsad/marsad/internal/arabic"
)

// LinkSentences with the text's own sentences is Link; the sentences it is
// given are the ones the context country is counted in.
func TestLinkSentencesReusesSentences(t *testing.T) {
	l := NewLinker(loadDefault(t))
	texts := []string{
		"زار وزير الخارجية المصري القاهرة أمس. وفي بغداد قال وزير الداخلية إن العراق آمن، وأضاف المتحدث أن الحدود مغلقة.",
		"قال المتظاهرون في طهران إن إيران لن تتراجع. ورد وزير الدفاع الأردني بأن الأردن يراقب.",
		"",
	}
	for _, text := range texts {
		toks := arabic.Tokenize(text)
		want := l.Link(text, toks, nil)
		got := l.LinkSentences(text, toks, arabic.Sentences(text), nil)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("LinkSentences(%q) = %v, want Link's %v", text, briefs(got), briefs(want))
		}
	}
	// Given one sentence for the whole text, the bare role takes the
	// article's country rather than its own sentence's.
	text := "التقى الرئيس المصري نظيره في القاهرة، وبحث مع الرئيس المصري الأزمة. وفي بغداد قال وزير الداخلية إن العراق آمن."
	toks := arabic.Tokenize(text)
	own, one := l.Link(text, toks, nil), l.LinkSentences(text, toks, []arabic.Sentence{{CStart: 0, CEnd: len([]rune(text))}}, nil)
	if reflect.DeepEqual(own, one) {
		t.Errorf("LinkSentences(%q) with one sentence = %v, the same as with its own sentences", text, briefs(one))
	}
}
