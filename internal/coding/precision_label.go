package coding

import (
	"strings"

	"github.com/marsad/marsad"
)

// describing reports a form of «وصف» (to describe as) on token k: «وصف»,
// «ووصفها», «يصفون», «واصفا إياه».
func describing(d *doc, k int) bool {
	w := bareWord(d, k)
	for _, p := range []string{"وصف", "يصف", "تصف", "نصف", "واصف"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// label reports a noun of a material act that is only the name a speaker
// gives to something: «ووصفها بأنها هجوم ذو دوافع سياسية», «وصف القرار بالعدوان»,
// «واصفا إياه بأنه اعتداء». The speaker's judgement is the event
// (accuse_described.go); the label is no second act.
func label(d *doc, h *hit) bool {
	if h.trig.Verb || verbal(h.trig.Type) {
		return false // («وصف الأوروبيين بأنهم أعداء»: a judging label is the accusation itself)
	}
	s := d.sents[h.sent]
	i := h.head()
	if w := d.toks[i].Norm; w != bareWord(d, i) && strings.HasPrefix(w, "و") {
		return false // «بأنه أمة من المتسولين واتهامه …»: a further act, not the label
	}
	// «بالعدوان»: the label glued to «بـ» right after the verb and its object
	if c := cliticOf(d, i, d.keys[i][len(d.keys[i])-1]); strings.HasPrefix(c, "ب") {
		for k := i - 1; k >= s.a && k >= i-3; k-- {
			if describing(d, k) {
				return true
			}
		}
	}
	// «بأنها هجوم»: the label after «بأنه/بأنها» (a negation may come
	// between: «بأنها ليست سوى اعتداء»)
	for k := i - 1; k >= s.a && k >= i-4; k-- {
		if w := d.toks[k].Norm; w != bareWord(d, k) && strings.HasPrefix(w, "و") {
			return false // «بأنهم يعرقلون العمل وتعهد بهجوم مضاد»: another clause
		}
		switch d.toks[k].Norm {
		case "بانه", "بانها", "بانهم", "بانهما", "بان":
			for j := k - 1; j >= s.a && j >= k-5; j-- {
				if describing(d, j) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// bearing reports «تحمل المسؤولية» with nothing between the verb and
// «المسؤولية» and no party after it: to bear one's responsibility
// («تحافظ على الوفاء بحصتها وتحمل المسؤولية والعبء»), not to lay it on
// someone («حملت الحكومة المعارضة المسؤولية», «حمل المسؤولية للاحتلال»).
func bearing(d *doc, h *hit) bool {
	if !strings.HasPrefix(h.trig.Source, "حمل/") || len(h.pos) != 2 || h.pos[1] != h.pos[0]+1 {
		return false
	}
	if w := bareWord(d, h.head()); w != "تحمل" && w != "يحمل" {
		return false // «حملته مسؤولية …», «وحملهم مسؤولية النهب»: the one blamed is the suffix
	}
	s := d.sents[h.sent]
	for k := h.last() + 1; k < s.b && k <= h.last()+3; k++ {
		w := d.toks[k].Norm
		if w == "علي" || w == "عن" || strings.HasPrefix(w, "ل") { // («ويحمل المسؤولية لمرتكبي هذا العمل»)
			return false
		}
	}
	return true
}

// pastContact reports «كان على اتصال/تواصل مع»: a past relationship told
// about someone («أن دبلوماسيا كان على اتصال بالزوجين», «أن الناشطات
// كن على اتصال مع كيانات أجنبية»), not a meeting. «نحن على اتصال
// بالسلطات» — contact being held now — stays a CONSULT.
func pastContact(d *doc, h *hit) bool {
	if !strings.HasPrefix(h.trig.Source, "على اتصال") {
		return false
	}
	s := d.sents[h.sent]
	for k := h.head() - 1; k >= s.a && k >= h.head()-3; k-- {
		switch bareWord(d, k) {
		case "كان", "كانت", "كانوا", "كن", "كانا", "كانتا":
			return true
		}
	}
	return false
}

// foreignEnvoy reports a summons of another country's envoy («استدعت
// موسكو السفير البريطاني», «استدعت إسرائيل سفراء إسبانيا وبلجيكا»): in
// PLOVER a formal protest, an ACCUSE. A recall of one's own envoy — a
// possessive («سفيرها»), consultations («للتشاور»), or an envoy of the
// actor's own country («استدعاء السفير الباكستاني» by Pakistan) — stays a
// SANCTION.
func foreignEnvoy(d *doc, h *hit, ev *marsad.Event) bool {
	switch bareWord(d, h.last()) {
	case "سفيرها", "سفيره", "سفيرهم", "سفيرنا", "سفيريها", "سفيريه", "سفراءها", "سفراءه", "سفراءهم":
		return false
	}
	s := d.sents[h.sent]
	for k := h.last() + 1; k < s.b; k++ {
		w := bareWord(d, k)
		if strings.Contains(w, "تشاور") || strings.Contains(w, "مشاورات") {
			return false
		}
	}
	if ev.Actor != nil && ev.Recipient != nil && ev.Actor.Country != "" && ev.Actor.Country == ev.Recipient.Country {
		return false
	}
	return true
}
