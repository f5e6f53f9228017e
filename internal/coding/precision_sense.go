package coding

import (
	"fmt"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// A sense rule reads a trigger word the other way: «أوقفت تمويلها» stops
// funding, it arrests no one; «تشكل تهديدا» names a danger, nobody
// threatens; «لقاء كان مقررا» is a meeting planned. The rules live in
// lexicon_more.yaml `senses:`; each names the event type it applies to, the
// trigger words it reads (any, when none are given) and the cue words that
// select the other sense, next to the trigger or anywhere in its sentence.
type lexSense struct {
	Why      string   `yaml:"why"`
	Type     string   `yaml:"type"`
	Heads    []string `yaml:"heads"`
	Before   []string `yaml:"before"`       // a cue among the window words before the trigger
	After    []string `yaml:"after"`        // …or among the window words after it
	Via      []string `yaml:"via"`          // when given, an after cue counts only right after one of these
	Prefix   []string `yaml:"after_prefix"` // …or the first word after it begins with one of these («متهم بـ»)
	Surface  []string `yaml:"surface"`      // the trigger's first word as written (hamza kept, marks dropped)
	Sentence []string `yaml:"sentence"`     // a cue that must also be in the sentence
	Unless   []string `yaml:"unless"`       // words that keep the trigger's own sense when in the sentence
	Window   int      `yaml:"window"`
	Action   string   `yaml:"action"` // drop | hypothetical | negated | retype
	To       string   `yaml:"to"`     // for retype: the event's real type and mode, "TYPE/mode"
}

type senseRule struct {
	typ                     string
	heads                   map[string]bool
	before, after, sentence map[string]bool
	via, unless             map[string]bool
	surface                 map[string]bool // as written, not normalised
	prefix                  []string
	window                  int
	aux                     string // "" drops the hit
	toType, toMode          string // set for retype: the hit is this type instead
}

// compileSense validates one sense rule against the ontology's types.
func compileSense(e lexSense, modes map[string]map[string]bool) (senseRule, error) {
	if modes[e.Type] == nil {
		return senseRule{}, fmt.Errorf("unknown type %q", e.Type)
	}
	if len(e.Before)+len(e.After)+len(e.Prefix)+len(e.Sentence)+len(e.Surface) == 0 {
		return senseRule{}, fmt.Errorf("%s: no cue words (before, after, after_prefix, sentence or surface)", e.Type)
	}
	if e.Window < 0 || e.Window > 8 {
		return senseRule{}, fmt.Errorf("%s: window %d outside [0,8]", e.Type, e.Window)
	}
	r := senseRule{typ: e.Type, window: e.Window, heads: wordSet(e.Heads),
		before: wordSet(e.Before), after: wordSet(e.After), sentence: wordSet(e.Sentence), via: wordSet(e.Via), unless: wordSet(e.Unless)}
	for _, p := range e.Prefix {
		r.prefix = append(r.prefix, arabic.Normalize(p))
	}
	if len(e.Surface) > 0 {
		r.surface = map[string]bool{}
		for _, w := range e.Surface {
			r.surface[unmarked(w)] = true
		}
	}
	if r.window == 0 {
		r.window = 1
	}
	switch e.Action {
	case "drop":
	case "hypothetical":
		r.aux = marsad.AuxHypothetical
	case "negated":
		r.aux = marsad.AuxNegated
	case "retype":
		typ, mode, _ := strings.Cut(e.To, "/")
		if modes[typ] == nil || !modes[typ][mode] {
			return senseRule{}, fmt.Errorf("%s: retype to %q, want a known TYPE/mode", e.Type, e.To)
		}
		r.toType, r.toMode = typ, mode
	default:
		return senseRule{}, fmt.Errorf("%s: action %q, want drop, hypothetical, negated or retype", e.Type, e.Action)
	}
	if e.To != "" && e.Action != "retype" {
		return senseRule{}, fmt.Errorf("%s: to %q without action retype", e.Type, e.To)
	}
	return r, nil
}

// otherSense applies the first sense rule that reads hit h another way. It
// reports false when the hit is no event at all; a rule may instead mark
// the event as planned or failed (Aux), or give it its real type («رد على
// روحاني … وإلا ستواجه بلاده تداعيات» threatens).
func (c *Coder) otherSense(d *doc, h *hit, ev *marsad.Event) bool {
	s := d.sents[h.sent]
	for _, i := range c.lx.sensesOf[h.trig.Type] {
		r := &c.lx.senses[i]
		if len(r.heads) > 0 && !d.has(h.head(), r.heads) {
			continue
		}
		if r.surface != nil && !r.surface[unmarked(d.toks[h.head()].Text)] {
			continue
		}
		if !r.cued(d, h, s.a, s.b) {
			continue
		}
		if r.toType != "" {
			retype(h, ev, r.toType, r.toMode)
			return true
		}
		if r.aux == "" {
			return false
		}
		if ev.Aux == "" {
			ev.Aux = r.aux
		}
		return true
	}
	return true
}

// cued reports whether the rule's cues are next to hit h in the sentence
// [a,b): a before or after cue within the window, or an after cue among
// the trigger's own later words (when the rule has any), and a sentence cue
// anywhere (when it has any).
func (r *senseRule) cued(d *doc, h *hit, a, b int) bool {
	if len(r.before)+len(r.after)+len(r.prefix) > 0 {
		near := false
		ws := d.wordsIn(a, h.head())
		for k := len(ws) - 1; k >= 0 && k >= len(ws)-r.window && !near; k-- {
			near = d.has(ws[k], r.before)
		}
		// an after cue may stand inside a phrase trigger too: «الدعوة
		// إليه», «أمر * قوات» over «أمر روتيني أن تقوم قوات»
		for _, k := range d.wordsIn(h.head()+1, h.last()+1) {
			near = near || d.has(k, r.after)
		}
		ws = d.wordsIn(h.last()+1, b)
		if len(ws) > 0 {
			for _, p := range r.prefix {
				near = near || strings.HasPrefix(d.toks[ws[0]].Norm, p)
			}
		}
		for k := 0; k < len(ws) && k < r.window && !near; k++ {
			near = d.has(ws[k], r.after) && (len(r.via) == 0 || k > 0 && d.has(ws[k-1], r.via))
		}
		if !near {
			return false
		}
	}
	if len(r.unless) > 0 {
		for _, k := range d.wordsIn(a, b) {
			if d.has(k, r.unless) {
				return false
			}
		}
	}
	if len(r.sentence) > 0 {
		for _, k := range d.wordsIn(a, b) {
			if d.has(k, r.sentence) && (k < h.head() || k > h.last()) {
				return true
			}
		}
		return false
	}
	return true
}

// unmarked drops short vowels, shadda, sukun and tatweel from a word as
// written, keeping its letters (hamza too: «هنأ» is not «هنا»).
func unmarked(w string) string {
	return strings.Map(func(r rune) rune {
		if r == '\u0640' || r == '\u0670' || (r >= '\u064B' && r <= '\u0652') {
			return -1
		}
		return r
	}, w)
}
