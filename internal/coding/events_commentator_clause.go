package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// beforeCommentator reports a hit of a sentence an expert speaks in that is
// the main clause's own act, told before the expert is named: «رفضت إيران
// تقريرا من خبراء الأمم المتحدة يقول إن …». The sentence is no commentary:
// the state's refusal is the news and the experts only its object. The hit
// is a verb whose actor is a party, not the commentator, and it stands
// before the speaker's phrase.
func (c *Coder) beforeCommentator(d *doc, h *hit, ev *marsad.Event) bool {
	sp := d.speakerOf[h.sent]
	if !h.trig.Verb || !linked(ev.Actor) || ev.Actor.Sector == "EDU" || c.commentator(speaker{name: ev.Actor.Name, actor: ev.Actor}) {
		return false
	}
	first := strings.Fields(arabic.Normalize(sp.name))
	if len(first) == 0 {
		return false
	}
	s := d.sents[h.sent]
	for k := s.a; k < s.b; k++ {
		if d.toks[k].Norm == first[0] || bareWord(d, k) == first[0] || strings.HasSuffix(d.toks[k].Norm, first[0]) {
			return h.last() < k
		}
	}
	return false
}

// wholeNameAt reports whether the words of a speaker's name all end at
// token i, not its last word alone: «مفوض حقوق الإنسان» is not named by the
// «حقوق الإنسان» of «خبراء حقوق الإنسان», so the experts' word does not
// make the commissioner a commentator (Coder.bystander).
func wholeNameAt(d *doc, words []string, i int) bool {
	for j := 1; j < len(words); j++ {
		k, w := i-j, words[len(words)-1-j]
		if k < 0 || d.toks[k].Kind != arabic.Word {
			return false
		}
		if b := bareWord(d, k); b != w && !strings.HasSuffix(b, w) {
			return false
		}
	}
	return true
}
