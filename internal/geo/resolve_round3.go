package geo

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// adminListHeads are the dual and plural administrative nouns that open a
// list of division names («محافظتي أبين وشبوة», «مديريات الزيدية واللحية»),
// normalised; true for first-level divisions. The singular nouns are
// adminHeads.
var adminListHeads = map[string]bool{
	"محافظتي": true, "محافظتا": true, "محافظات": true, "ولايتي": true, "ولايتا": true, "ولايات": true,
	"مديريتي": false, "مديريتا": false, "مديريات": false, "منطقتي": false, "منطقتا": false, "اقضيه": false, "نواحي": false,
}

// round3Cues corrects the cues context gave: the names of a list after a
// dual or plural administrative noun, a town after a site noun whose nisba
// adjective follows, and a nisba adjective after a site noun.
func (r *Resolver) round3Cues(toks []arabic.Token, ms []mention) {
	r.adminLists(toks, ms)
	r.siteNisba(toks, ms)
	r.siteAdjective(toks, ms)
}

// siteAdjective drops a name that is a place only after a cue noun
// (lexicon `cue`) when it follows a site noun as the indefinite nisba
// adjective of a place noun: «منفذ بحري» is a sea port, not Khartoum
// North, «جسر بحري» a sea bridge, «مطار مدني» a civil airport; «مدينة
// بحري» stays the town, and «سد مروي», «مطار بالي» stay places.
func (r *Resolver) siteAdjective(toks []arabic.Token, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.ambig != ambigCue || m.cue < cueRif || m.clitic != "" || m.ntok != 1 || m.tok == 0 ||
			strings.HasPrefix(m.key, "ال") || !strings.HasSuffix(m.key, "ي") || len(m.headed) > 0 ||
			r.cueOf(strings.TrimSuffix(m.key, "ي")) <= cueNone {
			continue // (the adjective of a place noun: بحر → بحري, مدن → مدني; not «سد مروي», «مطار بالي»)
		}
		prev := &toks[m.tok-1]
		if prev.Kind == arabic.Word && (r.cueOfToken(prev) == cueSite || mascSiteHeads[stripPrep(prev.Norm)]) {
			m.cue = -1
		}
	}
}

// mascSiteHeads are the masculine site nouns (normalised) that name a
// port, airport, crossing, dam or camp after a town: a masculine nisba
// after the town agrees with them («ميناء إيلات الإسرائيلي», «منفذ حرض
// اليمني»), so the town is no sports club.
var mascSiteHeads = map[string]bool{"ميناء": true, "مطار": true, "معبر": true, "منفذ": true, "مرفا": true, "سد": true, "سجن": true, "مخيم": true, "جسر": true}

// siteNisba keeps a town named after a masculine site noun and followed by
// a masculine nisba: context read the nisba as a club's («برشلونة
// الإسباني»), but here it describes the port or crossing.
func (r *Resolver) siteNisba(toks []arabic.Token, ms []mention) {
	for i := range ms {
		m := &ms[i]
		ni := m.tok + m.ntok
		if m.cue >= 0 || m.clitic != "" || m.tok == 0 || ni >= len(toks) || r.lex.nisba[stripFirstArticle(m.key)] != "" {
			continue
		}
		prev, next := &toks[m.tok-1], &toks[ni]
		if prev.Kind != arabic.Word || !mascSiteHeads[stripPrep(prev.Norm)] || next.Kind != arabic.Word ||
			!strings.HasPrefix(next.Norm, "ال") || !strings.HasSuffix(next.Norm, "ي") || r.lex.nisba[next.Norm[len("ال"):]] == "" {
			continue
		}
		m.cue = r.cueOfToken(prev)
	}
}

// adminLists gives every name of a list opened by a dual or plural
// administrative noun the cue of that noun, as «محافظة» gives it to the
// one name after it: «في محافظتي أبين وشبوة» names two provinces listed
// only after «محافظة», «محافظات عمران وذمار وحجة» three (حجة is also a
// word), «محافظتي البصرة وذي قار» two. The names follow each other joined
// by و or a comma (a hashtag sign may stand before a name).
func (r *Resolver) adminLists(toks []arabic.Token, ms []mention) {
	for i := 0; i < len(ms); i++ {
		m := &ms[i]
		pi := prevWord(toks, m.tok)
		if k := m.tok - 1; pi < 0 && k > 0 && toks[k].Kind == arabic.Punct && toks[k].Text == ":" {
			pi = prevWord(toks, k) // «ولايات: المدية، البليدة»: the list after a colon
		}
		if pi < 0 || m.clitic != "" || definite(toks[pi].Norm) {
			continue
		}
		prov, ok := listHead(toks[pi].Norm)
		if !ok {
			continue
		}
		list := []int{i}
		for i+1 < len(ms) && onlyBetween(toks, ms[i].tok+ms[i].ntok, ms[i+1].tok, strings.HasPrefix(ms[i+1].clitic, "و")) {
			i++
			list = append(list, i)
		}
		for _, k := range list {
			// the names of one list lie in one country: «مديريات ذباب
			// والوازعية ومعسكر العمري» names no Algerian Mascara
			if len(list) == 1 || r.sharesCountry(ms, list, k) {
				listCue(&ms[k], prov)
			}
		}
	}
	r.dualSecond(toks, ms)
}

