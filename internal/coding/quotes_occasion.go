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
	case "عنه", "عنها", "عنهم", "له", "لها", "لهم", "لي", "لنا":
		return true
	}
	return false
}

// cameThatIn reads a sentence that places what was just reported in an
// occasion of a named party: «جاء ذلك في تغريدة لـX على صفحته …، حيث
// قال: …», «جاء ذلك خلال مقابلة للوزير مع …»: X speaks in this sentence.
func (c *Coder) cameThatIn(d *doc, s sent) (speaker, bool) {
	i := s.a
	if i+4 >= s.b || strings.TrimLeft(d.toks[i].Norm, "و") != "جاء" || d.toks[i+1].Norm != "ذلك" {
		return speaker{}, false
	}
	if w := d.toks[i+2].Norm; w != "في" && w != "خلال" {
		return speaker{}, false
	}
	j := i + 3
	seen := false
	for ; j < s.b && j <= i+8 && d.toks[j].Kind == arabic.Word; j++ {
		w := bareWord(d, j)
		if occasionNoun(w) || occasionNoun(strings.TrimPrefix(w, "ال")) || w == "التغريدات" || w == "تغريدات" || w == "مقال" {
			seen = true
			continue
		}
		if seen && strings.HasPrefix(d.toks[j].Norm, "ل") && len(d.keys[j]) > 1 {
			break
		}
		if !seen && (w == "سلسله" || w == "من") || seen && (nisba(w) || occasionAdjective(w)) {
			continue
		}
		return speaker{}, false
	}
	if !seen || j >= s.b || j > i+8 || d.toks[j].Kind != arabic.Word || !strings.HasPrefix(d.toks[j].Norm, "ل") {
		return speaker{}, false
	}
	e := j + 1
	if m := d.mentionAt[j]; m >= 0 {
		e = max(e, min(d.mentions[m].TokEnd, s.b))
	}
	for e < s.b && e < j+5 && d.toks[e].Kind == arabic.Word && !preposition(d.toks[e].Norm) && !complementiser(d, e) && d.toks[e].Norm != "حيث" && !c.reportingAt(d, e) {
		e++
	}
	name, _ := d.spanText(j, e)
	name = withoutLam(strings.Trim(name, " ،,«»\"“”()"))
	if name == "" {
		return speaker{}, false
	}
	sp := speaker{name: name, end: e}
	sp.actor = d.firstActor(j, e, name)
	return sp, true
}

// openingSource reads a sentence that opens on its source: «وبحسب شهود
// عيان، فإن …، مؤكدين أن …», «ووفقا للمصدر، فقد …»: the source speaks for
// the participles and verbs without a subject that follow.
func (c *Coder) openingSource(d *doc, s sent) (speaker, bool) {
	switch strings.TrimPrefix(d.toks[s.a].Norm, "و") {
	case "بحسب", "حسب", "وفق", "وفقا":
	default:
		return speaker{}, false
	}
	for k := s.a + 2; k < s.b-1 && k <= s.a+10; k++ {
		if d.toks[k].Kind == arabic.Punct && d.toks[k].Text != "،" && quoteMarks[d.toks[k].Text] == "" {
			break
		}
		if d.toks[k].Text != "،" {
			continue
		}
		switch d.toks[k+1].Norm {
		case "فان", "فقد":
			if sp, ok := c.speakerAfter(d, s.a, k); ok {
				return sp, true
			}
		}
		break
	}
	return speaker{}, false
}

// saidBeforeColon reports a verb of saying right before a colon («وكتب:»,
// «، وقال:»): what precedes it is not the speaker's name.
func (c *Coder) saidBeforeColon(d *doc, i int) bool {
	switch strings.TrimLeft(bareWord(d, i), "وف") {
	case "كتب", "كتبت":
		return true
	}
	return c.reportingAt(d, i) && d.mentionAt[i] < 0 // (a word inside a linked name is no verb)
}

// sayingWordName reports a phrase read before a colon that is only the
// saying noun («بقوله», «بالقول»): no name.
func sayingWordName(name string) bool {
	switch strings.TrimLeft(arabic.Normalize(name), "وف") {
	case "بقوله", "بقولها", "بالقول", "قوله", "قولها":
		return true
	}
	return false
}
