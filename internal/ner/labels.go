package ner

import "strings"

// Labels is the ANERcorp BIO label set, in the order the model indexes it.
var Labels = [...]string{"O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

// numLabels is len(Labels).
const numLabels = len(Labels)

// labelIndex returns the index of a label in Labels, and false for labels
// outside the set.
func labelIndex(s string) (int, bool) {
	for i, l := range Labels {
		if l == s {
			return i, true
		}
	}
	return 0, false
}

// allowed reports whether label cur may follow label prev (prev = -1 at the
// start of a sentence): I-X only continues B-X or I-X.
func allowed(prev, cur int) bool {
	if cur == 0 || cur%2 == 1 {
		return true
	}
	return prev == cur || prev == cur-1
}

// entityType maps an ANERcorp type to Marsad's (PERS → PER).
func entityType(t string) string {
	if t == "PERS" {
		return "PER"
	}
	return t
}

// spans returns the entity spans [start,end) with their ANERcorp type in a
// BIO label sequence; a stray I- starts a span, as the scorer reads it.
func spans(labels []string) []span {
	var out []span
	start, typ := -1, ""
	for i := 0; i <= len(labels); i++ {
		lab := "O"
		if i < len(labels) {
			lab = labels[i]
		}
		pre, t, _ := strings.Cut(lab, "-")
		if lab == "O" || pre == "B" || (pre == "I" && t != typ) {
			if start >= 0 {
				out = append(out, span{start, i, typ})
				start, typ = -1, ""
			}
			if pre == "B" || pre == "I" {
				start, typ = i, t
			}
		}
	}
	return out
}

// labelSpans appends to out the spans of a sequence of label indices, as
// spans reads the same labels as strings.
func labelSpans(labels []int, out []span) []span {
	start, typ := -1, 0 // typ: entityOf of the open span's label
	for i := 0; i <= len(labels); i++ {
		y := 0
		if i < len(labels) {
			y = labels[i]
		}
		// y == 0 is O, odd y is B-X, even y is I-X
		if y == 0 || y%2 == 1 || entityOf(y) != typ {
			if start >= 0 {
				out = append(out, span{start, i, entityTypes[typ]})
				start, typ = -1, 0
			}
			if y != 0 {
				start, typ = i, entityOf(y)
			}
		}
	}
	return out
}

// entityTypes are the ANERcorp types of entityOf's values.
var entityTypes = [...]string{"", "PERS", "ORG", "LOC", "MISC"}

type span struct {
	start, end int
	typ        string
}
