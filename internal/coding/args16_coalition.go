package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// A coalition is told by who leads it: «التحالف الذي تقوده السعودية»,
// «التحالف الدولي بقيادة الولايات المتحدة», «قوات التحالف التي تقودها
// الرياض». The coalition is its leader's side: a bare «التحالف» the actor
// layer gave the story's country («التحالف» YEM in a Yemeni story, SYR in
// a Syrian one) has the leader's country, and the leader named in that
// relative clause is no recipient of the coalition's own act («ويتهم
// التحالف الذي تقوده السعودية … إيران» had Saudi Arabia as the one
// accused). The leader is read once for the story, and only when every
// coalition it names has the same one.

var (
	leadRelatives = wordSet([]string{"الذي", "التي", "الذى"})
	leadVerbs     = wordSet([]string{"تقوده", "تقودها", "يقوده", "يقودها"})
	leadNoun      = arabic.Normalize("بقيادة")
	coalitionWord = arabic.Normalize("تحالف")
)

// coalitionLeader returns the country of the story's coalition leader and
// the leader's name as told; "" when the story names none or two.
func coalitionLeader(d *doc) (code, name string) {
	for k := range d.toks {
		if !strings.HasSuffix(d.toks[k].Norm, "ال"+coalitionWord) {
			continue
		}
		end := min(len(d.toks), k+7)
		for j := k + 1; j < end; j++ {
			t := d.toks[j]
			if t.Kind == arabic.Punct && t.Text != "،" && t.Text != "\"" {
				break
			}
			x := -1
			if leadRelatives[t.Norm] && j+2 < len(d.toks) && leadVerbs[d.toks[j+1].Norm] {
				x = j + 2
			} else if t.Norm == leadNoun && j+1 < len(d.toks) {
				x = j + 1
			}
			if x < 0 {
				continue
			}
			c, n := leaderAt(d, x)
			if c == "" {
				break
			}
			if code != "" && c != code {
				return "", ""
			}
			code, name = c, n
			break
		}
	}
	return code, name
}

// leaderAt returns the country a state named at token x stands for: a
// country's dictionary entry, or a capital or country the place layer
// found there.
func leaderAt(d *doc, x int) (code, name string) {
	if m := d.mentionAt[x]; m >= 0 {
		mm := d.mentions[m]
		if mm.Actor.ID != "" && mm.Actor.ID == mm.Actor.Country && mm.TokStart == x {
			n, _ := d.spanText(mm.TokStart, mm.TokEnd)
			return mm.Actor.Country, n
		}
		return "", ""
	}
	if p := d.placeAt[x]; p >= 0 {
		pl := d.places[p]
		if pl.a == x && pl.Country != "" && (pl.Kind == marsad.KindCity || pl.Kind == marsad.KindCountry) {
			n, _ := d.spanText(pl.a, pl.b)
			return pl.Country, n
		}
	}
	return "", ""
}

// coalitionSide gives a coalition actor or recipient of another country
// its leader's country, and drops the leader as the recipient of the
// coalition's act.
func coalitionSide(d *doc, evs []marsad.Event) {
	code, name := "", ""
	read := false
	for k := range evs {
		e := &evs[k]
		if !coalitionParty(e.Actor) && !coalitionParty(e.Recipient) {
			continue
		}
		if !read {
			code, name = coalitionLeader(d)
			read = true
		}
		if code == "" {
			return
		}
		if kurdishAlliance(d, e.Evidence) {
			continue // «قوات سوريا الديمقراطية، التحالف الكردي العربي»: another alliance
		}
		for _, p := range []**marsad.Actor{&e.Actor, &e.Recipient} {
			if a := *p; coalitionParty(a) && a.Country != code {
				b := *a // the actor may be shared with a quote or a mention
				b.ID, b.Country, b.Sector = "", code, "MIL"
				*p = &b
			}
		}
		if coalitionParty(e.Actor) && e.Recipient != nil && (e.Recipient.ID == code || e.Recipient.Name == name) {
			e.Recipient = afterLeader(d, e.Evidence[0]) // «التحالف الذي تقوده السعودية»: its own leader
		}
	}
}

// afterLeader returns the party named right after the relative clause that
// names the coalition's leader in the event's first sentence: the verb's
// object in «ويتهم التحالف الذي تقوده السعودية طهران بتهريب …» is Tehran,
// which the recipient reading passed over for the leader; nil when the
// clause is followed by anything else («… غارات على …»).
func afterLeader(d *doc, ev marsad.Span) *marsad.Actor {
	for k := range d.mentions {
		m := d.mentions[k]
		if m.TokStart < 1 || d.toks[m.TokStart].CStart < ev.Start || d.toks[m.TokStart].CEnd > ev.End {
			continue
		}
		if !leadVerbs[d.toks[m.TokStart-1].Norm] || m.TokEnd >= len(d.toks) {
			continue
		}
		if next := d.mentionAt[m.TokEnd]; next >= 0 && d.mentions[next].TokStart == m.TokEnd {
			return d.mentionActor(int(next))
		}
		return nil
	}
	return nil
}

// coalitionParty reports a party named as the coalition («التحالف»,
// «قوات التحالف», «طيران التحالف») that is armed or has no sector: not a
// political alliance («التحالف الوطني», PTY).
func coalitionParty(a *marsad.Actor) bool {
	if a == nil || (a.Sector != "" && a.Sector != "MIL") {
		return false
	}
	for _, w := range strings.Fields(arabic.Normalize(a.Name)) {
		if strings.HasSuffix(w, "ال"+coalitionWord) {
			return true
		}
	}
	return false
}

// kurdishAlliance reports evidence that calls a Kurdish-led alliance «التحالف»
// («التحالف الكردي العربي»): not the coalition its leader leads.
func kurdishAlliance(d *doc, spans []marsad.Span) bool {
	runes := []rune(d.text)
	for _, sp := range spans {
		if sp.Start < 0 || sp.End > len(runes) || sp.Start >= sp.End {
			continue
		}
		text := string(runes[sp.Start:sp.End])
		if strings.Contains(text, "التحالف الكردي") || strings.Contains(text, "التحالف العربي الكردي") {
			return true
		}
	}
	return false
}
