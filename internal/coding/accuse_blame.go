package coding

import (
	"strings"

	"github.com/marsad/marsad"
)

// blame reports a hit of the blame triggers of lexicon_more.yaml: a party
// said to stand behind an attack or to be responsible for it («إن روسيا
// تقف وراء الهجوم», «أن النظام هو المسؤول عن القصف», «إن حماس تتحمل
// المسؤولية»), or to have erred or failed («إن كندا ارتكبت خطأ», «إن
// أمريكا فشلت بالالتزام بتعهداتها»: lexicon_round6.yaml).
func blame(h *hit) bool {
	if h.trig.Type != "ACCUSE" {
		return false
	}
	if h.trig.Alleged {
		return true // «إن إيران انتهكت الاتفاق», «إن قطر تمول الإرهاب» (accuse_erred.go)
	}
	for _, p := range []string{"/يقف ", "وقفت|وقفوا ", "هو|هي|هم ", "مسؤولة|مسؤولا", "/يتحمل ", "ارتكب/يرتكب خطأ", "فشل|فشلت|"} {
		if strings.HasPrefix(h.trig.Source, p) {
			return true
		}
	}
	return false
}

// blamed makes a blame hit the speaker's accusation: the one who says it is
// the actor, the party named before the trigger in the content clause the
// recipient. It reports false when the hit is no accusation: nobody speaks,
// or no party is named after «إن/أن» («تحديد الجهة المسؤولة عن الهجوم»).
func (c *Coder) blamed(d *doc, h *hit, ev *marsad.Event, fb *fallback) bool {
	i := h.head()
	sp := d.speakerOf[h.sent]
	who := d.speakerParty(sp)
	if who == nil {
		return false
	}
	s := d.sents[h.sent]
	ws := d.wordsIn(s.a, i)
	from := -1
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-8; k-- {
		w := bareWord(d, ws[k])
		if w == "انها" || w == "انه" || w == "انهم" {
			return false // «قال متحدث باسمها إنها الجماعة المسؤولة»: a claim, or a party named earlier
		}
		if w == "ان" || w == "بان" {
			from = ws[k]
			break
		}
	}
	vso := false
	if from < 0 {
		// «وقالت هايلي "تتحمل حركة حماس المسؤولية"», «وأضاف: "إيران تقف وراء
		// الهجوم"»: the speaker's own words open right before the party
		// (accuse_quoted.go)
		from, vso = quotedBlame(d, h)
	}
	if from < 0 || h.trig.Alleged && c.secondSpeaker(d, from, s.a) {
		return false
	}
	accused := d.partyIn(from, i)
	if copulaJudgement(h) {
		accused = c.copulaSubject(d, from, i, accused) // «إن الضربة الأمريكية تشكل انتهاكا» (accuse16_copula.go)
	}
	if accused == nil && vso {
		accused = d.partyIn(i, h.pos[1])
	}
	if accused == nil {
		return false
	}
	ev.Actor, ev.Recipient = who, accused
	if a := localSpeaker(d, from, s.a); a != nil && judgedFailure(h) {
		ev.Actor = a // «…، ورد عليه روحاني قائلا إن أمريكا فشلت …» (accuse_erred.go)
	}
	fb.actor, fb.recip = nil, nil
	return true
}

// partyIn returns the first linked party named in tokens [a,b) (a is the
// complementiser): an actor mention, a country, or a city that is the
// clause's subject («إن موسكو مسؤولة»), standing for its government.
func (d *doc) partyIn(a, b int) *marsad.Actor {
	ws := d.wordsIn(a+1, b)
	for n, k := range ws {
		if m := d.mentionAt[k]; m >= 0 && linked(&d.mentions[m].Actor) {
			return d.mentionActor(int(m))
		}
		if p := d.placeAt[k]; p >= 0 && d.places[p].Country != "" && (d.places[p].Kind == "country" || n == 0) {
			pl := d.places[p]
			return &marsad.Actor{Name: pl.Name, Country: pl.Country, Sector: "GOV"}
		}
	}
	return nil
}

// impersonal reports an ACCUSE hit of a verdict with no subject of its own
// («لا يمكن التسامح مع …», «لا يمكن تبرير …»): whoever says it condemns.
func impersonal(h *hit) bool {
	return h.trig.Type == "ACCUSE" && strings.HasPrefix(h.trig.Source, "لا|ولا ")
}

// speakerCondemns gives an impersonal verdict the sentence's speaker as its
// actor («وقال ترودو في بيان "إن الاستخدام المفرط للقوة لا يمكن التسامح
// فيه"») when what was read as its subject is no known party («والذخيرة
// الحية») or the people the verdict is about («المتظاهرين»); a party named
// next to the verdict stays («بينما اعتبر ماتيس …»).
func speakerCondemns(d *doc, h *hit, ev *marsad.Event, fb *fallback) {
	if linked(ev.Actor) && ev.Actor.Sector != "CVL" {
		return
	}
	if sp := d.speakerOf[h.sent]; sp.name != "" {
		ev.Actor, fb.actor = sp.toActor(), nil
	}
}
