package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// conjunctsEnd is the end of a list of parties that opens with phrase p:
// «اتهمت سوريا وروسيا وإيران إسرائيل» has the subject list «سوريا وروسيا
// وإيران», and the object follows the list, not its second member. Each
// member opens with the conjunction و and is an agentive actor mention.
func conjunctsEnd(d *doc, p np, end int) int {
	j := p.b
	for j < end && d.toks[j].Kind == arabic.Word && strings.HasPrefix(d.toks[j].Norm, "و") && bareWord(d, j) != d.toks[j].Norm {
		m := d.mentionAt[j]
		if m < 0 || d.mentions[m].TokStart != j || !agentive(&d.mentions[m].Actor) {
			break
		}
		j = d.mentions[m].TokEnd
	}
	return j
}

// actorConjunct reports a mention that is a later member of a list whose
// first member is the actor («دمشق وموسكو وطهران»): it acts too.
func actorConjunct(d *doc, m int, actorName string) bool {
	f := firstConjunct(d, m)
	return f != m && namesOverlap(d.mentionActor(f).Name, actorName)
}
