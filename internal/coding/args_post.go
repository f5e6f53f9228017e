package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// A party after «لدى» names a post, not a side of the act: «السفير
// الأمريكي لدى اليمن», «مندوب روسيا لدى الأمم المتحدة، فاسيلي نيبينزيا،».
// It is neither the actor nor the recipient, and the object of the verb
// follows the post and the name set off by commas after it.

// atPost reports a token of an actor mention right after «لدى» that
// follows a title (not «أن لدى موسكو أدلة»: X has).
func (c *Coder) atPost(d *doc, k int) bool {
	if m := d.mentionAt[k]; m >= 0 {
		k = int(d.mentions[m].TokStart)
	}
	return k > 1 && bareWord(d, k-1) == "لدي" && c.titleBefore(d, k-1)
}

// titleBefore reports a «لدى» at k that closes the title of an envoy
// («السفير الأمريكي لدى», «مندوب الكويت لدى»), not «أثار قلقا لدى
// المؤسسة العسكرية» or «يعملون لدى منظمات».
func (c *Coder) titleBefore(d *doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if d.toks[j].Kind != arabic.Word {
			return false
		}
		w := bareWord(d, j)
		for _, t := range []string{"سفير", "مندوب", "ممثل", "مبعوث", "قنصل"} {
			if strings.Contains(w, t) {
				return true
			}
		}
	}
	return false
}

// postEnd moves j past a post «لدى X» and an appositive name set off by
// commas after it («، نيكي هايلي،»); it returns j unchanged when no post
// starts there.
func (c *Coder) postEnd(d *doc, j, end int) int {
	if j+1 >= end || bareWord(d, j) != "لدي" || !c.titleBefore(d, j) {
		return j
	}
	p := c.phraseAt(d, j+1, end)
	if !p.ok() {
		return j
	}
	k := p.b
	if k >= end || d.toks[k].Text != "،" {
		return k
	}
	// an appositive name: up to four words, none a stop word or a trigger,
	// closed by a second comma
	for n := k + 1; n < end && n <= k+5; n++ {
		t := d.toks[n]
		if t.Text == "،" && n > k+1 {
			return n + 1
		}
		if t.Kind != arabic.Word || c.isStop(d, n) || c.isTrigger(d, n) {
			break
		}
	}
	return k
}

// constructEnd extends a subject phrase that stops before a mention it
// governs («مندوب | روسيا», «سفير | الولايات المتحدة») to the end of that
// mention: the object follows the whole construct. A head in ا (accusative)
// or a plural in ون is in no construct.
func constructEnd(d *doc, p np, end int) np {
	if !p.ok() || p.actor != nil || p.b >= end || p.b-p.a != 1 {
		return p
	}
	w := bareWord(d, p.a)
	if definite(w) || strings.HasSuffix(w, "ا") || pluralHead(w) {
		return p
	}
	m := d.mentionAt[p.b]
	if m < 0 || int(d.mentions[m].TokStart) != p.b || strings.HasPrefix(d.toks[p.b].Norm, "و") && bareWord(d, p.b) != d.toks[p.b].Norm {
		return p
	}
	a := d.mentions[m].Actor
	return np{a: p.a, b: min(int(d.mentions[m].TokEnd), end), actor: &a}
}

// subjectSpan is a subject phrase after its verb with what still belongs
// to it before the object: a governed mention, further members of a list,
// a post with its appositive name. The object of the verb starts after it.
func (c *Coder) subjectSpan(d *doc, p np, end int) np {
	q := constructEnd(d, p, end)
	q.b = c.postEnd(d, conjunctsEnd(d, q, end), end)
	return q
}