// sharesCountry reports whether a reading of ms[k] lies in the country of
// a reading of another name of the list.
func (r *Resolver) sharesCountry(ms []mention, list []int, k int) bool {
	for _, j := range list {
		if j == k {
			continue
		}
		for _, p := range ms[k].posts {
			for _, q := range ms[j].posts {
				if c := r.g.entries[p.idx].Country; c != "" && c == r.g.entries[q.idx].Country {
					return true
				}
			}
		}
	}
	return false
}

// dualSecond gives the second name after a dual administrative noun its
// cue when the first is a name the gazetteer does not know: «مديريتي
// الحيمة والتعزية» names التعزية, listed only after «مديرية». The second
// name is the first one joined by و within three words of the noun.
func (r *Resolver) dualSecond(toks []arabic.Token, ms []mention) {
	mi := 0
	for h := 0; h+2 < len(toks); h++ {
		w := toks[h].Norm
		if toks[h].Kind != arabic.Word || !strings.HasSuffix(w, "تي") && !strings.HasSuffix(w, "تا") || definite(w) {
			continue
		}
		prov, ok := listHead(w)
		if !ok {
			continue
		}
		for mi < len(ms) && ms[mi].tok <= h {
			mi++
		}
		if mi < len(ms) && ms[mi].tok == h+1 {
			continue // a known first name: adminLists
		}
		for k := mi; k < len(ms) && ms[k].tok <= h+4; k++ {
			if strings.HasPrefix(ms[k].clitic, "و") && ms[k].tok > h+1 {
				listCue(&ms[k], prov)
				break
			}
		}
	}
}

// listHead looks the word before a name up in adminListHeads, whole or
// after its proclitics («وولايات», «بمحافظتي»; «ولايات» is no و + «لايات»).
func listHead(norm string) (prov, ok bool) {
	for _, w := range []string{norm, strings.TrimPrefix(norm, "و"), stripPrep(norm)} {
		if prov, ok = adminListHeads[w]; ok {
			return prov, ok
		}
	}
	return false, false
}

// listCue gives m the cue of a list's administrative noun.
func listCue(m *mention, prov bool) {
	if m.cue < 0 {
		return // a club, an adjective
	}
	cue := cueDistrict
	if prov {
		cue = cueProvince
	}
	m.cue = max(m.cue, cue)
	m.adminCue, m.provHead, m.defCue = true, prov, false
}

// onlyBetween reports whether the tokens [from, to) between two names of a
// list are only a comma, a conjunction و and hashtag signs, and the names
// are joined: by a comma, a separate و, or the و the second name carries
// (joined).
func onlyBetween(toks []arabic.Token, from, to int, joined bool) bool {
	if from > to {
		return false
	}
	conj := joined
	for k := from; k < to; k++ {
		switch t := &toks[k]; {
		case t.Kind == arabic.Punct && t.Text == "#":
		case t.Kind == arabic.Punct && (t.Text == "،" || t.Text == ","):
			conj = true
		case t.Kind == arabic.Word && t.Norm == "و":
			conj = true
		default:
			return false
		}
	}
	return conj
}

// shortConjForm reports whether a word of n letters left after the
// proclitics conj and prep may still begin a name: the two-letter first
// word of a name of several words after the conjunction و alone («وذي
// قار», «وأم قصر»). match reads such a form only as a longer name's start.
func shortConjForm(n int, conj, prep rune) bool {
	return n == 2 && conj == 'و' && prep == 0
}

