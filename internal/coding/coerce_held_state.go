package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// Detentions, sieges and sanctions told as a standing state, not as an act
// of the news (ninth session, docs/parts/coding-precision.md): a hold kept
// since long ago («وتحتجز أنقرة القس منذ نحو عامين», «وتفرض إسرائيل حصارا
// على القطاع منذ أكثر من عقد») and captives described by a relative
// clause without a relative pronoun («إلى جانب 300 مدني تحتجزهم المعارضة»).

// heldSince reports an arrest, a restriction or a sanction whose clause
// says it has lasted since a past well before publication: «منذ» within
// twelve words after the trigger's head (inside its gap too: «وتفرض إسرائيل
// منذ أكثر من عقد حصارا»), with no comma between, and a span of a
// year or more, two months or more, or a year before publication's year.
// «للمرة الأولى منذ» and «أكبر … منذ» measure a news act against the
// past, and a day of the last week named in the sentence keeps it news.
func heldSince(d *doc, h *hit, ev *marsad.Event) bool {
	switch {
	case ev.Type == "COERCE" && (ev.Mode == "arrest" || ev.Mode == "restrict"):
	case ev.Type == "SANCTION" && ev.Mode != "convict":
	default:
		return false
	}
	if d.pub.IsZero() || d.recentDay(h.sent) || h.rel {
		return false // (a relative clause's hold may carry a news act's evidence: «والذي فرضت عليه عقوبات منذ»)
	}
	s := d.sents[h.sent]
	for k, n := h.head()+1, 0; k < s.b && n < 12; k++ {
		t := d.toks[k]
		switch t.Text {
		case "،", ",", ".", ":", "؛":
			return false
		}
		if t.Kind != arabic.Word {
			continue
		}
		n++
		switch w := bareWord(d, k); {
		case superlative[w] || latestWords[w]:
			return false // «أحدث حادثة في الأزمة المستمرة منذ»: measured against the past
		case lastingWords[w]:
			return false // «الأزمة التي مازالت تستمر منذ 11 شهرا», «تمويلها المستمر منذ عقود»: another thing lasts
		case w != "منذ":
			continue
		}
		for _, j := range d.wordsIn(max(s.a, k-3), k) {
			if d.has(j, sinceMeasures) {
				return false // «للمرة الأولى منذ»
			}
		}
		return longSince(d, h.sent, k+1)
	}
	return false
}

// latestWords make an act the latest of a lasting crisis: «أحدث حادثة».
var latestWords = wordSet([]string{"أحدث", "الأحدث", "آخر", "الأخير", "الأخيرة"})

// lastingWords tie a «منذ» after them to another noun than the act: a
// relative pronoun, «ما زال» and the participles of lasting.
var lastingWords = wordSet([]string{"التي", "الذي", "الذين", "مازالت", "مازال", "لاتزال", "لايزال", "المستمر", "المستمرة", "المتواصل", "المتواصلة", "الممتد", "الممتدة", "القائم", "القائمة", "الدائر", "الدائرة"})

// sinceHedges hedge a span after «منذ»: «منذ نحو عامين», «منذ أكثر من عقد».
var sinceHedges = wordSet([]string{"نحو", "قرابه", "حوالي", "اكثر", "من", "ما", "يزيد", "عن", "علي", "زهاء", "قرابة"})

// longSince reads what follows «منذ» at token i of sentence si and reports a past of two
// months or more before publication: a span («عامين», «عقد», «ثلاثة
// أشهر», «أشهر»), a year («2016», «العام 2017» in an article of March
// on), or a month of a year (the date reader's).
func longSince(d *doc, si, i int) bool {
	s := d.sents[si]
	end := s.b
	for i < end && d.toks[i].Kind == arabic.Word && sinceHedges[bareWord(d, i)] {
		i++
	}
	if i >= end {
		return false
	}
	for _, de := range s.dates {
		if de.TokStart == i && de.Precision == PrecMonth && d.yearIn(de.TokStart, de.TokEnd) {
			return de.Date.Before(dayOf(d.pub).AddDate(0, -2, 0))
		}
	}
	for j := i; j < end && j <= i+2; j++ {
		if y, ok := year(d.toks[j]); ok {
			return y <= d.pub.Year()-2 || (y < d.pub.Year() && d.pub.Month() >= 3)
		}
		if !sinceYearWords[bareWord(d, j)] {
			break
		}
	}
	switch bareWord(d, i) {
	case "عقد", "عقدين", "عقود", "عامين", "سنتين", "سنوات", "اعوام", "عام", "سنه", "اشهر", "شهور", "شهرين":
		return true
	}
	if q, ok := arabic.ParseNumber(d.toks, i); ok && !q.Vague && q.End < end {
		switch bareWord(d, q.End) {
		case "عقود", "سنوات", "اعوام", "عاما", "سنه", "عام":
			return true
		case "اشهر", "شهور", "شهرا":
			return q.Value >= 2
		}
	}
	return false
}

