package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// appealQuoted reads an appeal whose verbal noun carries a quoted phrase:
// «دعا X الرأي العام إلى اغتنام "فرصة …" متاحة حاليا»,
// «حث X الطرفين على تجنب "أي تصعيد"». The quotation marks show the
// appeal's words are reported, so what was asked, from the verbal noun to
// the end of its clause, is the quote; the quoted phrase alone is too
// short to stand as one. A bare verbal noun without quotation marks («دعا
// الملك الحكومة إلى إطلاق حوار») stays unquoted, as the golds leave it,
// and so does a quotation right after «إلى» («دعت إلى "سرعة الإفراج"»),
// which is a direct quote of its own. It returns the span's first and
// last+1 tokens.
func (c *Coder) appealQuoted(d *doc, i int, s sent) (int, int, bool) {
	if !appealVerb(strings.TrimPrefix(bareWord(d, i), "و")) {
		return 0, 0, false
	}
	for j := i + 1; j < s.b && j <= i+16; j++ {
		t := d.toks[j]
		if t.Kind == arabic.Punct && t.Text != "،" || complementiser(d, j) {
			return 0, 0, false
		}
		if t.Norm != "الي" && t.Norm != "على" && t.Norm != "علي" {
			continue
		}
		k := j + 1
		if k >= s.b || d.toks[k].Kind != arabic.Word || d.mentionAt[k] >= 0 || preposition(d.toks[k].Norm) || c.isStop(d, k) {
			return 0, 0, false
		}
		for o := k + 1; o < s.b && o <= k+3; o++ {
			cm := quoteMarks[d.toks[o].Text]
			if cm == "" {
				if d.toks[o].Kind == arabic.Punct {
					return 0, 0, false
				}
				continue
			}
			cl := o + 1
			for cl < s.b && cl <= o+9 && d.toks[cl].Text != cm {
				cl++
			}
			if cl >= s.b || d.toks[cl].Text != cm || d.words(o+1, cl) > 6 {
				return 0, 0, false
			}
			e := cl + 1
			for e < s.b && e <= cl+14 && (d.toks[e].Kind != arabic.Punct || quoteMarks[d.toks[e].Text] != "") {
				e++ // to the clause's end, past another quoted phrase («إلى حل "ملائم" وليس "شعبوي"»)
			}
			return k, e, true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// appealAct reports an appeal verb the lexicon does not list as
// reporting («حث») that introduces a quoted appeal (appealQuoted).
func (c *Coder) appealAct(d *doc, i int, s sent) bool {
	_, _, ok := c.appealQuoted(d, i, s)
	return ok
}

// appealVerb reports a verb or participle of appeal (دعا، حث، ناشد),
// normalised and without its و.
func appealVerb(w string) bool {
	switch w {
	case "دعا", "دعت", "يدعو", "تدعو", "داعيا", "داعيه",
		"حث", "حثت", "يحث", "تحث", "حاثا",
		"ناشد", "ناشدت", "يناشد", "تناشد", "مناشدا", "مناشده":
		return true
	}
	return false
}
