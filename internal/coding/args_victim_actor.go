package coding

import (
	"strings"

	"github.com/marsad/marsad"
)

// A bare count of people («17 شخصا», «شخصان», «نحو 300 آخرين», «اثنان
// آخران») is who a material act or a charge hit, not who did it: read as
// the actor it is the victims of an unvowelled passive or the object of a
// verbal noun («بإعدام 17 شخصا», «الاتهام إلى 29 شخصا»). Where the
// phrase runs on into the fire that hurt them («آخرين بالرصاص
// الإسرائيلي») the fire names the doer's side; otherwise the event keeps
// no actor rather than its victims.

// victimHeads are the ScoreNorm'd words that count people without naming
// a party.
var victimHeads = scoreSet([]string{"شخص", "شخصا", "شخصان", "شخصين", "اشخاص", "اخر", "اخرين", "اخرون", "اخران", "اثنان", "اثنين"})

// countWords may come before a victim head («ثلاثة آخرين», «نحو 300»).
var countWords = scoreSet([]string{"عدد", "نحو", "حوالي", "قرابه", "اثنان", "اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره", "عشرات", "مئات", "الاف", "الف", "مئه", "واحد"})

// victimActed are the types whose actor is never the people they hit.
var victimActed = map[string]bool{"ASSAULT": true, "COERCE": true, "SANCTION": true, "RETREAT": true, "ACCUSE": true}

// agentMarks are the ScoreNorm'd words that put the people after them on
// the doer's side («من قبل ثلاثة أشخاص», «على يد مسلحين»).
var agentMarks = scoreSet([]string{"قبل", "يد", "ايدي", "بيد", "برصاص", "بنيران"})

// victimActors repairs or drops actors that are a bare count of people,
// unless the evidence puts the count after an agent mark.
func victimActors(d *doc, evs []marsad.Event) {
	var runes []rune
	for k := range evs {
		a := evs[k].Actor
		if a == nil || !victimActed[evs[k].Type] {
			continue
		}
		name, ok := victimName(a.Name)
		if !ok {
			continue
		}
		if runes == nil {
			runes = []rune(d.text)
		}
		if agentCount(runes, evs[k].Evidence, a.Name) {
			continue
		}
		if name == "" || a.Country == "" {
			evs[k].Actor = nil
			continue
		}
		b := *a // the actor may be shared with a quote or a mention
		b.Name = name
		evs[k].Actor = &b
	}
}

// victimName reports a name that opens with a count of people, and returns
// the fire it runs on into («آخرين بالرصاص الإسرائيلي» → «الرصاص
// الإسرائيلي»), or "" when there is none.
func victimName(name string) (string, bool) {
	ws := strings.Fields(name)
	i := 0
	for i < len(ws) && (countWords[ScoreNorm(ws[i])] || digitsOnly(ws[i])) && !victimHeads[ScoreNorm(ws[i])] {
		i++
	}
	if i > 0 && i == len(ws) && !digitsOnly(ws[0]) {
		return "", true // a count alone: «عشرات», «أربعة», «سبعة»
	}
	if i >= len(ws) || !victimHeads[ScoreNorm(ws[i])] {
		return "", false
	}
	for i++; i < len(ws) && victimHeads[ScoreNorm(ws[i])]; i++ {
	}
	if i+1 < len(ws) {
		if w, ok := strings.CutPrefix(ws[i], "ب"); ok && (byFire("ب"+ScoreNorm(w)) || ScoreNorm(w) == "رصاص" || ScoreNorm(w) == "نيران") {
			return strings.Join(append([]string{w}, ws[i+1:]...), " "), true
		}
	}
	return "", true
}

// digitsOnly reports a word of ASCII or Arabic-Indic digits.
func digitsOnly(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !(r >= '0' && r <= '9') && !(r >= '٠' && r <= '٩') {
			return false
		}
	}
	return true
}

// scoreSet is a set of words as ScoreNorm writes them.
func scoreSet(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[ScoreNorm(w)] = true
	}
	return m
}

// agentCount reports a name that the evidence tells after an agent mark
// within its three words before.
func agentCount(runes []rune, spans []marsad.Span, name string) bool {
	for _, sp := range spans {
		if sp.Start < 0 || sp.End > len(runes) || sp.Start >= sp.End {
			continue
		}
		text := string(runes[sp.Start:sp.End])
		i := strings.Index(text, name)
		if i < 0 {
			continue
		}
		ws := strings.Fields(text[:i])
		for j := len(ws) - 1; j >= 0 && j >= len(ws)-3; j-- {
			if agentMarks[ScoreNorm(ws[j])] {
				return true
			}
		}
	}
	return false
}
