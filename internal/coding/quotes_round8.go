package coding

import (
	"sort"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// joinPieces makes one quote of the pieces of one statement: two quotes
// of the same speaker in one sentence with at most five words and no
// reporting word between them («وقالت إنه "منحاز" و"غير مقبول"», «وقال
// إن هذا أمر "غير جيد" و"لن يكون مقبولا"», «قال إن "…" كانت "…"»). The
// words between belong to the statement; a reporting word between
// («…، مضيفا أن …», «…، لكنه أكد أن …») opens a statement of its own.
func (c *Coder) joinPieces(d *doc, qs []marsad.Quote) []marsad.Quote {
	if len(qs) < 2 {
		return qs
	}
	order := make([]int, len(qs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool { return qs[order[x]].Start < qs[order[y]].Start })
	gone := make([]bool, len(qs))
	for n := 0; n+1 < len(order); n++ {
		i, j := order[n], order[n+1]
		if gone[i] || !c.samePiece(d, qs[i], qs[j]) {
			continue
		}
		if c.nameBeforeStatement(d, qs[i], qs[j]) {
			gone[i] = true // «قالت حكومة "الوفاق الوطني" في طرابلس إن …»: a name, not a piece
			continue
		}
		// the later piece joins the earlier; the earlier keeps its speaker
		qs[j].Start, qs[j].Speaker, qs[j].Verb = qs[i].Start, qs[i].Speaker, qs[i].Verb
		qs[j].Direct = qs[i].Direct || qs[j].Direct
		qs[j].Text = d.text[byteOfRune(d.text, qs[j].Start):byteOfRune(d.text, qs[j].End)]
		gone[i] = true
	}
	out := qs[:0]
	for i, q := range qs {
		if !gone[i] {
			out = append(out, q)
		}
	}
	return out
}

// samePiece reports b continuing a's statement: same speaker, b after a
// in the same sentence, and between them no sentence or colon mark, at
// most five words, none of them a reporting word, and no participle or
// act right after a comma (a new act of saying: «، جازما», «، وحذر»).
func (c *Coder) samePiece(d *doc, a, b marsad.Quote) bool {
	if a.Speaker == nil || b.Speaker == nil || a.Speaker.Name != b.Speaker.Name || a.End > b.Start || b.Start-a.End > 80 {
		return false
	}
	words, comma := 0, false
	for k := tokenAt(d, a.End); k < len(d.toks) && d.toks[k].CStart < b.Start; k++ {
		t := d.toks[k]
		if t.CStart < a.End {
			continue
		}
		if t.Kind != arabic.Word {
			if strings.ContainsAny(t.Text, ".!?؟:;؛") {
				return false
			}
			comma = comma || t.Text == "،" || t.Text == ","
			continue
		}
		words++
		if words > 5 || c.reportingAt(d, k) || c.continuationAt(d, k) || sayingNoun(t.Norm) {
			return false
		}
		if comma && (participle(t.Norm) || simpleParticiple(t.Norm) || c.classes(d, k)&flagTrigger != 0) {
			return false // «"…"، جازما "…"», «…، وحذر من أن …»: a new act of saying
		}
		comma = false
	}
	return !strings.Contains(d.text[byteOfRune(d.text, a.End):byteOfRune(d.text, b.Start)], "\n")
}

// byteOfRune returns the byte offset of code point c of s.
func byteOfRune(s string, c int) int {
	n := 0
	for i := range s {
		if n == c {
			return i
		}
		n++
	}
	return len(s)
}

// sayingNoun reports a verbal noun of saying («القول», «قوله»,
// «تصريحه»): what follows it is another statement.
func sayingNoun(w string) bool {
	for _, p := range []string{"و", "ب", "ل"} {
		w = strings.TrimPrefix(w, p)
	}
	w = strings.TrimPrefix(w, "ال")
	return strings.HasPrefix(w, "قول") || strings.HasPrefix(w, "تصريح")
}

// nameBeforeStatement reports a short quoted phrase (at most four words)
// followed by a paraphrase that opens with its complementiser: the phrase
// names the speaker's side («وقال العميد "…"، قائد اللواء، إن …»), and
// the paraphrase is the statement.
func (c *Coder) nameBeforeStatement(d *doc, a, b marsad.Quote) bool {
	if !a.Direct || b.Direct || len(strings.Fields(a.Text)) > 4 {
		return false
	}
	k := tokenAt(d, b.Start)
	if k >= len(d.toks) || !complementiser(d, k) {
		return false
	}
	switch d.toks[k].Norm {
	case "ان", "انه", "انها", "انهم", "انهما", "اننا", "انني":
		return true
	}
	return false // «لأنها», «وأن»: a cause or a second statement
}
