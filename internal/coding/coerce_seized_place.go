package coding

import (
	"strings"

	"github.com/marsad/marsad"
)

// seizedPlace reports a place that starts inside a capture's trigger
// phrase or right after it: the place taken is where the capture happened
// («وكانت قوات النظام قد بدأت الأحد هجوما … في محافظة القنيطرة بعدما
// استعادت أكثر من 90 بالمئة من محافظة درعا»: Daraa, not Quneitra, named
// nearer the verb; «واستعادت قرى المدب»). Ninth session, coerce11.
func seizedPlace(h *hit, at int) bool {
	if h.trig.Type != "COERCE" || h.trig.Mode != "seize" || len(h.pos) < 2 {
		return false
	}
	return at > h.head() && at <= h.last()+2
}

// percentNoParty clears a capture's recipient that is a share of land
// («استعادت أكثر من 90 بالمئة من محافظة درعا» read «90 بالمئة» as the
// party acted upon): a percentage is no party.
func percentNoParty(ev *marsad.Event) {
	if ev.Type != "COERCE" || ev.Mode != "seize" || ev.Recipient == nil {
		return
	}
	for _, w := range []string{"بالمئة", "بالمائة", "في المئة", "في المائة", "%", "٪"} {
		if strings.Contains(ev.Recipient.Name, w) {
			ev.Recipient = nil
			return
		}
	}
}

// keptDetainee gives a detention kept by a decision («وأقرت محكمة أخرى
// استمرار حبس القس», «وقررت المحكمة تمديد حبس برونسون») the phrase after
// the detention noun as its recipient: the phrase's verb opens it, so the
// verb reading finds the object only before the gap's subject
// (data/lexicon_more.yaml, coerce11 entries).
func (c *Coder) keptDetainee(d *doc, h *hit, ev *marsad.Event, fb *fallback) {
	if ev.Type != "COERCE" || !strings.HasPrefix(h.trig.Source, "قرر/يقرر|أقر/يقر|قضى/يقضي ") || linked(ev.Recipient) {
		return
	}
	p := c.phraseAt(d, h.last()+1, d.sents[h.sent].b)
	if !p.ok() {
		return
	}
	if p.actor != nil {
		ev.Recipient = p.actor
	} else if name, _ := d.spanText(p.a, p.b); name != "" {
		ev.Recipient = &marsad.Actor{Name: name}
	}
	fb.recip = nil
}
