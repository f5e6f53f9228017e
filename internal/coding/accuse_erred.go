package coding

import (
	"strings"

	"github.com/marsad/marsad"
)

// Stances stated inside reported speech, read in the twelfth session: a
// party the speaker says erred or failed («إن كندا ارتكبت خطأ», «إن أمريكا
// فشلت بالالتزام بتعهداتها»); the triggers are in lexicon_round6.yaml.

// judgedFailure reports a hit of the triggers of an error or a failure
// judged (lexicon_round6.yaml), which accuse_blame.go codes as the
// speaker's accusation of the party named after «إن/أن».
func judgedFailure(h *hit) bool {
	return h.trig.Type == "ACCUSE" && (h.trig.Alleged || strings.HasPrefix(h.trig.Source, "ارتكب/يرتكب خطأ") || strings.HasPrefix(h.trig.Source, "فشل|فشلت|"))
}

// erred reports a hit of an error judged («ارتكبت خطأ»): its object is
// the error, what follows it is no content of the act.
func erred(h *hit) bool {
	return judgedFailure(h) && strings.HasPrefix(h.trig.Source, "ارتكب/")
}

// dropUnjudged removes from the hits of a sentence those of an error or a
// failure that no speaker lays on a party named after «إن/أن» («فشلت
// الميليشيا في إطلاق صاروخ», «بعد فشل المفاوضات في …», «إنهم ارتكبوا
// خطأ»): told by the narrator they are no act, and as verbs they would
// else take the subject or the object of the act they govern.
func (c *Coder) dropUnjudged(d *doc, hits []hit) []hit {
	out := hits[:0]
	for _, h := range hits {
		if h.trig.Alleged && (strings.Contains(h.clitic, "ال") || strings.HasPrefix(h.clitic, "ب") || strings.HasPrefix(h.clitic, "ل")) {
			continue // «داهمت وكر المتورطين»: those involved, a noun, no charge
		}
		if judgedFailure(&h) {
			var ev marsad.Event
			var fb fallback
			if !c.blamed(d, &h, &ev, &fb) || oneSide(ev.Actor, ev.Recipient) {
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

// oneSide reports an accuser and an accused of one country and sector:
// the sentence's first speaker is not the one who judges («ترامب قال …،
// ورد عليه روحاني قائلا إن أمريكا فشلت …»), or a party judges itself.
func oneSide(a, b *marsad.Actor) bool {
	return a != nil && b != nil && a.Country != "" && a.Country == b.Country && a.Sector == b.Sector
}

// sayingWords are the participles of saying that lead into «إن/أن» right
// after the one who speaks: «ورد عليه روحاني قائلا إن …».
var sayingWords = wordSet([]string{"قائلا", "قائلة", "مضيفا", "مضيفة", "مؤكدا", "مؤكدة", "معتبرا", "معتبرة", "مشيرا", "مشيرة", "موضحا", "موضحة"})

// localSpeaker returns the party named right before a participle of saying
// that stands before the «إن/أن» at token from («وهو الأمر الذي رد عليه
// الرئيس الإيراني حسن روحاني قائلا إن …»): in a sentence that reports
// two speakers, the one who says this clause, where the sentence's
// speaker is its first. It returns nil when there is none.
func localSpeaker(d *doc, from, start int) *marsad.Actor {
	k := from - 1
	if k-1 < start || !sayingWords[bareWord(d, k)] {
		return nil
	}
	p := k - 1
	if d.toks[p].Text == "،" || d.toks[p].Text == "," {
		p--
	}
	if p < start {
		return nil
	}
	if m := d.mentionAt[p]; m >= 0 && linked(&d.mentions[m].Actor) {
		return d.mentionActor(int(m))
	}
	return nil
}

// secondSpeaker reports, for the «إن/أن» at token from, a finite verb of
// saying nearer to it than the sentence's first one, with a subject of its
// own before or after it («وقالت الوكالة إن …، إلا أن تقارير أخرى أكدت
// أن مناصرين للحزب متورطون»): that clause is another's, not the
// speaker's. A participle of saying («مضيفة أن») or a verb joined by «و»
// with no subject («وأكد أن») continues the first speaker.
func (c *Coder) secondSpeaker(d *doc, from, start int) bool {
	first := -1
	for k := start; k < from; k++ {
		if c.reportingAt(d, k) {
			first = k
			break
		}
	}
	if first < 0 {
		return false
	}
	for k := from - 1; k > first; k-- {
		if !c.reportingAt(d, k) || sayingWords[bareWord(d, k)] {
			continue
		}
		// «…، إلا أن تقارير أخرى أكدت أن»: a subject before it; «ثم
		// أكد المصدر أن»: one after it
		w := d.toks[k].Norm
		return len(d.wordsIn(k+1, from)) > 0 || !strings.HasPrefix(w, "و") && !strings.HasPrefix(w, "ف")
	}
	return false
}
