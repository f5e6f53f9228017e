package coding

import (
	"slices"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// seatHeads are nouns of a local body that sits in the town it is named for:
// a court, prosecution, police force, municipality, governor, university,
// prison or port. «محكمة جنايات القاهرة» acts in Cairo, «شرطة دبي» in Dubai.
// A capital standing for its government («طالبت الدوحة», «سفير باريس») is
// no such body and keeps the place out.
var seatHeads = wordSet(append(slices.Clip(seatNouns), "المحكمه", "جنح", "ميناء"))

// seatNouns are the seat nouns seatHeads and townSeatHeads share
// (wordSet normalizes them as bareWord does: «استئناف» is «استيناف»).
var seatNouns = []string{"محكمه", "جنايات", "استئناف", "نيابه", "شرطه", "بلديه", "محافظ", "جامعه", "سجن"}

// seatHeaded reports a town or province named inside the event's actor
// right after a seat noun («أصدرت محكمة جنايات القاهرة حكما»): the actor
// acts there, so the town may be the event's location although the linker
// read it as part of a party. A seat named in another party of the sentence
// («… المستشار فلان رئيس محكمة جنايات القاهرة») places nothing (loc14).
func seatHeaded(d *doc, p *docPlace, actor *marsad.Actor) bool {
	a := p.a
	if actor == nil || a == 0 || d.toks[a-1].Kind != arabic.Word || d.mentionAt[a-1] < 0 || d.mentionAt[a-1] != d.mentionAt[a] {
		return false
	}
	if p.Kind == marsad.KindCountry || p.Kind == marsad.KindRegion {
		return false // «شرطة مصر», «جامعة الخليج»: a country or region is no seat
	}
	if !seatHeads[bareWord(d, a-1)] {
		return false
	}
	name, _ := d.spanText(p.a, p.b)
	return name != "" && strings.Contains(actor.Name, name)
}

// localSources are the seat nouns whose holder tells of acts in their own
// town: a governor, a police force, a municipality, a health directorate or
// a hospital. «وقال محافظ أربيل إن مسلحين اقتحموا مبنى المحافظة» happened
// in Erbil; «قال السفير في واشنطن إن غارة …» did not happen in Washington.
var localSources = map[string]bool{
	"محافظ": true, "شرطه": true, "بلديه": true, "صحه": true, "مستشفي": true,
}

// localSource reports a town or province right after a local source noun
// («قال نائب محافظ أربيل إن …»): a material act it tells of happened there,
// though the place stands in the reporting frame before the trigger (loc14).
func localSource(d *doc, h *hit, p *docPlace) bool {
	a := p.a
	if verbal(h.trig.Type) || a == 0 || p.b > h.head() || d.toks[a-1].Kind != arabic.Word {
		return false
	}
	if p.Kind == marsad.KindCountry || p.Kind == marsad.KindRegion {
		return false
	}
	return localSources[bareWord(d, a-1)]
}

// notAtTargetsPlace moves a statement away from a place that only says
// where its addressee is: «السفير الأميركي لدى إسرائيل», «الرأي العام في
// إسرائيل» right after the recipient. The speaker stood in his own country,
// when the article names it, not there (loc14). An agreement stays where
// the sides met; a threat stays at what it menaces; an international body's
// seat may be where the speaker went.
func (c *Coder) notAtTargetsPlace(d *doc, h *hit, ev *marsad.Event, who *marsad.Actor, recip np) *marsad.Place {
	if !verbal(h.trig.Type) || h.trig.Type == "AGREE" || ev.Location == nil || who == nil || who.Country == "" || !recip.ok() {
		return nil
	}
	if ev.Location.Country == who.Country || recip.a <= h.last() || h.trig.Type == "THREATEN" {
		return nil // a threat is placed at what it menaces («تحذر القوات الأمريكية في منبج»)
	}
	if ev.Recipient != nil && (ev.Recipient.Sector == "IGO" || (ev.Recipient.Country == "" && ev.Location.Kind != marsad.KindCountry)) {
		return nil // «المحكمة الجنائية الدولية في لاهاي»: a body's seat, where a speaker may have gone
	}
	for k := range d.places {
		p := &d.places[k]
		if p.Start != ev.Location.Start || p.End != ev.Location.End || p.a < 1 {
			continue
		}
		if w := d.toks[p.a-1].Norm; (w == "لدي" || w == "في") && p.a-1 >= recip.a && p.a-1 <= recip.b {
			return d.homePlace(h, who)
		}
	}
	return nil
}

// originPlace reports a place told as where a path starts: «من» before it
// and «إلى» with another place a few words after, in the same clause
// («التعزيزات من صنعاء وذمار إلى الحديدة», «نقل السفارة من تل أبيب إلى
// القدس»). Reinforcements are sent to, a convoy is struck on its way to,
// the place after «إلى»; the origin is the event's place only when the
// sentence names no other (loc14). The caller asks it for movements of
// force and aid only: a man arrested «أثناء عبوره من اليمن إلى عمان» was
// arrested at the start of his path, and a statement about a path is made
// at neither end.
func originPlace(d *doc, p *docPlace, end int) bool {
	k := p.a - 1
	for k >= 0 && k >= p.a-5 && (d.placeAt[k] >= 0 || d.toks[k].Norm == "و") {
		k-- // «من صنعاء وذمار»: a place joined to an origin is one too
	}
	if k < 0 || d.toks[k].Norm != "من" {
		return false
	}
	for k := p.b; k < end && k < p.b+6; k++ {
		switch d.toks[k].Norm {
		case "،", ".", ":", "؛":
			return false
		case "الي", "والي":
			for j := k + 1; j < end && j <= k+3; j++ {
				if d.placeAt[j] >= 0 {
					return true
				}
			}
			return false
		}
	}
	return false
}

// townSeatHeads are the seat nouns whose town the place layer may drop as
// part of the body's name (geo15): a police force, a municipality, a
// governor, a court, a prosecution, a university, a prison.
var townSeatHeads = wordSet(append(slices.Clip(seatNouns), "مديريه"))

// townFillers are the words that may stand between a seat noun and its
// town («شرطة منطقة الرياض»).
var townFillers = map[string]bool{"منطقه": true, "مدينه": true}

// seatTown places an event whose actor is a local body named after its town
// («قالت شرطة الرياض إنها اعتقلت …», «أعلن محافظ البصرة …») in that town
// when the sentence names no place more specific than a country: the body
// acts where it sits. A police force, municipality or governor telling of a
// material act («أوردت شرطة إسطنبول أنها اعتقلت …») places it too, as
// localSource does for a town the place layer keeps. The town inside the body's name is no place mention
// (the place layer reads it as part of a party), so the gazetteer is asked
// for a city or town of that name in the actor's country (geo15).
func (c *Coder) seatTown(d *doc, h *hit, ev *marsad.Event, who *marsad.Actor) *marsad.Place {
	if d.placer == nil || (ev.Location != nil && ev.Location.Kind != marsad.KindCountry) {
		return nil
	}
	var isos []string
	switch {
	case who != nil && who.Country != "":
		isos = []string{who.Country}
	case ev.Location != nil:
		isos = []string{ev.Location.Country}
	default:
		isos = d.storyCountries() // «وقال مدير شرطة البصرة …» in a story that names Iraq
	}
	if ev.Location != nil && (len(isos) == 0 || ev.Location.Country != isos[0]) {
		return nil // «شرطة الرياض» telling of an act the sentence puts in Turkey
	}
	s := d.sents[h.sent]
	for k := s.a; k+1 < s.b; k++ {
		if w := bareWord(d, k); d.toks[k].Kind != arabic.Word || (!townSeatHeads[w] && !seatHeads[w]) {
			continue
		}
		t := k + 1
		if townFillers[d.toks[t].Norm] && t+1 < s.b {
			t++
		}
		if d.toks[t].Kind != arabic.Word {
			continue
		}
		name, _ := d.spanText(k, t+1)
		town := d.toks[t].Text
		told := localSources[bareWord(d, k)] && !verbal(h.trig.Type) && t < h.head()
		actor := who != nil && (strings.Contains(who.Name, strings.TrimPrefix(name, "و")) || who.Name == town)
		subject := who == nil && k == h.last()+1 // «اعتقلت شرطة دبي …» with no party read
		if !told && !actor && !subject {
			continue // the body must be the actor or tell of the act: «… رئيس جامعة القاهرة» elsewhere places nothing
		}
		if j := d.placeAt[t]; j >= 0 {
			if p := d.places[j]; (p.Kind == marsad.KindCity || p.Kind == marsad.KindTown) && (ev.Location == nil || p.Country == ev.Location.Country) {
				pl := p.Place
				return &pl // «محكمة استئناف طرابلس» read as the party «طرابلس»
			}
			continue
		}
		for _, iso := range isos {
			if pl, ok := d.placer.CityPlace(town, iso); ok {
				return &pl
			}
		}
	}
	return nil
}

// storyCountries returns the countries of the article's places, in text
// order, each once.
func (d *doc) storyCountries() []string {
	var out []string
	seen := map[string]bool{}
	for k := range d.places {
		if c := d.places[k].Country; c != "" && !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	return out
}
