package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// linkedObjectInA reports a linked party at k, right after a linked name,
// that ends in ا («روسيا», «تركيا», «أمريكا»): continuesPhrase reads a
// word in ا as an accusative and stops, and subjectCut then kept the
// party in the subject («وهاجم ترامب روسيا، قائلا …» gave the speaker
// «ترامب روسيا»). A party after a name is its object, as nounAfterName
// reads it for words not in ا; a party joined by و («ترامب وبوتين») or
// an apposition that opens with a title («… رئيس …») is not.
func linkedObjectInA(d *doc, k int) bool {
	m := d.mentionAt[k]
	if m < 0 || m == d.mentionAt[k-1] || d.toks[k].Kind != arabic.Word {
		return false
	}
	w := d.toks[k].Norm
	if !strings.HasSuffix(w, "ا") || definite(w) {
		return false
	}
	if strings.HasPrefix(w, "و") && bareWord(d, k) != w {
		return false // «ترامب وروسيا»: a list
	}
	return nounAfterName(d, k, true)
}
