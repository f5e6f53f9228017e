package coding

import "github.com/marsad/marsad/internal/arabic"

// The ninth precision round: background told inside a sentence of current
// news: the reaction a measure drew («ما أثار غضب واحتجاج …») and a party's
// habit in a relative clause («، التي شنت غارات عدة …»).

// arouseWords are forms of «أثار» (to arouse), «أشعل» and «فجّر» (to set
// off) that take a reaction as object.
var arouseWords = wordSet([]string{"أثار", "أثارت", "أثارا", "أثاروا", "يثير", "تثير", "يثيران", "أثاره", "أثارها", "أشعل", "أشعلت", "فجر", "فجرت"})

// reactionWords may stand between «أثار» and the protest noun: «أثار غضب
// واحتجاج», «أثار جدلا واحتجاجات».
var reactionWords = wordSet([]string{"غضب", "غضبا", "جدلا", "جدل", "استياء", "سخط", "موجة", "موجات", "انتقادات", "قلق"})

// arousedProtest reports a protest noun that is the object of «أثار»
// («… منذ قرار ترامب في نهاية 2017 ما أثار غضب واحتجاج الفلسطينيين»,
// «قانون الضريبة الذي أثار جدلا واحتجاجات»): the reaction a measure
// drew, told to explain the measure, not a demonstration reported. A
// protest the sentence itself tells («خرج محتجون …») is another hit.
func arousedProtest(d *doc, h *hit) bool {
	if h.trig.Verb {
		return false
	}
	s := d.sents[h.sent]
	for k := h.head() - 1; k >= s.a && k >= h.head()-4; k-- {
		if d.has(k, arouseWords) {
			return true
		}
		if d.toks[k].Kind != arabic.Word || !(d.has(k, reactionWords) || d.toks[k].Norm == "و") {
			return false
		}
	}
	return false
}

// severalWords count an act several: «غارات عدة», «هجمات عديدة».
var (
	severalWords = wordSet([]string{"عدة", "عديدة"})
)

// severalInRelative reports a verb and its act noun in a relative clause
// after a comma, the act counted «عدة» right after the noun («وإسرائيل،
// التي شنت غارات عدة على أهداف إيرانية في سوريا»): a habit of the party
// the clause describes, told as background, no act of the news. «نفذت
// الطائرات غارات عدة على …» in a main clause is a report of that day and
// stays, and so do a relative clause of one act («، التي شنت غارة على
// …») and targets counted («الهجمات الصاروخية، والتي استهدفت عدة مدن»).
func severalInRelative(d *doc, h *hit) bool {
	i := h.head()
	if !h.trig.Verb || len(h.trig.Slots) < 2 || i < 2 || d.toks[i-2].Text != "،" {
		return false
	}
	switch d.toks[i-1].Norm {
	case "التي", "الذي", "الذين":
	default:
		return false
	}
	return d.has(h.last()+1, severalWords)
}
