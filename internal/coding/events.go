package coding

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// hit is one trigger matched in a sentence.
type hit struct {
	trig      *Trigger
	sent      int
	pos       []int // token index of each non-gap slot
	future    bool
	clitic    string        // proclitics split off the first word to match it (بال، ل، س)
	pro       bool          // the subject is the pronoun of «أنها/أنه» before the verb
	rel       bool          // the verb opens a relative clause: its subject is the antecedent
	pass      bool          // the verb is written passive («اتُّهم»): its subject is acted upon
	objFirst  bool          // a masculine verb is followed at once by its object («بينما هاجم قناة …»): the subject is its pronoun
	coord     *marsad.Actor // the subject of the verb this one is coordinated with
	coordNoun bool          // coord is the actor of the act before, this act noun being joined to it by و (args_round9.go)
	main      *marsad.Actor // the subject of the sentence's last verb before it
	prevObj   *marsad.Actor // the recipient of the act before it in the sentence (args_round11.go)
	appos     bool          // the recipient is a name between commas after a role phrase (args_round11.go)
	venue     *docPlace     // where the story's statements were made, if it says
	killed    bool          // the event's count is of the killed (count_toll.go)
}

// bareWord returns a token's normalised form without a conjunction. It is
// asked hundreds of times an article, so newDoc reads the keys once
// (conjKey).
func bareWord(d *doc, i int) string {
	w := d.toks[i].Norm
	if d.conj[i] {
		return w[len("و"):]
	}
	return w
}

// conjKey reports a word w whose keys ks strip a leading conjunction و or
// ف: its second key is w without it.
func conjKey(w string, ks []string) bool {
	return len(ks) > 1 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && ks[1] == w[len("و"):]
}

// cliticOf returns what was split off token i's bare word to reach key.
func cliticOf(d *doc, i int, key string) string {
	bare := bareWord(d, i)
	if j := strings.Index(bare, key); j > 0 {
		return bare[:j]
	}
	return ""
}

func (h *hit) head() int { return h.pos[0] }
func (h *hit) last() int { return h.pos[len(h.pos)-1] }

// findHits matches the lexicon in sentence si, longest pattern first at each
// position, never reusing a token.
func (c *Coder) findHits(d *doc, si int) []hit {
	s := d.sents[si]
	used := map[int]bool{}
	fps := &tokFPs{base: s.a, fp: make([]uint64, s.b-s.a)}
	var out []hit
	for i := s.a; i < s.b; i++ {
		if used[i] || d.toks[i].Kind != arabic.Word {
			continue
		}
		var best hit
		bestW := 0
		// the fingerprint bits of the next token's keys, taken when a
		// pattern first asks; 0 when no word can match there
		var nextFP uint64
		nextDone := false
		for _, k := range d.keys[i] {
			for _, t := range c.lx.triggersFrom(k) {
				if t.nextSet && t.slotFP != nil {
					if !nextDone {
						nextFP, nextDone = c.nextFingerprint(d, i+1, s.b, used, fps), true
					}
					if t.slotFP[1]&nextFP == 0 {
						continue // slot 1 cannot match the next token
					}
				}
				if t.FutureOnly && !strings.HasPrefix(cliticOf(d, i, k), "س") && !c.futureMarked(d, i, s.a) {
					continue
				}
				pos, ok := c.matchRest(d, t, 1, i+1, s.b, []int{i}, used, fps)
				if !ok {
					continue
				}
				if end := pos[len(pos)-1] + 1; end < s.b && t.NotBefore[d.toks[end].Norm] {
					continue // «يبحث عن»: searching, not talks
				}
				if t.OwnParty && !c.ownParty(d, t, pos, s.b) {
					continue // «تؤكد الأسلحة دعم إيران للحوثيين»: not the speaker's own (verbal11_stances.go)
				}
				if t.Affirmed && !c.affirmedStance(d, t, pos, s.a, s.b) {
					continue // «حي التضامن», «حملة تضامن»: no stance affirmed (verbal13_stances.go)
				}
				cl := cliticOf(d, i, k)
				if t.Verb && (strings.Contains(cl, "ال") || strings.HasPrefix(cl, "ب") || strings.HasPrefix(cl, "ل")) {
					continue // «القصف», «بالقصف»: a noun, not the verb
				}
				if t.Verb && !t.Symmetric && k+"ا" == bareWord(d, i) {
					continue // «بحثا عن», «واقفا»: an accusative noun, not the verb
				}
				w := t.words()
				if w > bestW || (w == bestW && (verbSpelledOver(d, i, t, best.trig) || t.Confidence > best.trig.Confidence && !verbSpelledOver(d, i, best.trig, t))) {
					best, bestW = hit{trig: t, sent: si, pos: pos, future: strings.HasPrefix(cl, "س"), clitic: cl}, w
				}
			}
		}
		if bestW == 0 {
			continue
		}
		for _, p := range best.pos {
			used[p] = true
		}
		out = append(out, best)
	}
	return out
}

// nextFingerprint is token j's fingerprint (tokFPs), or 0 when matchRest
// cannot match a word slot at j.
func (c *Coder) nextFingerprint(d *doc, j, end int, used map[int]bool, fps *tokFPs) uint64 {
	if j >= end || used[j] || d.toks[j].Kind != arabic.Word {
		return 0
	}
	return fps.at(d, j)
}

// tokFPs holds, per token of a sentence from base on, the union of fpBit
// over its keys, computed on first use; bit 0 marks an entry computed.
type tokFPs struct {
	base int
	fp   []uint64
}

func (f *tokFPs) at(d *doc, i int) uint64 {
	if k := i - f.base; k >= 0 && k < len(f.fp) && f.fp[k] != 0 {
		return f.fp[k]
	}
	x := uint64(1)
	for _, key := range d.keys[i] {
		x |= fpBit(key)
	}
	if k := i - f.base; k >= 0 && k < len(f.fp) {
		f.fp[k] = x
	}
	return x
}

// futureMarked reports a future prefix on token i or «سوف» before it.
func (c *Coder) futureMarked(d *doc, i, start int) bool {
	return i-1 >= start && (d.toks[i-1].Norm == "سوف" || d.toks[i-1].Norm == "وسوف")
}

// matchRest matches slots[j:] from token i; gaps skip up to maxGap tokens.
func (c *Coder) matchRest(d *doc, t *Trigger, j, i, end int, pos []int, used map[int]bool, fps *tokFPs) ([]int, bool) {
	if j == len(t.Slots) {
		return pos, true
	}
	sl := t.Slots[j]
	if sl.Gap {
		words, appos := 0, false
		for k := i; k < end && words <= maxGap; k++ {
			if d.toks[k].Kind == arabic.Punct && (d.toks[k].Text == "." || d.toks[k].Text == ":" || d.toks[k].Text == "؟") {
				return nil, false
			}
			if !appos && words >= 2 {
				if n := appositionWords(d, k, end); n > 0 {
					words, appos = words-n, true // a name between commas does not count (recall_code5.go)
				}
			}
			if p, ok := c.matchRest(d, t, j+1, k, end, pos, used, fps); ok {
				return p, true
			}
			if d.toks[k].Kind == arabic.Word {
				words++
			}
		}
		return nil, false
	}
	if j > 0 && stance(t.Type) && quotedSlot(d, i, end) {
		i++ // «أعربت عن "خيبة أملها"»: a quotation mark opens inside the phrase (events_commentator_clause.go)
	}
	if i >= end || used[i] || d.toks[i].Kind != arabic.Word {
		return nil, false
	}
	// keys sharing no fingerprint bit with the slot's forms are none of them
	if t.slotFP == nil || t.slotFP[j]&fps.at(d, i) != 0 {
		for _, k := range d.keys[i] {
			if sl.Forms[k] {
				return c.matchRest(d, t, j+1, i+1, end, append(pos[:len(pos):len(pos)], i), used, fps)
			}
		}
	}
	// a glued preposition: «مدعوما بالقوات» matches «مدعوما ب»
	if len(sl.Prefixes) > 0 && j == len(t.Slots)-1 {
		w := strings.TrimPrefix(d.toks[i].Norm, "و")
		for _, p := range sl.Prefixes {
			if strings.HasPrefix(w, p) && len(w) >= len(p)+2*len("ا") {
				return c.matchRest(d, t, j+1, i+1, end, append(pos[:len(pos):len(pos)], i), used, fps)
			}
		}
	}
	return nil, false
}

// aux decides whether a hit is negated, future, hypothetical or plain.
func (c *Coder) aux(d *doc, h *hit) string {
	a, _ := c.auxWhy(d, h)
	return a
}

// auxWhy is aux with the name of the construction that decided it (empty
// for a plain act); filter_audit_test.go counts them on fresh articles.
func (c *Coder) auxWhy(d *doc, h *hit) (string, string) {
	s := d.sents[h.sent]
	i := h.head()
	futureOK := h.trig.FutureOnly || h.trig.FutureOK || h.trig.Type == "THREATEN"
	if h.future && !futureOK {
		return marsad.AuxFuture, "future-marked"
	}
	// background paragraphs: «يذكر أن …», «تجدر الإشارة إلى أن …»
	// — but not an act the sentence dates to the days of the report («ويذكر أن
	// التحالف أعلن يوم الاثنين أن …»): that is news given as a reminder
	if d.has(s.a, c.lx.background) && !c.ownDate(d, h) && !d.recentDay(h.sent) {
		return marsad.AuxHistorical, "background"
	}
	if yearsFrame(d, h.sent) && !c.ownDate(d, h) && !d.recentDay(h.sent) {
		return marsad.AuxHistorical, "years-frame"
	}
	if spanFrame(d, h) && !c.ownDate(d, h) && !d.recentDay(h.sent) {
		return marsad.AuxHistorical, "span-frame" // «خلال الأشهر الأخيرة» in the clause (background_span.go)
	}
	if !futureOK && c.imperfectOnWeekday(d, h) {
		return marsad.AuxFuture, "imperfect-weekday"
	}
	if !futureOK && plannedOpener(d, h) {
		return marsad.AuxFuture, "planned-opener" // «ومن المقرر أن يلتقي …» (plans_opener.go)
	}
	if !futureOK && c.futureChain(d, h) {
		return marsad.AuxFuture, "future-chain"
	}
	// «ومنذ ذلك الوقت، تشن القوات …»: an ongoing habit
	if h.trig.Verb && (strings.HasPrefix(d.toks[i].Norm, "ي") || strings.HasPrefix(d.toks[i].Norm, "ت")) && h.clitic == "" {
		for k := i - 1; k >= s.a && k >= i-7; k-- {
			if bareWord(d, k) == "منذ" {
				return marsad.AuxHistorical, "since-habit"
			}
		}
	}
	// habits and history around the trigger
	for k := max(s.a, i-6); k < s.b && k <= h.last()+8; k++ {
		if k > h.last()+2 {
			// after the act only a span of years makes it history
			// («لعدة غارات في السنوات الأخيرة»)
			if w := bareWord(d, k); w != "السنوات" && w != "الاعوام" && w != "لسنوات" {
				continue
			}
		}
		if k+1 == i && !h.trig.Verb && bareWord(d, k) == "باستمرار" {
			continue // «أفادت باستمرار الاحتجاجات»: the continuation of the act, no habit
		}
		if d.has(k, c.lx.habitual) || bareWord(d, k) == "لسنوات" {
			return marsad.AuxHistorical, "habitual"
		}
	}
	// «عندما تتوقف بريطانيا عن …»: an imperfect in a time clause is
	// general or to come, not a reported act
	if h.trig.Verb && i > s.a && h.clitic == "" {
		switch bareWord(d, i-1) {
		case "عندما", "حينما", "حين", "متى", "كلما":
			if bareWord(d, i-1) == "حين" && i-2 >= s.a && bareWord(d, i-2) == "في" {
				break // «في حين يتهم …»: whereas, a contrast, not a time clause
			}
			if w := d.toks[i].Norm; strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "ت") || strings.HasPrefix(w, "ن") {
				return marsad.AuxHypothetical, "time-clause"
			}
		}
	}
	// «أن نستهدف», «أن يهاجم»: a subjunctive act, not a reported one
	if h.trig.Verb && !verbal(h.trig.Type) && i > s.a && h.clitic == "" {
		if p := d.toks[i-1].Norm; p == "ان" || p == "بان" || p == "لان" {
			if w := d.toks[i].Norm; strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "ت") || strings.HasPrefix(w, "ن") {
				return marsad.AuxHypothetical, "subjunctive"
			}
		}
	}
	if !h.trig.Verb && i > s.a && d.toks[i-1].Norm == "اي" {
		return marsad.AuxHypothetical, "any" // «شن أي هجوم»: no act in particular
	}
	if !h.trig.Verb && h.trig.Type != "RETREAT" && h.trig.Type != "AGREE" {
		for k := i - 1; k >= s.a && k >= i-2; k-- {
			if d.has(k, c.lx.halt) {
				return marsad.AuxNegated, "halt" // «وقف إطلاق النار», «لمنع الهجوم»
			}
		}
	}
	// the two words before the trigger
	for k, n := i-1, 0; k >= s.a && n < 3; k-- {
		t := d.toks[k]
		if t.Kind == arabic.Punct {
			if t.Text == "،" || t.Text == "," || t.Text == ":" {
				break
			}
			continue
		}
		n++
		w := t.Norm
		if (w == "قد" || w == "وقد") && k == i-1 && imperfectHead(d, h) {
			return marsad.AuxHypothetical, "future-word-qad" // «وقد تفرض واشنطن عقوبات» (sanction_hedged.go)
		}
		if c.lx.negation[w] || (len(d.keys[k]) > 1 && c.lx.negation[d.keys[k][1]]) {
			if k+1 < s.b && (d.toks[k+1].Norm == "يكتف" || d.toks[k+1].Norm == "تكتف") {
				continue // «لم تكتف بـ»: not only … but
			}
			if (w == "ما" || w == "غير") && !h.trig.Verb {
				continue // «ما» as a relative before a noun; «غير» as an adjective
			}
			if w == "ما" && k == i-1 && relativeMa(d, k, s.a) {
				continue // «، ما أسفر عن», «وهو ما رفضته الصين»: «which», no denial
			}
			if w == "الا" && k+1 < s.b && (d.toks[k+1].Norm == "ان" || pronounComplement(d.toks[k+1].Norm)) {
				continue // «إلا أنها قررت»: «however», not «ألا» (that … not)
			}
			if w == "لا" && n > 1 && h.trig.Verb {
				continue
			}
			return marsad.AuxNegated, "negation"
		}
		tense := w == "سوف" || w == "وسوف"
		if (!futureOK || (h.trig.FutureOK && !tense)) && (c.lx.future[w] || (len(d.keys[k]) > 1 && c.lx.future[d.keys[k][1]])) {
			if w == "قد" || w == "وقد" {
				if h.trig.Verb && (strings.HasPrefix(d.toks[i].Norm, "ي") || strings.HasPrefix(d.toks[i].Norm, "ت")) {
					return marsad.AuxHypothetical, "future-word-qad"
				}

				continue
			}
			return marsad.AuxFuture, "future-word"
		}
		// ستقوم بـ..., سيتم; not before a finite verb, which carries its own
		// tense («لكن سالفيني انتقد»: a name that opens with «س»)
		if d.fut[k] && n == 1 && !futureOK && !h.trig.Verb {
			return marsad.AuxFuture, "future-prefix"
		}
	}
	// conditionals and denials earlier in the clause
	for k, n := i-1, 0; k >= s.a && n < 14; k-- {
		t := d.toks[k]
		if t.Kind != arabic.Word {
			continue
		}
		n++
		w := t.Norm
		if !h.trig.FutureOnly && (c.lx.conditional[w] || (len(d.keys[k]) > 1 && c.lx.conditional[d.keys[k][1]])) {
			if (w == "حال" || w == "حاله") && k > s.a && !strings.HasSuffix(d.toks[k-1].Norm, "في") {
				continue
			}
			// «وأن تعزيزات وصلت»: «and that», which normalises as the
			// conditional «وإن»; no conditional is written with «أ». Before an
			// imperfect verb it is the subjunctive «وأن يسمح» (an aim), kept.
			if strings.ContainsRune(t.Text, 'أ') && !(h.trig.Verb && i-k <= 2 && strings.ContainsRune("يتنا", []rune(d.toks[i].Norm)[0])) {
				continue
			}
			return marsad.AuxHypothetical, "conditional"
		}
		switch w {
		case "نفي", "نفت", "ينفي", "تنفي", "ونفي", "ونفت":
			if denialReaches(d, h, k, i) {
				return marsad.AuxNegated, "denial"
			}
		}
	}
	// a forecast, intention or proposal governs the act: «ويتوقع دبلوماسيون أن
	// يتم رفض التعديل», «واقترحت بالمقابل إدانة حماس»
	for k, n := i-1, 0; k >= s.a && n < 8; k-- {
		t := d.toks[k]
		if t.Text == "،" || t.Text == "," || t.Text == ":" || t.Text == "." {
			break
		}
		if t.Kind != arabic.Word {
			continue
		}
		n++
		if d.has(k, c.lx.irrealis) {
			return marsad.AuxFuture, "irrealis"
		}
	}
	// a future time after the trigger: «اجتماع الأسبوع المقبل»
	for k := h.last() + 1; k < s.b && k <= h.last()+5; k++ {
		w := d.toks[k].Norm
		if w == "المقبل" || w == "المقبله" || w == "القادم" || w == "القادمه" {
			return marsad.AuxFuture, "coming-time"
		}
	}
	return "", ""
}

// relativeMa reports a «ما» at token k that opens a clause about what came
// before — after a comma or a resumptive pronoun («، ما أدى إلى»,
// «وهو ما رفضته») — the relative «which», not the negation «ما فعل».
func relativeMa(d *doc, k, start int) bool {
	if k-1 < start {
		return false
	}
	if p := d.toks[k-1]; p.Kind == arabic.Punct {
		return p.Text == "،" || p.Text == ","
	}
	switch bareWord(d, k-1) {
	case "هو", "هي", "هذا", "ذلك", "وهو", "وهي", "وهذا", "وذلك":
		return true
	}
	return false
}

