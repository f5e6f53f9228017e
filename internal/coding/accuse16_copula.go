package coding

import (
	"strings"

	"github.com/marsad/marsad"
)

// Judgements told with a copula, read in the eleventh session (accuse16):
// «قال الوزير إن الضربة الأمريكية تشكل انتهاكا للقانون الدولي», «وقالت
// طهران إن العقوبات الأمريكية تعد خرقا للاتفاق». The triggers are in
// lexicon_more.yaml (accuse16 block); like the other wrongs a speaker lays
// on a party (accuse_erred.go) they are `alleged`, so accuse_blame.go makes
// the speaker the accuser. What is judged is mostly an act named by its
// agent's nisba or genitive, not a party: this file finds that agent.

// copulaJudgement reports a hit of the copula triggers («يشكل/يمثل/يعد
// انتهاكا …»).
func copulaJudgement(h *hit) bool {
	return h.trig.Type == "ACCUSE" && h.trig.Alleged && strings.HasPrefix(h.trig.Source, "/يشكل|")
}

// copulaSubject returns the party whose act the speaker judges, the
// clause opened by the «إن/أن» at token from and closed by the trigger at
// i: a party named among its first three words (named, the first party
// partyIn found), else the country of a nisba or a place right after the
// head noun («إن الضربة الأمريكية على سوريا تشكل انتهاكا» → the United
// States, not Syria; «إن قرار واشنطن يمثل خرقا» → Washington), else the
// party partyIn found. Civilians are no accused («إن نقل السكان قسرا يشكل
// انتهاكا»: those moved, not who moves them): nil.
func (c *Coder) copulaSubject(d *doc, from, i int, first *marsad.Actor) *marsad.Actor {
	ws := d.wordsIn(from+1, i)
	for n, k := range ws {
		if n >= 3 {
			break
		}
		if m := d.mentionAt[k]; m >= 0 && linked(&d.mentions[m].Actor) {
			break // a party named first: partyIn read it
		}
		if n == 0 {
			continue // the head noun («الضربة») carries no nisba of its own
		}
		if pl := d.placeAt[k]; pl >= 0 && n == 1 && d.places[pl].Country != "" {
			p := d.places[pl] // the head noun's genitive: «قرار واشنطن»
			return &marsad.Actor{Name: p.Name, Country: p.Country, Sector: "GOV"}
		}
		if c.nisbaCountry(d, k, k+1) == "" {
			continue
		}
		p := np{a: ws[0], b: k + 1}
		name, _ := d.spanText(p.a, p.b)
		return c.nationalActor(d, p, name)
	}
	if first != nil && first.Sector == "CVL" {
		return nil
	}
	return first
}
