package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// The state across a border («قرب الحدود مع الأردن», «على حدوده مع
// سوريا», «في المناطق الحدودية مع العراق») names where the act happened,
// not a party to it: the fighting near the Jordanian border is not aimed
// at Jordan. After merging, a recipient that is a country's dictionary
// entry or a bare place name (no sector) and that the evidence names only
// right after a border word and «مع» is dropped. A party's forces
// («التنسيق … على الحدود مع القوات السورية») are a party and stay.

// borderRecipients drops such recipients.
func borderRecipients(d *doc, evs []marsad.Event) {
	var runes []rune
	for k := range evs {
		r := evs[k].Recipient
		if r == nil || r.Name == "" || r.Sector != "" && (r.ID == "" || r.ID != r.Country) {
			continue
		}
		if runes == nil {
			runes = []rune(d.text)
		}
		if onlyAcrossBorder(runes, evs[k].Evidence, r.Name) {
			evs[k].Recipient = nil
		}
	}
}

// onlyAcrossBorder reports a name that the spans tell at least once and
// every time right after «مع» that follows a border word.
func onlyAcrossBorder(runes []rune, spans []marsad.Span, name string) bool {
	seen := false
	for text, i := range nameHits(runes, spans, name) {
		ws := strings.Fields(text[:i])
		if len(ws) < 2 || arabic.Normalize(ws[len(ws)-1]) != "مع" || !borderWord(arabic.Normalize(ws[len(ws)-2])) {
			return false
		}
		seen = true
	}
	return seen
}

// borderWord reports a normalised word of the border: «حدود» alone or
// with the article, a pronoun or a glued preposition, and its adjective
// «الحدودية/الحدودي» (not «محدودة»).
func borderWord(w string) bool {
	for _, p := range []string{"وبال", "وال", "بال", "لل", "ال", "و", "ب"} {
		if strings.HasPrefix(w, p+"حدود") {
			w = w[len(p):]
			break
		}
	}
	switch w {
	case "حدود", "حدوده", "حدودها", "حدودهم", "حدودنا", "حدودي", "حدوديه":
		return true
	}
	return false
}
