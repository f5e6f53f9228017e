package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// participleVerbSubject finds who speaks through a participle at i
// («قائلا», «مؤكدا», «بالقول») that closes a clause opened by a finite verb
// of any kind with a named subject, when the sentence has no reporting verb
// of its own: «وشبه الوزير فلان الطائرات بالقنابل، قائلا …», «إلى جانب
// ذلك، سخر ترامب من …، قائلا …», «لكن الرئيس، فلان، وجه إنذارا، قائلا …»,
// «فيما تحدث مدير الشركة فلان قائلا …». The verb opens the sentence, after
// a side opener («من جهته»), a short opening phrase closed by a comma
// («من جهة أخرى،», «إلى جانب ذلك،») or a particle («لكن», «فيما», «كما»);
// either the verb comes first and a linked party (or a title and a name)
// follows it, or a linked party opens the clause and the verb follows it.
// A pro-drop verb («وأضاف أن …، مشيرا», «وقدمت شكرها …، قائلة») names no
// one and the last speaker is kept. Another clause between the verb and
// the participle (a relative clause on a party, «…، وقام X», «…، لترد
// X») makes the participle that clause's and nothing is read. A bare
// definite noun that names the last speaker («الصحيفة» after «صحيفة X»,
// cur) is that speaker.
func (c *Coder) participleVerbSubject(d *doc, start, i int, cur speaker) (speaker, bool) {
	a := sideOpener(d, start, i)
	a = openingPhrase(d, a, i)
	a = shortOpening(d, a, i)
	if a < i && d.toks[a].Kind == arabic.Word {
		switch strings.TrimPrefix(d.toks[a].Norm, "و") {
		case "لكن", "فيما", "بينما", "كما", "ثم":
			a++
		case "غير", "الا":
			if a+1 < i && d.toks[a+1].Norm == "ان" {
				a += 2 // «غير أن X رد …», «إلا أن X …»
			}
		}
	}
	if a >= i || d.toks[a].Kind != arabic.Word {
		return speaker{}, false
	}
	var sp speaker
	found := false
	if (c.perfectVerb(d, a) || haVerb(d.toks[a].Norm) || haVerb(strings.TrimPrefix(d.toks[a].Norm, "و"))) && !c.reportingAt(d, a) && genderAgrees(d, a, i) {
		// verb, then its subject
		k := c.skipAdverbs(d, a+1, i)
		mention := k < i && d.mentionAt[k] >= 0 && int(d.mentions[d.mentionAt[k]].TokStart) == k
		if k < i && (mention || c.titleThenName(d, k, i) || titleOfficeName(d, k, i)) {
			// («وشبه الوزير في الحكومة فلان …»: a title, its office, then the name)
			if s, ok := c.speakerAfter(d, a, i); ok && (s.actor != nil || mention && orgHead(d, k)) && s.end > a && s.end <= i {
				sp, found = s, true
			}
		}
	} else if m := d.mentionAt[a]; m >= 0 && int(d.mentions[m].TokStart) == a {
		// subject, then its verb
		v := int(d.mentions[m].TokEnd)
		if v+1 < i && d.toks[v].Text == "،" {
			// «لكن الرئيس الأميركي، فلان، وجه …»: a name in apposition
			if m2 := d.mentionAt[v+1]; m2 >= 0 && int(d.mentions[m2].TokStart) == v+1 {
				if e := int(d.mentions[m2].TokEnd); e+1 < i && d.toks[e].Text == "،" {
					v = e + 1
				}
			}
		}
		if v+1 < i && d.toks[v].Text == "،" && d.commaBetween(a, v) {
			v++ // the linker took the apposition in: «الرئيس الأميركي، فلان، وجه»
		}
		if v < i && d.toks[v].Kind == arabic.Word && (c.perfectVerb(d, v) || haVerb(bareWord(d, v)) || shortVerb(bareWord(d, v))) && !c.reportingAt(d, v) && genderAgrees(d, v, i) {
			e := int(d.mentions[m].TokEnd)
			if v > e {
				e = v - 1 // the name in apposition too
			}
			for e > a && d.toks[e-1].Text == "،" {
				e--
			}
			name, _ := d.spanText(a, e)
			if act := d.firstActor(a, e, name); act != nil {
				sp, found = speaker{name: strings.Trim(name, " ،,«»\"“”()"), end: v, actor: act}, true
			}
		}
	}
	if !found || sp.name == "" {
		return speaker{}, false
	}
	for j := sp.end; j < i; j++ {
		t := d.toks[j]
		if t.Kind == arabic.Punct && t.Text == ":" {
			return speaker{}, false // a quote of its own on the way
		}
		if t.Kind != arabic.Word {
			continue
		}
		w := t.Norm
		if relative(strings.TrimPrefix(w, "و")) && w != "ما" && w != "مما" && w != "لما" && w != "عما" && !(d.toks[j-1].Text == "،" && d.commaBetween(j, i)) {
			// «… المعتقل الذي ظهر في الفيديو قائلا»: the clause's subject;
			// a clause between commas on the subject is passed over
			return speaker{}, false
		}
		if j > 0 && d.toks[j-1].Text == "،" && (clauseConjunction(w) || strings.HasPrefix(w, "لي") || strings.HasPrefix(w, "لت") || c.joinedVerb(d, j) || strings.HasPrefix(w, "و") && c.perfectVerb(d, j)) {
			return speaker{}, false // «…، وقام X», «…، لترد عليها X قائلة»: another clause
		}
		if n := len([]rune(w)); (strings.HasPrefix(w, "لت") || strings.HasPrefix(w, "لي")) && n >= 4 && n <= 6 && d.mentionAt[j] < 0 {
			return speaker{}, false // «كذبت X الرواية لتظهر فلانة …، موضحة»: the purpose clause's subject
		}
		if c.reportingAt(d, j) || complementiser(d, j) {
			return speaker{}, false
		}
	}
	if ws := strings.Fields(arabic.Normalize(sp.name)); len(ws) == 1 && cur.name != "" && strings.HasPrefix(ws[0], "ال") &&
		strings.Contains(arabic.Normalize(cur.name), strings.TrimPrefix(ws[0], "ال")) {
		return cur, true // «… صحيفة X. الصحيفة تسلط الضوء …، قائلة»: the paper named before
	}
	return sp, true
}

