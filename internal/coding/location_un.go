package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// unVenueWords open the place where a body sits or meets: «في مجلس
// الأمن», «أمام الجمعية العامة», «في جلسة (طارئة) لمجلس الأمن», «مقر
// الأمم المتحدة».
var (
	unAt      = normSet("في", "أمام", "داخل", "مقر", "أروقة", "قاعة")
	unSession = normSet("جلسة", "جلسات", "اجتماع", "اجتماعات", "كلمة", "خطاب", "إحاطة", "مداولات", "مشاورات")
	// unRequested: a session asked for or called is not where the asking
	// was done («طالبت روسيا بعقد جلسة طارئة لمجلس الأمن»).
	unPart      = normSet("الانسان", "مفوضية", "مكتب", "لجنة", "وكالة", "برنامج", "صندوق", "منظمة", "هيئة", "العضوية", "عضو", "عضوا", "الأعضاء", "أعضاء", "عضوية")
	unRequested = normSet("عقد", "بعقد", "لعقد", "الى", "إلى", "لانعقاد", "انعقاد", "بانعقاد", "الدعوة")
)

// unBodyAt returns the end of a mention of a body of the United Nations
// that sits in New York starting at token i, or -1: «مجلس الأمن
// (الدولي)» (not a country's «مجلس الأمن القومي» or «مجلس الأمن
// الروسي»), «الجمعية العامة للأمم المتحدة», and «الأمم المتحدة», which
// only counts as a venue.
func (d *doc) unBodyAt(i int) (end int, council bool) {
	switch {
	case d.hasKey(i, "مجلس") && d.hasKey(i+1, "الامن"):
		if i+2 < len(d.toks) {
			next := d.toks[i+2].Norm
			if next != "الدولي" && strings.HasPrefix(next, "ال") && strings.HasSuffix(next, "ي") || strings.HasPrefix(next, "و") {
				return -1, false // «مجلس الأمن القومي», «مجلس الأمن والدفاع»
			}
		}
		return i + 2, true
	case d.hasKey(i, "الجمعيه") && d.hasKey(i+1, "العامه") && (d.hasKey(i+2, "للامم") || d.hasKey(i+2, "الامميه")):
		return i + 3, true
	case d.hasKey(i, "الامم") && d.hasKey(i+1, "المتحده"):
		return i + 2, false
	}
	return -1, false
}

// unVenue reports whether the body mention at token k is where something
// was held: after «في/أمام/مقر», or after a session word («في جلسة طارئة
// لمجلس الأمن») that is not asked for.
func (d *doc) unVenue(k int, council bool) bool {
	if k == 0 {
		return false
	}
	if unAt[bareWord(d, k-1)] {
		// «مجلس حقوق الإنسان في الأمم المتحدة», «دائمة العضوية في مجلس
		// الأمن»: a part or a member of the body, not a place
		return k < 2 || !unPart[bareWord(d, k-2)]
	}
	if !council {
		return false
	}
	for j := k - 1; j >= k-2 && j >= 0; j-- {
		if d.toks[j].Kind != arabic.Word {
			return false
		}
		if unSession[bareWord(d, j)] || d.hasKey(j, "جلسه") || d.hasKey(j, "اجتماع") {
			return j == 0 || !unRequested[bareWord(d, j-1)]
		}
	}
	return false
}

// atUNSeat places at New York an act of a United Nations body there: a
// statement or decision whose actor is the Security Council or the General
// Assembly («أدان مجلس الأمن الهجوم»), or a statement, vote or meeting held
// at one («استخدمت روسيا حق النقض في مجلس الأمن», «قال المندوب في جلسة
// لمجلس الأمن إن …»). The places such acts talk about are not where they
// were made. A body followed by another seat («مقر الأمم المتحدة في
// جنيف») keeps that seat. It returns nil when the location stands.
func (c *Coder) atUNSeat(d *doc, h *hit, ev *marsad.Event, who *marsad.Actor) *marsad.Place {
	t := h.trig.Type
	if !verbal(t) && t != "SANCTION" && t != "CONSULT" {
		return nil
	}
	held := who != nil && (who.ID == "UNSC" || who.ID == "UNGA") && t != "CONSULT"
	s := d.sents[h.sent]
	for k := s.a; k < s.b && !held; k++ {
		end, council := d.unBodyAt(k)
		if end < 0 || !d.unVenue(k, council) || d.seatAfter(end) {
			continue
		}
		switch {
		case k > h.last():
			held = !d.subordinate(h.last(), k) && !d.reportBetween(h.last(), k) && !d.sentenceEnd(h.last(), k)
		case end <= h.head():
			held = verbal(t) || !d.reportBetween(end-1, h.head())
		}
	}
	if !held {
		return nil
	}
	if d.placer == nil {
		return nil
	}
	pl, ok := d.placer.CityPlace("نيويورك", "USA")
	if !ok || (ev.Location != nil && ev.Location.GazID == pl.GazID) {
		return nil
	}
	return &pl
}

// seatAfter reports a place named right after a body («الأمم المتحدة في
// جنيف»): the body's seat there.
func (d *doc) seatAfter(end int) bool {
	for k := end; k < end+3 && k < len(d.toks); k++ {
		if d.placeAt[k] >= 0 && d.mentionAt[k] < 0 {
			return true
		}
	}
	return false
}

// reportBetween reports a complementiser between tokens a and b.
func (d *doc) reportBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if reportStart[bareWord(d, k)] {
			return true
		}
	}
	return false
}

// sentenceEnd reports a full stop between tokens a and b.
func (d *doc) sentenceEnd(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if d.toks[k].Text == "." || d.toks[k].Text == "؛" {
			return true
		}
	}
	return false
}
