package geo

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// Dateline is the header a newsroom puts before a report: «بيروت (رويترز)
// -», «دبي، الإمارات العربية المتحدة (CNN) --», «واشنطن - أ ف ب:», «لندن ـ
// «القدس العربي»:». Its
// places say where the report was filed, not where the events happened, so
// a coder should use them only for a sentence that names no place.
type Dateline struct {
	marsad.Span        // the header, from its first place to its closing mark
	Places      []int  // indexes into the places given to ReadDateline, filing city first, then any place inside the agency's name
	Agency      string // the agency as written («رويترز», «CNN», «د ب أ»); "" for a bare «دمشق -»
}

// maxDatelineLines is how many lines from the start of the text a header
// may open: a title line or a byline may come before it.
const maxDatelineLines = 3

// ReadDateline finds the dateline of an article: resolved places (from
// Resolve, in text order) at the start of the text or of one of its first
// lines, joined by commas or slashes, optionally followed by a date, and
// closed by an agency in parentheses and/or a dash or colon. A place that
// merely starts the first sentence («غزة تستعد لـ…») is not a dateline.
func (r *Resolver) ReadDateline(text string, toks []arabic.Token, places []marsad.Place) (Dateline, bool) {
	if len(places) == 0 || len(toks) == 0 {
		return Dateline{}, false
	}
	k := 0 // next place to consider
	for i := 0; i < len(toks) && k < len(places); i++ {
		if !lineStart(text, toks, i) {
			continue
		}
		if lineNo(text, toks[i].Start) >= maxDatelineLines {
			break
		}
		j := i
		for j < len(toks) && j < i+2 && toks[j].Kind == arabic.Punct && !isDash(toks[j].Text) && toks[j].Text != "(" {
			j++ // a leading bullet or quote mark
		}
		if j == len(toks) {
			break // the text ends in the marks
		}
		for k < len(places) && places[k].Start < toks[j].CStart {
			k++
		}
		if k < len(places) && places[k].Start == toks[j].CStart {
			if d, ok := r.datelineAt(toks, places, j, k); ok {
				return d, true
			}
		}
	}
	return Dateline{}, false
}

// datelineAt reads a header whose first place, places[k], starts at token i.
func (r *Resolver) datelineAt(toks []arabic.Token, places []marsad.Place, i, k int) (Dateline, bool) {
	d := Dateline{Span: marsad.Span{Start: places[k].Start}}
	// the places: «دبي، الإمارات العربية المتحدة», «غزة/ فلسطين»
	for {
		d.Places = append(d.Places, k)
		i = tokenAfter(toks, i, places[k].End)
		k++
		if i+1 < len(toks) && k < len(places) && len(d.Places) < 3 &&
			(toks[i].Text == "،" || toks[i].Text == "," || toks[i].Text == "/") && places[k].Start == toks[i+1].CStart {
			i++
			continue
		}
		break
	}
	// a date: «الرياض 15 مارس (رويترز) -»
	for n := 0; n < 4 && i < len(toks) && (toks[i].Kind == arabic.Number || r.lex.month[stripFirstArticle(toks[i].Norm)] || toks[i].Text == "،" || toks[i].Text == ","); n++ {
		i++
	}
	closed := false
	dash := func() bool {
		n := 0
		for i < len(toks) && (isDash(toks[i].Text) || toks[i].Text == ":") {
			i++
			n++
		}
		return n > 0
	}
	if dash() {
		closed = true
	}
	// the agency: «(رويترز)», «(CNN)», «- أ ف ب -», «/ الأناضول»
	if i < len(toks) && toks[i].Text == "(" {
		j := i + 1
		for j < len(toks) && j <= i+6 && toks[j].Text != ")" && toks[j].Kind != arabic.Number {
			j++
		}
		if j < len(toks) && j > i+1 && toks[j].Text == ")" {
			d.Agency = joinTokens(toks, i+1, j)
			i = j + 1
			closed = true
			dash()
		}
	} else if i < len(toks) && (closed || toks[i].Text == "/") {
		j := i
		if toks[j].Text == "/" {
			j++
		}
		if n := r.agencyAt(toks, j); n > 0 {
			d.Agency = joinTokens(toks, j, j+n)
			i = j + n
			closed = true
			dash()
		} else if closed && j < len(toks) && (toks[j].Text == "«" || toks[j].Text == "\"") {
			// a newspaper in quotes before a colon: «لندن ـ «القدس العربي»:»
			close := "»"
			if toks[j].Text == "\"" {
				close = "\""
			}
			e := j + 1
			for e < len(toks) && e <= j+6 && toks[e].Text != close {
				e++
			}
			if e+1 < len(toks) && e > j+1 && toks[e].Text == close && (toks[e+1].Text == ":" || isDash(toks[e+1].Text)) {
				d.Agency = joinTokens(toks, j+1, e)
				i = e + 1
				dash()
			}
		}
	}
	if !closed || i >= len(toks) && d.Agency == "" {
		return Dateline{}, false
	}
	d.End = toks[i-1].CEnd
	// places inside the agency's name («القدس العربي») belong to the header
	for k < len(places) && places[k].Start < d.End {
		d.Places = append(d.Places, k)
		k++
	}
	return d, true
}

// agencyAt returns how many tokens from i name a news agency of the
// lexicon's agency section («أ ف ب», «فرانس برس»), 0 if none.
func (r *Resolver) agencyAt(toks []arabic.Token, i int) int {
	var b strings.Builder
	found := 0
	for n := 1; n <= 4 && i+n-1 < len(toks); n++ {
		t := toks[i+n-1]
		if t.Kind != arabic.Word && t.Kind != arabic.Latin {
			break
		}
		if n > 1 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToLower(t.Norm))
		if r.lex.agency[stripFirstArticle(b.String())] {
			found = n
		}
	}
	return found
}

// isDash reports whether s is a dash mark used after a dateline («-», «–»,
// «—», the tatweel «ـ»).
func isDash(s string) bool {
	switch s {
	case "-", "–", "—", "ـ", "--", "―", "−":
		return true
	}
	return false
}

// tokenAfter returns the first token at or after i that starts at or after
// the code point end.
func tokenAfter(toks []arabic.Token, i, end int) int {
	for i < len(toks) && toks[i].CStart < end {
		i++
	}
	return i
}

// lineStart reports whether token i is the first token of a line.
func lineStart(text string, toks []arabic.Token, i int) bool {
	if i == 0 {
		return strings.TrimSpace(text[:toks[0].Start]) == ""
	}
	gap := text[toks[i-1].End:toks[i].Start]
	return strings.ContainsRune(gap, '\n')
}

// lineNo returns the number of non-blank lines before byte offset at, the
// start of a line.
func lineNo(text string, at int) int {
	n := 0
	for _, l := range strings.Split(text[:at], "\n") {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	return n
}

func joinTokens(toks []arabic.Token, a, b int) string {
	parts := make([]string, 0, b-a)
	for _, t := range toks[a:b] {
		parts = append(parts, t.Text)
	}
	return strings.Join(parts, " ")
}
