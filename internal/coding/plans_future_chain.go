package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// futureChain reports a meeting or agreement governed by a verb in the
// future told earlier in its clause: «سيتوجه الوزير الجمعة إلى بروكسل
// للمشاركة في اجتماع للحلف», «وسيقوم بزيارة النصب … ويزور الحائط يوم
// الجمعة», «… في اجتماع للحلف، قبل أن يزور السعودية» (GUIDELINES: meetings
// only planned are not coded). The future «س» tells the time of what its
// verb governs; the existing rule reads it only right before a noun
// trigger («ستقوم بزيارة»). A perfect trigger («التقى») carries its own
// tense, and a frame of time or place («خلال لقائه», «على هامش القمة»)
// places a meeting held beside the promise, so both stay.
func (c *Coder) futureChain(d *doc, h *hit) bool {
	if h.trig.Type != "CONSULT" && h.trig.Type != "AGREE" {
		return false
	}
	s := d.sents[h.sent]
	i := h.head()
	if h.trig.Verb && !c.imperfectHead(d, h) {
		return false
	}
	for k, n := i-1, 0; k >= s.a && n < 12; k-- {
		t := d.toks[k]
		if t.Kind == arabic.Punct {
			if (t.Text == "،" || t.Text == ",") && k+1 < i && chainGoesOn[bareWord(d, k+1)] {
				continue // «…، قبل أن يزور», «…، ثم يلتقي»: the same chain of plans
			}
			if t.Text == "\"" || t.Text == "«" || t.Text == "»" || t.Text == "(" || t.Text == ")" {
				continue
			}
			return false
		}
		if t.Kind != arabic.Word {
			continue
		}
		n++
		w := bareWord(d, k)
		if (meetingFrames[w] && !(w == "بعد" && k+1 < i && bareWord(d, k+1) == "ظهر")) || c.lx.reporting[w] {
			return false
		}
		if w == "سوف" || (d.fut[k] && futureVerb(w) && !strings.HasSuffix(t.Text, "ة") && !d.named(k)) {
			return true
		}
	}
	return false
}

// imperfectHead reports a verb trigger told in the imperfect: «يلتقي», and
// «تلتقي» when «يلتقي» is one of the trigger's own forms (a perfect that
// opens with ت, «تباحث», has no such twin).
func (c *Coder) imperfectHead(d *doc, h *hit) bool {
	w := bareWord(d, h.head())
	if strings.HasPrefix(w, "ي") {
		return true
	}
	return c.taImperfect(h, w)
}

// taImperfect reports a form in ت whose ي twin is one of the trigger's
// imperfect forms: «تلتقي» beside «يلتقي», «تجتمع» beside «يجتمع».
func (c *Coder) taImperfect(h *hit, w string) bool {
	twin, ok := yaTwin(w)
	if !h.trig.Verb || !ok {
		return false
	}
	for _, sl := range h.trig.Slots {
		if sl.Forms[twin] {
			return true
		}
	}
	return false
}

// futureVerb reports a word whose future «س» was split off a verb (the word
// without it opens with an imperfect's letter), not a name in س («سالفيني»);
// the caller also leaves out names («سيالة») and words in ة, which no verb
// ends with.
func futureVerb(w string) bool {
	r := []rune(w)
	if len(r) < 4 || r[0] != 'س' {
		return false
	}
	return strings.ContainsRune("يتن", r[1])
}

// named reports a token inside an actor mention or a person's name: «وقال
// سيالة» opens with «سي» like a verb in the future.
func (d *doc) named(k int) bool {
	return (d.mentionAt != nil && d.mentionAt[k] >= 0) || (d.person != nil && d.person[k])
}

// chainGoesOn are the words after a comma that continue a chain of plans.
var chainGoesOn = wordSet([]string{"قبل", "ثم", "على"})

// meetingFrames place a meeting held beside a promise: «أكد أن بلاده
// ستواصل دعمها خلال لقائه الرئيس».
var meetingFrames = wordSet([]string{"خلال", "أثناء", "لدى", "عقب", "بعد", "هامش", "ختام", "مستهل", "خلاله"})

// taImperfectOf reports a form in ت whose ي twin is an imperfect of a verb
// trigger of type typ: «وتستضيف إسطنبول الجمعة قمة» opens with the
// imperfect of «استضاف/يستضيف», a CONSULT verb, before the noun «قمة». Only
// meetings and agreements: a perfect in ت of another act («تقدم السودان
// الأربعاء بشكوى», twin of the imperfect «يقدم») is left alone.
func (c *Coder) taImperfectOf(typ, w string) bool {
	twin, ok := yaTwin(w)
	if (typ != "CONSULT" && typ != "AGREE") || !ok {
		return false
	}
	for _, t := range c.lx.byFirst[twin] {
		if t.Verb && t.Type == typ && len(t.Slots) > 0 && t.Slots[0].Forms[twin] {
			return true
		}
	}
	return false
}

// yaTwin returns the imperfect in ي of a form in ت of four letters or
// more («تلتقي» → «يلتقي»), for taImperfect and taImperfectOf.
func yaTwin(w string) (string, bool) {
	if !strings.HasPrefix(w, "ت") || len([]rune(w)) < 4 {
		return "", false
	}
	return "ي" + w[len("ت"):], true
}
