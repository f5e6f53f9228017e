package coding

// spanFrame reports a trigger told inside a span of months or years past
// (tenth session, precision13): «واعتقل عدد من الناشطات خلال الأشهر
// الأخيرة», «وشنت تركيا في الشهور الأخيرة ضربات», «وقد استعادت قوات الحكومة
// سيطرتها على معظم مناطق الجنوب في الأشهر الأخيرة». Such a sentence sums
// up a trend of months, not one act of the report's days (GUIDELINES: an
// event happened within about a month). yearsFrame reads the frame only
// when it opens the sentence; here it may stand anywhere in the trigger's
// clause (no comma between them, ten words at most), or open the sentence.
// A superlative before the frame measures today's act against that past
// («أدمى الأيام … في السنوات الأخيرة»), so it stays.
func spanFrame(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	for k := s.a; k < s.b-2; k++ {
		if !yearsFramePreps[bareWord(d, k)] {
			continue
		}
		j := k + 1
		if !spanFrameSpans[d.toks[j].Norm] {
			continue
		}
		if j+1 < s.b && d.toks[j+1].Norm == "القليله" {
			j++
		}
		if j+1 >= s.b || !yearsFramePast[d.toks[j+1].Norm] {
			continue
		}
		for _, w := range d.wordsIn(max(s.a, k-8), k) {
			if superlative[bareWord(d, w)] || superlative[d.toks[w].Norm] {
				return false
			}
		}
		if len(d.wordsIn(s.a, k)) <= 3 {
			return true // «وخلال الأشهر الماضية، شنت طائرات …»
		}
		a, b := min(k, h.head()), max(j+1, h.last())
		if !d.commaBetween(a, b) && len(d.wordsIn(a, b)) <= 10 {
			return true
		}
	}
	return false
}

// spanFrameSpans are spans of months or years (normalised forms).
var spanFrameSpans = wordSet([]string{"الاشهر", "الشهور", "السنوات", "الاعوام", "العقود", "السنين"})
