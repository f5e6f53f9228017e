package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// singleSubjectObjectCut ends a two-word speaker phrase [a,b) read after
// «وصف/اعتبر/اتهم» when a description («بأنه/بأنها …», «بـ"…"») follows
// it at once and the second word cannot be an adjective of the first:
// the subject is then one definite word and the object follows it
// («وتصف المعارضة الاتفاقات بأنها …», «وتتهم السلطات الصحيفة بأنها …»,
// «ووصفت الخارجية القرار بأنه …»). Agreement decides: after a feminine
// singular subject or a plural in ات, a word that does not end like a
// feminine adjective (ة, ى, اء), or a body noun («الصحيفة», «الحكومة»);
// after a masculine body («الجيش», «المجلس»), a plural or a feminine
// word. A title, a linked name spanning both words («الأمم
// المتحدة») or a masculine adjective («الأمين العام») stays whole.
func singleSubjectObjectCut(d *doc, i, a, b, end int) int {
	if b-a != 2 || !describingVerb(bareWord(d, i)) || !describedAfter(d, b, end) {
		return b
	}
	t1, t2 := d.toks[a], d.toks[a+1]
	if t1.Kind != arabic.Word || t2.Kind != arabic.Word || !strings.HasPrefix(t1.Norm, "ال") || !strings.HasPrefix(t2.Norm, "ال") {
		return b
	}
	if m := d.mentionAt[a]; m >= 0 && m == d.mentionAt[a+1] {
		return b // «الأمم المتحدة»: one name
	}
	w1, w2 := strings.TrimPrefix(t1.Norm, "ال"), strings.TrimPrefix(t2.Norm, "ال")
	if bareTitle(w1) || len([]rune(w1)) < 3 || len([]rune(w2)) < 3 {
		return b
	}
	plural := strings.HasSuffix(w2, "ين") || strings.HasSuffix(w2, "ون") || strings.HasSuffix(w2, "ات")
	switch {
	case strings.HasSuffix(w1, "ه") || strings.HasSuffix(w1, "ات"):
		// «المعارضة | الاتفاقات», «الخارجية | القرار», «السلطات | الموضوع»
		body := (orgHead(d, a+1) || officeHead(w2)) && !nisba(w2)
		if !body && (strings.HasSuffix(w2, "ه") || strings.HasSuffix(w2, "ي") || strings.HasSuffix(w2, "ى") || strings.HasSuffix(w2, "ا") || strings.HasSuffix(w2, "اء")) {
			return b // «الحكومة الإسرائيلية», «المحكمة العليا», «القوات المسلحة»
		}
		return a + 1 // a body is no adjective: «السلطات | الصحيفة»
	case maleBody(w1):
		// «الجيش | الحوثيين», «المجلس | الحكومة»
		if plural || strings.HasSuffix(w2, "ه") {
			return a + 1
		}
	}
	return b
}

// describingVerb reports «وصف/اعتبر/اتهم» in any person: verbs whose object
// stands right after the subject, before «بأنه/بـ».
func describingVerb(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "وصف", "وصفت", "يصف", "تصف", "صف", "صفت",
		"اعتبر", "اعتبرت", "يعتبر", "تعتبر",
		"اتهم", "اتهمت", "يتهم", "تتهم":
		return true
	}
	return false
}

// maleBody reports a masculine singular noun for a body that speaks
// («جيش», «مجلس»): no adjective after it ends in ة or a plural ending.
func maleBody(w string) bool {
	switch w {
	case "جيش", "مجلس", "حزب", "تحالف", "برلمان", "نظام", "كرملين", "اتحاد", "ائتلاف", "تنظيم", "فصيل", "مرصد", "ادعاء", "بنتاغون", "قضاء":
		return true
	}
	return false
}
