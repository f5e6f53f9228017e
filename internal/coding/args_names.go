package coding

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// The names of actors and recipients are shown to users: a conjunction or
// preposition glued to a name («لقوات النظام السوري», «لحماس», «بوزير
// الخارجية») is no part of it, a word that introduces a party («بقيادة
// السعودية») is not its name, and a phrase that opens with a word that
// opens no name («بشأن الأوضاع», «لأكثر», «وإصابة عدد منهم») is no
// party at all. bareName (args_round10.go) strips clitics before definite
// nouns and countries; partyName adds the rest, with the clitics read by
// the Arabic layer's segmentation and the words from data/party_names.txt.

//go:embed data/party_names.txt
var partyNamesTxt string

// partyWords are the word classes of data/party_names.txt, ScoreNorm'd.
type partyWords struct {
	head, lead, none, frame map[string]bool
}

var (
	partyWordsOnce sync.Once
	partyWordsSet  partyWords
)

func loadPartyWords() partyWords {
	partyWordsOnce.Do(func() {
		partyWordsSet = parsePartyWords(partyNamesTxt)
	})
	return partyWordsSet
}

// parsePartyWords reads "kind word" lines; unknown kinds and comments are
// skipped (TestPartyWordsData checks the file).
func parsePartyWords(txt string) partyWords {
	w := partyWords{head: map[string]bool{}, lead: map[string]bool{}, none: map[string]bool{}, frame: map[string]bool{}}
	for _, line := range strings.Split(txt, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, word, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		word = ScoreNorm(word)
		switch kind {
		case "head":
			w.head[word] = true
		case "lead":
			w.lead[word] = true
		case "none":
			w.none[word] = true
		case "frame":
			w.frame[word] = true
		}
	}
	return w
}

// partyName returns the name of a party as it is shown, and false when the
// phrase names no party. known holds the ScoreNorm'd first words of the
// names the actor layer found in the article: «لحماس» is «حماس» when the
// linker read «حماس» there, while «لبنان», a name of its own, stays.
func partyName(name string, known map[string]bool) (string, bool) {
	pw := loadPartyWords()
	// «#الجيش_اليمني»: arabic.Tokenize splits hashtags, the name keeps them
	name = bareName(strings.TrimLeft(strings.ReplaceAll(name, "_", " "), "#"))
	for range 2 { // «بقيادة قوات …»: a lead, then a head
		first, rest, _ := strings.Cut(name, " ")
		key := ScoreNorm(first)
		if key == "" {
			return name, true
		}
		if rest == "" && utf8.RuneCountInString(key) < 2 {
			return "", false // «و» alone
		}
		if pw.none[key] {
			return "", false
		}
		if pw.head[key] || known[key] {
			return name, true
		}
		stem, byB, ok := gluedStem(first, pw, known)
		k := ScoreNorm(stem)
		switch {
		case !ok:
			return name, true
		case pw.none[k]:
			return "", false
		case pw.lead[k] && byB && rest != "":
			name = bareName(rest)
			continue
		case pw.lead[k] && !pw.head[k]:
			return name, true
		}
		if rest != "" {
			return stem + " " + rest, true
		}
		return stem, true
	}
	return name, true
}

// gluedStem reads word as conjunctions and prepositions (no article) glued
// to a stem that is a head, a lead, a word that opens no name, or a known
// name, and returns the stem as written and whether «ب» was glued to it
// (a lead introduces a party only after «ب»: «بقيادة السعودية», but
// «لقيادة قوات التحالف» names the command).
func gluedStem(word string, pw partyWords, known map[string]bool) (string, bool, bool) {
	var buf [12]arabic.Analysis
	for _, a := range arabic.AppendProclitics(buf[:0], word) {
		if len(a.Proclitics) == 0 || a.HasArticle() || a.StemEnd-a.StemStart < 3 {
			continue // («وليد» is no «و» + «يد»)
		}
		k := ScoreNorm(a.Stem)
		if pw.head[k] || pw.lead[k] || pw.none[k] || known[k] {
			return string([]rune(word)[a.StemStart:]), a.Proclitics[len(a.Proclitics)-1] == "ب", true
		}
	}
	return "", false, false
}

// partyNames cleans the names of the actor and recipient of each event
// (bareName, then partyName), dropping a party whose phrase names none.
func partyNames(d *doc, evs []marsad.Event) {
	known := map[string]bool{}
	for _, m := range d.mentions {
		if m.Actor.ID == "" {
			continue // a phrase built by the linker: its first word is a title, not a name
		}
		first, _, _ := strings.Cut(strings.TrimSpace(m.Actor.Name), " ")
		if k := ScoreNorm(first); k != "" {
			known[k] = true
		}
	}
	for k := range evs {
		for _, a := range []**marsad.Actor{&evs[k].Actor, &evs[k].Recipient} {
			if *a == nil {
				continue
			}
			name, ok := partyName((*a).Name, known)
			if ok && a == &evs[k].Actor && materialActs[evs[k].Type] && armedSectors[(*a).Sector] {
				name = spokesmanParty(name)
			}
			if ok && a == &evs[k].Actor && evs[k].Type == "PROTEST" && (*a).ID == "" && frameWord(name) {
				name = "المتظاهرون" // «وامتدت المظاهرات», «في إطار الاحتجاجات»: the protesters
			}
			if !ok {
				*a = nil
				continue
			}
			if name != (*a).Name {
				b := **a // the actor may be shared with a quote or a mention
				b.Name = name
				*a = &b
			}
		}
	}
}

// materialActs are the types a party does with its hands, not its voice.
var materialActs = map[string]bool{"ASSAULT": true, "COERCE": true, "MOBILIZE": true, "RETREAT": true, "AID": true, "SANCTION": true}

// armedSectors are the sectors whose spokesman tells what the party's own
// forces did; a ministry's spokesman mostly judges what others did («أدان
// المتحدث باسم الخارجية الإيرانية الهجوم»).
var armedSectors = map[string]bool{"MIL": true, "POL": true, "REB": true}

// spokesmen are the ScoreNorm'd heads of a spokesman's title.
var spokesmen = scoreSet([]string{"متحدث", "متحدثة", "ناطق", "ناطقة"})

// spokesmanParty reads the party a spokesman speaks for as the doer of a
// material act («المتحدث باسم الجيش المصري» → «الجيش المصري»: the army
// shelled, its spokesman told it); other names come back unchanged.
func spokesmanParty(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 3 || !spokesmen[ScoreNorm(ws[0])] {
		return name
	}
	for i := 1; i < len(ws)-1 && i <= 3; i++ {
		if ScoreNorm(ws[i]) == "باسم" {
			return strings.Join(ws[i+1:], " ")
		}
	}
	return name
}

// frameWord reports a one-word name that is a word of a protest report's
// frame (data/party_names.txt, kind frame), bare or after «و» or «ف».
func frameWord(name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	pw := loadPartyWords()
	k := ScoreNorm(name)
	if pw.frame[k] {
		return true
	}
	for _, p := range []string{"و", "ف"} {
		if w, ok := strings.CutPrefix(k, p); ok && pw.frame[w] {
			return true
		}
	}
	return false
}
