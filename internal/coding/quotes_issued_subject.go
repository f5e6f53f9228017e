package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// issuedSubject reads a statement noun as the subject of the reporting
// verb at i, issued by a party named after «صادر/الصادر عن/من»: «وقال
// بيان صادر عن مكتب رئيسة الوزراء إن …», «وأفاد بيان مقتضب، صادر عن
// مكتبه الإعلامي، بأن …». The issuer speaks. Without this the noun read
// as the occasion of an unwritten subject («قال (في) بيان») and the quote
// was lost where no one had spoken before; tidyQuotes (issuedBy) only
// mended the speaker of quotes already found.
func (c *Coder) issuedSubject(d *doc, i int, s sent) (speaker, bool) {
	k := i + 1
	if k >= s.b || d.toks[k].Kind != arabic.Word {
		return speaker{}, false
	}
	if n := strings.TrimPrefix(d.toks[k].Norm, "ال"); !writtenStatement(n) {
		return speaker{}, false
	}
	k++
	for n := 0; k < s.b && n < 2 && d.toks[k].Norm != "صادر" && d.toks[k].Norm != "الصادر"; n++ {
		if d.toks[k].Kind != arabic.Word && d.toks[k].Text != "،" {
			return speaker{}, false
		}
		k++ // «بيان مقتضب، صادر», «بيان مشترك صادر»
	}
	if k+2 >= s.b || d.toks[k].Norm != "صادر" && d.toks[k].Norm != "الصادر" {
		return speaker{}, false
	}
	if d.toks[k+1].Norm != "عن" && d.toks[k+1].Norm != "من" {
		return speaker{}, false
	}
	a := k + 2
	b := a
	for ; b < s.b && b < a+8; b++ {
		t := d.toks[b]
		if t.Kind == arabic.Punct || complementiser(d, b) || issuerStop(t.Norm) {
			break
		}
		if _, day := c.cal.weekday(t.Norm); day && b > a {
			break // «صادر عن الاتحاد الأوروبي الأحد،»
		}
	}
	if b <= a || b >= s.b {
		return speaker{}, false
	}
	name, _ := d.spanText(a, b)
	name = strings.Trim(name, " ،,«»\"“”()#")
	if name == "" {
		return speaker{}, false
	}
	return speaker{name: name, end: b, actor: d.firstActor(a, b, name)}, true
}

// issuerStop reports a word that ends the issuer's name after «صادر عن»:
// a preposition of what the statement is about, or a time word (a
// weekday is read by the caller).
func issuerStop(w string) bool {
	switch w {
	case "في", "الي", "علي", "حول", "بشان", "عن", "اليوم", "امس", "مساء", "صباح", "يوم":
		return true
	}
	return false
}
