package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// occasionTail reads what may still follow an occasion phrase after a verb
// («وقال في مؤتمر صحفي | في كابول "…"», «وكتب في تغريدة | على تويتر إن …»,
// «وتابع في تغريدة | منفصلة: …»): an adjective or a short prepositional
// phrase that runs straight into a colon, a quotation mark or a
// complementiser. It returns where what was said begins (so no subject
// follows the verb), or k when something else (a subject) comes first.
func (c *Coder) occasionTail(d *doc, k, end int) int {
	j := k
	if j < end && d.toks[j].Kind == arabic.Word && d.mentionAt[j] < 0 && !preposition(d.toks[j].Norm) && !c.isStop(d, j) && !complementiser(d, j) && !strings.HasPrefix(d.toks[j].Norm, "ال") {
		j++ // an indefinite adjective («منفصلة», «مقتضب»)
	}
	if j < end && (preposition(d.toks[j].Norm) || d.toks[j].Norm == "عبر") {
		// «في كابول», «على تويتر», «مع قناة X», «عبر حسابه في تويتر»
		limit := j + 6
		for j++; j < end && j < limit && d.toks[j].Kind == arabic.Word && !complementiser(d, j); j++ {
		}
	}
	if j == k || j >= end {
		return k
	}
	if t := d.toks[j]; t.Text == ":" || quoteMarks[t.Text] != "" || t.Kind == arabic.Word && complementiser(d, j) {
		return j
	}
	return k
}

// pronounObject reports a preposition with an attached pronoun («عنه»,
// «لها», «منهم»): after a verb it is never the speaker («كانت تقول عنه
// يوما: …»).
func pronounObject(w string) bool {
	for _, p := range []string{"عن", "ل", "من", "الي", "علي", "مع", "في", "ب"} {
		st, ok := strings.CutPrefix(w, p)
		if !ok {
			continue
		}
		switch st {
		case "ه", "ها", "هم", "هما", "هن", "نا":
			return true
		}
	}
	return false
}

// toPronoun reports «عنه», «لها» and the like: about or to whom something
// was said, which may stand between a verb and its subject («بحسب ما
// نقلته عنه وكالة …», «رحلة قالت عنها طهران إنها …»).
func toPronoun(w string) bool {
	switch w {
	case "عنه", "عنها", "عنهم", "له", "لها", "لهم":
		return true
	}
	return false
}