// np is a noun phrase over tokens [a,b).
type np struct {
	a, b  int
	actor *marsad.Actor
}

func (p np) ok() bool { return p.b > p.a }

// isStop reports a word that cannot start or continue a noun phrase.
func (c *Coder) isStop(d *doc, i int) bool { return c.classes(d, i)&flagStop != 0 }

func (c *Coder) isStopSlow(d *doc, i int) bool {
	t := d.toks[i]
	if t.Kind != arabic.Word && t.Kind != arabic.Latin {
		return true
	}
	w := t.Norm
	if c.lx.stop[w] || c.lx.reporting[w] {
		return true
	}
	if len(d.keys[i]) > 1 && (c.lx.stop[d.keys[i][1]] || c.lx.reporting[d.keys[i][1]]) {
		return true
	}
	return false
}

func (c *Coder) isTrigger(d *doc, i int) bool { return c.classes(d, i)&flagTrigger != 0 }

// classes are token i's cached classes, computed on first use; none for a
// position past the text's ends (callers step one token beyond a phrase).
func (c *Coder) classes(d *doc, i int) uint8 {
	if i < 0 || i >= len(d.flags) {
		return 0
	}
	if d.flags[i]&flagKnown == 0 {
		c.classify(d, i)
	}
	return d.flags[i]
}

// Token classes cached per document.
const (
	flagKnown uint8 = 1 << iota
	flagStop
	flagTrigger
	flagReporting
)

// classify computes and caches token i's classes.
func (c *Coder) classify(d *doc, i int) {
	f := flagKnown
	if c.isStopSlow(d, i) {
		f |= flagStop
	}
	if c.isTriggerSlow(d, i) {
		f |= flagTrigger
	}
	if c.reportingSlow(d, i) {
		f |= flagReporting
	}
	d.flags[i] = f
}

func (c *Coder) isTriggerSlow(d *doc, i int) bool {
	for _, k := range d.keys[i] {
		for _, t := range c.lx.triggersFrom(k) {
			// a single-word trigger, or the verb heading a phrase
			// («أسفرت»); not a wrong only a speaker's charge makes an act
			// («بدعم روسيا», «قوات دعم الشرعية»: accuse_erred.go)
			if (len(t.Slots) == 1 || t.Verb) && !t.Alleged && !t.VerbWords {
				return true
			}
		}
	}
	return c.lx.light[bareWord(d, i)]
}

// phraseAt reads the noun phrase starting at token i (or the actor mention
// covering it).
func (c *Coder) phraseAt(d *doc, i, end int) np {
	if i >= end || i < 0 {
		return np{}
	}
	if m := d.mentionAt[i]; m >= 0 {
		mm := d.mentions[m]
		b := min(mm.TokEnd, end)
		// keep a following name: «وزير الداخلية العراقي عبدالأمير الشمري»
		if b < end {
			if m2 := d.mentionAt[b]; m2 >= 0 && m2 != m && d.mentions[m2].TokStart == b && d.mentions[m2].Actor.Sector == mm.Actor.Sector && d.mentions[m2].Actor.Country == mm.Actor.Country {
				b = min(d.mentions[m2].TokEnd, end)
			}
		}
		a := mm.Actor
		return np{a: i, b: b, actor: &a}
	}
	if c.isStop(d, i) || c.isTrigger(d, i) {
		return np{}
	}
	b := i + 1
	for b < end && b-i < 6 {
		t := d.toks[b]
		if t.Kind == arabic.Punct && (t.Text == "«" || t.Text == "»" || t.Text == "\"" || t.Text == "“" || t.Text == "”" || t.Text == "(" || t.Text == ")") {
			b++
			continue
		}
		if t.Kind != arabic.Word && t.Kind != arabic.Latin {
			break
		}
		if c.isStop(d, b) || c.isTrigger(d, b) || d.mentionAt[b] >= 0 && d.mentionAt[b] != d.mentionAt[b-1] || c.lx.timeW[d.toks[b].Norm] {
			break
		}
		if _, ok := c.cal.weekday(d.toks[b].Norm); ok {
			break
		}
		if strings.HasPrefix(t.Norm, "و") && len(d.keys[b]) > 1 && b > i {
			break // a conjunction starts the next phrase
		}
		if !c.continuesPhrase(d, b) {
			break
		}
		b++
	}
	for b > i+1 && d.toks[b-1].Kind == arabic.Punct {
		b--
	}
	// a mention inside the phrase lends its actor
	for k := i; k < b; k++ {
		if m := d.mentionAt[k]; m >= 0 {
			a := d.mentions[m].Actor
			return np{a: i, b: b, actor: &a}
		}
	}
	return np{a: i, b: b}
}

// clauseStart reports whether token a opens a clause: the sentence start,
// after a comma or colon, or a word with the conjunction و.
func (c *Coder) clauseStart(d *doc, a, start int) bool {
	if a == start {
		return true
	}
	p := d.toks[a-1]
	if p.Text == "،" || p.Text == "," || p.Text == ":" || p.Text == "؛" {
		return true
	}
	switch p.Norm {
	case "ان", "بان", "وان", "لان", "انه", "انها":
		return true
	}
	if c.lx.light[bareWord(d, a-1)] {
		return true // «تواصل القوات قصف …»: the subject of the light verb
	}
	return strings.HasPrefix(d.toks[a].Norm, "و") && bareWord(d, a) != d.toks[a].Norm
}

