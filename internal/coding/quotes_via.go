package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// viaPreposition reports a form of عبر at i that reads as the preposition
// «via, through» and expresses nothing: after an occasion or a statement
// («في مؤتمر صحفي عبر الهاتف، …، ردا على سؤال عن …», «في تغريدة عبر
// حسابه»), after a published noun («الذي نشر عبر موقع المنظمة»), or
// before a medium («عبر الهاتف», «عبر الفيديو»). expresses looks for «عن»
// far on and across commas, which these sentences have for another reason.
func viaPreposition(d *doc, i int) bool {
	if bareWord(d, i) != "عبر" || strings.HasPrefix(d.toks[i].Norm, "و") {
		return false
	}
	if i+1 < len(d.toks) && mediumWord(d.toks[i+1].Norm) {
		return true
	}
	if i == 0 || d.toks[i-1].Kind != arabic.Word {
		return false
	}
	p := strings.TrimPrefix(d.toks[i-1].Norm, "ال")
	return occasionAdjective(d.toks[i-1].Norm) || writtenStatement(p) || postPlace(p) || publishedWord(p)
}

// mediumWord reports a means of communication after «عبر».
func mediumWord(w string) bool {
	switch strings.TrimPrefix(w, "ال") {
	case "هاتف", "فيديو", "انترنت", "إنترنت", "بريد", "اقمار", "اثير", "تلفزيون", "راديو", "اذاعه", "شاشه", "وسائل", "منصه", "منصات", "رساله", "رسائل", "وسطاء", "وسيط", "قنوات":
		return true
	}
	return postPlace(w)
}

// publishedWord reports a verb or participle of publishing or sending
// before «عبر» («نشر عبر», «بثت عبر», «أرسلت عبر»).
func publishedWord(w string) bool {
	switch w {
	case "نشر", "نشرت", "نشره", "نشرها", "بث", "بثت", "بثه", "ارسل", "ارسلت", "منشور", "منشوره", "مقابله", "كلمه", "اتصال", "اتصالا", "مداخله", "حديث":
		return true
	}
	return false
}

// expressesBefore reports «عن» after a form of عبر at i and before the
// first complementiser of the sentence after it: «عبر الأمير وليام عن
// سعادته …، وأنه سيلتقي …» expresses; «تابعت القضية عبر السفارة بلندن
// وأنها …», «نقلت إنذارا لحماس، عبر مصر، بأنه …» pass through.
func expressesBefore(d *doc, i int, s sent) bool {
	if viaPreposition(d, i) {
		return false
	}
	for k := i + 1; k < s.b && k <= i+12; k++ {
		if d.toks[k].Norm == "عن" {
			return true
		}
		if complementiser(d, k) {
			return false
		}
	}
	return false
}
