package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// contentNouns name what an act is about, not who: a document or a
// decision («الاتفاق», «قرار», «مشروع قانون», «الأحكام»), a measure or a
// process («إجراءات», «عملية عسكرية», «حملة الاعتقالات», «التصعيد»,
// «هدنة», «مفاوضات السلام»), an occasion («الانتخابات») or a need
// («ضرورة»). Normalised, without the article.
var contentNouns = wordSet([]string{
	"اتفاق", "اتفاقية", "اتفاقات", "اتفاقيات", "قرار", "قرارات", "مشروع", "قانون", "قوانين", "دستور", "أحكام",
	"انتخابات", "سلام", "عملية", "حملة", "إجراء", "إجراءات", "تصعيد", "ضرورة", "هدنة", "خطة", "مبادرة",
	"عقوبات", "مفاوضات", "محادثات", "مشاورات", "تسوية", "صفقة", "مقترح", "سياسة", "سياسات", "نتائج",
})

// contentRecipient reports a recipient phrase the linker did not read as
// a party whose head is a content noun: «تؤيد الاتفاق», «رفضوا اتفاق
// المصالحة», «دعا إلى انتخابات مبكرة», «شجبت الأحكام», «دان التصعيد». What
// is backed, refused or asked is the act's content; its party, if any,
// is named elsewhere (contentOwner takes one named inside the phrase).
func (c *Coder) contentRecipient(d *doc, p np) bool {
	if !p.ok() || linked(p.actor) || d.mentionAt[p.a] >= 0 || d.placeAt[p.a] >= 0 || d.toks[p.a].Kind != arabic.Word {
		return false
	}
	w := bareWord(d, p.a)
	for _, pre := range []string{"بال", "لل", "ال", "ب", "ل"} {
		if strings.HasPrefix(w, pre) && contentNouns[w[len(pre):]] {
			return true
		}
	}
	return contentNouns[w]
}

// contentOwner returns the party a content phrase names after its head,
// whose decision, deal or escalation it is («قرار مجلس حقوق الإنسان»),
// or nil.
func (c *Coder) contentOwner(d *doc, p np) *marsad.Actor {
	for k := p.a + 1; k < p.b; k++ {
		m := d.mentionAt[k]
		if m < 0 || d.mentions[m].TokStart != k {
			continue
		}
		if r := d.mentionActor(int(m)); linked(r) && r.Sector != "MED" {
			return r
		}
	}
	return nil
}
