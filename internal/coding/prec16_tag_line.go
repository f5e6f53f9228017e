package coding

import "github.com/marsad/marsad/internal/arabic"

// Eleventh session (prec16): the tag line that closes a page.
//
// Some outlets close an article with its tags, a bare list of words after
// «سمات» and no final stop: «سمات انفجار تركيا ديار بكر», «سمات اشتباكات
// الجنوب صنعاء هدنة». Read as a sentence it coded an explosion, a clash or a
// protest that no sentence reports. tagLine reports such a last sentence;
// events.go codes no act from it.

// tagLine reports sentence si as the article's closing tag line: opened by
// «سمات», the last sentence, ending with no stop or other punctuation.
func tagLine(d *doc, si int) bool {
	if si != len(d.sents)-1 {
		return false
	}
	s := d.sents[si]
	if s.a >= s.b || d.toks[s.a].Text != "سمات" {
		return false
	}
	for k := s.a + 1; k < s.b; k++ {
		if d.toks[k].Kind != arabic.Word && d.toks[k].Kind != arabic.Number {
			return false // a stop, a comma, a quote mark: a sentence
		}
	}
	return true
}
