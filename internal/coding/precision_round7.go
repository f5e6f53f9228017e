package coding

import (
	"strconv"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// The seventh precision round: constructions that a hand-read sample of
// events coded on Middle East politics reports showed to be no current
// event.

// round7 reports a hit that one of the seventh round's constructions shows
// to be no event.
func (c *Coder) round7(d *doc, h *hit, ev *marsad.Event) bool {
	switch {
	case h.trig.Type != "ACCUSE" && h.trig.Type != "COERCE" && c.longCharge(d, h):
		// «وتتهم جماعات حقوق الإنسان قوات الأسد الجوية باستهداف المدنيين»: the
		// charge, no act. An arrest charged («واتهم نشطاء … قوات الأمن باعتقال
		// زملاء لهم») is news of an arrest and stays (chain case 340).
		return true
	case sinceYearsAgo(d, h):
		return true // «ومنذ اندلاع الأزمة في مارس 2011، اعتقل الأردن …», «منذ العام 1967، اعتقلت …»: a tally of years
	}
	return false
}

// longCharge reports a verbal noun that is the charge of an accusation
// further back than accusedOf reads: after a subject and an object of
// several words («وتتهم جماعات حقوق الإنسان قوات الأسد الجوية باستهداف
// المدنيين»), or joined by «و» to a charge glued to «بـ» («ويتهم الحوثيون
// السعودية والتحالف بتدمير بنية اليمن التحتية واستهداف المدنيين»). A
// comma, a colon or another verb of the lexicon ends the clause.
func (c *Coder) longCharge(d *doc, h *hit) bool {
	if h.trig.Verb {
		return false
	}
	glued := strings.HasPrefix(h.clitic, "ب")
	if !glued && !strings.HasPrefix(d.toks[h.head()].Norm, "و") {
		return false
	}
	at, joined := c.accuserBefore(d, h, 12)
	return at > 0 && (glued || joined) // joined: «بتدمير … واستهداف», a second charge
}

// sinceMeasures before «منذ» measure the news act against the past: «for
// the first time since», «the bloodiest since».
var sinceMeasures = wordSet([]string{"مرة", "للمرة", "لأول", "الأولى", "أول", "أكثر", "الأكثر", "أعلى", "أسوأ", "أكبر", "أشد", "أعنف", "أدمى", "أقل", "أدنى"})

// sinceYearsAgo reports a trigger after a «منذ» phrase, in its sentence,
// that names a year before the year of publication: «ومنذ بدء النزاع في
// مارس 2011، اتهمت قوات النظام مرات عدة …», «أنه منذ العام 1967، اعتقلت
// إسرائيل نحو 800 ألف». What is told is a tally or a habit of years, no
// act of the news. «للمرة الأولى منذ 2012» and «أكثر الأيام دموية منذ
// 2014» measure the news act against the past and keep it, and so does a
// day named in the sentence.
func sinceYearsAgo(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	for _, de := range s.dates {
		if de.Precision == PrecDay {
			return false // «وصف بولتون، الخميس، …»: dated, news
		}
	}
	for k, n := h.head()-1, 0; k >= s.a && n < 14; k-- {
		if d.toks[k].Kind != arabic.Word {
			continue
		}
		n++
		if w := bareWord(d, k); w != "منذ" {
			continue
		}
		for _, j := range d.wordsIn(max(s.a, k-5), k) {
			if d.has(j, sinceMeasures) {
				return false // «للمرة الأولى منذ», «أكثر الأيام دموية منذ»: the news act measured against the past
			}
		}
		for j := k + 1; j < h.head(); j++ {
			t := d.toks[j]
			if t.Text == "\"" || t.Text == "»" || t.Text == "”" {
				return false // «بأنها "الممول الرئيسي … منذ 1979"، في حين اتهم»: the quote closed
			}
			if j > k+7 || t.Kind != arabic.Number || len(t.Text) != 4 {
				continue
			}
			y, err := strconv.Atoi(t.Text)
			if err == nil && y > 1900 && y < d.pub.Year() {
				return true
			}
		}
		return false
	}
	return false
}
