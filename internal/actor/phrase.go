package actor

import (
	"slices"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// maxModifiers is how many adjectives may stand between a role and its
// nisba («القوات الخاصة الأمريكية»).
const maxModifiers = 2

// roleHit is a role alias matched over tokens [i,end).
type roleHit struct {
	end      int
	role     int
	last     string // last token of the alias, normalised
	stripped int
	start    int
	prefix   string
	art      bool // the first word carries the article
}

// rolesAt returns the role aliases starting at token i, longest first. It
// appends them to dst[:0] so callers can pass a stack array.
func (d *Dictionary) rolesAt(dst []roleHit, toks []arabic.Token, i int, fks []firstKey) []roleHit {
	if i >= len(toks) || toks[i].Kind != arabic.Word {
		return nil
	}
	out := dst[:0]
	var nf nextFP
	nfSet := false
	for _, fk := range fks {
		if fk.ix == nil || len(fk.ix.roles) == 0 {
			continue
		}
		if !nfSet {
			nf, nfSet = nextFPAt(toks, i+1), true
		}
		for _, a := range fk.ix.roles {
			if (a.needArt && !fk.art) || (a.noArt && fk.art) || !nf.may(a.rest, a.fp) {
				continue
			}
			if len(a.rest) == 0 && acting(toks[i]) {
				continue // «الرئيس التنفيذي بالنيابة», «بالنيابة عن»: acting, not the prosecution
			}
			end, ok := restMatches(toks, i+1, a.rest)
			if !ok {
				continue
			}
			out = append(out, roleHit{end: end, role: a.role, last: a.last, stripped: fk.stripped, start: fk.start, prefix: fk.prefix, art: fk.art})
		}
	}
	if len(out) > 1 {
		slices.SortStableFunc(out, func(a, b roleHit) int {
			if a.end != b.end {
				return b.end - a.end
			}
			return a.stripped - b.stripped
		})
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// acting reports «بالنيابة» («acting», «on behalf of»), with a
// conjunction or not: the prosecution is named with «إلى/للـ», not «بالـ».
func acting(t arabic.Token) bool {
	n := strings.TrimPrefix(strings.TrimPrefix(t.Norm, "و"), "ف")
	return n == "بالنيابة" || n == "بالنيابه"
}

// nisbaAt matches a nisba form at token i (no clitics: a nisba follows its
// noun). It returns the end and the entry the nisba belongs to.
func (d *Dictionary) nisbaAt(toks []arabic.Token, i int) (hit, bool) {
	if i >= len(toks) || toks[i].Kind != arabic.Word {
		return hit{}, false
	}
	k0 := wordKey(toks[i].Norm)
	keys := []firstKey{{key: k0, ix: d.keyIx(k0)}}
	if n := toks[i].Norm; strings.HasPrefix(n, "الال") {
		// «الألماني»: the article before a nisba that itself starts with
		// «ال» once hamza is normalised («ألماني» → «الماني»), which the
		// index keys without it
		k := wordKey(n[len("ال"):])
		keys = append(keys, firstKey{key: k, ix: d.keyIx(k)})
	}
	return lookup(setNisbas, toks, i, keys)
}

// agrees reports whether a nisba can qualify the noun before it: a definite
// noun takes a definite adjective («العقيد السعودي»), so an indefinite
// nisba form after it is a given name («العقيد الركن تركي المالكي»: Turki,
// not Turkish).
func agrees(noun, nisba string) bool {
	if strings.HasPrefix(nisba, "ال") {
		return true
	}
	for _, p := range []string{"و", "ف"} {
		if strings.HasPrefix(noun, p+"ال") || strings.HasPrefix(noun, p+"لل") || strings.HasPrefix(noun, p+"بال") {
			noun = noun[len(p):]
		}
	}
	definite := strings.HasPrefix(noun, "ال") || strings.HasPrefix(noun, "لل") || strings.HasPrefix(noun, "بال") || strings.HasPrefix(noun, "كال")
	return !definite
}

// stateSectors are the sectors of state offices, which override a person's
// dictionary sector when the text names the office.
var stateSectors = map[string]bool{"GOV": true, "MIL": true, "POL": true, "LEG": true, "JUD": true}

func isComma(t arabic.Token) bool {
	return t.Kind == arabic.Punct && (t.Text == "،" || t.Text == ",")
}

// skipModifiers returns the index after up to maxModifiers modifier words.
func (d *Dictionary) skipModifiers(toks []arabic.Token, k int) int {
	for n := 0; n < maxModifiers && k < len(toks) && toks[k].Kind == arabic.Word && d.modifiers[wordKey(toks[k].Norm)]; n++ {
		k++
	}
	return k
}

// ResolvePhrase reads a role phrase starting at token i: a role word
// (clitics allowed on its first word) with an optional nisba or country
// name giving the country, and for offices an optional person from the
// dictionary after it:
//
//	«وزير الداخلية العراقي» → IRQ GOV; «القوات الأمريكية» → USA MIL
//	«رئيس وزراء العراق» → IRQ GOV; «مسلحون» → REB; «متظاهرون» → CVL
//	«رئيس الوزراء العراقي محمد شياع السوداني» → the person entry
//	«المتحدث باسم الخارجية الإيرانية» → IRN GOV (the actor of what follows)
//
// A single-word office with nothing after it («الرئيس», «وزير») is not a
// phrase. Actors built from a role have no ID; Kind is KindRole unless a
// dictionary entry was reached.
func (d *Dictionary) ResolvePhrase(text string, toks []arabic.Token, i int) (Mention, bool) {
	if i < 0 || i >= len(toks) {
		return Mention{}, false
	}
	var kb [8]firstKey
	m, _, ok := d.rolePhrase(text, toks, i, 0, d.firstKeys(toks[i], kb[:0]))
	return m, ok
}

// Resolve reads phrase alone: the longer of a dictionary name and a role
// phrase at its start (ties go to the dictionary).
func (d *Dictionary) Resolve(phrase string) (Mention, bool) {
	toks := arabic.Tokenize(phrase)
	buf := make([]firstKey, 0, 8)
	for i := range toks {
		if !matchable(toks[i]) {
			continue
		}
		fks := d.firstKeys(toks[i], buf)
		h, okh := d.matchKeys(toks, i, fks)
		m, _, okr := d.rolePhrase(phrase, toks, i, 0, fks)
		switch {
		case okh && (!okr || h.end >= m.TokEnd):
			return d.mention(phrase, toks, i, h), true
		case okr:
			return m, true
		}
		return Mention{}, false
	}
	return Mention{}, false
}

// rolePhrase returns the phrase at token i and the type of its role; fks
// are the keys of token i (firstKeys).
func (d *Dictionary) rolePhrase(text string, toks []arabic.Token, i, depth int, fks []firstKey) (Mention, string, bool) {
	if !hasRoles(fks) {
		return Mention{}, "", false // most words: no role starts with them
	}
	return d.rolePhraseAt(text, toks, i, depth, fks)
}

// hasRoles reports whether a role alias starts with one of the keys.
func hasRoles(fks []firstKey) bool {
	for _, fk := range fks {
		if fk.ix != nil && len(fk.ix.roles) > 0 {
			return true
		}
	}
	return false
}

// rolePhraseAt is rolePhrase for keys that start role aliases.
func (d *Dictionary) rolePhraseAt(text string, toks []arabic.Token, i, depth int, fks []firstKey) (Mention, string, bool) {
	var rb [8]roleHit
	for _, r := range d.rolesAt(rb[:0], toks, i, fks) {
		if m, ok := d.roleWith(text, toks, i, r, depth); ok {
			return m, d.roles[r.role].Type, true
		}
	}
	return Mention{}, "", false
}

// roleWith completes the phrase of role hit r at token i.
func (d *Dictionary) roleWith(text string, toks []arabic.Token, i int, r roleHit, depth int) (Mention, bool) {
	role := d.roles[r.role]
	j := r.end
	mk := func(end int, a marsad.Actor, kind string) Mention {
		a.Name = r.prefix + surface(text, toks, i, end, r.start)
		return Mention{Span: marsad.Span{Start: toks[i].CStart + r.start, End: toks[end-1].CEnd},
			TokStart: i, TokEnd: end, Actor: a, Kind: kind, Via: ViaRole}
	}
	if role.Type == RoleOf {
		if depth >= 2 {
			return Mention{}, false
		}
		var buf [8]firstKey
		h, okh := d.matchAt(toks, j, buf[:0])
		var m Mention
		okr := false
		if j < len(toks) {
			m, _, okr = d.rolePhrase(text, toks, j, depth+1, d.firstKeys(toks[j], buf[:0]))
		}
		switch {
		case okh && (!okr || h.end >= m.TokEnd):
			e := d.entries[h.entry]
			kind := e.Kind
			if e.Kind == KindPerson {
				kind = KindRole // «مسؤول في X» is not X's leader
			}
			a := e.Actor("")
			if e.Kind == KindPerson {
				a.ID, a.Canon, a.English = "", "", role.English+" of "+e.English
			}
			m := mk(h.end, a, kind)
			m.Ambiguous, m.alts = h.amb, h.alts
			return m, true
		case okr:
			a := m.Actor
			if role.Sector != "" {
				a.Sector = role.Sector
			}
			return mk(m.TokEnd, a, m.Kind), true
		}
		return Mention{}, false
	}

	actor := marsad.Actor{Sector: role.Sector, English: role.English}
	end := j
	var nisbaEntry *Entry
	k := d.skipModifiers(toks, j)
	last := toks[r.end-1].Norm
	if _, ok := d.nisbaAt(toks, k); !ok && ministerial(role) {
		// «وزير التربية والتعليم المصري», «وزير الخارجية وشؤون المغتربين
		// الأردني»: the nisba follows the portfolio (portfolio.go)
		if p := d.portfolioEnd(toks, j, r); p > j {
			if _, ok := d.nisbaAt(toks, p); ok {
				k, last = p, toks[p-1].Norm
			}
		}
	}
	if h, ok := d.nisbaAt(toks, k); ok && !(role.Type == RolePerson && h.via == ViaPlural) && agrees(last, toks[k].Norm) {
		// (an office is singular: «الوزير العراقيين» is minister + object)
		nisbaEntry = d.entries[h.entry]
		actor.Country = nisbaEntry.Country
		end = d.skipModifiers(toks, h.end)
	} else if last := toks[r.end-1].Norm; !strings.HasPrefix(last, "ال") {
		// A construct: «رئيس وزراء العراق», «جنود الاحتلال».
		var buf [8]firstKey
		if h, ok := d.matchAt(toks, j, buf[:0]); ok {
			e := d.entries[h.entry]
			switch {
			case e.Kind == KindCountry || e.Kind == "territory":
				actor.Country = e.Country
				end = h.end
			case e.Kind != KindPerson:
				m := mk(h.end, e.Actor(""), e.Kind)
				m.Ambiguous, m.alts = h.amb, h.alts
				return m, true
			case role.Type == RoleBody:
				// «إدارة ترامب», «حكومة نتنياهو»: the person's country.
				actor.Country = e.Country
				end = h.end
			}
		}
	}
	if end == j && actor.Country == "" && j < len(toks) && toks[j].Kind == arabic.Word && strings.HasPrefix(toks[j].Norm, "ل") {
		// «الأمين العام لحزب الله», «المتحدث الرسمي لوزارة الخارجية
		// القطرية»: the role of a named actor, with ل.
		var buf [8]firstKey
		if h, ok := d.matchAt(toks, j, buf[:0]); ok && h.stripped > 0 && h.via != ViaCapital {
			e := d.entries[h.entry]
			switch {
			case e.Kind == KindPerson:
			case e.Kind == KindCountry || e.Kind == "territory":
				actor.Country = e.Country
				end = h.end
			case role.Type == RolePerson:
				actor.Country, actor.Sector = e.Country, e.Sector
				actor.English = role.English + " of " + e.English
				end = h.end
			default:
				m := mk(h.end, e.Actor(""), e.Kind)
				m.Ambiguous, m.alts = h.amb, h.alts
				return m, true
			}
		}
	}
	if nisbaEntry != nil && nisbaEntry.Kind != KindCountry && nisbaEntry.Kind != "territory" && nisbaEntry.Sector == role.Sector {
		// «المتمردون الحوثيون»: the group itself.
		a := nisbaEntry.Actor("")
		return mk(end, a, nisbaEntry.Kind), true
	}
	if role.Type == RolePerson {
		var buf [8]firstKey
		at := end
		if at < len(toks) && end > j && isComma(toks[at]) {
			at++ // «وزير الخارجية البحريني، الشيخ خالد بن أحمد»
		}
		if h, ok := d.matchAt(toks, at, buf[:0]); ok && d.entries[h.entry].Kind == KindPerson {
			e := d.entries[h.entry]
			a := e.Actor("")
			if stateSectors[actor.Sector] {
				// The office in the text is the one held then: «وزير الدفاع
				// الإسرائيلي، افيغدور ليبرمان» is GOV even if he now leads a party.
				a.Sector = actor.Sector
				if actor.Country != "" {
					a.Country = actor.Country
				}
			}
			return mk(h.end, a, KindPerson), true
		}
	}
	if end == j && actor.Country == "" {
		// A bare role: groups and bodies stand alone; an office only when
		// its name is specific («رئيس الوزراء», not «الرئيس»).
		if role.Type == RolePerson && r.end-i < 2 {
			return Mention{}, false
		}
		// An indefinite institution word alone («شركة», «وزارة», «حركة»)
		// names no one in particular.
		if role.Type == RoleBody && r.end-i == 1 && !r.art {
			return Mention{}, false
		}
	}
	return mk(end, actor, KindRole), true
}
