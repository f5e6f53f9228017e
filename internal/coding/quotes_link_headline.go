package coding

import (
	"strings"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// linkHeadline reads a headline line of the form «NAME: statement» with
// no verb of saying — the links to related stories that news sites put
// between paragraphs («روحاني: الولايات المتحدة ستندم إن انسحبت من
// الاتفاق»، «للمزيد: وزير خارجية قطر: "…"»، «قد يهمك/ قرقاش: …»، «اقرأ:
// (ترامب: سنخرج من سوريا قريبا)»): NAME said the statement, as the gold
// reads «سوريا: إسرائيل قصفت قاعدة التيفور …». Only a line of its own
// that does not end in a full stop, whose NAME (after the line's last
// link word, «/» or «(») is one linked name of up to five words, and
// whose statement has five words or more and is no topic label: not
// opened by a preposition («الحوثيون: من جبال صعدة إلى …»), nor a noun
// with a relative clause («أردوغان: الرئيس الذي روّض العسكر»), nor, after
// a place, an event noun («اليمن: مقتل حوثيين بالبيضاء …») or a plural
// before a preposition («سوريا: تساؤلات حول مصير إدلب …»): the place
// labels the news. A dateline («واس - القاهرة:») has a dash before the
// colon and is left.
func (c *Coder) linkHeadline(d *doc, si int, s sent, covered map[int]bool) []marsad.Quote {
	if si == 0 || !lineStart(d, s.a) {
		return nil
	}
	last := s.b - 1
	for last > s.a && d.toks[last].Text == ")" {
		last--
	}
	if d.toks[last].Text == "." || d.toks[last].Text == "،" {
		return nil
	}
	p := -1
	for k := s.a; k < s.b; k++ {
		switch {
		case d.toks[k].Text == ":" && !clockColon(d, k):
			p = k
		case d.toks[k].Text == "-" || d.toks[k].Text == "–":
			if p < 0 {
				return nil // «واس - القاهرة:»: a dateline
			}
		}
	}
	if p < 0 {
		return nil
	}
	a := s.a
	for k := p - 1; k >= s.a; k-- {
		if t := d.toks[k].Text; t == ":" || t == "/" || t == "(" {
			a = k + 1
			break
		}
	}
	if p-a < 1 || p-a > 5 {
		return nil
	}
	m := d.mentionAt[a]
	if m < 0 {
		return nil
	}
	for k := a; k < p; k++ {
		if d.mentionAt[k] != m {
			return nil // the whole NAME is one linked name
		}
	}
	start, end := p+1, last+1
	for end > start && d.toks[end-1].Kind == arabic.Punct && quoteMarks[d.toks[end-1].Text] == "" {
		end--
	}
	if start >= end || covered[start] || d.words(start, end) < 5 {
		return nil
	}
	first := d.toks[start]
	if first.Kind == arabic.Word && preposition(first.Norm) && first.Norm != "على" && first.Norm != "علي" || first.Norm == "بعد" || first.Norm == "قبل" {
		return nil // «الحوثيون: من جبال صعدة إلى حكم صنعاء»: a topic
	}
	if start+1 < end && (relative(d.toks[start+1].Norm) || strings.HasPrefix(d.toks[start+1].Norm, "الموالي")) {
		return nil // «أردوغان: الرئيس الذي روّض العسكر»: a description
	}
	if d.placeAt[a] >= 0 && first.Kind == arabic.Word && !definite(first.Norm) &&
		(c.isTrigger(d, start) || strings.HasSuffix(first.Norm, "ات") && start+1 < end && preposition(d.toks[start+1].Norm)) {
		return nil // «اليمن: مقتل حوثيين …», «مصر: حبس …», «سوريا: تساؤلات حول …»: a place labels the news
	}
	name, _ := d.spanText(a, p)
	act := d.mentions[m].Actor
	act.Name = strings.TrimSpace(name)
	sp := speaker{name: act.Name, actor: &act}
	_, span := d.spanText(start, end)
	txt := d.text[d.toks[start].Start:d.toks[end-1].End]
	return []marsad.Quote{{Span: span, Text: txt, Speaker: sp.toActor()}}
}

// lineStart reports token i opening a line of the text.
func lineStart(d *doc, i int) bool {
	k := d.toks[i].Start - 1
	for k >= 0 && (d.text[k] == ' ' || d.text[k] == '\t' || d.text[k] == '\r') {
		k--
	}
	return k < 0 || d.text[k] == '\n'
}
