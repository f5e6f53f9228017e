package storetext

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// IndexTerms returns what the full-text index holds for text, in text
// order with repeats: every word replaced by its normalised stems
// (arabic.Stems: the whole word, and the word with its conjunction,
// preposition, article and pronoun clitics stripped), numbers and Latin
// words by their normalised form.
func IndexTerms(text string) []string {
	var out []string
	seen := map[string][]string{}
	for _, t := range arabic.Tokenize(text) {
		switch t.Kind {
		case arabic.Word:
			stems, ok := seen[t.Norm]
			if !ok {
				stems = arabic.Stems(t.Text)
				seen[t.Norm] = stems
			}
			out = append(out, stems...)
		case arabic.Number, arabic.Latin:
			out = append(out, t.Norm)
		}
	}
	return out
}

// QueryGroups turns a user's search into groups of alternatives: every
// group (one per word of q) must match, and a group matches when any of its
// terms is indexed. A word matches its normalised form, and a word carrying
// the article (ال, لل, with و ف ب ك ل before it) also matches its stem with
// and without the article. Operators and punctuation are not syntax: they
// are dropped or searched as words. No group is empty and no term is "";
// nil means q has no word to look for.
func QueryGroups(q string) [][]string {
	var groups [][]string
	for _, t := range arabic.Tokenize(q) {
		switch t.Kind {
		case arabic.Word, arabic.Number, arabic.Latin:
		default:
			continue
		}
		alts := []string{t.Norm}
		if t.Kind == arabic.Word {
			for _, an := range arabic.Segment(t.Text) {
				if an.HasArticle() && an.Enclitic == "" {
					alts = append(alts, "ال"+an.Stem, an.Stem)
				}
			}
		}
		var group []string
		for _, a := range alts {
			if a != "" && !contains(group, a) {
				group = append(group, a)
			}
		}
		if len(group) > 0 {
			groups = append(groups, group)
		}
	}
	return groups
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// ActorKeys are the keys under which an event is found by its actor: "id:"
// and the actor's id, and NameKey of each of its names.
func ActorKeys(a *marsad.Actor) []string {
	if a == nil {
		return nil
	}
	var keys []string
	if a.ID != "" {
		keys = append(keys, "id:"+a.ID)
	}
	for _, n := range append([]string{a.Name, a.Canon, a.English}, a.Aliases...) {
		if k := NameKey(n); k != "" && !contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

// QueryActorKeys are the keys an actor filter looks for: the value as an
// actor id, and as a name.
func QueryActorKeys(actor string) []string {
	keys := []string{"id:" + actor}
	if k := NameKey(actor); k != "" {
		keys = append(keys, k)
	}
	return keys
}

// NameKey normalises a name for matching: arabic.Normalize (which also
// lower-cases Latin) with white space collapsed, prefixed "n:"; "" for a
// name with nothing in it.
func NameKey(n string) string {
	n = strings.Join(strings.Fields(arabic.Normalize(n)), " ")
	if n == "" {
		return ""
	}
	return "n:" + n
}