// shortOpening moves start past a short phrase that opens the sentence
// with a preposition and ends at a comma within five tokens («إلى جانب
// ذلك،», «من جهة أخرى،», «وعلى صعيد آخر،», «وفي هذا السياق،»).
func shortOpening(d *doc, start, i int) int {
	if start >= i || d.toks[start].Kind != arabic.Word {
		return start
	}
	switch strings.TrimPrefix(d.toks[start].Norm, "و") {
	case "الي", "من", "علي", "في", "الى", "على", "وعلي", "بعد", "ومن":
	default:
		return start
	}
	for k := start + 1; k < i && k <= start+5; k++ {
		t := d.toks[k]
		if t.Text == "،" {
			return k + 1
		}
		if t.Kind != arabic.Word || d.mentionAt[k] >= 0 {
			return start
		}
	}
	return start
}

// haVerb reports a perfect verb whose last letter is ه («شبّه», «وجّه»,
// «نبّه», «نوّه», «توجّه»), which perfectVerb leaves out with the nouns in ة.
func haVerb(w string) bool {
	switch w {
	case "شبه", "وجه", "نبه", "نوه", "توجه":
		return true
	}
	return false
}

// titleOfficeName reports a bare title at k followed, within six words and
// no punctuation, by a linked name («الوزير في الحكومة الإسرائيلية فلان»).
func titleOfficeName(d *doc, k, end int) bool {
	if k >= end || !bareTitle(strings.TrimPrefix(d.toks[k].Norm, "ال")) {
		return false
	}
	for j := k + 1; j < end && j <= k+6; j++ {
		if d.toks[j].Kind != arabic.Word {
			return false
		}
		if m := d.mentionAt[j]; m >= 0 && int(d.mentions[m].TokStart) == j && d.mentions[m].Actor.Name != "" {
			return true
		}
	}
	return false
}

// shortVerb reports a doubled perfect verb of two letters («ردّ», «حثّ»,
// «حضّ»), read only right after a named subject.
func shortVerb(w string) bool {
	switch w {
	case "رد", "ردت", "حث", "حثت", "حض", "حضت":
		return true
	}
	return false
}