// loneMinor drops a small place (below 50,000 people or of unknown size)
// read with nothing before it — no cue noun, no preposition — when nothing
// else in the article lies in its country (no other place, no nisba) while
// the article does name places elsewhere: local news that names only its
// own town («صيف عنيزة», «مدير تعليم حفر الباطن») keeps it. Such a name is far more often the common word
// it is spelt like («ودان المتحدث» and condemned, «12 صبيا» boys, «عن مران
// الفريق» training, «الليالي الطوال») than the one village of its country
// the article would name; «سيطرت القوات على الشدادي» (a preposition),
// «الشدادي» in a report that names Syria or الحسكة, and a larger town
// stay.
func (r *Resolver) loneMinor(toks []arabic.Token, ms []mention) {
	var nisbas map[string]bool
	for i := range ms {
		m := &ms[i]
		if !m.keep || m.best < 0 || m.cue != cueNone || !r.minor(m) {
			continue
		}
		e := &r.g.entries[m.best]
		switch e.Kind {
		case marsad.KindCity, marsad.KindTown, marsad.KindVillage, marsad.KindDistrict:
		default:
			continue
		}
		if e.Population >= 50000 {
			continue // «قصفت الطائرات بوكمال»: a town of its size is named bare
		}
		key := stripFirstArticle(m.key)
		home, abroad := false, false
		for j := range ms {
			o := &ms[j]
			if j == i || !o.keep || o.best < 0 || stripFirstArticle(o.key) == key {
				continue
			}
			if c := r.g.entries[o.best].Country; c == e.Country {
				home = true
			} else if c != "" {
				abroad = true
			}
		}
		if home || !abroad {
			continue // (an article naming no other place may be local news of that town's country)
		}
		if nisbas == nil {
			nisbas = map[string]bool{}
			for k := range toks {
				if toks[k].Kind == arabic.Word {
					if iso := r.lex.nisba[bareWord(toks[k].Norm)]; iso != "" {
						nisbas[iso] = true
					}
				}
			}
		}
		if !nisbas[e.Country] {
			m.keep = false
		}
	}
}

// locateListed places an unknown name at the place the text locates it
// in right after it, when there is one, instead of the nearest place
// before it: «قرية الشجن ببلدة الجحبا», «حي المغار بمدينة درنة», «منطقة
// العباسي بمديرية بيت الفقيه», «قرية ماتع غربي منطقة الضباب». The place
// follows within three words, written with ب or after a direction or a
// settlement noun, or right after the name with «في» («قرية العورة في
// المنيا»), and is no country.
func (r *Resolver) locateListed(toks []arabic.Token, ms []mention, listed []listedName) {
	for li := range listed {
		l := &listed[li]
		end := -1 // the token the name ends in
		for k := range toks {
			if toks[k].CEnd == l.end {
				end = k
				break
			}
		}
		if end < 0 {
			continue
		}
		for i := range ms {
			m := &ms[i]
			if m.tok <= end || m.tok > end+3 {
				continue
			}
			if m.keep && m.best >= 0 && r.g.entries[m.best].Kind == marsad.KindCountry && strings.HasPrefix(m.clitic, "ب") && m.tok == end+1 &&
				l.near >= 0 && r.g.entries[l.near].Country != r.g.entries[m.best].Country {
				l.near = -1 // «منطقة الدشيشة بسوريا» placed in New York: in another country than the text says, drop it
				break
			}
			if !m.keep || m.best < 0 || r.g.entries[m.best].Kind == marsad.KindCountry || r.g.entries[m.best].Country == "" || sentenceBreak(toks, end, m.tok) {
				break
			}
			located := strings.HasPrefix(m.clitic, "ب")
			if pi := prevWord(toks, m.tok); !located && pi > end {
				c := r.cueOfToken(&toks[pi])
				located = c == cueDirection || c >= cueCity && !definite(toks[pi].Norm) || strings.HasPrefix(toks[pi].Norm, "ب") && c >= cueCity ||
					pi == end+1 && toks[pi].Norm == "في" && m.clitic == "" // «قرية العورة في المنيا»
			}
			if located {
				l.near = m.best
			}
			break
		}
		r.narrowProvince(toks, ms, l, end) // resolve_lists.go
	}
}

// listNear gives a village list with no place before it the list's first
// known name as its area («في بلدات المسيفرة وكحيل والسهوة»: كحيل and
// السهوة are placed at المسيفرة), and returns the area.
func listNear(near, firstKnown int, items []listedName) int {
	if near >= 0 || firstKnown < 0 {
		return near
	}
	for i := range items {
		items[i].near = firstKnown
	}
	return firstKnown
}

// firstEntry returns first, or e when first is not set (-1).
func firstEntry(first, e int) int {
	if first < 0 {
		return e
	}
	return first
}
