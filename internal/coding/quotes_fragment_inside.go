package coding

import "github.com/marsad/marsad/internal/arabic"

// contentAfterQuote reports a paraphrase whose reported content goes on
// after the direct quote it holds: «وذكرت أن العملية "قتل وأصيب فيها
// العشرات" من قوات الجيش». The quoted words are a fragment of the
// statement, which is the paraphrase as a whole; only a paraphrase that
// is the quote and little else («قال إن "…"») leaves the quote alone.
// The content must go on with two words or more straight after the
// closing mark, without a comma and not with «على حد تعبيره».
func contentAfterQuote(d *doc, start, end int, covered map[int]bool) bool {
	last := -1
	for j := start; j < end; j++ {
		if covered[j] {
			last = j
		}
	}
	if last < 0 {
		return false
	}
	k := last + 1
	for k < end && covered[k] {
		k++
	}
	if k >= end || d.toks[k].Kind != arabic.Word {
		return false // «"…".», «"…"، في إشارة إلى …»: narration after the quote
	}
	if d.toks[k].Norm == "علي" && k+1 < end && d.toks[k+1].Norm == "حد" {
		return false // «"…" على حد تعبيره»
	}
	n := 0
	for j := k; j < end; j++ {
		if d.toks[j].Kind == arabic.Word {
			n++
		} else if d.toks[j].Text == "،" {
			break
		}
	}
	return n >= 2
}
