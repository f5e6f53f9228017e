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

// judgedByNisba is the party judged when no party is named after the
// judge: the thing judged right after the judge, of another country by its
// nisba («ووصف المتحدث الإيراني القرار الأمريكي بأنه سخيف»: the United
// States), as the guidelines read «القوات الأمريكية».
func (c *Coder) judgedByNisba(d *doc, h *hit, judge np) np {
	if !judge.ok() || judge.actor == nil || judge.actor.Country == "" {
		return np{}
	}
	s := d.sents[h.sent]
	k := judge.b
	if k < s.b && (d.toks[k].Text == "،" || d.toks[k].Text == ",") {
		k++ // «وصف الزعيم الكردي صالح مسلم، الاتهامات التركية بالكاذبة»
	}
	k = c.skipAdverbs(d, k, s.b)
	if k >= s.b || k > h.last()+6 {
		return np{}
	}
	p := c.phraseAt(d, k, s.b)
	if !p.ok() && d.toks[k].Kind == arabic.Word && !c.isStop(d, k) {
		// the thing judged is a trigger word («الاتهامات التركية»): no
		// phrase of its own, but its nisba within two words still names
		for e := k + 1; e < s.b && e <= k+2 && d.toks[e].Kind == arabic.Word; e++ {
			if c.nisbaCountry(d, e, e+1) != "" {
				p = np{a: k, b: e + 1}
				break
			}
		}
	}
	if !p.ok() || p.a > h.last()+6 {
		return np{}
	}
	a := p.actor
	if a == nil {
		name, _ := d.spanText(p.a, p.b)
		a = c.nationalActor(d, p, name)
	}
	if a == nil || a.Country == "" || a.Country == judge.actor.Country {
		return np{}
	}
	p.actor = a
	return p
}

// quotedSlot reports a quotation mark at token i before a word: a phrase
// trigger's next word may open a quotation («أعربت الخارجية عن "خيبة
// أملها"», «عبر عن "استيائه"»), and the mark does not part the phrase.
// Only stances are read so: a quoted «التوصل إلى "تسوية"» is mostly a
// settlement still far off.
func quotedSlot(d *doc, i, end int) bool {
	if i+1 >= end || d.toks[i].Kind != arabic.Punct || d.toks[i+1].Kind != arabic.Word {
		return false
	}
	_, ok := quoteMarks[d.toks[i].Text]
	return ok
}

// stance reports the verbal types that state a stance toward another party.
func stance(typ string) bool {
	switch typ {
	case "ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT":
		return true
	}
	return false
}
