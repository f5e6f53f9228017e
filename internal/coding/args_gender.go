package coding

import (
	"strings"

	"github.com/marsad/marsad"
)

// placeObject reads a verb in the masculine followed at once by a city or
// a feminine country: «واتهم لندن بممارسة ضغوط», «وحذر طهران من التصعيد»,
// «ويطالب واشنطن بالعودة». A city or such a country that acts takes a
// feminine verb («اتهمت لندن»), so after a masculine one it is the object
// and the subject is the verb's pronoun (the clause's subject, the
// speaker). It returns the place's phrase, or an empty np.
func (c *Coder) placeObject(d *doc, h *hit, k, end int) np {
	i := h.head()
	if !h.trig.Verb || k >= end || !masculineVerb(bareWord(d, i)) || !clauseOpening(d, i, d.sents[h.sent].a) || objectPronoun(d, h) {
		// (with its object in a pronoun, «وأدانته الحكومة», the phrase after the verb is its subject: verbal11_stances.go)
		return np{}
	}
	if feminineBody(bareWord(d, k)) {
		return c.phraseAt(d, k, end) // «بينما هاجم قناة "الجزيرة"» (args_round4.go)
	}
	pk := d.placeAt[k]
	if pk < 0 || d.places[pk].a != k {
		return np{}
	}
	p := d.places[pk]
	switch p.Kind {
	case marsad.KindCity:
		if !d.capitalOf(p) {
			return np{}
		}
	case marsad.KindCountry:
		name, _ := d.spanText(p.a, p.b)
		if masculineCountry(name) {
			return np{}
		}
	default:
		return np{}
	}
	return c.phraseAt(d, k, end)
}

// masculineVerb reports a verb form of the third person masculine singular:
// a perfect without the feminine ت («اتهم», «حذر») or an imperfect in ي
// («يتهم», «سيطالب»).
func masculineVerb(w string) bool {
	if len([]rune(w)) < 3 {
		return false
	}
	if r := []rune(w); r[0] == 'س' && (r[1] == 'ت' || r[1] == 'ي' || r[1] == 'ن') {
		w = string(r[1:]) // the future's س: «ستواصل», «سيطالب»
	}
	return !strings.HasSuffix(w, "ت") && !strings.HasPrefix(w, "ت") && !strings.HasSuffix(w, "وا") && !strings.HasSuffix(w, "ا") && !strings.HasPrefix(w, "ن")
}

// masculineCountry reports the country names Arabic treats as masculine
// («العراق يتهم», «لبنان يرفض»); the others are feminine.
func masculineCountry(name string) bool {
	switch strings.TrimPrefix(name, "#") {
	case "العراق", "الأردن", "السودان", "المغرب", "اليمن", "لبنان", "البحرين", "الفاتيكان":
		return true
	}
	return false
}

// capitalOf reports a city place that stands for its government: a city
// the actor layer also reads as a party («لندن», «طهران»).
func (d *doc) capitalOf(p docPlace) bool {
	m := d.mentionAt[p.a]
	return m >= 0 && d.mentions[m].Actor.Sector == "GOV"
}

// clauseOpening reports a word that opens a clause, where a verb stands
// («واتهم», «، حذر», «كما دعا»): not «إثر طلب روسيا», «فرض الولايات
// المتحدة عقوبات» after a noun, where the same letters are a verbal noun
// whose genitive acts.
func clauseOpening(d *doc, i, start int) bool {
	if i == start || bareWord(d, i) != d.toks[i].Norm {
		return true
	}
	p := d.toks[i-1]
	if p.Text == "،" || p.Text == "," || p.Text == "؛" {
		return true
	}
	switch bareWord(d, i-1) {
	case "قد", "لقد", "ثم", "كما", "حيث", "بينما", "فيما":
		return true
	}
	return false
}

// objectSpeaker reports a speaker read over the verb's object («واتهم
// واشنطن بالوقوف …» read as Washington speaking, «واتهم الوزير إيران …»
// as «الوزير إيران»): the object is not the one who acts.
func (c *Coder) objectSpeaker(d *doc, sp speaker, recip np) bool {
	if !recip.ok() || sp.name == "" {
		return false
	}
	r := c.toActor(d, recip, false)
	return r != nil && nameKey(r.Name) != "" && strings.Contains(nameKey(sp.name), nameKey(r.Name))
}
