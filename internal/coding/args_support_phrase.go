package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// A party named in a phrase of support reaches further than «بإسناد من X»:
// «بإسناد من طيران التحالف», «بغطاء جوي من مقاتلات التحالف», «القوات
// المدعومة من روسيا», «مدعومة من روسيا وإيران», «المسنودة بغطاء جوي من
// طيران التحالف». X backs the act of the clause's subject; it neither does
// it nor suffers it (supporter reads the two-word form).

// supportWords open a phrase of support.
var supportWords = wordSet([]string{
	"باسناد", "واسناد", "وباسناد", "بدعم", "وبدعم", "بمسانده", "ومسانده", "وبمسانده", "بغطاء", "وبغطاء",
	"مدعومه", "المدعومه", "مدعوما", "مدعوم", "المدعوم", "مدعومين", "المدعومين", "مدعومتين",
	"مسنوده", "المسنوده", "مسنودا", "مسنود", "المسنود", "مسنودين", "المسنودين",
})

// supportFillers may stand between the opening word and the party: the
// preposition, the kind of support and the arm that gives it.
var supportFillers = wordSet([]string{
	"من", "قبل", "ضمن", "جوي", "جويه", "بغطاء", "بحمله", "قصف", "طيران", "الطيران", "مقاتلات", "طائرات", "مروحيات",
	"غارات", "قوات", "القوات", "سلاح", "مدفعيه", "بوارج", "عسكري", "مباشر", "كبير", "واسع", "عنيف", "عنيفه",
})

// supportedBy reports a party at token k (its first word) inside a phrase
// of support that opens at most six words before it, across fillers and
// the parties of a list («من إيران وروسيا»).
func supportedBy(d *doc, k int) bool {
	for j, n := k-1, 0; j >= 0 && n < 6; j, n = j-1, n+1 {
		t := d.toks[j]
		if t.Kind != arabic.Word {
			return false // a mark closes the phrase
		}
		w := bareWord(d, j)
		if supportWords[t.Norm] || supportWords[w] {
			return true
		}
		if supportFillers[t.Norm] || supportFillers[w] {
			continue
		}
		if m := d.mentionAt[j]; m >= 0 {
			j = int(d.mentions[m].TokStart) // an earlier party of the list
			continue
		}
		if p := d.placeAt[j]; p >= 0 && d.places[p].Kind == marsad.KindCountry {
			j = d.places[p].a // «من إيران وروسيا»: a country named before
			continue
		}
		if strings.HasPrefix(w, "ال") && j+1 <= k && n > 0 && nisba(w) {
			continue // «مقاتلات التحالف العربي»: an adjective of the arm
		}
		return false
	}
	return false
}