// heldByClause reports an imperfect verb of detention carrying its object
// pronoun right after an indefinite noun: a relative clause without a
// relative pronoun that describes captives («إلى جانب 300 مدني علوي
// تحتجزهم المعارضة», «تبادل لسجناء تحتجزهم القوات») or after «حيث»
// the place they are held in. The captives are the sentence's subject,
// their holding no act the news reports; «واحتجزتهم الشرطة» (perfect)
// and «تحتجز الشرطة عشرة» (no pronoun) stay.
func heldByClause(d *doc, h *hit, ev *marsad.Event) bool {
	if ev.Type != "COERCE" || ev.Mode != "arrest" || !h.trig.Verb {
		return false
	}
	i := h.head()
	s := d.sents[h.sent]
	if i <= s.a {
		return false
	}
	w := bareWord(d, i)
	if !(strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "ت")) {
		return false
	}
	if !(strings.HasSuffix(w, "هم") || strings.HasSuffix(w, "هن") || strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "ه")) {
		return false
	}
	if !strings.Contains(w, "حتجز") && !strings.Contains(w, "عتقل") && !strings.Contains(w, "سجن") {
		return false
	}
	p := d.toks[i-1]
	if p.Kind != arabic.Word {
		return false
	}
	pw := bareWord(d, i-1)
	if pw == "حيث" {
		return true
	}
	// the noun (or its adjective) before: indefinite, no verb or particle
	if strings.HasPrefix(pw, "ال") || strings.HasPrefix(pw, "لل") || d.mentionAt[i-1] >= 0 {
		return false
	}
	return d.has(i-1, heldNouns) || (i-2 >= s.a && indefiniteAdjective(d, i-1))
}

// heldNouns are the captives a clause may describe.
var heldNouns = wordSet([]string{"مدني", "مدنيا", "مدنيين", "اسري", "اسيرا", "سجناء", "سجينا", "معتقلين", "معتقلا", "رهاين", "رهينه", "محتجزين", "اشخاص", "شخصا", "مقاتلين", "مقاتلا", "مسلحين", "جنود", "جنديا", "صيادين", "بحارا", "بحاره", "نساء", "اطفال", "ناشطين", "صحفيين", "صحافيين", "مواطنين"})

// indefiniteAdjective reports a nisba adjective without the article after
// a captive noun: «300 مدني علوي», «3 أسرى بريطانيين».
func indefiniteAdjective(d *doc, i int) bool {
	w := bareWord(d, i)
	if !(strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يين") || strings.HasSuffix(w, "يون") || strings.HasSuffix(w, "يه")) {
		return false
	}
	return d.has(i-1, heldNouns)
}

// standingMeasure reports a detention, siege, control or sanction told by
// an imperfect verb that opens a sentence after «و», past the article's
// lead, with no day of the last week in the sentence: «وتفرض السلطات
// قيودا تحول دون وصول وسائل الإعلام إلى سيناء», «وتحاصر مصر أيضا قطاع
// غزة», «وتسيطر الفصائل منذ سنوات على …». Arabic news tells the day's
// acts in the perfect and a standing state of affairs in the imperfect;
// the lead («تحاصر القوات … مركز المديرية») and a verb after «إن» or a
// subject («قال إن القوات تحاصر المبنى») may tell what happens now, and
// stay.
func standingMeasure(d *doc, h *hit, ev *marsad.Event) bool {
	if (ev.Type != "COERCE" && ev.Type != "SANCTION") || !h.trig.Verb || h.sent == 0 || d.recentDay(h.sent) {
		return false
	}
	i := h.head()
	if len(d.wordsIn(d.sents[h.sent].a, i)) > 0 {
		return false
	}
	w := bareWord(d, i)
	if w == d.toks[i].Norm || !(strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "ت")) {
		return false // no «و» before it, or no imperfect
	}
	// the imperfect of a verb of holding («تمكنت … من السيطرة» is a
	// perfect that begins with ت, and reports)
	return standingStems[w[len("ي"):]]
}

// standingStems are imperfect verbs of holding without their prefix:
// «تفرض», «تحاصر», «تحتجز», «تعتقل», «تسيطر», «تمنع», «تقيد», «تغلق»,
// «تحظر», «يقضي» (a sentence served).
var standingStems = wordSet([]string{"فرض", "حاصر", "حتجز", "عتقل", "سيطر", "منع", "قيد", "غلق", "حظر", "قضي", "فرضون", "حاصرون", "حتجزون", "عتقلون", "سيطرون"})
