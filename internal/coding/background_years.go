package coding

// yearsFrame reports whether sentence si opens with a span of years —
// «وفي السنوات الأخيرة، شهدت سيناء هجمات …», «وخلال الأعوام الماضية قتل
// المئات …», «وعلى مدى العقود الماضية» — so that what it tells is the trend
// of those years, not the news of the day.
func yearsFrame(d *doc, si int) bool {
	s := d.sents[si]
	for k := s.a; k < s.b-2 && k <= s.a+3; k++ {
		if !yearsFramePreps[bareWord(d, k)] {
			continue
		}
		return yearsFrameSpans[d.toks[k+1].Norm] && yearsFramePast[d.toks[k+2].Norm]
	}
	return false
}

// Normalised forms (ة → ه, أ → ا, ى → ي).
var (
	yearsFramePreps = wordSet([]string{"في", "وفي", "خلال", "وخلال", "طوال", "وطوال", "مدي"})
	yearsFrameSpans = wordSet([]string{"السنوات", "الاعوام", "العقود", "السنين", "العقدين"})
	yearsFramePast  = wordSet([]string{"الاخيره", "الماضيه", "المنصرمه", "الفائته", "السابقه"})
)
