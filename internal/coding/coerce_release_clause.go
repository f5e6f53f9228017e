package coding

import (
	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// releasedCaptives reports an arrest told inside a release: the captives
// freed are described by the detention that held them («أفرجت السلطات عن
// عشرين شخصا ممن اعتقلوا خلال الاحتجاجات», «الإفراج عن 34 سجينا اعتقلهم
// حزب الله خلال حصاره», «وأطلق سراح الكثيرين ممن احتجزوا داخل الفندق»).
// The release is the news (RETREAT release); the old arrest is no event
// (ninth session, coerce11). The detention must be a verb within ten
// words after a release word of its clause, with no comma or full
// stop between; an arrest told first and then undone («واعتقلت
// الشرطة ثلاثة شبان ثم أفرجت عنهم») stays, and so does an arrest the
// clause dates to a day of the last week («سراح مسلم، الذي اعتقل، السبت
// الماضي»).
func releasedCaptives(d *doc, h *hit, ev *marsad.Event) bool {
	if ev.Type != "COERCE" || ev.Mode != "arrest" || !h.trig.Verb {
		return false
	}
	i := h.head()
	s := d.sents[h.sent]
	found := false
	for k, n := i-1, 0; k >= s.a && n < 10; k-- {
		t := d.toks[k]
		switch t.Text {
		case ".", "؛", ":", "،", ",":
			return false // («رفضت طلبه الإفراج عنه، ليستمر وضعه قيد الإقامة الجبرية»: another clause)
		}
		if t.Kind != arabic.Word {
			continue
		}
		n++
		if d.has(k, releaseWords) {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	for _, de := range s.dates {
		if de.TokStart > i && de.TokStart <= i+6 && d.lastWeek(de) {
			return false // «الذي اعتقل، السبت الماضي»: a fresh arrest told with the release
		}
	}
	return true
}

// releaseWords free captives: «الإفراج عن», «أفرجت عن», «إطلاق سراح».
var releaseWords = wordSet([]string{"إفراج", "الإفراج", "بالإفراج", "للإفراج", "والإفراج", "سراح", "أفرج", "أفرجت", "أفرجوا", "يفرج", "تفرج", "الافراج", "افراج"})
