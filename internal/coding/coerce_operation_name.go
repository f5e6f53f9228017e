package coding

import (
	"github.com/marsad/marsad"
)

// A capture named as the aim of an operation (ninth session,
// docs/parts/coding-precision.md): «عملية تحرير مدينة الحديدة», «معركة
// استعادة السيطرة على المدينة» name a battle that is launched, fought or
// prepared; the city is not taken by the words. The capture the sentence
// may also tell («بعد أن استعاد السيطرة على مرفأ») is another hit and
// stays.

// operationNouns name a military operation or battle.
var operationNouns = wordSet([]string{"عملية", "عمليات", "معركة", "معارك", "حملة", "لمعركة", "بمعركة", "لعملية", "بعملية", "ومعركة", "وعملية", "معركه", "عمليه", "حمله"})

// operationSeize reports a seizure noun right after an operation noun
// («عملية تحرير», «معركة استعادة السيطرة», «معارك تحرير جبل …»).
func operationSeize(d *doc, h *hit, ev *marsad.Event) bool {
	if ev.Type != "COERCE" || ev.Mode != "seize" || h.trig.Verb {
		return false
	}
	i := h.head()
	if i <= d.sents[h.sent].a || h.clitic != "" {
		return false
	}
	if !captureNouns[bareWord(d, i)] || !d.has(i-1, operationNouns) {
		return false
	}
	// «ودخلت معركة تحرير المدينة مرحلة جديدة …، وتم خلالها … وتحرير معظم
	// مناطق المديريتين»: a capture told later in the sentence may ride on
	// this hit; keep it
	for _, k := range d.wordsIn(h.last()+1, d.sents[h.sent].b) {
		if w := bareWord(d, k); captureNouns[w] || captureVerbs[w] {
			return false
		}
	}
	return true
}

// captureVerbs are perfect forms of taking ground.
var captureVerbs = wordSet([]string{"حرر", "حررت", "حرروا", "سيطر", "سيطرت", "سيطروا", "استعاد", "استعادت", "استعادوا", "انتزع", "انتزعت"})

// captureNouns are the verbal nouns of taking ground; a campaign of raids
// («حملة مداهمات») or arrests is an act and stays.
var captureNouns = wordSet([]string{"تحرير", "استعادة", "السيطرة", "سيطرة", "انتزاع"})
