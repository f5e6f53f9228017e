package coding

import (
	"iter"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad"
)

// A conflict act does not have one party as both its doer and its target.
// Where the merged event says so, one side was read wrong, mostly the
// actor: the party hit is named in the sentence («ضد ميليشيات الحوثي»,
// «مواقع الحوثيين», «للمتمردين») while the doer is named by a word the
// linker could not tie («المقاومة», «قوات دعم الشرعية») or not at all,
// and the actor was filled from the target or from the story's main party.
// The actor is dropped when the evidence does not name it, or names it
// only after a target mark; otherwise the actor is the subject the
// sentence names and the recipient, a second mention of its own side
// («قصف … من الطائرات المروحية»), is dropped.

// selfTargetTypes are the material acts whose doer is not its own
// target. Verbal acts are left: there the sentence's subject is mostly a
// speaker who is neither side («واعتبر أن الممارسات الإخوانية …»,
// «الجانب الروسي … رد على الطروحات»), and which side is wrong differs
// (on the finding samples the actor as often as the recipient).
var selfTargetTypes = map[string]bool{"ASSAULT": true, "COERCE": true, "SANCTION": true, "PROTEST": true}

// targetMarks are the ScoreNorm'd words that put the party after them on
// the side that was hit («ضد», «مواقع», «صفوف», «عناصر»).
var targetMarks = scoreSet([]string{"ضد", "موقع", "مواقع", "صفوف", "تجمع", "تجمعات", "تمركزات", "عناصر", "مسلحي", "مقاتلي", "افراد", "قيادات", "قياديين", "معقل", "معاقل", "سيطره", "استهداف", "مقتل", "قتلى", "اسر", "اعتقال", "دحر", "طرد", "تحصينات", "قبضه", "جيوب", "عنصر", "عنصرا"})

// selfTargets drops the wrong side of a non-symmetric conflict event whose
// actor and recipient are one party.
func selfTargets(d *doc, evs []marsad.Event) {
	var runes []rune
	for k := range evs {
		e := &evs[k]
		if e.Symmetric || !selfTargetTypes[e.Type] || !selfParty(e.Actor, e.Recipient) {
			continue
		}
		if runes == nil {
			runes = []rune(d.text)
		}
		first := e.Evidence[:min(1, len(e.Evidence))] // the telling the event opens with; later ones may tell the other side's acts
		switch {
		case !namedAsDoer(runes, first, e.Actor.Name):
			e.Actor = nil
		case !namedAsTarget(runes, first, e.Recipient.Name):
			e.Recipient = nil
		}
		// both told in their places («شنت القوات المشتركة … استهدفت جيوب
		// الحوثيين»): the actor's link is wrong, not its name; both stay
	}
}

// selfParty reports an actor and a recipient that are one party: one
// dictionary ID, or one name as names are compared. Two different IDs are
// two parties however their names overlap («الجيش السوري», «الجيش السوري
// الحر»).
func selfParty(a, r *marsad.Actor) bool {
	if a == nil || r == nil {
		return false
	}
	if a.ID != "" && r.ID != "" {
		return a.ID == r.ID
	}
	k := nameKey(a.Name)
	return k != "" && k == nameKey(r.Name)
}

// namedAsDoer reports a name the evidence tells with no target mark in the
// two words before it.
func namedAsDoer(runes []rune, spans []marsad.Span, name string) bool {
	return namedAfter(runes, spans, name, false)
}

// namedAsTarget reports a name the evidence tells after a target mark.
func namedAsTarget(runes []rune, spans []marsad.Span, name string) bool {
	return namedAfter(runes, spans, name, true)
}

// targetMark reports a target mark, bare or after one conjunction or
// preposition («لسيطرة», «وطرد»).
func targetMark(w string) bool {
	w = ScoreNorm(strings.Trim(w, "\"«»(),،"))
	if targetMarks[w] {
		return true
	}
	for _, p := range []string{"و", "ل", "ب", "ف"} {
		if r, ok := strings.CutPrefix(w, p); ok && targetMarks[r] {
			return true
		}
	}
	return false
}

// namedAfter reports a mention of name in the evidence, at the start of a
// word, with (marked) or without a target mark in the two words before it.
func namedAfter(runes []rune, spans []marsad.Span, name string, marked bool) bool {
	for text, i := range nameHits(runes, spans, name) {
		if r, _ := utf8.DecodeLastRuneInString(text[:i]); i > 0 && !strings.ContainsRune(" \t\n\"«(،", r) {
			continue // inside a word: «للحوثيين»
		}
		after := false
		ws := strings.Fields(text[:i])
		for j := len(ws) - 1; j >= 0 && j >= len(ws)-2; j-- {
			after = after || targetMark(ws[j])
		}
		// a count and «من» before it: the people counted were hit or
		// taken («أسرت العشرات من مسلحي الحوثي», «مقتل 13 عنصرا من …»)
		if n := len(ws); n >= 2 && ScoreNorm(ws[n-1]) == "من" && (countWords[ScoreNorm(ws[n-2])] || digitsOnly(ws[n-2])) {
			after = true
		}
		if after == marked {
			return true
		}
	}
	return false
}

// nameHits yields, for each place where name is written in the spans of runes,
// the span's text and the byte offset of name in it (none for an empty
// name; spans outside runes are skipped).
func nameHits(runes []rune, spans []marsad.Span, name string) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		if name == "" {
			return
		}
		for _, sp := range spans {
			if sp.Start < 0 || sp.End > len(runes) || sp.Start >= sp.End {
				continue
			}
			text := string(runes[sp.Start:sp.End])
			for off := 0; ; {
				i := strings.Index(text[off:], name)
				if i < 0 {
					break
				}
				i += off
				off = i + len(name)
				if !yield(text, i) {
					return
				}
			}
		}
	}
}
