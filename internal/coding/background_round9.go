package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// The ninth precision round: background told inside a sentence of current
// news. A recent act that a sentence measures its news from («بعد أيام من
// اعتقال …», «بعد يوم على تهديد …») is a happening of its own, not the
// occasion the sentence merely places itself by.

// measuredSpans measure a short span back in time: days, weeks, months and
// hours.
var measuredSpans = wordSet([]string{"أيام", "يوم", "يومين", "أسبوع", "أسبوعين", "أسابيع", "شهر", "شهرين", "أشهر", "شهور", "ساعات", "ساعة", "ساعتين"})

// spanFillers may stand between a span and its «من»: «يوم واحد», «ساعات
// قليلة», «يومين فقط».
var spanFillers = wordSet([]string{"واحد", "واحدة", "قليلة", "قليل", "فقط", "معدودة"})

// spanConnectors open the measured span: «بعد أيام من», «عقب ساعات من».
var spanConnectors = wordSet([]string{"بعد", "عقب"})

// measuredSpan returns the token after a span that a connector opens and
// «من» or «على» closes at token j («بعد أيام من», «بعد يوم واحد على»,
// «عقب ساعات قليلة من»), or -1.
func measuredSpan(d *doc, j, end int) int {
	if j >= end || !d.has(j, spanConnectors) || !d.has(j+1, measuredSpans) {
		return -1
	}
	for k := j + 2; k < end && k <= j+4; k++ {
		switch d.toks[k].Norm {
		case "من", "علي":
			return k + 1
		}
		if !d.has(k, spanFillers) {
			return -1
		}
	}
	return -1
}

// sinceSpan reports a trigger whose act a measured span right before it
// places days or hours earlier than the sentence's news («وتأتي أنباء
// القبض على عباس بعد أيام من اعتقال هيثم محمدين», «ويأتي هذا التطور بعد
// ساعات من الإعلان عن مقتل …»): a recent happening told on its own, which
// the gold codes, and which is not the happening the sentence opens with.
// The trigger must follow the span's «من» within two words («بعد يوم من
// إعلان أنقرة سيطرتها»: the act of the announcement) and be a noun in
// construct or a verb: a definite noun («بعد ساعات على الضربات
// الإسرائيلية») points back to the act the story already told.
func sinceSpan(d *doc, h *hit) bool {
	if strings.Contains(h.clitic, "ال") || strings.HasPrefix(bareWord(d, h.head()), "ال") {
		return false
	}
	s := d.sents[h.sent]
	for j := max(s.a, h.head()-5); j < h.head(); j++ {
		if e := measuredSpan(d, j, s.b); e >= 0 && e <= h.head() && h.head()-e <= 2 {
			return true
		}
	}
	return false
}

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
