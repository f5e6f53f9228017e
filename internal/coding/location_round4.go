package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// actingPlace reports whether pl is a place name that the sentence reads
// as a party («مقتل 118 فلسطينيا برصاص جنود إسرائيليين» placed at
// «إسرائيل» because Israel acts): the party's country, not a place the
// sentence names for the act.
func (d *doc) actingPlace(pl *marsad.Place) bool {
	for k := range d.places {
		if p := &d.places[k]; p.Start == pl.Start && p.End == pl.End {
			return d.mentionAt[p.a] >= 0
		}
	}
	return false
}

// attackAbroad moves an attack by an army (or by a party named by its
// weapons, «بالرصاص الإسرائيلي») that took its attacker's country only
// because the article names that country («قتل 34 فلسطينيا بالرصاص
// الإسرائيلي» placed in Israel) to the place the story tells it in: the
// last place named in the three sentences before, else the first one named
// in the two sentences after, when its own sentence names none. An attack
// is as often abroad as at home; the attacker's name says nothing of where
// it struck. It returns nil when the location stands.
func (c *Coder) attackAbroad(d *doc, h *hit, ev *marsad.Event, who *marsad.Actor) *marsad.Place {
	if h.trig.Type != "ASSAULT" || who == nil || who.Country == "" || ev.Location == nil {
		return nil
	}
	if who.Sector != "MIL" && !armedName(who.Name) {
		return nil
	}
	if ev.Location.Kind != marsad.KindCountry || ev.Location.Country != who.Country {
		return nil
	}
	if d.ownPlace(h.sent, ev.Location) && !d.actingPlace(ev.Location) {
		return nil // «شنت إسرائيل غارات في إسرائيل»: the sentence names it as the place
	}
	s := d.sents[h.sent]
	for k := range d.places {
		if p := &d.places[k]; p.a >= s.a && p.b <= s.b && !p.header && d.mentionAt[p.a] < 0 {
			return nil // «هجوم على الجانب التشادي من بحيرة تشاد»: the sentence names where
		}
	}
	from := d.sents[max(0, h.sent-3)].a
	for k := len(d.places) - 1; k >= 0; k-- {
		if p := &d.places[k]; p.b <= s.a && p.a >= from && !p.header && d.mentionAt[p.a] < 0 {
			pl := p.Place
			return &pl
		}
	}
	end := d.sents[min(len(d.sents)-1, h.sent+2)].b
	for k := range d.places {
		if p := &d.places[k]; p.a >= s.b && p.b <= end && !p.header && d.mentionAt[p.a] < 0 {
			pl := p.Place
			return &pl
		}
	}
	return nil
}

// grievanceWords open what an act answers or protests (normalised):
// «رفضا لافتتاح السفارة في القدس», «احتجاجا على», «تنديدا بـ», «تضامنا
// مع». A demand («للمطالبة برفع الحصار عن غزة») often names the very place.
var grievanceWords = normSet("رفضا", "احتجاجا", "تنديدا", "استنكارا", "تضامنا", "للتنديد", "للاحتجاج")

// grievance reports whether the place starting at token p lies in what
// the material act of h answers, after a grievance word that follows the
// trigger in its sentence: «قتل 62 خلال تظاهرات، رفضا لافتتاح السفارة
// الأميركية في القدس» happened where the protest was, not in Jerusalem. A
// statement is placed by its speaker (location_home.go), and the cognate
// object of a verb («نرفض رفضا قاطعا») opens nothing.
func (d *doc) grievance(h *hit, p int) bool {
	if p <= h.last() || verbal(h.trig.Type) || h.trig.Type == "SANCTION" {
		return false
	}
	for k := h.last() + 1; k < p; k++ {
		if t := d.toks[k].Text; t == "." || t == "؛" {
			return false
		}
		w := bareWord(d, k)
		if grievanceWords[w] && !strings.Contains(d.toks[k-1].Norm, string([]rune(w)[:3])) {
			return true
		}
	}
	return false
}

// kindRank orders place kinds from the widest to the most specific.
var kindRank = map[string]int{
	marsad.KindCountry: 1, marsad.KindRegion: 2, marsad.KindProvince: 3, marsad.KindDistrict: 4,
	marsad.KindCity: 5, marsad.KindTown: 6, marsad.KindVillage: 7, marsad.KindSite: 8,
}

