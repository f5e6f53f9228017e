package geo

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// familyName reports whether toks[j] is the family noun «آل» (with or
// without «و») followed by a word, as in Yemeni village and area names
// («قرى آل هقاش وآل الحماقي», «منطقة آل صبحان»), and returns the token the
// name ends in. The normalised «آل» is spelt like the article alone, so
// the original text decides.
func familyName(toks []arabic.Token, j int) (end int, ok bool) {
	t := &toks[j]
	if t.Kind != arabic.Word || t.Text != "آل" && t.Text != "وآل" {
		return 0, false
	}
	n := j + 1
	if n >= len(toks) || toks[n].Kind != arabic.Word || toks[n].CStart-t.CEnd > 1 || strings.HasPrefix(toks[n].Norm, "و") {
		return 0, false
	}
	return n, true
}

// minhaHeads are the plural settlement and area nouns (normalised) that
// may open a list with «منها» a few words later: «أغلقوا أحياء سكنية
// عدة، منها الربصة وباب مشرف والكورنيش».
var minhaHeads = map[string]bool{"احياء": true, "قري": true, "بلدات": true, "مناطق": true, "مدن": true}

// opensByMinha reports whether toks[i] is «منها» after a comma and a
// plural settlement noun at most four words before it, in the same
// sentence.
func opensByMinha(toks []arabic.Token, i int) bool {
	if toks[i].Kind != arabic.Word || toks[i].Norm != "منها" && toks[i].Norm != "ومنها" ||
		i == 0 || toks[i-1].Text != "،" && toks[i-1].Text != "," {
		return false // (not «البلدات التي هجروا منها»: «منها» after a comma)
	}
	for k, words := i-1, 0; k >= 0 && words < 4; k-- {
		t := &toks[k]
		if t.Kind == arabic.Punct && t.Text != "،" && t.Text != "," {
			return false
		}
		if t.Kind != arabic.Word {
			continue
		}
		words++
		if minhaHeads[strings.TrimLeft(t.Norm, "وفب")] || minhaHeads[t.Norm] {
			return true
		}
	}
	return false
}

// narrowProvince moves an unknown name placed at a province (its capital)
// to a place of that province named after it in the same sentence, within
// eight words: «سيطرت القوات على قرى آل هقاش والجربان القريبتين من جبل
// مسعودة» after «محافظة البيضاء» puts the villages at the mountain, not
// at the provincial capital 80 km away.
func (r *Resolver) narrowProvince(toks []arabic.Token, ms []mention, l *listedName, end int) {
	if l.near < 0 || r.g.entries[l.near].Kind != marsad.KindProvince {
		return
	}
	prov := &r.g.entries[l.near]
	for i := range ms {
		m := &ms[i]
		if m.tok <= end {
			continue
		}
		if m.tok > end+8 || sentenceBreak(toks, end, m.tok) {
			return
		}
		if !m.keep || m.best < 0 {
			continue
		}
		if e := &r.g.entries[m.best]; e.Kind != marsad.KindCountry && e.Kind != marsad.KindProvince && e.Admin1 == prov.ID {
			l.near = m.best
			return
		}
	}
}

// conjReading reads a dropped one-word name that begins with «و» as «و»
// and the name after it, when that name lies in a country the article
// names: «الرياض وجدة والدمام» is Riyadh and Jeddah, not Oujda dropped
// for want of Moroccan support. match prefers the whole word, so the
// reading is tried only once the whole word has been dropped.
func (r *Resolver) conjReading(toks []arabic.Token, ms []mention, ctx *articleContext) {
	for i := range ms {
		m := &ms[i]
		if m.keep || m.cue < cueNone || m.clitic != "" || m.words != 1 || m.ntok != 1 || !strings.HasPrefix(m.key, "و") {
			continue
		}
		alt := m.key[len("و"):]
		if r.lex.ambig[stripFirstArticle(alt)] != ambigNone {
			continue
		}
		// (and more than the whole word's country: «وجدة» in a Moroccan
		// report that names Saudi Arabia once stays dropped)
		best, bestW := -1, 1.0
		for _, p := range m.posts {
			bestW = max(bestW, ctx.countries[r.g.entries[p.idx].Country]+0.5)
		}
		for _, p := range exact(r.g.byKey[alt]) {
			if p.needsCue {
				continue
			}
			if w := ctx.countries[r.g.entries[p.idx].Country]; w >= bestW {
				best, bestW = int(p.idx), w
			}
		}
		if best < 0 {
			continue
		}
		t := &toks[m.tok]
		_, at := normRunes(t.Text)
		if len(at) < 2 {
			continue
		}
		m.key, m.clitic, m.start = alt, "و", t.CStart+at[1]
		m.best, m.keep = best, true
	}
}

// orgEventHeads are the organisation nouns (normalised) that an event noun
// may follow as the start of a group's name: «هيئة تحرير …», «جبهة
// تحرير …», «حركة تحرير …» (not «عملية تحرير الحديدة», the operation).
var orgEventHeads = map[string]bool{"هيئه": true, "جبهه": true, "حركه": true, "منظمه": true, "حزب": true}
