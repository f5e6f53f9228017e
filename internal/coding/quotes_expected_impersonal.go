package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// expectedImpersonal reports «ويُتوقع أن …», «يُرجح أن …» with no subject
// between the verb and «أن» (a time word or «أيضا» aside): the passive «it
// is expected», the article's own forecast with no one who says it («ويتوقع
// أن تبلغ الاحتجاجات ذروتها يوم …», «ورحب بصفقات يتوقع أن يبرمها …»).
// With a subject written («ويتوقع خبراء أن …») the verb keeps its speaker.
func expectedImpersonal(d *doc, i int, s sent) bool {
	switch strings.TrimPrefix(bareWord(d, i), "و") {
	case "يتوقع", "يرجح", "يرتقب":
	default:
		return false
	}
	for k := i + 1; k < s.b && k <= i+3; k++ {
		t := d.toks[k]
		switch {
		case t.Kind != arabic.Word:
			return false
		case complementiser(d, k):
			return t.Norm == "ان"
		case t.Norm == "ايضا" || t.Norm == "كذلك" || t.Norm == "حاليا":
		default:
			return false
		}
	}
	return false
}
