package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// advocacyClause reports a call or demand told by an imperfect verb in a
// relative clause: what a movement or a party stands for, or used to ask
// («حركة "خدمة" التي يرأسها تدعو إلى شكل سلمي من الإسلام», «مسيرة حق
// العودة، والتي يطالبون فيها بفك الحصار», «ترامب الذي كان يطالب بإطلاق
// سراحه»): a standing aim, not a request made in the news (ninth session,
// coerce11). The relative pronoun must be within three words before the
// verb, with no comma between; a perfect («التي طالبت أمس») stays.
func advocacyClause(d *doc, h *hit, ev *marsad.Event) bool {
	if ev.Type != "REQUEST" || !h.trig.Verb {
		return false
	}
	i := h.head()
	w := bareWord(d, i)
	if !strings.HasPrefix(w, "ي") && !strings.HasPrefix(w, "ت") {
		return false
	}
	s := d.sents[h.sent]
	for k, n := i-1, 0; k >= s.a && n < 3; k-- {
		t := d.toks[k]
		if t.Kind != arabic.Word {
			if t.Text == "،" || t.Text == "," || t.Text == "." || t.Text == ":" {
				return false
			}
			continue
		}
		n++
		switch bareWord(d, k) {
		case "التي", "الذي", "الذين", "اللتين", "اللذين", "اللواتي":
			return true
		}
	}
	return false
}
