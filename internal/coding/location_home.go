package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// policeAtHome places an arrest or a release by a country's police, courts
// or government in that country when the event's sentence names no place:
// «وقالت النيابة البلجيكية إن فرنسا تعتقل شخصا» told in a story from
// Brussels happened in France. It returns nil when the location stands.
func (c *Coder) policeAtHome(d *doc, h *hit, ev *marsad.Event, who *marsad.Actor) *marsad.Place {
	if h.trig.Type != "COERCE" && h.trig.Type != "RETREAT" {
		return nil
	}
	if who == nil || who.Country == "" || (who.Sector != "POL" && who.Sector != "JUD" && who.Sector != "GOV") {
		return nil
	}
	if ev.Location != nil && (ev.Location.Country == who.Country || d.ownPlace(h.sent, ev.Location)) {
		return nil
	}
	return d.homePlace(h, who)
}

// speakerAtHome places a statement or a decision by a party of one country
// in that country when its sentence names no place and the place carried
// from the sentences before belongs to another country: «… القنصلية
// الأمريكية في البصرة. كما أعلن بومبيو أن الولايات المتحدة انسحبت من
// المعاهدة» was announced in the United States, not in Basra.
func (c *Coder) speakerAtHome(d *doc, h *hit, ev *marsad.Event, who *marsad.Actor) *marsad.Place {
	if (!verbal(h.trig.Type) && h.trig.Type != "SANCTION") || h.trig.Type == "AGREE" || ev.Symmetric {
		return nil // an agreement is made where the two sides met
	}
	if who == nil || who.Country == "" || ev.Location == nil || ev.Location.Country == who.Country || d.ownPlace(h.sent, ev.Location) {
		return nil
	}
	return d.homePlace(h, who)
}

// notAtTarget moves a statement away from the place it is addressed to: a
// capital or country named as the recipient («دعا الملك سلمان باريس»,
// «حذرت المنظمة طهران») is the party spoken to, not where the speaker
// stood; the speaker's country, when the article names it, is. An
// agreement is made where the sides met and stays.
func (c *Coder) notAtTarget(d *doc, h *hit, ev *marsad.Event, who *marsad.Actor) *marsad.Place {
	if !verbal(h.trig.Type) || h.trig.Type == "AGREE" || ev.Location == nil || ev.Recipient == nil || who == nil || who.Country == "" {
		return nil
	}
	if ev.Location.Country == who.Country || (ev.Location.Kind != marsad.KindCity && ev.Location.Kind != marsad.KindCountry) {
		return nil
	}
	if !strings.Contains(arabic.Normalize(ev.Recipient.Name), arabic.Normalize(ev.Location.Name)) {
		return nil
	}
	return d.homePlace(h, who)
}

// ownPlace reports whether pl is named in sentence si (not in the
// newsroom header).
func (d *doc) ownPlace(si int, pl *marsad.Place) bool {
	return pl.End > pl.Start && pl.Start >= d.sents[si].cstart && pl.End <= d.sents[si].cend && !d.headerPlace(pl)
}

// envoyWords name a party's envoys (normalised): they act abroad.
var envoyWords = []string{"سفاره", "سفير", "قنصل", "مندوب", "مبعوث", "بعثه"}

// homePlace returns the country-level place of the party who acts in h:
// the article's own mention of its country when there is one, else, for
// an act a party performs at home (a statement or decision, an arrest or
// release by its police, courts or government), the gazetteer's country —
// a party known only through a nisba or an organisation («الأمن العام
// اللبناني», «الخارجية الإيرانية»). A material act (an attack, a meeting)
// is as often abroad and needs the country named. A country is never a
// point.
func (d *doc) homePlace(h *hit, who *marsad.Actor) *marsad.Place {
	if pl := d.countryPlace(who.Country); pl != nil {
		return pl
	}
	t := h.trig.Type
	police := (t == "COERCE" || t == "RETREAT") && (who.Sector == "POL" || who.Sector == "JUD" || who.Sector == "GOV")
	if !verbal(t) && t != "SANCTION" && !police {
		return nil
	}
	name := arabic.Normalize(who.Name)
	for _, w := range envoyWords {
		if strings.Contains(name, w) {
			return nil // «السفارة البريطانية», «المبعوث الأمريكي»: a party's envoys speak abroad
		}
	}
	if d.placer == nil {
		return nil
	}
	pl, ok := d.placer.CountryPlace(who.Country)
	if !ok {
		return nil
	}
	return &pl
}
