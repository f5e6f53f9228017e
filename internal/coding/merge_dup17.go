package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// crossTold reports one blow of one sentence read twice with its sides the
// other way round, once from the act and once from its dead: «سقط 150
// عنصرا من الميليشيات إثر استهداف طائرات التحالف …» read as the raid of
// the coalition and, from «سقطوا», as the militias' act on the coalition;
// «أطلقت قوات الأمن عملية …، وشهدت العملية مقتل 4 من عناصر الأمن».
// Both readings come from this sentence alone and name both sides, each
// side is the other's party (named the same, not merely two phrases that
// name no known actor), and one of them is read from a word of death: two
// acts each told by its own verb (an air raid «ردا على» rocket fire) stay
// apart. The modes must agree or one reading must have none of its own.
func crossTold(o, e *coded, sameSentence bool) bool {
	if !sameSentence || o.Type != "ASSAULT" || len(o.Evidence) != 1 || len(e.Evidence) != 1 || o.Symmetric || e.Symmetric {
		return false
	}
	if o.Actor == nil || o.Recipient == nil || e.Actor == nil || e.Recipient == nil {
		return false
	}
	if o.Mode != e.Mode && o.Mode != "other" && e.Mode != "other" {
		return false
	}
	if !deathReading(o) && !deathReading(e) {
		return false
	}
	return strictlyCompatible(o.Actor, e.Recipient) && strictlyCompatible(o.Recipient, e.Actor) &&
		!strictlyCompatible(o.Actor, o.Recipient)
}

// crossSides keeps the sides of the reading told by the act when the other
// is read from a verb whose subject died («قتلوا»، «سقطوا»، «لقي»: that
// reading makes the dead its actor); otherwise (the act's own reading
// first, or a noun of death, «مقتل 4 من عناصر الأمن», whose dead are its
// recipient) the first reading keeps its sides.
func crossSides(o, e *coded) {
	if diedReading(o) && !diedReading(e) && !deathReading(e) {
		o.Actor, o.Recipient, o.fb = e.Actor, e.Recipient, e.fb
		if o.Mode == "other" {
			o.Mode = e.Mode
		}
	}
}

// deathNouns and diedVerbs are the words of death or injury a reading may
// come from; the verbs' subject is the side that died. (Not «قتل»، «قتلت»,
// as often active as passive.)
var (
	deathNouns = wordSet([]string{"مقتل", "مصرع", "قتلى", "قتيل", "استشهاد", "سقوط", "وفاة", "حتف", "إصابة", "جرح"})
	diedVerbs  = wordSet([]string{"قتلوا", "قتلا", "قتلتا", "استشهد", "استشهدوا", "استشهدت", "سقط", "سقطوا", "سقطت", "لقي", "لقيت", "لقوا", "لقى", "أصيب", "أصيبوا", "أصيبت"})
)

// deathReading reports an event read from a word of death or injury.
func deathReading(e *coded) bool {
	return triggerIn(e, deathNouns) || triggerIn(e, diedVerbs)
}

// diedReading reports an event read from a verb whose subject died.
func diedReading(e *coded) bool { return triggerIn(e, diedVerbs) }

func triggerIn(e *coded, set map[string]bool) bool {
	w, _, _ := strings.Cut(arabic.Normalize(e.Trigger), " ")
	if set[w] {
		return true
	}
	b, ok := strings.CutPrefix(w, "و")
	return ok && set[b]
}