// containerWords may stand between a place and the wider place it lies in
// (normalised): «قيفة في البيضاء», «جبالي، شمالي قطاع غزة», «مارع بريف
// حلب».
var containerWords = normSet("في", "،", ",", "(", "محافظة", "بمحافظة", "مدينة", "بمدينة", "ولاية", "بولاية", "ريف", "بريف", "منطقة", "بمنطقة",
	"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "بشمال", "بجنوب", "بشرق", "بغرب", "بوسط")

// container reports whether the place starting at token p only says where
// a more specific place named right before it lies («نفذت المقاومة بجبهة
// قيفة في البيضاء كمينا»): the event is at the specific one, which the
// sentence names too.
func (d *doc) container(p int) bool {
	k := d.placeAt[p]
	if k < 0 {
		return false
	}
	y := &d.places[k]
	for j := k - 1; j >= 0; j-- {
		x := &d.places[j]
		if x.b > y.a {
			continue
		}
		if y.a-x.b > 3 || x.header || d.mentionAt[x.a] >= 0 || x.Country != y.Country || kindRank[x.Kind] <= kindRank[y.Kind] {
			return false
		}
		for t := x.b; t < y.a; t++ {
			if !containerWords[d.toks[t].Norm] {
				return false
			}
		}
		return true
	}
	return false
}

// unlinkedPlace returns a town or city of the sentence that the entity
// tagger took for a party the actor dictionary does not know («في مديرية
// باقم شمالي محافظة صعدة», باقم tagged as a name): it is a place, more
// specific than the wider one of the same country the event took, and a
// material act happened there. It returns nil when the location stands.
func (c *Coder) unlinkedPlace(d *doc, h *hit, ev *marsad.Event) *marsad.Place {
	if verbal(h.trig.Type) || ev.Location == nil {
		return nil
	}
	if ev.Location.Kind != marsad.KindCountry && ev.Location.Kind != marsad.KindProvince && ev.Location.Kind != marsad.KindRegion {
		return nil
	}
	s := d.sents[h.sent]
	for k := range d.places {
		p := &d.places[k]
		if p.a < s.a || p.b > s.b || p.header || p.Country != ev.Location.Country || kindRank[p.Kind] <= kindRank[ev.Location.Kind] {
			continue
		}
		m := d.mentionAt[p.a]
		if m < 0 || linked(&d.mentions[m].Actor) || d.mentions[m].Actor.ID != "" || d.mentions[m].TokEnd != p.b {
			continue
		}
		pl := p.Place
		return &pl
	}
	return nil
}

// saidElsewhere moves a statement that took a place of what it says
// («وطالب الرئيس الفلسطيني بأن تتولى الحكومة الأمن في قطاع غزة», a place
// past a complementiser after the trigger) to its speaker's country when
// that place lies in another country: a statement is made where its
// speaker stands (an envoy's excepted). It returns nil when the location
// stands.
func (c *Coder) saidElsewhere(d *doc, h *hit, ev *marsad.Event, who *marsad.Actor) *marsad.Place {
	t := h.trig.Type
	if !verbal(t) || t == "ACCUSE" || t == "AGREE" || t == "CONSULT" || who == nil || who.Country == "" || ev.Location == nil || ev.Location.Country == who.Country {
		return nil
	}
	name := arabic.Normalize(who.Name)
	for _, w := range envoyWords {
		if strings.Contains(name, w) {
			return nil // «قال سفير الكويت لدى الأمم المتحدة إنه طلب …»: an envoy speaks abroad
		}
	}
	p := -1
	for k := range d.places {
		if d.places[k].Start == ev.Location.Start && d.places[k].End == ev.Location.End {
			p = d.places[k].a
		}
	}
	if p <= h.last() || !d.ownPlace(h.sent, ev.Location) {
		return nil
	}
	for k := h.last() + 1; k < p; k++ {
		if x := d.toks[k].Text; x == "." || x == "؛" || x == "،" {
			return nil
		}
		if reportStart[bareWord(d, k)] {
			return d.homePlace(h, who)
		}
	}
	return nil
}

// meetingWords name an occasion of meeting (normalised, with and without
// the article).
var meetingWords = normSet("مؤتمر", "المؤتمر", "قمة", "القمة", "لقاء", "اللقاء", "اجتماع", "الاجتماع", "محادثات", "المحادثات", "مباحثات", "المباحثات", "زيارة", "الزيارة")

// meetingPlace places a meeting or an agreement that its sentence does
// not place where the story tells the occasion was held: a town or city
// named within a few words after an occasion of meeting in its sentence or
// the three after («… المؤتمر الصحفي المشترك بين ولي العهد السعودي
// والرئيس الفرنسي. … في المؤتمر الصحفي الذي عقد العاصمة الفرنسية باريس»).
// It returns nil when the event has a place.
func (c *Coder) meetingPlace(d *doc, h *hit, ev *marsad.Event) *marsad.Place {
	if ev.Location != nil || (h.trig.Type != "CONSULT" && h.trig.Type != "AGREE") {
		return nil
	}
	end := d.sents[min(len(d.sents)-1, h.sent+3)].b
	for k := d.sents[h.sent].a; k < end; k++ {
		if !meetingWords[bareWord(d, k)] {
			continue
		}
		for j := k + 1; j < end && j <= k+8; j++ {
			if x := d.toks[j].Text; x == "." || x == "؛" {
				break
			}
			if p := d.placeAt[j]; p >= 0 {
				dp := &d.places[p]
				if !dp.header && d.mentionAt[dp.a] < 0 && dp.Kind != marsad.KindCountry && dp.Kind != marsad.KindProvince && dp.Kind != marsad.KindRegion {
					pl := dp.Place
					return &pl
				}
			}
		}
	}
	return nil
}

// weaponWords name arms (normalised): a party named by its weapons
// («بالرصاص الإسرائيلي», «نيران إسرائيلية») is an armed force.
var weaponWords = []string{"رصاص", "نيران", "قصف", "غاره", "غارات", "صواريخ", "صاروخ", "طائرات", "طائره", "مدفعيه", "دبابه", "دبابات", "مقاتلات"}

// armedName reports whether an actor's name is that of weapons.
func armedName(name string) bool {
	n := arabic.Normalize(name)
	for _, w := range weaponWords {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}