// definite reports a word with the article (after any proclitic).
func definite(w string) bool {
	for _, p := range []string{"ال", "وال", "بال", "لل", "فال", "وبال", "ولل"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// resumptive reports a preposition with a pronoun («بها», «عليه»): in a
// relative clause it points back, and the subject follows it.
func resumptive(w string) bool {
	switch w {
	case "بها", "به", "بهم", "عليها", "عليه", "عليهم", "لها", "له", "لهم", "منها", "منه", "منهم", "فيها", "فيه", "اليها", "اليه":
		return true
	}
	return false
}

// nisba reports a relative adjective (السوري، الإيرانية، العراقيين).
func nisba(w string) bool {
	return strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يه") || strings.HasSuffix(w, "يين") || strings.HasSuffix(w, "يون")
}

// continuesPhrase decides whether token b still belongs to the noun phrase
// of token b-1: a definite word continues any noun (construct «وزير
// الخارجية», adjective «الجيش السوري»); an indefinite word continues only an
// indefinite one («مسلحون مجهولون») or a name after a nisba («الرئيس
// الأمريكي دونالد ترامب»); an accusative word starts the object.
func (c *Coder) continuesPhrase(d *doc, b int) bool {
	w, prev := d.toks[b].Norm, d.toks[b-1].Norm
	if d.toks[b].Kind == arabic.Latin {
		return true
	}
	if definite(w) {
		if pluralHead(prev) {
			return false // «منتقدون | الرئيس»: a plural in ون is in no construct
		}
		if nisba(prev) && definite(prev) && !nisba(w) {
			return false // «الخارجية الإيرانية | الولايات المتحدة»
		}
		return !strings.HasSuffix(prev, "ا") || definite(prev)
	}
	if strings.HasSuffix(w, "ا") || strings.HasPrefix(w, "نظير") {
		return false // «حاجزا», «نظيره»: the object begins
	}
	if !definite(prev) {
		return !strings.HasSuffix(prev, "ا")
	}
	return strings.HasSuffix(prev, "ي") // a name after a nisba
}

// phraseBefore reads the noun phrase that ends just before token i.
func (c *Coder) phraseBefore(d *doc, i, start int) np {
	k := i - 1
	for k >= start && (d.toks[k].Kind == arabic.Punct && d.toks[k].Text != "،" && d.toks[k].Text != ":" || c.lx.timeW[d.toks[k].Norm]) {
		k--
	}
	if k < start {
		return np{}
	}
	if m := d.mentionAt[k]; m >= 0 {
		mm := d.mentions[m]
		a := mm.Actor
		return np{a: max(mm.TokStart, start), b: k + 1, actor: &a}
	}
	if c.isStop(d, k) || c.isTrigger(d, k) || subordinator(bareWord(d, k)) {
		return np{} // (not «وأغضبت كندا الرياض عندما دعت السفارة»: args_round9.go)
	}
	a := k
	for a-1 >= start && k-a < 4 {
		t := d.toks[a-1]
		if t.Kind != arabic.Word || c.isStop(d, a-1) || c.isTrigger(d, a-1) {
			break
		}
		if strings.HasPrefix(d.toks[a].Norm, "و") && len(d.keys[a]) > 1 {
			break
		}
		a--
	}
	return np{a: a, b: k + 1}
}

// source reports a mention that is the subject of a reporting verb
// («أفاد المرصد السوري بمقتل…»): it tells of the act, it does not do it.
func (c *Coder) source(d *doc, m np) bool {
	for k := m.a - 1; k >= 0 && k >= m.a-3; k-- {
		if c.reportingAt(d, k) {
			return true
		}
		if d.toks[k].Kind == arabic.Word && !c.lx.timeW[d.toks[k].Norm] {
			if _, ok := c.cal.weekday(d.toks[k].Norm); !ok {
				return false
			}
		}
	}
	return false
}

// nearestMentionBefore finds the closest actor mention left of i in the
// sentence.
func (c *Coder) nearestMentionBefore(d *doc, i, start int) np {
	for k := i - 1; k >= start; k-- {
		if m := d.mentionAt[k]; m >= 0 {
			if addressee(d, int(m)) || seatMention(d, int(m)) {
				k = d.mentions[m].TokStart
				continue
			}
			mm := d.mentions[m]
			a := mm.Actor
			return np{a: max(mm.TokStart, start), b: mm.TokEnd, actor: &a}
		}
	}
	return np{}
}

// skipAdverbs moves i past time words and commas between a verb and its subject.
func (c *Coder) skipAdverbs(d *doc, i, end int) int {
	for i < end {
		t := d.toks[i]
		if t.Kind == arabic.Punct && t.Text != ":" && t.Text != "." && quoteMarks[t.Text] == "" && t.Text != "”" {
			i++
			continue
		}
		// «لـ"العين الإخبارية"»: the outlet a statement was given to
		if t.Norm == "لـ" || t.Norm == "ل" {
			j := i + 1
			if j < end && quoteMarks[d.toks[j].Text] != "" {
				for j++; j < end && j < i+8 && quoteMarks[d.toks[j].Text] == "" && d.toks[j].Text != "»" && d.toks[j].Text != "”"; j++ {
				}
				i = j + 1
				continue
			}
		}
		if t.Kind == arabic.Number {
			return i
		}
		if c.lx.timeW[t.Norm] || (len(d.keys[i]) > 1 && c.lx.timeW[d.keys[i][1]]) {
			i++
			continue
		}
		if _, ok := c.cal.weekday(t.Norm); ok {
			i++
			continue
		}
		break
	}
	return i
}

// agentive reports an actor that acts (state, armed, organised) rather than
// suffers.
func agentive(a *marsad.Actor) bool {
	if a == nil {
		return false
	}
	switch a.Sector {
	case "GOV", "MIL", "POL", "REB", "IGO", "JUD", "LEG", "PTY", "OPP":
		return true
	}
	return false
}

// victimPhrase reports a phrase of affected people («60 شخصا», «متظاهر»).
func (c *Coder) victimPhrase(d *doc, p np) bool {
	if !p.ok() {
		return false
	}
	if d.toks[p.a].Kind == arabic.Number {
		return !c.datePhrase(d, p)
	}
	if n, ok := arabic.ParseNumber(d.toks, p.a); ok && n.End <= p.b+1 {
		return true
	}
	return d.has(p.a, c.lx.victims) && !d.has(p.a, c.lx.armed) && !agentive(p.actor)
}

// coActor reports a recipient phrase that is the actor's second conjunct:
// it opens with the conjunction و right after the actor phrase.
func coActor(d *doc, actor, recip np) bool {
	if !actor.ok() || !recip.ok() || recip.actor == nil || recip.a != actor.b || d.toks[recip.a].Kind != arabic.Word {
		return false
	}
	return bareWord(d, recip.a) != d.toks[recip.a].Norm && strings.HasPrefix(d.toks[recip.a].Norm, "و")
}

// noParty reports a phrase that cannot be an actor or recipient: a date
// («19 نيسان»), or a party that only describes the noun before it
// («الموالية لإيران»).
func (c *Coder) noParty(d *doc, p np) bool {
	if !p.ok() {
		return false
	}
	if controller(d, p.a) {
		return true
	}
	if verbalNoun(d.toks[p.a].Text) && !c.nationalPhrase(d, p) {
		// «إلى إجراء تحقيق» is what is asked; «الاستفزاز الإيراني» names
		// Iran by its nisba, and a name inside stands for a party
		named := false
		for k := p.a; k < p.b; k++ {
			named = named || d.mentionAt[k] >= 0
		}
		if !named {
			return true
		}
	}
	return c.datePhrase(d, p)
}

// fuulNoun reports a normalised definite noun of the form الفعول
// («الخروج», «النزول», «الهدوء»), the verbal noun of many intransitive
// verbs. Plurals of that form («اليهود», «الجنود») are parties, so the
// caller reads it only after إلى, where a party is rare.
func fuulNoun(w string) bool {
	r := []rune(w)
	return len(r) == 6 && strings.HasPrefix(w, "ال") && r[4] == 'و'
}

// verbalNoun reports a word of the verbal-noun forms إفعال and استفعال
// («إجراء», «بإطلاق», «الاستئناف»), after a conjunction, a glued
// preposition and the article: what is asked or done, never a party. Only
// the spelling with hamza below is read for إفعال, since without it the
// form is that of plurals like «اطفال». Other forms (مفاعلة, افتعال,
// تفاعل, تفعيل) are left out: they also make party names («المقاومة»,
// «الاحتلال», «التحالف», «تنظيم»).
func verbalNoun(t string) bool {
	w := t
	if !utf8.ValidString(t) || strings.ContainsFunc(t, tatweelOrHaraka) {
		r := make([]rune, 0, len(t))
		for _, x := range t {
			if tatweelOrHaraka(x) {
				continue
			}
			r = append(r, x)
		}
		w = string(r)
	}
	for _, p := range []string{"و", "ف"} {
		if rest := strings.TrimPrefix(w, p); rest != w && utf8.RuneCountInString(rest) >= 5 {
			w = rest
			break
		}
	}
	for _, p := range []string{"بال", "لل", "كال", "ال", "ب", "ل", "ك"} {
		if rest := strings.TrimPrefix(w, p); rest != w && utf8.RuneCountInString(rest) >= 5 {
			w = rest
			break
		}
	}
	// the shapes have 5 or 7 letters: the first 8 runes tell
	var r [8]rune
	n := 0
	for _, x := range w {
		if n == len(r) {
			return false
		}
		r[n] = x
		n++
	}
	switch {
	case n == 5 && r[0] == 'إ' && r[3] == 'ا':
		// two names have the same shape, in case the linker missed them
		return w != "إيران" && w != "إخوان"
	case n == 7 && strings.HasPrefix(w, "است") && r[5] == 'ا':
		return true
	}
	return false
}

// tatweelOrHaraka reports the tatweel and the short-vowel marks, which
// verbalNoun reads the word without.
func tatweelOrHaraka(x rune) bool { return x == 'ـ' || x >= 0x064B && x <= 0x0652 }

// datePhrase reports a phrase that opens with a day of the month («19
// نيسان», «30 مارس/آذار»).
func (c *Coder) datePhrase(d *doc, p np) bool {
	if d.toks[p.a].Kind != arabic.Number {
		return false
	}
	j := p.a + 1
	if j < len(d.toks) && d.toks[j].Kind == arabic.Punct && d.toks[j].Text == "/" {
		j++
	}
	if j >= len(d.toks) {
		return false
	}
	m, _ := c.cal.month(d.toks, j, len(d.toks))
	return m > 0
}

// prepAt reports whether token i is (or starts with) one of preps and where
// the phrase after it starts.
func (c *Coder) prepAt(d *doc, i int, preps []string) (int, bool) {
	w := d.toks[i].Norm
	for _, p := range preps {
		if w == p || (len(d.keys[i]) > 1 && d.keys[i][1] == p) {
			return i + 1, true
		}
		// attached ب / ل: «بالحكومة», «لحماس»
		if (p == "ب" || p == "ل") && len(d.keys[i]) > 1 {
			rest := w
			if strings.HasPrefix(rest, "و") {
				rest = rest[len("و"):]
			}
			if strings.HasPrefix(rest, p) && len(rest) > 3*len(p) && !c.lx.stop[w] {
				return i, true
			}
		}
	}
	return 0, false
}

// judgementArgs: the one who judges is the phrase after the opinion verb
// (or the sentence's speaker); the party judged is the first actor named
// after it.
func (c *Coder) judgementArgs(d *doc, h *hit) (actor, recip np) {
	s := d.sents[h.sent]
	i := h.head()
	k := c.skipAdverbs(d, i+1, s.b)
	if p := c.phraseAt(d, k, s.b); p.ok() {
		actor = c.preferMention(d, p, np{}, s.b, 2)
	}
	// the party judged: the subject of «أن» (an outlet named in passing,
	// «في مقابلة مع CNN», or a word of the judge's own name is not it)
	for j := max(k, actor.b); j < s.b && j <= h.last()+6; j++ {
		if m := d.mentionAt[j]; m >= 0 && !(actor.ok() && j < actor.b) {
			mm := d.mentions[m]
			a := mm.Actor
			if a.Sector == "MED" || a.Sector == "CVL" || (actor.ok() && j <= actor.b+1 && actor.actor != nil && a.Country == actor.actor.Country) {
				j = mm.TokEnd - 1
				continue
			}
			recip = np{a: max(mm.TokStart, j), b: mm.TokEnd, actor: &a}
			break
		}
	}
	if !recip.ok() {
		recip = c.judgedByNisba(d, h, actor) // «وصف … القرار الأمريكي بأنه …» (events_commentator_clause.go)
	}
	return actor, recip
}

// args fills actor and recipient for a hit.
func (c *Coder) args(d *doc, h *hit) (actor, recip np, symmetric bool) {
	if h.trig == accuseJudgement || h.trig == supportJudgement {
		a, r := c.judgementArgs(d, h)
		return a, r, false
	}
	s := d.sents[h.sent]
	if nounUse(d, h) {
		// «في قصف للطائرات الإسرائيلية»: a verb's form after a preposition
		// is its verbal noun
		nt := *h.trig
		nt.Verb = false
		h.trig = &nt
	}
	t := h.trig
	i, last := h.head(), h.last()
	window := min(s.b, last+14)
	symmetric = t.Symmetric

	// «بين X و Y»: two sides of a symmetric act, or of any verbal noun
	// («معارك بين الجيش والمتمردين»)
	if t.Symmetric || !t.Verb {
		for k := last + 1; k < window && k <= last+6; k++ {
			if d.toks[k].Norm == "بين" {
				x := c.partitive(d, c.phraseAt(d, k+1, s.b))
				if x.ok() {
					j := c.sideEnd(d, x, s.b)
					for j < s.b && d.toks[j].Kind == arabic.Punct {
						j++
					}
					if j+1 < s.b && d.toks[j].Norm == "وبين" {
						j++ // «بين X من جهة وبين Y»
						return x, c.partitive(d, c.phraseAt(d, j, s.b)), true
					}
					if j < s.b && strings.HasPrefix(d.toks[j].Norm, "و") {
						y := c.phraseAt(d, j, s.b)
						return x, y, true
					}
					return x, np{}, true
				}
			}
		}
		if x, y, ok := c.farSides(d, h); ok {
			return x, y, true
		}
	}

	passive := false
	if !t.Verb && i > s.a && d.has(i-1, c.lx.passive) {
		passive = true
	}

	rel := t.Verb && i > s.a && (relativePronoun(d.toks[i-1].Norm) || c.actAntecedent(d, h))
	if rel && verbal(t.Type) && relativePronoun(d.toks[i-1].Norm) && !objectPronoun(d, h) {
		// «الهجوم، الذي ألقت بريطانيا باللوم فيه على روسيا»: an act is
		// no speaker; the relative clause has its own subject
		if ante := c.phraseBefore(d, i-1, s.a); !ante.ok() || (ante.actor == nil && !c.nationalPhrase(d, ante) && (c.actNoun(d, ante.a) || c.isTrigger(d, ante.a))) {
			k := c.skipAdverbs(d, i+1, s.b)
			if k < s.b && resumptive(d.toks[k].Norm) {
				k = c.skipAdverbs(d, k+1, s.b) // «الذي أدانت فيه فرنسا …»
			}
			if k < s.b && d.mentionAt[k] >= 0 {
				rel = false
			}
		}
	}
	if rel && c.inWhichSubject(d, h) {
		rel = false // «التي تتهم فيها إسرائيل إيران» (accuse_resumptive.go)
	}
	if rel && relativePronoun(d.toks[i-1].Norm) && objectPronoun(d, h) {
		// «غولن الذي تتهمه أنقرة بتدبير …», «المنظمة التي اتهمتها واشنطن»:
		// the pronoun on the verb is the antecedent, the object; the
		// subject follows the verb
		if a, r, ok := c.relativeObject(d, h); ok {
			h.rel = true
			return a, r, symmetric
		}
	}
	if rel {
		// «الضربة التي استهدفت المطار»: the antecedent is the subject (a
		// party only when one is named there); what follows is the object
		if ante := c.phraseBefore(d, i-1, s.a); ante.ok() && ante.actor != nil && agentive(ante.actor) {
			actor = ante
		}
		h.rel = true
	}
	if t.Verb && c.suffered(d, h) {
		// «قتل جنود في الهجوم», «الذين قتلوا في الغارة»: the subject suffers
		// the act the noun after it names
		if ante := c.phraseBefore(d, i, s.a); rel {
			recip, actor = c.phraseBefore(d, i-1, s.a), np{}
			if m := c.nearestMentionBefore(d, i-1, max(s.a, i-12)); !recip.ok() && m.ok() {
				recip = m // «العسكريين الروس في سوريا، والذين قتلوا في الغارة»
			}
		} else if ante.ok() && i-ante.b == 0 && c.clauseStart(d, ante.a, s.a) {
			recip = ante
		} else if k := c.skipAdverbs(d, i+1, s.b); k < s.b && d.toks[k].Norm != "في" && !byFire(bareWord(d, k)) {
			recip = c.phraseAt(d, k, s.b)
		}
		return c.fireAgent(d, h), recip, false
	}
	pass := t.Verb && len(h.pos) == 1 && (passiveForm(d.toks[i].Text) || c.objectless(d, h))
	if t.Verb && !rel && !pass {
		// SVO: a phrase opening the clause right before the verb
		if pre := c.phraseBefore(d, i, s.a); pre.ok() && i-pre.b == 0 && c.clauseStart(d, pre.a, s.a) {
			actor = pre
			// «أن أنقرة وواشنطن توصلتا»: two subjects joined by و; in a
			// symmetric act the second is the other side
			if x := c.phraseBefore(d, pre.a, s.a); x.ok() && x.b == pre.a && bareWord(d, pre.a) != d.toks[pre.a].Norm && c.clauseStart(d, x.a, s.a) {
				actor = x
				if t.Symmetric {
					recip = pre
				}
			}
		}
		// «قوات الأمن لاحقت وقتلت …»: a verb joined to the verb of an SVO
		// clause shares its subject
		if j := i - 1; !actor.ok() && h.coord == nil && j > s.a && bareWord(d, i) != d.toks[i].Norm && d.toks[j].Kind == arabic.Word && d.mentionAt[j] < 0 && !definite(d.toks[j].Norm) {
			if pre := c.phraseBefore(d, j, s.a); pre.ok() && pre.b == j && pre.actor != nil && c.clauseStart(d, pre.a, s.a) {
				actor = pre
			}
		}
		// «وكانت دبابات إسرائيلية قد ضربت», «وكان الرئيس هدد»: the subject
		// sits between كان (and قد) and the verb
		if end := i; !actor.ok() && i-1 > s.a {
			if d.toks[i-1].Norm == "قد" {
				end = i - 1
			}
			for k := end - 1; k >= s.a && k >= end-8; k-- {
				switch bareWord(d, k) {
				case "كان", "كانت", "كانوا":
					if p := c.phraseAt(d, c.skipAdverbs(d, k+1, end), end); p.ok() && (end < i || (p.b == end && p.actor != nil)) {
						actor = p
					}
					k = s.a
				}
			}
		}
	}
	if pass {
		// «اتُّهم الوزير بالفساد», «أن الرجل اعتُقل»: the subject of a
		// passive is the one acted upon; the agent is named by a phrase, or
		// by the context
		actor, recip = np{}, c.passiveSubject(d, h, rel)
		h.pass = true
	} else if t.Verb {
		if a, r, ok := c.chargedInGap(d, h); ok && !actor.ok() && !h.pro && !h.rel && h.coord == nil {
			return a, r, symmetric // «وحمّلت النقابة الحوثيين المسؤولية» (accuse_charged_gap.go)
		}
		// VSO: the subject follows the verb (or sits in the phrase's gap),
		// after a resumptive pronoun («خطوة نددت بها إيران»)
		k := c.skipAdverbs(d, i+1, s.b)
		if k < s.b && resumptive(d.toks[k].Norm) {
			k = c.skipAdverbs(d, k+1, s.b)
		}
		bound := s.b
		if len(h.pos) > 1 {
			bound = h.pos[1]
		}
		inPhrase := len(h.pos) > 1 && k == h.pos[1]
		// «أكدت حماس أنها أغلقت مكاتب الشركة»: the pronoun of «أنها» is the
		// subject, and what follows the verb is its object
		h.pro = !actor.ok() && i > s.a && h.clitic == "" && pronounComplement(d.toks[adverbsBefore(d, i-1, s.a)].Norm)
		if !actor.ok() && d.speakerOf[h.sent].name != "" && firstPerson(d, h) {
			h.pro = true // «ندين (الاستفزاز) الإيراني»: the speaker is the subject, the phrase after the object
		}
		if !inPhrase && !actor.ok() && !h.pro && !h.rel && h.coord == nil {
			actor = c.issuer(d, k, bound) // «اتهم بيان للجناح العسكري لحماس إسرائيل»
		}
		placeObj := np{}
		if !inPhrase && !actor.ok() && !h.rel {
			placeObj = c.placeObject(d, h, k, bound) // «واتهم لندن بـ…»: the object
			recip = placeObj
			h.objFirst = placeObj.ok() && feminineBody(bareWord(d, k))
		}
		if sk := approxEnd(d, k, bound); !inPhrase && !actor.ok() && !placeObj.ok() && !h.pro && !h.rel && h.coord == nil && !c.prepPhrase(d, sk) && !pluralVerb(d, h) && !c.prepObject(d, h, sk) {
			subj := c.phraseAt(d, sk, bound)
			if !subj.ok() {
				if cp := c.countPhrase(d, sk, bound); sk > k || c.countedVictims(d, cp) {
					subj = cp // «قتل نحو 60 فلسطينيا»: the count after «نحو»; «وقتل 34 فلسطينيا»: people counted (args_victims.go)
				}
			}
			if subj.ok() {
				if d.toks[subj.a].Kind == arabic.Number || (len(h.pos) > 1 && c.victimPhrase(d, subj) && d.has(subj.a, c.lx.deaths)) {
					// «سقط عشرة قتلى»: a count of the affected, not an actor
					if h.trig.Type == "ASSAULT" || h.trig.Type == "COERCE" {
						recip = subj
					}
				} else if (h.trig.Type == "ASSAULT" || h.trig.Type == "COERCE") && len(h.pos) == 1 && c.victimPhrase(d, subj) {
					recip = subj // a passive reading: «قتل 60 شخصا»، «اعتقل رجل»
				} else if obliquePlural(d, subj.a) || (subj.actor == nil && accusativeMarked(d, subj.a)) {
					if t.Object {
						recip = subj // «ودعت العراقيين إلى …»: a plural in ـين is no subject, nor «أهدافاً»
					}
				} else {
					actor = subj
				}
			}
		}
		if !actor.ok() && !recip.ok() && !h.pro && !h.rel && h.coord == nil {
			actor = c.phraseBefore(d, i, s.a)
			if !actor.ok() || actor.actor == nil {
				if m := c.nearestMentionBefore(d, i, s.a); m.ok() && !c.prepPhrase(d, m.a) {
					actor = m // (not «نداء للأمم المتحدة، تطالبها»: the one addressed)
				}
			}
		}
		// «حمّلت الرئاسة، حسب الإعلام الرسمي، حماس المسؤولية»: with the
		// subject found elsewhere, the party in the phrase's gap is its object
		if t.Object && !recip.ok() && len(h.pos) > 1 {
			sub := actor
			if actor.ok() && actor.a > i {
				sub = c.subjectSpan(d, actor, h.pos[1])
			}
			recip = c.gapObject(d, h, sub)
		}
		// «لكنه طالب الحكومة بـ…», «أنها دعت الأطراف إلى …»: with the
		// subject in the pronoun before the verb, a party right after it is
		// its object, whatever preposition the trigger takes after that
		if h.pro && !actor.ok() && !recip.ok() {
			if k := c.skipAdverbs(d, i+1, s.b); k < bound && !c.prepPhrase(d, k) {
				if o := c.phraseAt(d, k, bound); o.ok() && (o.actor != nil || c.nationalPhrase(d, o)) {
					recip = o
				}
			}
		}
		// direct object (a phrase trigger holds its own object; a pronoun
		// on the verb is the object: «عندما أوقفتهما الشرطة الخاصة»)
		if t.Object && !recip.ok() && len(h.pos) == 1 && !objectPronoun(d, h) {
			from := last + 1
			if actor.ok() && actor.a > i && actor.b > from {
				// «اتهمت سوريا وروسيا وإيران إسرائيل», «اتهم مندوب روسيا
				// لدى الأمم المتحدة، فلان، واشنطن»
				from = c.subjectSpan(d, actor, s.b).b
			}
			from = c.skipAdverbs(d, from, s.b)
			if len(h.pos) == 1 || from > last {
				if o := c.phraseAt(d, from, s.b); o.ok() {
					recip = o
				} else if o := c.countPhrase(d, approxEnd(d, from, s.b), s.b); c.countedVictims(d, o) {
					recip = o // «قتل الجيش 34 فلسطينيا» (args_victims.go)
				}
			}
		}
	} else {
		g := approxEnd(d, c.skipAdverbs(d, last+1, s.b), s.b) // (past «نحو» in «قتل نحو 60 فلسطينيا»)
		gen := c.phraseAt(d, g, s.b)
		if !gen.ok() {
			gen = c.countPhrase(d, g, s.b) // «مقتل 60 فلسطينيا»
		}
		role := t.Genitive
		if d.has(i, c.lx.deaths) {
			role = GenRecipient // «مقتل 19 مسلحا»: who died, whoever they are
		}
		role = c.protestGenitive(d, h, gen, role) // «إضراب عمال القطاع» (args_round5.go)
		if verbal(t.Type) && gen.ok() && gen.actor == nil && g == last+1 && c.takesBa(h) && contentPhrase(d, gen.a, true) {
			recip, gen = gen, np{} // «متوعدا بعقوبات …»: ب opens the content, no genitive (args_round4.go)
		}
		if passive || objectPronoun(d, h) || (len(h.pos) > 1 && objectSuffix(d.toks[i]) && !strings.HasSuffix(bareWord(d, i), "يه")) {
			// «عزمه اتخاذ إجراءات»: the pronoun is the one who acts; what
			// follows is the content
			role = GenRecipient
		}
		if gen.ok() && g < s.b && (gen.actor == nil || markedAgreement(d, last, g)) && (strings.HasSuffix(d.toks[g].Norm, "يه") || tanweenPair(d, last, g) ||
			(nisbaForm(d.toks[g]) && !definite(d.toks[g].Norm) && !strings.Contains(h.clitic, "ال") && t.Genitive != GenRecipient && t.Type != "COERCE") ||
			(nisbaForm(d.toks[g]) && definite(d.toks[g].Norm) && definite(d.toks[last].Norm))) {
			// an adjective, not a genitive: «غارة جوية», «هجوم كيميائي»,
			// «الانسحاب من الاتفاق النووي» (but
			// «اعتقال سوري» is a person arrested); one
			// of a country names the party acted upon («مقاطعة البضائع الأميركية»)
			gen = np{}
			if e := c.adjectivesEnd(d, g, s.b); c.nisbaCountry(d, g, e) != "" {
				switch {
				case len(h.pos) > 1 && !(t.Type == "ASSAULT" && agentNouns[bareWord(d, i)]): // (not «غارات جوية روسية»: args_round9.go)
					recip = np{a: last, b: e} // the object's country: «الانسحاب من الاتفاق الإيراني»
				case t.Type == "ASSAULT" || t.Type == "MOBILIZE":
					// the act's own country: «غارة إسرائيلية» is Israel's forces
					actor = np{a: g, b: e, actor: &marsad.Actor{Country: c.nisbaCountry(d, g, e), Sector: "MIL"}}
				default:
					// «العقوبات الأمريكية», «الرفض الإيراني»: the country that acts
					actor = np{a: g, b: e, actor: &marsad.Actor{Country: c.nisbaCountry(d, g, e), Sector: "GOV"}}
				}
			}
		}
		if a := c.lamArmed(d, gen); a != nil && t.Type == "ASSAULT" && !passive && !actor.ok() {
			actor, gen = np{a: gen.a, b: lamArmedEnd(d, gen), actor: a}, np{} // «في قصف للطائرات الإسرائيلية», «غارات لطيران التحالف» (args_round6.go)
		}
		if a := c.armedGenitive(d, h); a.ok() && !passive && !actor.ok() {
			actor = a // «بغارات طائرات التحالف», «القصف المدفعي للقوات التركية» (args_round9.go)
			if gen.ok() && gen.a < a.b && a.a < gen.b {
				gen = np{}
			}
		}
		if v := c.victimsBefore(d, h); v.ok() && t.Type == "ASSAULT" && !gen.ok() {
			recip = v // «إصابة 12 فلسطينيا بجروح في قصف …»
		}
		if a := c.byAgent(d, h); a.ok() && t.Type == "ASSAULT" && !passive {
			actor = a // «هذا العمل العدائي من قبل X …، وأن إطلاق الصواريخ …»
		}
		if a := c.relativeAgent(d, h); a.ok() {
			// «الغارة التي نفذتها قوات التحالف»: the agent of the relative
			// clause is the act's actor; the noun has no genitive
			actor, gen = a, np{}
		}
		switch role {
		case GenActor:
			if gen.ok() {
				actor = gen
			}
		case GenAuto:
			if gen.ok() && agentive(gen.actor) {
				actor = gen
			} else if gen.ok() {
				recip = gen
			}
		default:
			if gen.ok() {
				recip = gen
			}
		}
		if !actor.ok() && !passive {
			for k := i - 1; k >= s.a && k >= i-6; k-- {
				if c.lx.light[bareWord(d, k)] {
					// (not «أعلن عزمه اتخاذ …»: a noun with a pronoun is no subject)
					if p := c.phraseAt(d, c.skipAdverbs(d, k+1, i), i); p.ok() && !(p.actor == nil && p.b-p.a == 1 && objectSuffix(d.toks[p.a])) {
						actor = p
					}
					break
				}
			}
		}
		if !actor.ok() && !passive {
			// «سمحت للقوات البريطانية بتوجيه ضربات»: who is allowed or
			// charged to act is its actor
			if p := c.permitted(d, h); p.ok() {
				actor = p
			}
		}
		if !actor.ok() && !passive {
			// «وإثر مفاوضات مع مسؤولين روس، وافقت الفصائل …»: a fronted time
			// phrase belongs to the subject of the clause after it
			if m := c.frontedSubject(d, h); m.ok() {
				actor = m
			}
		}
		if !actor.ok() && !passive {
			if p := c.purposeSubject(d, h); p.ok() {
				actor = p // «وغادر دبلوماسيون القاعة احتجاجا على …»
			}
		}
		if !actor.ok() && !passive && c.speakerClause(d, h) {
			h.pro = true // «قال ترامب إنه أمر بضرب سوريا في عملية مشتركة»: the speaker's act
		}
		if !actor.ok() && !passive && !h.pro {
			if m := c.nearestMentionBefore(d, i, s.a); m.ok() && !(c.source(d, m) && !verbal(t.Type)) && !(m.actor != nil && m.actor.Sector == "CVL" && !verbal(t.Type)) && !diedSubject(d, m, i) && !(forceType(t.Type) && c.countedVictims(d, m)) {
				actor = m
			} else if p := c.phraseBefore(d, i, s.a); p.ok() && i-p.b < 3 && !(p.a > s.a && c.reportingAt(d, p.a-1) && (p.actor == nil || !verbal(t.Type))) {
				actor = p // not «أفادت تقارير بـ…»: a source is no actor
			}
		}
	}

	// agent phrases: «من قبل», «على يد», «بنيران» (of a material act: after
	// a statement they name the agent of the act it talks about)
	for k := last + 1; k < window && !verbal(t.Type); k++ {
		if n := c.agentAt(d, k, s.b); n > 0 && !meansAfterSubject(h, actor, k) { // args_round7.go
			if a := c.phraseAt(d, c.skipAdverbs(d, k+n, s.b), s.b); a.ok() {
				if actor.ok() && !recip.ok() && actor.a < i {
					recip = np{}
				}
				if actor.ok() && !recip.ok() && metDeath(d, h) && actor.a < h.last() {
					recip = actor // «لقي العشرات مصرعهم بغارات للتحالف»: who died, the agent after
				}
				actor = a
			}
			break
		}
	}

	// «تتعرض البلدة لقصف مستمر من الطيران الحربي»: what is suffered comes
	// from its agent
	if !t.Verb && c.subjectedTo(d, h) {
		for k := last + 1; k < s.b && k <= last+4; k++ {
			if d.toks[k].Norm != "من" {
				continue
			}
			if a := c.phraseAt(d, k+1, s.b); a.ok() && ((a.actor != nil && agentive(a.actor)) || c.armedHead(d, a) || c.nationalPhrase(d, a)) {
				actor = c.preferMention(d, a, np{}, s.b, 2)
			}
			break
		}
	}

	if !recip.ok() {
		recip = c.closingPrepObject(d, h, t, actor) // «أثنى الوزير على جهود مصر» (verbal11_stances.go)
	}
	// recipient after a preposition
	if !recip.ok() && len(t.Preps) > 0 {
		for k := last + 1; k < window; k++ {
			if d.toks[k].Kind == arabic.Punct && (d.toks[k].Text == "." || d.toks[k].Text == ":") {
				break
			}
			if actor.ok() && k >= actor.a && k < actor.b {
				continue
			}
			if d.toks[k].Text == "،" && len(h.pos) > 1 {
				if a := c.appositionObject(d, h, k, actor); a.ok() {
					recip, h.appos = a, true // «القبض على الناشط، فلان، واتهمته بالتحريض على …» (args_round11.go)
					break
				}
			}
			if j, ok := c.prepAt(d, k, t.Preps); ok {
				for j < s.b && j > k && d.toks[j].Kind == arabic.Punct && (quoteMarks[d.toks[j].Text] != "" || d.toks[j].Text == "(") {
					j++ // «حذر من "تداعيات …»
				}
				r := c.phraseAt(d, j, s.b)
				if !r.ok() && j+1 < s.b && c.isTrigger(d, j) && c.nisbaCountry(d, j+1, j+2) != "" {
					r = np{a: j, b: j + 2} // «ندد بالتهديدات الأمريكية»: the nation that acts
				} else if !r.ok() && verbal(t.Type) && c.isTrigger(d, j) {
					// «أدانت قطر القبض على مواطنها من قبل السلطات السعودية»: the
					// agent of the act condemned
					r = c.agentOf(d, j, s.b)
				} else if r.ok() && r.actor == nil && r.b+1 < s.b && r.b-r.a <= 2 && c.isTrigger(d, r.b) && c.nisbaCountry(d, r.b+1, r.b+2) != "" {
					r = np{a: r.a, b: r.b + 2} // «حذر من تداعيات الضربة الأمريكية ضد سوريا»
				}
				if r.ok() {
					if j == k { // attached preposition: strip it from the name
						r = np{a: k, b: r.b, actor: r.actor}
					}
					recip = r
					break
				}
			}
		}
	}
	// prefer a named actor close to the phrase found: «بالموقف الأميركي» →
	// the mention inside it; «لتدخلات إيران» → إيران
	if !c.nationalPhrase(d, actor) && !genericSubject(d, actor) {
		actor = c.preferMention(d, actor, np{}, c.beforePrepObject(d, h, actor, s.b), 2)
	}
	// «بالتهديدات الأمريكية بضرب النظام السوري»: a phrase closed by a
	// country's nisba names that country's party, not the next one named
	if !(c.nationalPhrase(d, recip) && c.nisbaCountry(d, recip.a, recip.b) != "") {
		end := min(s.b, window)
		if recip.ok() && recip.b <= i {
			end = i // «أن الرجل اعتُقل على يد قوات الأمن»: not past the verb
		}
		recip = c.preferMention(d, recip, actor, end, 4)
	}
	if !recip.ok() && (t.Object || len(t.Preps) > 0) {
		for k := last + 1; k < window && k <= last+8; k++ {
			if t := d.toks[k].Text; t == "،" || t == "." || t == ":" || d.subordinate(k-1, k+1) {
				if a := c.appositionObject(d, h, k, actor); a.ok() {
					recip, h.appos = a, true // «القبض على القيادي بالحزب، فلان، …» (args_round11.go)
				}
				break // «وتعهد بالرد بعد أن أجرى محادثات مع بريطانيا»: another clause's party
			}
			if m := d.mentionAt[k]; m >= 0 && !(actor.ok() && k >= actor.a && k < actor.b) && !controller(d, k) {
				mm := d.mentions[m]
				a := mm.Actor
				recip = np{a: max(mm.TokStart, k), b: mm.TokEnd, actor: &a}
				break
			}
		}
	}
	if actor.ok() && recip.ok() && actor.a == recip.a {
		recip = np{}
	}
	if bw := bareWord(d, i); strings.HasPrefix(bw, "مدعوم") {
		// «شن الجيش، مدعوما بالقوات الروسية، هجوما»: a passive participle;
		// the party after it gives the support, the subject receives it
		actor, recip = recip, actor
	} else if backing(d, h) {
		// «تقدم الجيش مسنودا بطيران التحالف», «وسيطر الجيش والمقاومة،
		// بإسناد من قوات التحالف»: the backer is the party named right after
		// the words of the pattern, or none; the subject receives the support
		backer := np{}
		for k := h.last(); k < s.b && k <= h.last()+3; k++ {
			if m := d.mentionAt[k]; m >= 0 {
				mm := d.mentions[m]
				a := mm.Actor
				backer = np{a: max(mm.TokStart, k), b: mm.TokEnd, actor: &a}
				break
			}
		}
		if actor.ok() && backer.ok() && actor.a < backer.b && backer.a < actor.b {
			actor = np{}
		}
		if m := d.mentionAt[max(actor.a, 0)]; actor.ok() && m >= 0 && int(m) != firstConjunct(d, int(m)) {
			f := d.mentions[firstConjunct(d, int(m))] // «الجيش اليمني والمقاومة، بإسناد من …»: the list's first member
			a := f.Actor
			actor = np{a: f.TokStart, b: f.TokEnd, actor: &a}
		}
		actor, recip = backer, actor
	}
	if a, o, keep := c.agentGenitive(d, h, t); a.ok() {
		// «رفض بلاده للقرار الإسرائيلي»: the genitive takes the stance (verbal11_stances.go)
		if !keep || !actor.ok() {
			actor = a
		}
		recip = o
	}
	actor, recip = c.appealAddressee(d, h, actor, recip) // «ودعا المجتمع الدولي إلى …» (verbal16_addressee.go)
	return actor, recip, symmetric
}

// backing reports military support told by a participle or a noun of
// backing before the backer («مسنودا بطيران التحالف», «بإسناد من قوات
// التحالف»): the backer is named after it, the force backed is the
// clause's subject.
func backing(d *doc, h *hit) bool {
	if h.trig.Type != "AID" {
		return false
	}
	bw := bareWord(d, h.head())
	return strings.HasPrefix(bw, "مسنود") || strings.HasPrefix(bw, "مدعوم") || bw == "باسناد" || bw == "بدعم" || bw == "بمسانده"
}

// preferMention replaces a phrase that names no known actor by an actor
// mention inside it or within slack tokens after it (not inside other).
func (c *Coder) preferMention(d *doc, p, other np, end, slack int) np {
	if !p.ok() || p.actor != nil {
		return p
	}
	if k := d.placeAt[p.a]; k >= 0 && d.places[k].Kind == marsad.KindCountry {
		return p // «رسالة إلى لبنان»: the country itself (countryParty)
	}
	for k := p.a; k < end && k < p.b+slack; k++ {
		if k >= p.b {
			if t := d.toks[k].Text; t == "،" || t == "." || t == ":" {
				break
			}
			if d.mentionAt[k] >= 0 && c.closedPhrase(d, p, k) {
				break // «واتهم الوزير إيران»: the minister, not Iran, accuses
			}
		}
		if other.ok() && k >= other.a && k < other.b {
			continue
		}
		if m := d.mentionAt[k]; m >= 0 && !controller(d, k) && !populated(d, k) {
			mm := d.mentions[m]
			a := mm.Actor
			return np{a: max(mm.TokStart, p.a), b: max(mm.TokEnd, p.b), actor: &a}
		}
	}
	return p
}

// toActor builds the event's actor from a phrase.
func (c *Coder) toActor(d *doc, p np, attached bool) *marsad.Actor {
	if !p.ok() {
		return nil
	}
	name, _ := d.spanText(p.a, p.b)
	if attached { // «لحماس» → «حماس»
		if r := []rune(name); len(r) > 3 {
			name = string(r[1:])
		}
	}
	name = strings.Trim(name, " «»\"“”()،,")
	if name == "" {
		return nil
	}
	if p.actor != nil {
		a := *p.actor
		a.Name = name
		return &a
	}
	return &marsad.Actor{Name: name}
}

// count reads the number of people or things affected near a hit; killed
// says it counts the dead (a toll of the killed outranks one of the
// injured when tellings merge, count_toll.go).
func (c *Coder) count(d *doc, h *hit) (n *int, vague, killed bool) {
	s := d.sents[h.sent]
	from, to := c.countWindow(d, h)
	var deaths, other *int
	otherVague := false
	dual, dualDeath, oneDeath := false, false, false
	for k := from; k < to; k++ {
		if d.toks[k].Kind != arabic.Number && d.toks[k].Kind != arabic.Word {
			continue
		}
		num, ok := arabic.ParseNumber(d.toks, k)
		if !ok || num.End > len(d.toks) {
			if !dual && c.dualCounted(d, h, k) {
				dual, dualDeath = true, d.has(k-1, c.lx.deaths)
			}
			oneDeath = oneDeath || (h.trig.Type == "ASSAULT" && d.has(k-1, c.lx.deaths) && d.has(k, c.lx.singular)) // «مما أسفر عن مقتل مدني»
			continue
		}
		inDate := false
		for _, de := range s.dates {
			if k >= de.TokStart && k < de.TokEnd {
				inDate = true
			}
		}
		if _, isYear := year(d.toks[k]); inDate || isYear {
			k = num.End - 1
			continue
		}
		if num.End < len(d.toks) && d.has(num.End, c.lx.units) {
			k = num.End - 1
			continue
		}
		if num.Value <= 0 || num.Value > 10_000_000 {
			continue
		}
		v := int(num.Value)
		death := d.has(k-1, c.lx.deaths) || (k >= 2 && d.has(k-2, c.lx.deaths) && !d.has(k-1, c.lx.injuries)) || (num.End < len(d.toks) && (d.has(num.End, c.lx.deaths) || d.has(num.End+1, c.lx.deaths))) || c.metDeath(d, k, num.End, s.b)
		follows := num.End < len(d.toks) && (d.has(num.End, c.lx.victims) || d.toks[num.End].Kind == arabic.Word)
		if death && !num.Vague && deaths == nil {
			deaths = &v
		} else if other == nil && follows {
			other, otherVague = &v, num.Vague
		}
		k = num.End - 1
	}
	one, two := 1, 2
	toll := h.trig.Type == "ASSAULT" // an arrest or a sanction counts its objects, not the dead
	switch {
	case deaths != nil:
		return deaths, false, toll
	case dual && dualDeath:
		return &two, false, toll
	case oneDeath:
		return &one, false, true
	case other == nil && dual:
		return &two, false, false
	}
	return other, otherVague, false
}

// date resolves a hit's date: a date in its sentence (nearest the trigger),
// else the lead's date for the article's first sentences.
func (c *Coder) date(d *doc, h *hit, lead *DateExpr) (string, string, time.Time, bool) {
	s := d.sents[h.sent]
	var best *DateExpr
	bd := 1 << 30
	for k := range s.dates {
		de := &s.dates[k]
		dist := de.TokStart - h.last()
		if dist < 0 {
			dist = h.head() - de.TokEnd
		}
		opening := de.TokStart-s.a <= 2 // «وفي أكتوبر الماضي، …» dates the whole sentence
		if (de.Precision == PrecYear || de.Precision == PrecMonth) && !opening {
			// a year or month far from the trigger dates something else
			if !parenDate(d, h, de) && (dist > 8 || d.commaBetween(min(de.TokStart, h.head()), max(de.TokStart, h.last())) || (de.TokStart > 0 && d.toks[de.TokStart-1].Norm == "منذ") || (de.TokStart > 1 && d.toks[de.TokStart-2].Norm == "منذ")) {
				continue
			}
		}
		if dist < bd {
			best, bd = de, dist
		}
	}
	if best == nil || best.Precision != PrecDay {
		// a past year anywhere in the sentence («… في 2007») makes it history
		for k := range s.dates {
			de := &s.dates[k]
			since := false
			for k := de.TokStart - 1; k >= s.a && k >= de.TokStart-2; k-- {
				since = since || d.toks[k].Norm == "منذ"
			}
			near := de.TokEnd <= h.head() || (de.TokStart-h.last() <= 12 && !d.commaBetween(h.last(), de.TokStart))
			if de.Precision == PrecYear && !d.pub.IsZero() && de.Date.Year() < d.pub.Year() && !since && near {
				best = de
				break
			}
		}
	}
	own := best != nil
	if best == nil && lead != nil && h.sent <= 2 {
		best = lead
	}
	if best == nil {
		// the story's last dated act before this sentence carries over
		for si := h.sent - 1; si >= 0 && si >= h.sent-8; si-- {
			ds := d.sents[si].dates
			for k := len(ds) - 1; k >= 0; k-- {
				if !d.pub.IsZero() && d.lastWeek(ds[k]) {
					best = &ds[k]
					break
				}
			}
			if best != nil {
				break
			}
		}
	}
	if best == nil {
		if d.pub.IsZero() {
			return "", "", time.Time{}, false
		}
		// nothing dates it: the report's own day, at week precision
		p := dayOf(d.pub)
		return p.Format("2006-01-02"), PrecWeek, p, false
	}
	return best.Date.Format("2006-01-02"), best.Precision, best.Date, own
}

// location picks the most specific place in the clause around the trigger,
// else in the sentence, else the article's dateline.
func (c *Coder) location(d *doc, h *hit, actor *marsad.Actor) *marsad.Place {
	s := d.sents[h.sent]
	var best *docPlace
	score := -1 << 30
	// a statement is made where its speaker spoke («في مؤتمر صحفي في
	// موسكو»); the places it talks about are not where it was said
	venue := h.venue
	for k := range d.places {
		p := &d.places[k]
		if p.a < s.a || p.b > s.b || p.header {
			continue // the dateline is used only when the sentence names no place
		}
		if venue != nil && verbal(h.trig.Type) && p.a > h.head() {
			continue
		}
		local := localSource(d, h, p)
		if d.mentionAt[p.a] >= 0 && !sceneHeaded(d, p.a) && !seatHeaded(d, p, actor) && !local {
			continue // «حثت إيران …», «تدعمها واشنطن»: a place that acts is an actor, not the place
		}
		if p.b <= h.head() && !verbal(h.trig.Type) && !local && c.reportedAfter(d, p.b, h.head()) {
			continue // «قال السفير في واشنطن إن غارة …»: where it is told, not where it happened
		}
		if inCharge(d, h, p.a) {
			continue // «اتهمت السلطات البلجيكية رجلا بالتحضير لاعتداء … في فيلبنت» (location_charge.go)
		}
		sc := -abs(p.a - h.head())
		if p.a > h.head() {
			sc += 3 // «... في الحسكة» after the trigger is the usual place
			if d.subordinate(h.last(), p.a) {
				sc -= 12 // «… بالتزامن مع افتتاح السفارة في القدس»: another clause's place
			}
		}
		if (verbal(h.trig.Type) || h.trig.Type == "SANCTION") && actor != nil && actor.Country != "" && p.Country == actor.Country {
			sc += 6 // «أعلن الرئيس التركي في خضم أزمة بين أنقرة وواشنطن …»: a decision is taken at home
		}
		if (h.trig.Type == "MOBILIZE" || h.trig.Type == "AID" || h.trig.Type == "ASSAULT") && originPlace(d, p, s.b) {
			sc -= 15 // «أرسلوا تعزيزات من صنعاء إلى الحديدة»: the path's start (location_seat.go)
		}
		if seizedPlace(h, p.a) {
			sc += 10 // «بعدما استعادت أكثر من 90 بالمئة من محافظة درعا»: the place taken (coerce_seized_place.go)
		}
		switch p.Kind {
		case marsad.KindCountry:
			sc -= 20
		case marsad.KindProvince, marsad.KindRegion:
			sc -= 5
		}
		if sc > score {
			best, score = p, sc
		}
	}
	if best != nil && best.Kind != marsad.KindCountry {
		pl := best.Place
		return &pl
	}
	if venue != nil && verbal(h.trig.Type) {
		pl := venue.Place
		return &pl
	}
	// a country alone in the sentence yields to a more specific place of
	// the story (the dateline, or one named in the two sentences before)
	story := d.dateline
	if story == nil || story.Kind == marsad.KindCountry {
		for k := len(d.places) - 1; k >= 0; k-- {
			p := &d.places[k]
			if p.b <= s.a && h.sent >= 1 && p.a >= d.sents[max(0, h.sent-2)].a && d.mentionAt[p.a] < 0 {
				pl := p.Place
				if story == nil || (pl.Kind != marsad.KindCountry && (best == nil || pl.Country == best.Country)) {
					story = &pl
				}
				break
			}
		}
	}
	if best != nil && (story == nil || story.Kind == marsad.KindCountry || story.Country != best.Country) {
		pl := best.Place
		return &pl
	}
	return story
}

// countryParty reads a phrase that is a country's name («رسالة إلى لبنان»,
// «بضرب سوريا») as that country's government.
func (d *doc) countryParty(p np) *marsad.Actor {
	if !p.ok() {
		return nil
	}
	k := d.placeAt[p.a]
	if k < 0 || d.places[k].Kind != marsad.KindCountry || d.places[k].Country == "" || d.places[k].b < p.b {
		return nil
	}
	name, _ := d.spanText(d.places[k].a, d.places[k].b)
	return &marsad.Actor{Name: name, Country: d.places[k].Country, Sector: "GOV"}
}

// countryPlace returns the country-level place of the article for an ISO
// code, or nil when the article names that country nowhere.
func (d *doc) countryPlace(code string) *marsad.Place {
	for k := range d.places {
		if p := &d.places[k]; p.Kind == marsad.KindCountry && p.Country == code {
			pl := p.Place
			return &pl
		}
	}
	return nil
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// conventions fills what PLOVER conventions imply where the text names no
// actor: protesters are civilians of the place protesting against its
// government; the people an assault kills or wounds are civilians of the
// place unless named otherwise.
func (c *Coder) conventions(d *doc, ev *marsad.Event, recip np) {
	country := ""
	if ev.Location != nil {
		country = ev.Location.Country
	}
	if country == "" {
		return
	}
	switch ev.Type {
	case "PROTEST":
		if ev.Actor == nil || (ev.Actor.Country == "" && ev.Actor.Sector == "") {
			name := "المتظاهرون"
			if ev.Actor != nil {
				name = ev.Actor.Name
			}
			ev.Actor = &marsad.Actor{Name: name, Country: country, Sector: "CVL"}
		}
		if ev.Recipient == nil || (ev.Recipient.Country == "" && ev.Recipient.Sector == "") {
			ev.Recipient = &marsad.Actor{Name: "الحكومة", Country: country, Sector: "GOV"}
		}
	case "ASSAULT", "COERCE":
		if ev.Recipient != nil && ev.Recipient.Country == "" && ev.Recipient.Sector == "" && recip.ok() && c.victimPhrase(d, recip) && !d.has(recip.a, c.lx.armed) {
			ev.Recipient.Country, ev.Recipient.Sector = country, "CVL"
		}
	}
}

// linked reports an actor the actor layer identified (country or sector).
func linked(a *marsad.Actor) bool {
	return a != nil && (a.Country != "" || a.Sector != "")
}

// mentionActor builds an actor from mention m.
func (d *doc) mentionActor(m int) *marsad.Actor {
	mm := d.mentions[m]
	a := mm.Actor
	if name, _ := d.spanText(mm.TokStart, mm.TokEnd); name != "" {
		a.Name = strings.Trim(name, " «»\"“”()،,")
	}
	return &a
}

// nationalPhrase reports a noun phrase closed by a nisba adjective
// («الطائرات الحربية السورية», «دبابات إسرائيلية»): a party of a country
// even when the actor layer does not know its head noun.
func (c *Coder) nationalPhrase(d *doc, p np) bool {
	if p.b-p.a < 2 || d.toks[p.b-1].Kind != arabic.Word {
		return false
	}
	w := bareWord(d, p.b-1)
	if c.lx.stop[w] || d.toks[p.a].Kind != arabic.Word || c.lx.stop[d.toks[p.a].Norm] {
		return false
	}
	return (strings.HasSuffix(w, "يه") || strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يين") || strings.HasSuffix(w, "يون")) && len([]rune(w)) >= 5
}

// fallbackActor finds the actor of a hit whose own phrase names no known
// party: the speaker of a verbal act; the nearest agentive mention before
// the trigger in its sentence; the last agentive mention of the two
// sentences before (the party the story is about).
func (c *Coder) fallbackActor(d *doc, h *hit, recip np, own bool) *marsad.Actor {
	if sp := speakerOf(d, h); sp.name != "" && verbal(h.trig.Type) && sp.actor != nil && !c.passiveSpeaker(d, h, sp, recip) && !c.objectSpeaker(d, sp, recip) {
		if own && (sp.actor.Sector == "MED" || sp.actor.Sector == "NGO") {
			return nil // «أفاد المرصد أن ثماني بلدات وافقت»: the monitor only reports
		}
		return sp.toActor()
	}
	s := d.sents[h.sent]
	for k := h.head() - 1; k >= s.a; k-- {
		if m := d.mentionAt[k]; m >= 0 {
			if recip.ok() && k >= recip.a && k < recip.b {
				continue
			}
			mm := d.mentions[m]
			if h.trig.Type == "ASSAULT" && c.source(d, np{a: max(mm.TokStart, s.a), b: mm.TokEnd}) {
				continue // «قال الرئيس إن الهجوم استهدف …»: who tells of an attack did not make it
			}
			if c.toll(d, h) && c.announcer(d, max(mm.TokStart, s.a)) && !armedSector(&mm.Actor) && !claimed(d, mm.TokEnd, h.head()) {
				continue // «أعلنت وزارة الصحة مقتل ثلاثة»: who counts the dead did not kill them
			}
			if h.trig.Type == "ASSAULT" && diedAt(d, mm.TokEnd, h.last()+1) {
				continue // «لقي اثنان من قادة الجيش مصرعهما في المعارك»: among the dead (args_round5.go)
			}
			if agentive(&d.mentions[m].Actor) && !controller(d, k) && !addressee(d, int(m)) && !seatMention(d, int(m)) && canAssault(h, &d.mentions[m].Actor) && !diedSubject(d, np{a: int(mm.TokStart), b: int(mm.TokEnd)}, h.head()) &&
				!(forceType(h.trig.Type) && c.countedVictims(d, np{a: int(mm.TokStart), b: int(mm.TokEnd)})) {
				return d.mentionActor(firstConjunct(d, int(m)))
			}
		}
	}
	// «وأعلن عزمه …» with no subject: who spoke last in the story says it
	if verbal(h.trig.Type) {
		for si := h.sent - 1; si >= 0 && si >= h.sent-3; si-- {
			if sp := d.speakerOf[si]; sp.name != "" && sp.actor != nil && linked(sp.actor) && sp.actor.Sector != "MED" {
				return sp.toActor()
			}
		}
	}
	if c.toll(d, h) || c.countedKill(d, h) {
		// a toll's cause is told in its own sentence, if at all: «مقتل
		// مدنيين في غارات لقوات النظام», «… برصاص الجيش»
		return c.tollAgent(d, h)
	}
	// «… قوات النظام … جيب التنظيم. وتمكنت منذ نيسان من استعادة …»: a verb
	// opening its sentence with no subject continues the subject of the
	// sentence before, not its last party
	if a := c.previousSubject(d, h); a != nil && !own {
		return a
	}
	from := d.sents[max(0, h.sent-2)].a
	for k := s.a - 1; k >= from; k-- {
		if m := d.mentionAt[k]; m >= 0 && agentive(&d.mentions[m].Actor) && !addressee(d, int(m)) && !seatMention(d, int(m)) && canAssault(h, &d.mentions[m].Actor) &&
			(h.trig.Type != "ASSAULT" || armedSector(&d.mentions[m].Actor) || !c.announcer(d, int(d.mentions[m].TokStart))) {
			// (an assault told in a later sentence is not carried out by
			// one who only spoke before: «وصرح الرئيس …. ومقتل …»)
			return d.mentionActor(int(m))
		}
	}
	return nil
}

// fallbackRecipient finds the first named party after the trigger in its
// sentence that is not the actor.
func (c *Coder) fallbackRecipient(d *doc, h *hit, actor *marsad.Actor) *marsad.Actor {
	if r := c.partyAfter(d, h, h.last()+1, actor); r != nil {
		return r
	}
	return c.otherSide(d, h, actor)
}

// partyAfter finds the first named party from token from to the end of the
// hit's sentence that is not the actor.
func (c *Coder) partyAfter(d *doc, h *hit, from int, actor *marsad.Actor) *marsad.Actor {
	s := d.sents[h.sent]
	for k := from; k < s.b; k++ {
		if verbal(h.trig.Type) && d.subordinate(k-1, k+1) {
			break // «وتعهد بالرد بعد أن أجرى محادثات مع بريطانيا»: what is said stays in its clause
		}
		if t := d.toks[k].Text; ((t == "،" || t == ",") && k+1 < s.b && (c.isTrigger(d, k+1) || c.reportingAt(d, k+1))) || clauseBreak(d, k, s.b) { // or another clause: «…، وسعت CNN …» (args_round7.go)
			break // «… استهداف حافلة في صعدة، منتقدا الولايات المتحدة»: the next clause's party
		}
		m := d.mentionAt[k]
		if m < 0 || controller(d, k) || populated(d, k) || c.atPost(d, k) || (h.trig.Type == "ASSAULT" && instrument(d, k)) {
			continue // (not «المدن الآهلة بالسكان»: the place aimed at is described)
		}
		if k == d.mentions[m].TokStart && (attributed(d, k, s.a) || (!verbal(h.trig.Type) && h.trig.Type != "CONSULT" && reportedBy(d, k, s.a))) { // (reportedBy: args_reported_by.go)
			k = d.mentions[m].TokEnd - 1
			continue // «…، وفق المصادر الطبية»: the source told of it (args_round9.go)
		}
		if k == d.mentions[m].TokStart && patronAt(d, k, actor) {
			k = d.mentions[m].TokEnd - 1
			continue // «حركة الحوثيين المتحالفة مع إيران»: the actor's patron (args_affiliation.go)
		}
		r := d.mentionActor(int(m))
		if actor != nil && k > from && k == d.mentions[m].TokStart && d.mentionAt[k-1] >= 0 && coActor(d, np{a: k - 1, b: k}, np{a: k, b: k + 1, actor: r}) {
			if a := d.mentionActor(int(d.mentionAt[k-1])); (a != nil && namesOverlap(a.Name, actor.Name)) || actorConjunct(d, int(m), actor.Name) {
				k = d.mentions[m].TokEnd - 1
				continue // «دمشق وموسكو (وطهران)»: joined to the actor, it acts too
			}
		}
		k = d.mentions[m].TokEnd - 1
		if !linked(r) || r.Sector == "MED" || (actor != nil && strictlyCompatible(actor, r)) {
			continue // an outlet named in passing («في مقابلة مع CNN») is no party
		}
		return r
	}
	return nil
}

// verbal reports the PLOVER types that are verbal acts (said, not done).
func verbal(typ string) bool {
	switch typ {
	case "ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT", "CONCEDE", "AGREE":
		return true
	}
	return false
}

// firstPerson reports a verb trigger in the first person («ندين», «ندعو»,
// «أدنّا»): the speaker acts.
func firstPerson(d *doc, h *hit) bool {
	if !h.trig.Verb && h.clitic == "" && firstPersonWords[bareWord(d, h.head())] {
		return true // «نساند لبنان», «ندعم المملكة»: listed as a word
	}
	if !h.trig.Verb || h.clitic != "" {
		return false
	}
	w := bareWord(d, h.head())
	// «ونعت عباس السفير»: a verb whose root begins with ن is no first person
	f := strings.Fields(strings.TrimPrefix(h.trig.Source, "~"))
	if len(f) > 0 && strings.HasPrefix(arabic.Normalize(f[0]), "ن") {
		return strings.HasPrefix(w, "نن")
	}
	// «"أطلب من الكونغرس …"»: in reported speech an imperfect with أ is the
	// speaker (not when the perfect itself begins with أ: «أدان»)
	if len(f) > 0 && d.speakerOf[h.sent].name != "" && strings.HasPrefix(w, "ا") && !strings.HasPrefix(arabic.Normalize(f[0]), "ا") {
		if _, imp, ok := strings.Cut(f[0], "/"); ok && imp != "" && len(w) > len("ا") && strings.TrimPrefix(w, "ا") == strings.TrimPrefix(arabic.Normalize(imp), "ي") {
			return true
		}
	}
	return strings.HasPrefix(w, "ن") && !strings.HasPrefix(w, "نا") || strings.HasSuffix(w, "نا")
}

// appealParticiple reports a participle of appeal that describes what the
// clause's subject did, where circumstantial does not see one: the form
// فاعل («…، داعيا الحكومة إلى …», «حاثا») or a plural in ـين («…،
// مطالبين برحيله»), after a comma or joined by و.
func appealParticiple(d *doc, h *hit) bool {
	i := h.head()
	if h.trig.Verb || h.trig.Type != "REQUEST" || h.clitic != "" || i == 0 || !appealParticiples[bareWord(d, i)] {
		return false
	}
	p := d.toks[i-1].Text
	return p == "،" || p == "," || bareWord(d, i) != d.toks[i].Norm
}

// definiteParticiple reports an appeal participle with the article
// («والمطالبين بفرص عمل»): it describes a party, it tells no appeal; nor
// does a plural or «حاثا» with no comma or و before it («على متظاهرين في
// البصرة مطالبين بفرص عمل» describes the ones named before it).
func definiteParticiple(d *doc, h *hit) bool {
	if h.trig.Verb || h.trig.Type != "REQUEST" {
		return false
	}
	w := bareWord(d, h.head())
	if h.clitic == "" && !appealParticiple(d, h) {
		switch w {
		case "داعين", "مطالبين", "مناشدين", "حاثا", "حاثة", "حاثين":
			return true
		}
	}
	return strings.Contains(h.clitic, "ال") && appealParticiples[strings.TrimPrefix(w, "ال")]
}

// participleSubject is the subject of the clause an appeal participle
// follows: that of the sentence's last verb before it, else the first
// named agentive party before it, else the speaker (the speaker found in
// «…، مؤكدين حقهم في …، داعين» may be the first participle's object).
func (c *Coder) participleSubject(d *doc, h *hit) *marsad.Actor {
	if h.main != nil {
		return h.main
	}
	s := d.sents[h.sent]
	for k := s.a; k < h.head(); k++ {
		if m := d.mentionAt[k]; m >= 0 && agentive(&d.mentions[m].Actor) {
			return d.mentionActor(int(m))
		}
	}
	if sp := speakerOf(d, h); sp.actor != nil && linked(sp.actor) {
		return sp.toActor()
	}
	return nil
}

var appealParticiples = wordSet([]string{"داعيا", "داعية", "داعين", "حاثا", "حاثة", "حاثين", "مطالبين", "مناشدين", "مناشدا"})

// firstPersonWords are triggers listed as words that are first-person
// verbs: in reported speech the speaker acts.
// «ممتنون» (grateful, plural) is told by «نحن» or «إننا» in quotes far more
// than of others.
var firstPersonWords = wordSet([]string{"نساند", "ندعم", "نطالب", "ندعو", "نناشد", "نقف", "نتضامن", "نؤيد", "ممتنون"})

// pronounActor reports an actor named only through a pronoun: «بلاده»,
// «حكومته», «قواتها».
func pronounActor(name string) bool {
	w := strings.Fields(arabic.Normalize(name))
	if len(w) != 1 {
		return false
	}
	for _, p := range []string{"بلاد", "حكومت", "قوات", "جيش", "جنود", "وزارت", "دولت"} {
		if strings.HasPrefix(strings.TrimPrefix(w[0], "و"), p) && (strings.HasSuffix(w[0], "ه") || strings.HasSuffix(w[0], "ها") || strings.HasSuffix(w[0], "هم")) {
			return true
		}
	}
	return false
}

// protesters reports a phrase headed by protesters («محتجون غاضبون»).
func protesters(name string) bool {
	ws := strings.Fields(nameKey(name))
	return len(ws) > 0 && (strings.HasPrefix(ws[0], "محتج") || strings.HasPrefix(ws[0], "متظاهر") || strings.HasPrefix(ws[0], "معتصم"))
}

// mediaActor reports a news outlet or its journalists.
func mediaActor(a *marsad.Actor) bool { return a != nil && a.Sector == "MED" }

// forceType reports the types of material conflict that outlets never do.
func forceType(t string) bool { return t == "ASSAULT" || t == "COERCE" || t == "MOBILIZE" }

// compatible reports whether two actors may be the same party.
func compatible(a, b *marsad.Actor) bool {
	if a == nil || b == nil {
		return true
	}
	if (a.Country == "" && a.Sector == "" && a.ID == "") || (b.Country == "" && b.Sector == "" && b.ID == "") {
		// a phrase that names no known actor cannot tell two happenings apart
		if !namesOverlap(a.Name, b.Name) {
			return true
		}
	}
	if namesOverlap(a.Name, b.Name) {
		return true
	}
	if a.ID != "" && a.ID == b.ID {
		return true
	}
	if a.Country != "" && a.Country == b.Country && a.Sector == b.Sector {
		return true
	}
	return false
}

// strictlyCompatible is compatible without the leniency for phrases that
// name no known actor.
func strictlyCompatible(a, b *marsad.Actor) bool {
	if a == nil || b == nil {
		return true
	}
	return namesOverlap(a.Name, b.Name) || (a.ID != "" && a.ID == b.ID) || (a.Country != "" && a.Country == b.Country && a.Sector == b.Sector)
}

// namesOverlap reports whether one normalised name contains the other.
func namesOverlap(x, y string) bool {
	nx, ny := nameKey(x), nameKey(y)
	if nx == "" || ny == "" {
		return false
	}
	return strings.Contains(nx, ny) || strings.Contains(ny, nx)
}

// nameKey is a name as names are compared: normalised, each word without
// its article (and a clitic before it) when two letters remain, one space
// between words.
func nameKey(s string) string {
	n := arabic.Normalize(s)
	var b strings.Builder
	b.Grow(len(n))
	for w := range strings.FieldsSeq(n) {
		for _, p := range nameArticles {
			if strings.HasPrefix(w, p) && utf8.RuneCountInString(w)-utf8.RuneCountInString(p) >= 2 {
				w = w[len(p):]
				break
			}
		}
		if b.Len() > 0 { // (no word is empty)
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// nameArticles are the article and the clitics written before it, in the
// order nameKey tries them.
var nameArticles = []string{"وال", "بال", "فال", "كال", "لل", "ال"}

// Triggers for judgements: built once per Coder by opinionTrigger.
var (
	accuseJudgement  = &Trigger{Type: "ACCUSE", Mode: "disapprove", Verb: true, Confidence: 0.55, Source: "opinion (negative)"}
	supportJudgement = &Trigger{Type: "SUPPORT", Mode: "praise", Verb: true, Confidence: 0.5, Source: "opinion (positive)"}
)

// opinions finds judgements in sentence si: an opinion verb (اعتبر، رأى،
// وصف) whose content holds an evaluative word, and no other verbal act
// trigger in the sentence already — but for one in what is judged («وصف
// الاتهامات التركية بالكاذبة»: recall_code8.go).
func (c *Coder) opinions(d *doc, si int, hits []hit) []hit {
	s := d.sents[si]
	for i := s.a; i < s.b; i++ {
		if !d.mayHave(i, c.opinionF) || !d.has(i, c.lx.opinion) {
			continue
		}
		if t, k := c.judgementAfter(d, i, s.b); k >= 0 {
			if otherStance(d, hits, i, k) {
				return nil
			}
			return []hit{{trig: t, sent: si, pos: []int{i, k}}}
		}
	}
	return nil
}

// judgementAfter finds the evaluative word within 30 tokens after the
// opinion word at i (before end): the judgement it makes and its token, or
// k = -1. A negation before the word turns it («غير شرعي», «غير مقبول»).
func (c *Coder) judgementAfter(d *doc, i, end int) (t *Trigger, k int) {
	for k := i + 1; k < end && k <= i+30; k++ {
		if !d.mayHave(k, c.judgeF) {
			continue
		}
		neg, pos := d.has(k, c.lx.negative), d.has(k, c.lx.positive)
		negated := judgementNegated(d, k) // recall_code8.go
		if negated && d.has(k, c.lx.negated) && !imperfectOpinion(d, i) {
			pos = true // «بأنها غير عادلة»: a word that judges only when negated
		}
		if !neg && !pos {
			continue
		}
		if negated {
			neg = pos // a negated praise is blame, a negated blame praise
		}
		if neg {
			return accuseJudgement, k
		}
		return supportJudgement, k
	}
	return nil, -1
}

// commentator reports a speaker who is an expert, analyst or journalist.
func (c *Coder) commentator(sp speaker) bool {
	if sp.name == "" {
		return false
	}
	if sp.actor != nil && sp.actor.Sector == "EDU" {
		return true
	}
	n := nameKey(sp.name)
	for _, w := range []string{"خبير", "خبراء", "محلل", "محللون", "استاذ", "باحث", "مراقبون"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// embedded reports a trigger that is the content of a demand, threat or
// refusal just before it («هدد بتوجيه ضربة», «طالب بالإفراج عن»): the act is
// only demanded or threatened, so the outer trigger alone is the event.
func (c *Coder) embedded(d *doc, hits []hit, k int) bool {
	h := hits[k]
	if coordinatedStance(d, &h) {
		return false // «رافضةً القرار ومنددة به»: a second stance, not what is rejected
	}
	for j := k - 1; j >= 0; j-- {
		o := hits[j]
		switch o.trig.Type {
		case "REQUEST", "THREATEN", "REJECT", "CONCEDE", "AGREE":
		case "ACCUSE", "SUPPORT":
			// «أدانت الهجوم», «رحب بالاتفاق»: the act condemned or welcomed is
			// told elsewhere if it is news
			if h.trig.Verb || h.head()-o.last() > 3 || erred(&o) {
				continue // «إن كندا ارتكبت خطأ وعليها تصحيحه»: the error has its object (accuse_erred.go)
			}
		default:
			continue
		}
		if gap := h.head() - o.last(); gap > 0 && gap <= 8 && !d.commaBetween(o.last(), h.head()) && !d.subordinate(o.last(), h.head()) && !c.notContent(d, &o, &h) { // occasions: recall_code6.go
			return true
		}
	}
	return false
}

// coordinatedStance reports a verbal act joined by «و» as a verb or an
// active participle («ومنددة به», «ونددت», «ومطالبا»): the speaker's next
// stance, not the object of the one before it («رفض الهجوم والاعتقال»
// coordinates objects: nouns without the participle's «م»).
func coordinatedStance(d *doc, h *hit) bool {
	if !verbal(h.trig.Type) {
		return false
	}
	i := h.head()
	w, bw := d.toks[i].Norm, bareWord(d, i)
	if w == bw || !strings.HasPrefix(w, "و") {
		return false
	}
	return h.trig.Verb || strings.HasPrefix(bw, "م")
}

// subordinate reports a time or cause clause between tokens a and b
// («وتعهد بالرد بعد أن أجرى محادثات»): what follows is no content of a.
func (d *doc) subordinate(a, b int) bool {
	for k := a + 1; k < b; k++ {
		switch d.toks[k].Norm {
		case "بعد", "قبل", "عندما", "حين", "اثر", "عقب", "بينما", "فيما", "لكن", "ولكن", "بالتزامن", "تزامنا":
			return true
		}
	}
	return false
}

// commaBetween reports a clause boundary between tokens a and b.
func (d *doc) commaBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if t := d.toks[k].Text; t == "،" || t == "," || t == "." || t == ":" {
			return true
		}
	}
	return false
}

// events codes the article's events.
func (c *Coder) events(d *doc, articleID string) []marsad.Event {
	var lead *DateExpr
	for si := 0; si < len(d.sents) && si < 3 && lead == nil; si++ {
		for _, de := range d.sents[si].dates {
			if de.Precision == PrecDay && (d.pub.IsZero() || d.lastWeek(de)) {
				de := de
				lead = &de
				break
			}
		}
	}
	var evs []coded
	venue := c.venue(d)
	for si := range d.sents {
		if d.words(d.sents[si].a, d.sents[si].b) <= 3 || tagLine(d, si) {
			continue // a heading («نقل السجناء»), not a report; a page's tags (prec16_tag_line.go)
		}
		// opinions of experts and commentators are quotes, not events; only
		// a party's act told before the expert is named stands
		// (events_commentator_clause.go)
		comment := c.commentator(d.speakerOf[si])
		// an error or a failure no speaker judges is no act (accuse_erred.go)
		hits := c.dropUnjudged(d, c.findHits(d, si))
		// and a judgement after a stance (recall_code6.go)
		hits = append(append(hits, c.opinions(d, si, hits)...), c.secondJudgement(d, si, hits)...)
		// the bare «دان» (condemned), and a demand told as what a party
		// must do (recall_code8.go)
		hits = c.obligations(d, si, c.bareCondemn(d, si, hits))
		var subj *marsad.Actor    // the subject of the sentence's last verb
		var nounAct *marsad.Actor // the actor of the act just before
		var blowHit *hit          // the sentence's last assault coded, and its event's seq (merge_blow.go)
		blowSeq := 0
		var prev *hit
		var prevRecip *marsad.Actor // the recipient of prev
		for k := range hits {
			h := &hits[k]
			if c.embedded(d, hits, k) || (c.purpose(d, h) && !c.lamComplement(d, h)) || c.descriptive(d, h) || definiteParticiple(d, h) || c.hazard(d, h) || c.judged(d, h) || c.slogan(d, h) || persuadedAct(d, h) || purposeChain(d, h) { // «سببا لاحتجاجات»: recall_code6.go; «لإقناع أنقرة بالإفراج عن …»: prec16_persuade.go
				continue
			}
			if h.trig.Verb && c.coordinated(d, h) {
				h.coord = subj
			}
			if !h.trig.Verb && nounAct != nil && c.coordinatedNoun(d, h, prev) {
				h.coord, h.coordNoun = nounAct, true // «إلى طرد السفير …، وتجميد العلاقات»: one actor (args_round9.go)
			}
			h.main, h.venue = subj, venue
			h.prevObj = prevObj(prev, h, prevRecip)
			ev, fb := c.event(d, h, lead)
			if comment && !c.beforeCommentator(d, h, &ev) {
				continue
			}
			prevRecip = ev.Recipient
			if h.trig.Verb {
				subj = nil
				if linked(ev.Actor) {
					subj = ev.Actor
				}
			}
			nounAct, prev = nil, h
			if linked(ev.Actor) {
				nounAct = ev.Actor
			}
			if !c.recoded(d, h, &ev) || !c.precise(d, h, &ev, &fb) { // refused assents, ultimatums, plans: recall_code6.go
				continue // precision_filter.go: invitations, bystanders, history, readiness
			}
			c.launchedAttack(d, h, &ev, &fb) // an interception tells the attack it stopped
			_, _, _, own := c.date(d, h, lead)
			strong := !c.weak(d, h) || (ev.Symmetric && ev.Actor != nil) || c.ownDate(d, h) || c.namedFight(d, h) // «عقب معارك مع الحوثيين»: recall_code6.go
			if from := c.occasion(d, si); from >= 0 && h.head() >= from {
				strong = false // «جاء ذلك بعد مباحثات …»: the occasion of what was told, told elsewhere if news
			}
			ownPlace := ev.Location != nil && d.ownPlace(si, ev.Location)
			if cities := c.protestCities(d, h); len(cities) > 1 {
				// «خرج الآلاف في البصرة والناصرية والديوانية»: one protest per city
				for _, pl := range cities {
					e := ev
					e.Location = pl
					c.conventions(d, &e, np{})
					evs = append(evs, coded{Event: e, strong: strong, ownDate: own, ownPlace: true, fb: fb})
				}
				continue
			}
			retold := c.retellsBack(d, h) // merge_retell.go
			e := coded{Event: ev, strong: strong, ownDate: own, ownPlace: ownPlace, fb: fb, head: h.head(), distinct: distinctAct(d, h, &ev), refers: refersBack(d, h) || retold != newTelling, retold: retold, seq: len(evs) + 1, killed: h.killed}
			blowHit, blowSeq = c.linkBlow(d, blowHit, blowSeq, h, &e) // «قصفت …، ما أسفر عن مقتل …»: merge_blow.go
			evs = append(evs, e)
		}
	}
	if !c.politicalParty(d) {
		// no state, armed, political or international party anywhere: a
		// match report, a review, a story of private life — not PLOVER news,
		// except protests and violence with its victims told
		kept := evs[:0]
		for _, e := range evs {
			victims := e.Count != nil || (e.Recipient != nil && e.Recipient.Sector == "CVL")
			if e.Type == "PROTEST" || ((e.Type == "ASSAULT" || e.Type == "COERCE") && victims) {
				kept = append(kept, e)
			}
		}
		evs = kept
	}
	out := mergeEvents(evs)
	partyNames(d, out)          // «وفرنسا», «لقوات النظام», «بقيادة السعودية»: args_names.go
	victimActors(d, out)        // «17 شخصا», «آخرين بالرصاص الإسرائيلي»: args_victim_actor.go
	c.dropOwnState(out)         // after merging, which the recipient must not steer: args_own_state.go
	coalitionSide(d, out)       // «التحالف الذي تقوده السعودية»: the leader's side, after dropOwnState: args16_coalition.go
	selfTargets(d, out)         // one party as doer and target of a conflict act: args_self_target.go
	borderRecipients(d, out)    // «قرب الحدود مع الأردن»: a place, no party: args16_border.go
	meetingCounterparts(d, out) // «وأضاف ماس أنه تم الاتفاق على …»: args_implied.go
	for k := range out {
		out[k].ID = fmt.Sprintf("%s-e%d", articleID, k+1)
		out[k].ArticleID = articleID
		if verbal(out[k].Type) {
			// a condemnation or a demand counts no one («دانت الهجوم الذي
			// أسفر عن مقتل 20»: the 20 are the attack's); an ASSAULT recoded
			// as ACCUSE may have read the toll before it was recoded
			out[k].Count, out[k].CountEstimate = nil, false
		}
	}
	return out
}

// judged reports a verbal noun that is the topic of an opinion («واعتبر بن
// دغر أن انسحاب الولايات المتحدة من الاتفاق …»): the act judged is told
// elsewhere if it is news; the judgement is the event.
func (c *Coder) judged(d *doc, h *hit) bool {
	i := h.head()
	s := d.sents[h.sent]
	if h.trig.Verb || i-1 < s.a || d.toks[i-1].Norm != "ان" {
		return false
	}
	for k := i - 2; k >= s.a && k >= i-10; k-- {
		if d.has(k, c.lx.opinion) {
			return true
		}
	}
	return false
}

// hazard reports harm done by nature or accident («ضرب الإعصار الجزيرة»,
// «قتل أربعة في حادث ارتطام»): no one assaults.
func (c *Coder) hazard(d *doc, h *hit) bool {
	if h.trig.Type != "ASSAULT" {
		return false
	}
	s := d.sents[h.sent]
	for k := s.a; k < s.b && k <= h.last()+6; k++ {
		if d.has(k, c.lx.hazards) {
			return true
		}
		if k+1 < s.b && strings.HasSuffix(bareWord(d, k), "حادث") && (d.toks[k+1].Norm == "سير" || d.toks[k+1].Norm == "المرور") {
			return true // «حادث سير», «حادث المرور»
		}
	}
	return false
}

// ownDate reports a day-precise date near the trigger in its sentence.
func (c *Coder) ownDate(d *doc, h *hit) bool {
	for _, de := range d.sents[h.sent].dates {
		if de.Precision == PrecDay && de.TokStart <= h.last()+6 && de.TokEnd >= h.head()-6 {
			return true
		}
	}
	return false
}

// recentDay reports a day in sentence si within the week before
// publication (a weekday, «أمس»), as Coder.events reads the lead's date.
func (d *doc) recentDay(si int) bool {
	if d.pub.IsZero() {
		return false
	}
	for _, de := range d.sents[si].dates {
		if d.lastWeek(de) {
			return true
		}
	}
	return false
}

// lastWeek reports a day in the week up to publication. A coming day
// («الخميس المقبل») dates only its own clause's plan: it neither leads the
// article nor carries over to the sentences after it.
func (d *doc) lastWeek(de DateExpr) bool {
	p := dayOf(d.pub)
	return de.Precision == PrecDay && !de.Date.Before(p.AddDate(0, 0, -7)) && !de.Date.After(p)
}

// coded is an event with whether a trigger strong enough to stand alone
// supports it.
type coded struct {
	marsad.Event
	strong   bool
	ownDate  bool // the date is told in the event's own sentence
	ownPlace bool // the place is named in the event's own sentence
	fb       fallback
	head     int       // the trigger's first token
	distinct bool      // another act than an earlier one of its sentence (distinctAct)
	refers   bool      // the trigger points back to a happening told before (refersBack)
	retold   retelling // …without a demonstrative (retellsBack): its sentence's parties are not the act's
	seq      int       // its place among the sentence-level events, from 1
	joins    int       // the seq of the event whose blow it tells in its sentence (sameBlow), 0 if none
	blow     blowLink  // how it tells that blow

	named  *marsad.Actor // a later telling's identified actor for an unlinked one (strongerActor, merge_party_strength.go)
	killed bool          // Count counts the killed (count_toll.go)
}

// distinctAct reports a trigger that tells another measure than an earlier
// trigger of the same type in its sentence: coordinated sanctions and
// coercive measures are each their own act («طرد السفير، وتجميد العلاقات
// التجارية، وتعليق المنح»; «اعتقلت 67 شخصا ومنعت 100 موظف من السفر»).
// Other acts told twice with «و» are most often one happening told in two
// verbs («قتل فلسطيني وأصيب 3 آخرون في غارة», «اجتمعا وبحثا», «هاجم
// الإعلام واتهمه») and stay one event.
func distinctAct(d *doc, h *hit, ev *marsad.Event) bool {
	if ev.Type != "SANCTION" && ev.Type != "COERCE" {
		return false
	}
	i := h.head()
	if bareWord(d, i) != d.toks[i].Norm && strings.HasPrefix(d.toks[i].Norm, "و") {
		return true
	}
	return i > 0 && d.toks[i-1].Norm == "و"
}

// weak reports a trigger that only adds evidence: a generic noun of the
// lexicon, or a single noun with the article (الهجوم) that points back to an
// event told elsewhere.
func (c *Coder) weak(d *doc, h *hit) bool {
	if h.trig.Weak {
		return true
	}
	if h.trig.Verb || len(h.trig.Slots) > 1 {
		return false
	}
	// «أعلنت الشرطة القبض على …»: the idiom is always definite, so its
	// article marks no known happening
	if i := h.head(); bareWord(d, i) == "القبض" && i+1 < d.sents[h.sent].b && d.toks[i+1].Norm == "علي" {
		return false
	}
	return strings.Contains(h.clitic, "ال") || h.clitic == "لل"
}

// purposeWords head an aim: the verbal noun after them is not an act.
var purposeWords = wordSet([]string{"أجل", "لأجل", "بهدف", "بغية", "سعيا", "وسعيا", "بقصد"})

// purpose reports a verbal noun with ل, a purpose or plan («التخطيط لهجوم»).
func (c *Coder) purpose(d *doc, h *hit) bool {
	if len(h.trig.Slots) > 1 && h.trig.Verb {
		return false
	}
	// «من أجل التوصل إلى اتفاق»، «بهدف اعتقال»: an aim, not an act
	if i := h.head(); !h.trig.Verb && i > d.sents[h.sent].a && purposeWords[d.toks[i-1].Norm] {
		return true
	}
	if !strings.HasPrefix(h.clitic, "ل") {
		return false
	}
	// «تعرضت القرية لقصف»: the noun is what happened to the subject
	for k := h.head() - 1; k >= d.sents[h.sent].a && k >= h.head()-6; k-- {
		if strings.HasPrefix(bareWord(d, k), "تعرض") {
			return false
		}
	}
	return true
}

// descriptive reports an imperfect verb in a relative clause («التي
// تستهدف»): a description, not a reported act.
func (c *Coder) descriptive(d *doc, h *hit) bool {
	i := h.head()
	if !h.trig.Verb || i == 0 {
		return false
	}
	w := d.toks[i].Norm
	if !(strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "ت") || strings.HasPrefix(w, "ن")) {
		return false
	}
	switch d.toks[i-1].Norm {
	case "التي", "الذي", "الذين", "اللتين", "اللذين", "اللواتي", "منذ":
		return !c.inWhichSubject(d, h) // «في الوقت الذي تدين فيه سوريا …»: a stance taken now (accuse_resumptive.go)
	}
	return false
}

func (c *Coder) event(d *doc, h *hit, lead *DateExpr) (marsad.Event, fallback) {
	s := d.sents[h.sent]
	t := h.trig
	ev := marsad.Event{Type: t.Type, Mode: t.Mode, Confidence: t.Confidence}
	ev.Aux = c.aux(d, h)
	actor, recip, sym := c.args(d, h)
	actor = c.partitive(d, actor)
	actor = c.resultAgent(d, h, actor)                  // «قصفت الطائرات تجمعات للميليشيات، ما أسفر عن مقتل …»: the clause's subject (args_round7.go)
	actor = c.reporterActor(d, h, actor)                // «ووثق المرصد مقتل …»: who tells of the act did not make it (args_round7.go)
	actor = c.actNisbaSubject(d, h, actor)              // «الضربات الإسرائيلية على سوريا استهدفت …»: the act noun's country (args_act_nisba.go)
	actor, recip = c.victimNotActor(d, h, actor, recip) // «حيثيات مقتل ضابط»: the genitive died (args_round7.go)
	if (t.Type == "ASSAULT" || t.Type == "COERCE") && actor.ok() && gluedLam(d, firstMention(d, actor)) &&
		(c.victimPhrase(d, actor) || (actor.actor != nil && actor.actor.Sector == "CVL")) {
		// «قتل متعمد للمدنيين وخطف للنساء»: civilians after ل are the
		// victims, never who acts
		if !recip.ok() && actor.a > h.last() {
			recip = actor
		}
		actor = np{}
	}
	if diedBefore(d, h, actor) {
		// «لقي اثنان من قادة الجيش مصرعهما في المعارك»: the dead are hit
		// by the act, they did not make it (args_round5.go)
		if !recip.ok() || c.junkRecipient(d, recip) {
			recip = actor
		}
		actor = np{}
	}
	if t.Type == "ASSAULT" && metDeath(d, h) && actor.ok() && actor.a < h.last() {
		recip, actor = actor, np{} // «لقي العشرات من عناصر الميليشيات مصرعهم»: who died
	} else if (t.Type == "ASSAULT" || t.Type == "COERCE") && c.countedVictims(d, actor) {
		// «أن تسعة أشخاص أصيبوا في انفجار»: the people counted are those
		// hit; a party the sentence names stays
		if !recip.ok() || (recip.actor == nil && !c.victimPhrase(d, recip) && !c.nationalPhrase(d, recip)) {
			recip = actor
		}
		actor = np{}
	}
	if recip.ok() && recip.actor == nil && !c.victimPhrase(d, recip) {
		recip = c.partitive(d, recip)
	}
	if c.noParty(d, recip) {
		recip = np{}
	}
	recip = c.heldFrom(d, h, recip) // «حررت القوات الحي من سيطرة التنظيم»: who held it (args_held_from.go)
	// «انسحاب واشنطن من الاتفاق»: who withdrew (args16_deal.go)
	actor = c.withdrawer(d, h, actor)
	if c.noParty(d, actor) && !backing(d, h) {
		actor = np{} // (the backer after «بإسناد من» qualifies other acts' parties, but is this one's actor)
	}
	// «… أن الولايات المتحدة وبريطانيا وفرنسا أطلقت»: the subject found
	// before the verb is the last of a list; its first member stands for it
	if actor.ok() && actor.actor != nil && actor.b <= h.head() && !sym {
		if m := d.mentionAt[actor.a]; m >= 0 && int(m) != firstConjunct(d, int(m)) {
			f := d.mentions[firstConjunct(d, int(m))]
			a := f.Actor
			actor = np{a: f.TokStart, b: f.TokEnd, actor: &a}
		}
	}
	// «أعلنت وزارة الصحة مقتل ثلاثة»: who announces a toll did not kill
	if c.toll(d, h) && actor.ok() && actor.b <= h.head() && actor.actor != nil && !armedSector(actor.actor) && c.announcer(d, actor.a) && !claimed(d, actor.b, h.head()) {
		actor = np{}
	}
	// «تمكنت قوات الجيش والمقاومة من …», «اتهمت دمشق وموسكو إسرائيل»: a
	// phrase joined by و to the actor acts with it, it is not acted upon
	if !sym && (t.Verb || actor.b <= h.head()) && coActor(d, actor, recip) {
		recip = np{}
	}
	// «وتواجه الشركة اتهاما بـ…», «تلقى الوزير انتقادات»: the subject of a
	// verb of undergoing is the party the act noun is aimed at
	if !t.Verb {
		if u := c.undergoer(d, h); u.ok() && (verbal(t.Type) || u.actor != nil || c.victimPhrase(d, u) || c.nationalPhrase(d, u)) {
			if actor.ok() && u.a < actor.b && actor.a < u.b {
				actor = np{} // «أثار الوزير انتقادات»: he drew them, he did not make them
			}
			recip = u
		}
	}
	// «متوعدا بعقوبات اقتصادية ضد طهران»: the party the threat's content
	// is aimed at (args_round4.go)
	if r := c.threatTarget(d, h, recip); r.ok() {
		recip = r
	}
	// «قضت المحكمة بالسجن على 16 متهما»: who was sentenced (args_convict.go)
	if r := c.convictTarget(d, h, recip); r.ok() {
		recip = r
	}
	// «اتهاما بسرقة», «هدد بفرض عقوبات», «الاعتراف بفلسطين كدولة»: what
	// is said with ب, or a role with ك, is the content, not the party
	if recip.ok() && recip.actor == nil && !c.victimPhrase(d, recip) && d.placeAt[recip.a] < 0 && !c.nationalPhrase(d, recip) && contentPhrase(d, recip.a, verbal(t.Type)) {
		recip = np{}
	}
	// «هجمات بطائرات مسيرة», «قصف بالصواريخ»: the weapon after ب is the
	// means of the act, not its target
	if recip.ok() && (t.Type == "ASSAULT" || t.Type == "THREATEN") && instrument(d, recip.a) {
		recip = c.targetAfter(d, h, recip) // «هجوم بقنبلة يدوية على تجمع عام» (args_round4.go)
	}
	// «دعا إلى الخروج/النزول/الهدوء»: a verbal noun of the form فعول after
	// إلى is what is asked for, not whom
	if t.Type == "REQUEST" && recip.ok() && recip.a > 0 && d.toks[recip.a-1].Norm == "الي" && d.mentionAt[recip.a] < 0 && fuulNoun(bareWord(d, recip.a)) {
		recip = np{}
	}
	// «وانفجرت عبوة ناسفة», «الحادث الذي شهدته العاصمة»: a verb or a place
	// next to the act noun is no party (args_round4.go)
	unagented := c.noAgent(d, h, &actor, &recip)
	launched := c.launchTarget(d, h, &recip)                                               // «إطلاق صاروخ باليستي على جازان»
	if c.victimSubject(d, h, &actor, &recip) || c.passiveVerbFirst(d, h, &actor, &recip) { // «إن مواطنا نمساويا اعتقل في أنقرة» (args_victim_subject.go), «وقتل شرطي، الأحد، في …» (passive17_verb_first.go)
		unagented = true // a passive names no agent; the speaker is none
	}
	ev.Actor = c.toActor(d, actor, false)
	fromPhrase := ev.Actor != nil // the actor is still the phrase found, not a party put in its place
	// «وأشاد الرئيس بـ… واتهمها بـ…»: a coordinated verb shares its subject
	if a := c.kamaSubject(d, h, actor); a != nil {
		ev.Actor = a // «وتدعم تركيا جماعات … كما أرسلت قوات» (args_round9.go)
	}
	if h.coord != nil && (!linked(ev.Actor) || (h.coordNoun && actor.ok() && actor.b <= h.head())) {
		ev.Actor = h.coord // (a party named before the act noun is the object of the act before it)
	}
	// in reported speech the speaker acts: «مؤكدا أن بلاده ترفض …», «ندين …»
	if sp := speakerOf(d, h); sp.name != "" && verbal(t.Type) && !c.passiveSpeaker(d, h, sp, recip) && (ev.Actor == nil || pronounActor(ev.Actor.Name) || firstPerson(d, h)) && !c.objectSpeaker(d, sp, recip) {
		ev.Actor = sp.toActor()
	}
	// «أكدت حماس أنها أغلقت …»: the pronoun is the one who speaks
	if sp := speakerOf(d, h); h.pro && !linked(ev.Actor) && sp.actor != nil && linked(sp.actor) {
		ev.Actor = sp.toActor()
	}
	// «…، متوعدة بالرد», «أعربت قطر عن إدانتها»: a circumstantial
	// participle or a verbal noun with a possessive pronoun acts for the
	// clause's subject
	// «التقى الوزير بالسفير، لكنه طالب الحكومة …»: the pronoun carrying
	// the subject points back to the clause's subject, never to its object
	proObject := h.pro && ((recip.ok() && (ev.Actor == nil || namesOverlap(ev.Actor.Name, c.toActor(d, recip, false).Name))) ||
		(ev.Actor == nil && h.trig.Verb && h.head() > s.a && pronounComplement(d.toks[adverbsBefore(d, h.head()-1, s.a)].Norm))) // «…، لكنها أيضا هددت بـ…»: no subject of its own
	if appealParticiple(d, h) {
		if a := c.participleSubject(d, h); a != nil {
			ev.Actor = a
		}
	} else if (c.circumstantial(d, h) && !backing(d, h)) || possessed(d, h) || proObject || (h.objFirst && !linked(ev.Actor) && !c.objectMain(d, h, recip)) {
		if a := c.mainSubject(d, h); a != nil {
			ev.Actor = a
		}
	}
	if a := c.reportedParticiple(d, h); a != nil { // «قال فلان إن …، داعيا»: the speaker (args_round8.go)
		ev.Actor = a
	}
	if ev.Actor != nil && !linked(ev.Actor) && actor.ok() && ev.Actor.Name == c.toActor(d, actor, false).Name {
		if a := c.ownCountry(d, h, actor, ev.Actor.Name, nil); a != nil {
			ev.Actor = a // «قال أردوغان إن بلاده ستقصف …» (args_own_country.go)
		}
	}
	ev.Recipient = c.toActor(d, recip, false)
	// a phrase closed by a country's nisba names that country's party
	if ev.Actor != nil && !linked(ev.Actor) && fromPhrase && ev.Actor.Name == c.toActor(d, actor, false).Name {
		if a := c.nationalActor(d, actor, ev.Actor.Name); a != nil {
			ev.Actor = a
		} else if a := d.cityParty(actor, t); a != nil {
			ev.Actor = a
		}
	}
	// «اعتقلت الشرطة فلانا، واتهمته بـ…»: the pronoun on a verb joined by
	// و is the object of the act before it (args_round11.go)
	if t.Verb && t.Object && h.prevObj != nil && objectPronoun(d, h) && coordVerb(d, h) && c.nearestObject(d, h) {
		ev.Recipient, recip = h.prevObj, np{}
	}
	// «واتهمها بالسعي …»: an object pronoun points back to a party named before
	if t.Verb && t.Object && !linked(ev.Recipient) && objectPronoun(d, h) {
		if a := c.antecedent(d, h, ev.Actor); a != nil {
			ev.Recipient, recip = a, np{}
		}
	}
	if ev.Recipient != nil && !linked(ev.Recipient) && !c.victimPhrase(d, recip) {
		if a := c.nationalActor(d, recip, ev.Recipient.Name); a != nil {
			ev.Recipient = a
		} else if a := d.countryParty(recip); a != nil {
			ev.Recipient = a
		} else if a := d.cityParty(recip, t); a != nil {
			ev.Recipient = a
		} else if a := d.regimeParty(recip); a != nil {
			ev.Recipient = a // «ضربات ضد نظام دمشق»
		}
	}
	if ev.Recipient != nil && !linked(ev.Recipient) && recip.ok() {
		if a := c.ownCountry(d, h, recip, ev.Recipient.Name, ev.Actor); a != nil {
			ev.Recipient = a // «فرضت واشنطن العقوبات على بلاده» (args_own_country.go)
		}
	}
	if launched != nil && !linked(ev.Recipient) {
		ev.Recipient = launched
	}
	// a phrase that names no known party yields to the party the context
	// names: the speaker of a verbal act, the nearest named actor before
	// the trigger, the last one of the story; the first named party after it
	// (kept aside: merging compares the parties the sentence itself names)
	var fb fallback
	reporter := dropReporters(t.Type, &ev, &fb) // (args_round9.go)
	if !linked(ev.Actor) && !unagented && (reporter || !(actor.ok() && (c.victimPhrase(d, actor) || c.nationalPhrase(d, actor) || genericSubject(d, actor)))) {
		if !(actor.ok() && !(actor.b-actor.a == 1 && definite(d.toks[actor.a].Norm)) && c.objectSpeaker(d, speakerOf(d, h), recip)) {
			// (a subject phrase of its own, «نشطاء في منطقة الأحواز», stays
			// when the speaker was read over it and the object; a bare title,
			// «الوزير», is whoever the story names)
			fb.actor = c.fallbackActor(d, h, recip, actor.ok())
		}
	}
	if !linked(ev.Recipient) && !(recip.ok() && (c.victimPhrase(d, recip) || (h.rel && objectPronoun(d, h) && !verbal(t.Type)) || (recip.actor != nil && recip.actor.Name != "" && !verbal(t.Type)))) {
		// (a name the entity layer found, «شركة "الوطنية موبايل"», stays the target of a material act)
		a := ev.Actor
		if fb.actor != nil {
			a = fb.actor
		}
		fb.recip = c.fallbackRecipient(d, h, a)
	}
	// «رفض التصويت», «طالب بتقديم تفاصيل»: an action is what the act is
	// about, not whom; nor is a particle or a lone adjective a party; the
	// context's party, if any, stands (args_round5.go)
	if !linked(ev.Recipient) && (c.actionRecipient(d, recip) || c.junkRecipient(d, recip) || c.junkWord(d, recip) || pronounOpener(d, recip) || verbOpener(d, recip)) { // (junkWord: args_round7.go; pronounOpener, verbOpener: args_pronoun_opener.go)
		ev.Recipient = nil
	}
	// «رفضوا اتفاق المصالحة», «دعا إلى انتخابات مبكرة»: the content, not a
	// party; the party whose decision it is, if named in it (args_content_recipient.go)
	if !linked(ev.Recipient) && c.contentRecipient(d, recip) {
		ev.Recipient = c.contentOwner(d, recip)
	}
	// «التقى المبعوث الروسي ألكسندر لافرنتييف … مع شمخاني»: a name in
	// apposition to the actor is the actor again; the other party comes later
	if linked(ev.Actor) && linked(ev.Recipient) && actor.ok() && recip.ok() && recip.a >= actor.b && recip.a-actor.b <= 3 &&
		ev.Actor.Country == ev.Recipient.Country && ev.Actor.Sector == ev.Recipient.Sector {
		if r := c.partyAfter(d, h, recip.b, ev.Actor); r != nil {
			ev.Recipient = r
		}
	}
	// «قوات الاحتلال الإسرائيلية», «شؤونها الداخلية»: an adjective of the
	// noun before it is no party, though the linker named one (args_nisba_tail.go;
	// the next party of the clause is as often the actor again as the one acted upon)
	if ev.Recipient != nil && recip.ok() && ev.Recipient.Name == c.toActor(d, recip, false).Name {
		if c.nisbaTail(d, recip, actor) {
			ev.Recipient = nil
		} else if patronOfActor(d, recip, actor) {
			fb.patron = ev.Recipient // dropped after merging (args_affiliation.go)
		}
	}
	// «هاجمت رئيسة وزراء اسكتلندا نيكولا ستورجن …»: a name, a title or a
	// second subject beside the actor is no recipient (args_round5.go)
	if from, ok := c.apposition(d, h, actor, recip); ok {
		ev.Recipient, fb.recip = c.afterApposition(d, h, from, ev.Actor), nil
	}
	// «قبل توقيع الطرفين اتفاقا»: the two sides are the pair named before
	if a, r := c.bothSides(d, h); a != nil {
		ev.Actor, ev.Recipient, sym = a, r, true
		fb = fallback{}
	}
	// «وتبادل التحالف والحوثيون الاتهام»: the other side (args_implied.go)
	if !linked(ev.Recipient) && linked(ev.Actor) {
		if r := c.reciprocalPartner(d, h); r != nil && !strictlyCompatible(ev.Actor, r) {
			ev.Recipient, fb.recip, sym = r, nil, true
		}
	}
	if t.Type == "COERCE" && !linked(ev.Recipient) {
		if r := c.holder(d, h); r != nil {
			ev.Recipient, fb.recip = r, nil
		}
	}
	if t.Sufferer && sufferedThreat(d, h, &ev) { // «إن النظام السوري سيواجه عواقب» (verbal13_stances.go)
		fb = fallback{}
	}
	// «وتجميد العلاقات التجارية بين البلدين»: the other party of the pair (args_implied.go)
	if ev.Recipient == nil && fb.recip == nil && !t.Sufferer { // a threat's sufferer is read above
		a := ev.Actor
		if !linked(a) {
			a = fb.actor
		}
		fb.recip = c.pairCounterpart(d, h, a)
		if fb.recip == nil {
			fb.recip = c.seizedFrom(d, h, a) // «استعادت القوات … من محافظة درعا»
		}
	}
	if r := c.dealParty(d, h, ev.Actor); r != nil && !linked(ev.Recipient) {
		fb.recip = r // the nuclear deal's other party (args16_deal.go)
	}
	dropReporters(t.Type, &ev, &fb)        // «مصادر عسكرية», «مصادر طبية» (args_round9.go)
	d.sameParty(ev.Actor, h.head(), false) // «المتحدث إبراهيم كالين» after «المتحدث باسم الرئيس التركي»
	d.sameParty(ev.Recipient, h.head(), true)
	if armedProtester(t.Type, ev.Actor) {
		ev.Actor = nil
	}
	if armedProtester(t.Type, fb.actor) {
		fb.actor = nil
	}
	ev.Symmetric = sym && ev.Actor != nil
	if ev.Actor != nil && ev.Recipient != nil && namesOverlap(ev.Actor.Name, ev.Recipient.Name) {
		ev.Recipient = nil
	}
	who := ev.Actor
	if !linked(who) && fb.actor != nil {
		who = fb.actor
	}
	ev.Location = c.location(d, h, who)
	if who != nil && who.Country != "" && (ev.Location == nil ||
		(verbal(t.Type) && d.dateline != nil && ev.Location.Start == d.dateline.Start && ev.Location.Country != who.Country)) {
		// no place told: a party acts (and speaks) in its own country, not
		// where the newsroom's dateline is (the context's party when the
		// phrase read as the actor names none: «أعلنت الخطوط السعودية …
		// وتابعت أنها تعتذر لضيوفها»)
		if pl := d.homePlace(h, who); pl != nil || ev.Location == nil {
			ev.Location = pl
		}
	}
	if ev.Location == nil {
		ev.Location = chargePlace(d, h) // nothing else places an accusation: the place of its charge
	}
	if pl := c.awayFromNewsroom(d, h, &ev, who); pl != nil {
		ev.Location = pl
	}
	if pl := c.policeAtHome(d, h, &ev, who); pl != nil {
		ev.Location = pl
	}
	if pl := c.speakerAtHome(d, h, &ev, who); pl != nil {
		ev.Location = pl
	}
	if pl := c.notAtTarget(d, h, &ev, who); pl != nil {
		ev.Location = pl
	}
	if pl := c.notAtTargetsPlace(d, h, &ev, who, recip); pl != nil {
		ev.Location = pl // location_seat.go
	}
	if pl := c.atUNSeat(d, h, &ev, who); pl != nil {
		ev.Location = pl // location_un.go
	}
	if pl := c.seatTown(d, h, &ev, who); pl != nil {
		ev.Location = pl // location_seat.go
	}
	c.conventions(d, &ev, recip)
	c.victimCountry(d, &ev, recip)
	c.victimHome(d, &ev, recip) // args_victim_home.go
	var day time.Time
	ev.Date, ev.DatePrecision, day, _ = c.date(d, h, lead)
	ev.Date, ev.DatePrecision, day = c.actDay(d, h, ev.Date, ev.DatePrecision, day) // the act's own day after its announcement's (args_round7.go)
	if ev.Aux == "" && !d.pub.IsZero() && !day.IsZero() && day.Before(dayOf(d.pub).AddDate(0, 0, -30)) {
		ev.Aux = marsad.AuxHistorical
	}
	ev.Count, ev.CountEstimate, h.killed = c.count(d, h)
	if ev.CountEstimate {
		ev.Count = nil
	}
	if ev.Count == nil && t.Type == "ASSAULT" {
		ev.Count = c.tollBefore(d, h) // «مقتل ثلاثة …، وذلك في قتال …»
		h.killed = ev.Count != nil
	}
	if ev.Count == nil && (t.Type == "COERCE" || t.Type == "ASSAULT") && recip.ok() && d.has(recip.a, c.lx.singular) {
		one := 1 // «اعتقلت رجلا», «اعتقال مواطن قطري»
		ev.Count = &one
	}
	if ev.Count == nil && recip.ok() && c.dualPerson(d, h, recip.a) {
		two := 2 // «اعتقلت الشرطة شخصين», «أفرجت السلطات عن شخصين» (count_toll.go)
		ev.Count = &two
	}
	var words []string
	for _, p := range h.pos {
		words = append(words, d.toks[p].Text)
	}
	ev.Trigger = strings.Join(words, " ")
	ev.Evidence = []marsad.Span{{Start: s.cstart, End: s.cend}}
	if ev.Actor == nil {
		ev.Confidence *= 0.9
	}
	return ev, fb
}

// fallback holds the parties the context suggests for an event whose own
// sentence names no known actor or recipient; they fill the event after
// merging.
type fallback struct {
	actor, recip *marsad.Actor
	patron       *marsad.Actor // the actor's patron read as its recipient, dropped after merging (args_affiliation.go)
}

// mergeEvents joins reports of one happening: same type and aux, compatible
// actor, recipient and date. Evidence spans accumulate. An event that no
// strong trigger supports is dropped.
func mergeEvents(evs []coded) []marsad.Event {
	var out []coded
	opened := map[int]int{} // the seq of an event that stood alone or joined a blow → its place in out (merge_blow.go)
	for _, e := range evs {
		// «أغلق محتجون الطريق»: a closure by protesters is their protest
		if e.Type == "COERCE" && e.Mode == "restrict" && e.Actor != nil && protesters(e.Actor.Name) {
			e.Type, e.Mode = "PROTEST", "demo"
		}
		ref := -1
		if e.refers {
			ref = referent(out, &e) // «تأتي هذه الزيارة»: merge_round8.go
		}
		merged := false
		for k := range out {
			o := &out[k]
			if ref >= 0 && k != ref {
				continue
			}
			if o.Type != e.Type || o.Aux != e.Aux {
				continue
			}
			sameSentence := o.Evidence[len(o.Evidence)-1] == e.Evidence[0]
			plain := true
			clash := o.Symmetric != e.Symmetric && !sameSentence && clashRetold(o, &e)
			if o.Symmetric != e.Symmetric && !sameSentence && !clash {
				plain = false // clashes between two sides are not a one-sided attack (unless one clash is told with one side: merge_clash_retold.go)
			}
			if verbal(o.Type) && !strictlyCompatible(o.Actor, e.Actor) {
				plain = false // statements of different speakers are different acts
			}
			if verbal(o.Type) && !sameSentence && sameSide(o.Actor, e.Actor) {
				plain = false // «اتهم المسؤولون الاسكتلنديون ماي …» and «اتهمت الحكومة البريطانية المعارضين …»: one country, two speakers
			}
			if sameSentence && o.strong && e.strong && e.distinct && e.head != o.head && (e.Type == "SANCTION" || (e.Mode != o.Mode && e.Mode != "seize" && o.Mode != "seize")) {
				continue // two measures of one sentence are two events («اعتقلت … وأغلقت …»; not a raid and its arrests, «داهمت … واعتقلت»)
			}
			if sameSentence && compatible(o.Actor, e.Actor) {
				// one sentence, one type: one happening told twice («لقي أربعة
				// أشخاص حتفهم في انفجار»)
			} else if !compatible(o.Actor, e.Actor) || !compatible(o.Recipient, e.Recipient) {
				if !(o.Symmetric || e.Symmetric) || !compatible(o.Actor, e.Recipient) || !compatible(o.Recipient, e.Actor) {
					plain = false
				}
			}
			// one meeting or agreement told again with a party named in both
			// (merge_round5.go); its first telling keeps its parties
			cross := !plain && crossTold(o, &e, sameSentence) // one blow read from both ends (merge_dup17.go)
			retold := cross || (!plain && !sameSentence && (meetingRetelling(o, &e) || outletRetelling(o, &e)))
			if clash && o.Symmetric {
				retold = true // the clash told with both sides keeps them
			}
			if ref >= 0 {
				plain, retold = true, false // the happening pointed back to, whatever its tellings name
			} else if !plain && !retold {
				continue
			}
			free := ref < 0 || e.retold == goesOn // «وتواصلت المواجهات في محافظة تعز» may tell of another front
			if free && o.ownDate && e.ownDate && o.Date != e.Date {
				continue
			}
			if free && (o.ownDate || e.ownDate) && len(o.Date) >= 7 && len(e.Date) >= 7 && o.Date[:7] != e.Date[:7] {
				continue // «في فبراير الماضي» against an act of this month: another happening
			}
			if free && !(sameSentence && verbal(o.Type)) && e.ownPlace && o.Location != nil && (o.ownPlace || !linked(e.Actor)) && o.Location.Name != e.Location.Name && o.Location.Kind != marsad.KindCountry && e.Location.Kind != marsad.KindCountry {
				continue // another place: another happening (a party-less report cannot say it is the same)
			}
			same := false
			for _, sp := range o.Evidence {
				if sp == e.Evidence[0] {
					same = true
				}
			}
			if !same {
				o.Evidence = append(o.Evidence, e.Evidence...)
			}
			keepActor, keepRecip, keepFb := o.Actor, o.Recipient, o.fb
			before := *o
			// «استهدفت الطائرات الأحياء …، مما أسفر عن مقتل مدني»: in one
			// sentence the people killed are whom the assault hit
			if sameSentence && o.Type == "ASSAULT" && e.Recipient != nil && e.Recipient.Sector == "CVL" && (o.Recipient == nil || o.Recipient.Sector != "CVL") && e.Count != nil {
				o.Recipient, o.fb.recip = e.Recipient, nil
			}
			// a party the text names (or a national phrase, which has no
			// fallback) beats a phrase that names none
			if o.Actor == nil && e.Actor != nil && o.Recipient != nil && !o.Symmetric && namesOverlap(e.Actor.Name, o.Recipient.Name) && (o.fb.actor == nil || !namesOverlap(e.Actor.Name, o.fb.actor.Name)) && (o.fb.actor != nil || !lamAgent(o.Recipient)) {
				// «عملية دكت تحصينات الحوثيين» joined by «ولقي مسلحو الحوثي
				// مصرعهم»: the party the act hit does not become its actor;
				// nor does one side of the clashes the dead fell in («مقتل
				// عشرات الحوثيين في المواجهات», args_round9.go)
			} else if o.Type == "ASSAULT" && o.Actor == nil && o.Symmetric && e.Actor != nil && o.Recipient != nil && sameParty(e.Actor, o.Recipient) {
				// a clash's missing side is not the side whose dead it
				// counts («مقتل عشرات الحوثيين في المواجهات والغارات»: the
				// raids' reading of the dead as agents does not fill it,
				// merge_clash_retold.go)
			} else if o.Actor == nil && e.Actor == nil {
				if o.fb.actor == nil {
					o.fb.actor = e.fb.actor // (two reports without a party: the first one's context stands)
				}
			} else if o.Actor == nil || (!linked(o.Actor) && o.fb.actor != nil && e.Actor != nil && (linked(e.Actor) || e.fb.actor == nil)) {
				o.Actor, o.fb.actor = e.Actor, e.fb.actor
			} else if o.fb.actor == nil {
				o.fb.actor = e.fb.actor
			}
			if o.named == nil && !retold && ref < 0 && strongerActor(o.Type, o.Actor, o.Recipient, e.Actor, o.Symmetric) {
				o.named = e.Actor // taken after merging (merge_party_strength.go)
			}
			ownTarget := o.Recipient != nil && o.Actor != nil && e.Recipient != nil && !o.Symmetric && namesOverlap(o.Actor.Name, o.Recipient.Name) && !namesOverlap(o.Actor.Name, e.Recipient.Name)
			if o.Recipient == nil || (!linked(o.Recipient) && e.Recipient != nil && linked(e.Recipient)) || ownTarget {
				// («قتلت غارة للتحالف قائدا في ميليشيات الحوثي»: the verb read
				// the coalition as its object, the act noun as its agent)
				o.Recipient, o.fb.recip = e.Recipient, e.fb.recip
			} else if o.fb.recip == nil {
				o.fb.recip = e.fb.recip
			}
			if retold {
				o.Actor, o.Recipient, o.fb = keepActor, keepRecip, keepFb // (the retelling may name the sides the other way round)
			}
			if cross {
				crossSides(o, &e)
			}
			if clash && e.Symmetric && (keepActor == nil || keepRecip == nil) {
				o.Actor, o.Recipient, o.fb = e.Actor, e.Recipient, e.fb // the clash told with both sides names them where the one-sided telling missed one (merge_clash_retold.go)
			}
			if o.Location == nil || (!o.ownPlace && e.ownPlace) || (e.ownPlace && o.Location.Kind == marsad.KindCountry && e.Location.Kind != marsad.KindCountry && e.Location.Country == o.Location.Country) {
				o.Location, o.ownPlace = e.Location, e.ownPlace
			}
			if (!o.ownDate && e.ownDate) || o.Date == "" {
				o.Date, o.DatePrecision, o.ownDate = e.Date, e.DatePrecision, e.ownDate
			}
			takeCount(o, &e)
			o.Symmetric = o.Symmetric || e.Symmetric
			o.Confidence = min(1, max(o.Confidence, e.Confidence)+0.05)
			o.strong = o.strong || e.strong
			if ref >= 0 {
				// a reference adds its sentence, not its arguments: «ويأتي هذا
				// الهجوم بعد ضربات … السبت» dates and names the earlier strikes;
				// only a party the first telling could not name is taken
				ev, a, fa := o.Evidence, o.Actor, o.fb.actor
				*o = before
				o.Evidence = ev
				if !linked(o.Actor) && linked(a) && e.retold == newTelling {
					o.Actor, o.fb.actor = a, fa
				}
				if e.retold != newTelling && o.Count == nil {
					o.Count, o.killed = e.Count, e.killed // «وأسفرت المواجهات عن مقتل عشرة» (merge_retell.go)
				}
			}
			merged = true
			break
		}
		if !merged && joinBlow(out, opened, &e) {
			merged = true
		}
		if !merged {
			out = append(out, e)
			opened[e.seq] = len(out) - 1
		}
	}
	var res []marsad.Event
	for _, e := range out {
		if e.strong {
			if e.named != nil && strongerActor(e.Type, e.Actor, e.Recipient, e.named, e.Symmetric) {
				e.Actor = e.named
			}
			if !linked(e.Actor) && e.fb.actor != nil && !(e.Recipient != nil && !e.Symmetric && namesOverlap(e.fb.actor.Name, e.Recipient.Name)) {
				e.Actor = e.fb.actor // (not the party the act hit: «قُتل 7 من أفراد الجيش، حسبما قال المتحدث باسم الجيش»)
			}
			// the outlet that reports an act of force («دبي (CNN)»، «وفق ما
			// نقلت سانا») did not commit it (done after merging: a report
			// without its party must not join every other act)
			if (mediaActor(e.Actor) && forceType(e.Type)) || monitorActor(e.Actor, e.Type) { // (monitorActor: args_round9.go)
				e.Actor = nil
				if e.fb.actor != nil && !mediaActor(e.fb.actor) && !monitorActor(e.fb.actor, e.Type) {
					e.Actor = e.fb.actor
				}
			}
			if e.Actor != nil && e.Recipient != nil && ((!e.Symmetric && namesOverlap(e.Actor.Name, e.Recipient.Name)) || oneParty(e.Actor, e.Recipient)) { // (oneParty: args_round9.go)
				// «قتلت غارة للتحالف قائدا …» merged with «غارة للتحالف»: a
				// party is not the target of its own act
				e.Recipient = nil
			}
			if e.fb.patron != nil && e.Recipient == e.fb.patron {
				e.Recipient = nil // «مسلحون مرتبطون بتنظيم …»: kept while merging, which it must not steer
			}
			if !linked(e.Recipient) && e.fb.recip != nil && !(e.Actor != nil && strictlyCompatible(e.Actor, e.fb.recip)) {
				e.Recipient = e.fb.recip
			}
			res = append(res, e.Event)
		}
	}
	sort.SliceStable(res, func(i, j int) bool { return res[i].Evidence[0].Start < res[j].Evidence[0].Start })
	return res
}
