package actor

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
	"github.com/marsad/marsad/internal/bitfilter"
)

// Linker finds the actors of one article: dictionary names, role phrases
// and named entities, with people found again by surname. It is safe for
// concurrent use; each Link call keeps its own article state.
type Linker struct {
	d *Dictionary
	// ContextCountry gives role phrases that name no country («المتظاهرون»,
	// «قوات الأمن», «الحكومة») the country most mentioned in the article,
	// for the sectors GOV MIL POL LEG JUD OPP CVL. Armed groups and
	// international actors are left without.
	ContextCountry bool
}

// NewLinker returns a Linker over d with ContextCountry on.
func NewLinker(d *Dictionary) *Linker { return &Linker{d: d, ContextCountry: true} }

// contextSectors are the sectors whose country a bare role takes from the
// article.
var contextSectors = map[string]bool{"GOV": true, "MIL": true, "POL": true, "LEG": true, "JUD": true, "OPP": true, "CVL": true}

// localAlias is a name of a person known in the current article.
type localAlias struct {
	rest    []string
	actor   marsad.Actor
	needArt bool
	noArt   bool
}

// article is the state of one Link call.
type article struct {
	l        *Linker
	text     string
	toks     []arabic.Token
	people   map[string][]localAlias // first-token key → surnames and names of people named so far
	peopleF  [64]uint64              // one-hash bit filter of people's keys (bitfilter.Hash; a fixed array, reset per article)
	entStart []int32                 // first token → 1 + index in ents, 0 for none
	ents     []entSpan
	out      []Mention
	votes    []Mention // nisbas that are no actor, counted for the context country only
	buf      []firstKey
	seg      []arabic.Analysis // scratch for firstKeysSeg
	sents    []arabic.Sentence // arabic.Sentences(text) when the caller has them, else split on demand
}

type entSpan struct {
	end int // token end
	ent marsad.Entity
}

// Link returns the actor mentions of an article, in text order without
// overlaps. toks are arabic.Tokenize(text); ents are the NER entities
// (code-point spans), possibly nil.
//
// At each token the longest reading wins among a dictionary name, a role
// phrase and a surname of a person already named in the article (ties:
// surname, then name, then role). A role phrase for an office followed by a
// PER entity becomes that person with the role's country and sector
// («وزير الخارجية الإيراني عباس عراقجي» when the name is not in the
// dictionary). Other PER entities become people with no country; ORG
// entities not in the dictionary become actors with only a name (and the
// country of a nisba at their end). LOC entities are left to the geo layer.
//
// A capital (Kind KindCapital) stands for its government (Place false) only
// right after a reporting or action verb («أعلنت دمشق»), right before one
// («طهران ترفض»), or joined by و to a capital that does; otherwise Place is
// true. Country names after a locative word or preposition (في، إلى، من،
// ب…) get Place true but keep their government actor.
func (l *Linker) Link(text string, toks []arabic.Token, ents []marsad.Entity) []Mention {
	return l.LinkSentences(text, toks, nil, ents)
}

// LinkSentences is Link for a caller that has already split the text:
// sents are arabic.Sentences(text), or nil to split it here when needed.
func (l *Linker) LinkSentences(text string, toks []arabic.Token, sents []arabic.Sentence, ents []marsad.Entity) []Mention {
	a := &article{l: l, text: text, toks: toks, sents: sents, people: map[string][]localAlias{}, buf: make([]firstKey, 0, 8)}
	a.indexEntities(ents)
	d := l.d
	// rm and sm live across tokens and are read only when okr and oks say
	// they were set for this one: most words start no role and no
	// surname, and the large structs are then neither zeroed nor copied.
	var rm, sm Mention
	for i := 0; i < len(toks); {
		if !matchable(toks[i]) {
			i++
			continue
		}
		var fks []firstKey
		fks, a.seg = d.firstKeysSeg(toks[i], a.buf, a.seg)
		h, okh := d.matchKeys(toks, i, fks)
		roles := hasRoles(fks)
		rtype, okr, oks := "", false, false
		if roles {
			rm, rtype, okr = d.rolePhraseAt(text, toks, i, 0, fks)
		}
		if len(a.people) > 0 {
			sm, oks = a.surnameKeys(i, fks)
			if !oks && roles {
				sm, oks = a.roleSurname(i, fks)
			}
		}
		best := -1 // 0 surname, 1 name, 2 role
		bestEnd := 0
		if oks {
			best, bestEnd = 0, sm.TokEnd
		}
		if okh && h.end > bestEnd {
			best, bestEnd = 1, h.end
		}
		if okr && rm.TokEnd > bestEnd {
			best, bestEnd = 2, rm.TokEnd
		}
		switch best {
		case 0:
			a.out = append(a.out, sm)
			i = sm.TokEnd
			continue
		case 1:
			m := d.mention(text, toks, i, h)
			a.placeOrActor(&m, h)
			if m.Kind == KindPerson {
				a.learn(m.Actor, d.entries[h.entry])
			}
			a.out = append(a.out, m)
			i = m.TokEnd
			continue
		case 2:
			if rtype == RolePerson && rm.Kind == KindRole && rm.TokEnd < len(toks) {
				// «الرئيس الشرع»: a person already named, by surname.
				if sm, ok := a.surnameAt(rm.TokEnd); ok {
					sm.TokStart, sm.Span.Start = rm.TokStart, rm.Span.Start
					sm.Actor.Name = surface(text, toks, i, sm.TokEnd, rm.Span.Start-toks[i].CStart)
					a.out = append(a.out, sm)
					i = sm.TokEnd
					continue
				}
				if es, ok := a.entAt(a.afterOffice(rm.TokEnd)); ok && es.ent.Type == marsad.PER {
					m := a.nerPerson(es, rm.Country(), rm.Actor.Sector, i, rm.Span.Start)
					a.out = append(a.out, m)
					i = m.TokEnd
					continue
				}
			}
			if rm.Kind == KindPerson {
				if e, ok := d.Entry(rm.Actor.ID); ok {
					a.learn(rm.Actor, e)
				}
			}
			if rtype == RoleBody && rm.Kind == KindRole && rm.Actor.Country == "" && rm.TokEnd-rm.TokStart == 1 && strings.HasPrefix(toks[i].Norm, "ال") {
				a.anaphor(&rm)
			}
			if rtype == RolePerson && rm.Kind == KindRole && rm.Actor.Country == "" {
				a.officeAnaphor(&rm)
			}
			a.out = append(a.out, rm)
			i = rm.TokEnd
			continue
		}
		if h, ok := lookup(setNisbas, toks, i, fks); ok && h.via == ViaPlural {
			// «الإيرانيون», «الأتراك»: the people of a country.
			e := d.entries[h.entry]
			act := marsad.Actor{Name: h.prefix + surface(text, toks, i, h.end, h.start), Country: e.Country, Sector: "CVL"}
			a.out = append(a.out, Mention{Span: marsad.Span{Start: toks[i].CStart + h.start, End: toks[h.end-1].CEnd},
				TokStart: i, TokEnd: h.end, Actor: act, Kind: KindRole, Via: ViaPlural})
			i = h.end
			continue
		}
		if strings.HasPrefix(toks[i].Norm, "ال") && a.afterPlaceWord(i) {
			if h, ok := d.nisbaAt(toks, i); ok && h.end == i+1 {
				// «مدينة البصرة العراقية», «العاصمة الأفغانية»: a nisba on a
				// place is no actor but says which country the sentence is
				// about
				a.votes = append(a.votes, Mention{Span: marsad.Span{Start: toks[i].CStart, End: toks[i].CEnd}, TokStart: i, TokEnd: i + 1,
					Actor: marsad.Actor{Country: d.entries[h.entry].Country}})
			}
		}
		if es, ok := a.entAt(i); ok {
			if m, ok := a.entityMention(i, es); ok {
				a.out = append(a.out, m)
				i = m.TokEnd
				continue
			}
		}
		i++
	}
	a.markDateline()
	a.fillContext()
	a.fillAliases()
	return a.out
}

// datelineRe is a newsroom header at the start of a line: places joined by
// commas or slashes, then the agency in parentheses («دبي، الإمارات العربية
// المتحدة (CNN)», «بيروت (رويترز)»).
var datelineRe = regexp.MustCompile(`(?m)^[\p{L}\p{M} \t،,/]{2,60}\(([^()\n]{1,25})\)`)

// latinAgency is an agency written in Latin letters («CNN», «AFP»).
var latinAgency = regexp.MustCompile(`^\s*[A-Za-z][A-Za-z .]{0,20}$`)

// maxDatelineLine is the last line (from 0) a dateline may start on: a
// title or a byline may come before it.
const maxDatelineLine = 2

// maxDatelineBytes bounds the bytes of a datelineRe match: 60 letters,
// «(», 25 characters and «)», each character at most 4 bytes of UTF-8.
const maxDatelineBytes = 60*utf8.UTFMax + 1 + 25*utf8.UTFMax + 1

// findDateline is datelineRe.FindStringSubmatchIndex over the first
// maxDatelineLine+1 lines of text. A match starts a line and stays within
// maxDatelineBytes of it, so each line is searched only up to there, and
// only when a «(» is there: on long first paragraphs the regexp would
// otherwise scan every position (it cost ≈ 1 % of the extract chain).
func findDateline(text string) []int {
	ls := 0
	for n := 0; n <= maxDatelineLine && ls <= len(text); n++ {
		le := strings.IndexByte(text[ls:], '\n')
		next := ls + le + 1
		if le < 0 {
			le, next = len(text)-ls, len(text)+1
		}
		w := text[ls : ls+min(le, maxDatelineBytes)]
		if strings.IndexByte(w, '(') >= 0 {
			if loc := datelineRe.FindStringSubmatchIndex(w); loc != nil {
				for k := range loc {
					if loc[k] >= 0 {
						loc[k] += ls
					}
				}
				return loc
			}
		}
		ls = next
	}
	return nil
}

// afterPlaceWord reports whether token i follows a place word directly or
// after one name («العاصمة الأفغانية», «مدينة البصرة العراقية»); other
// nisbas on things often name an agent («الهجوم التركي»).
func (a *article) afterPlaceWord(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if a.toks[k].Kind != arabic.Word {
			return false
		}
		if w := a.toks[k].Norm; w != "في" && w != "من" && w != "الى" && a.l.d.isPlaceWord(w) {
			return true
		}
	}
	return false
}

// markDateline flags the mentions inside the article's dateline: they say
// where the report was filed, so they are places and no context. The
// header's mentions are countries and capitals, the last right before the
// parenthesis; the agency in it is in Latin letters or a media actor of
// the dictionary.
func (a *article) markDateline() {
	// a header lies on one line, among the first maxDatelineLine+1: only
	// those are searched
	loc := findDateline(a.text)
	if loc == nil {
		return
	}
	start := utf8.RuneCountInString(a.text[:loc[0]])
	end := start + utf8.RuneCountInString(a.text[loc[0]:loc[1]])
	inner := utf8.RuneCountInString(a.text[:loc[2]])
	paren := utf8.RuneCountInString(strings.TrimRight(a.text[:loc[2]-1], " \t"))
	ok := latinAgency.MatchString(a.text[loc[2]:loc[3]])
	placeLast := false // the header's last word before the parenthesis ends a country or capital
	for _, m := range a.out {
		switch {
		case m.Span.Start >= inner && m.Span.End < end:
			ok = ok || m.Actor.Sector == "MED"
		case m.Span.Start >= start && m.Span.End <= paren:
			if m.Kind != KindCountry && m.Kind != KindCapital && m.Kind != "territory" {
				return // «وقالت لهيئة الإذاعة البريطانية (بي بي سي)»: a sentence
			}
			placeLast = m.Span.End == paren
		}
	}
	if !ok || !placeLast {
		return
	}
	for k := range a.out {
		if m := &a.out[k]; m.Span.Start >= start && m.Span.End <= end {
			m.dateline, m.Place = true, true
		}
	}
}

// Country is a shorthand for m.Actor.Country.
func (m Mention) Country() string { return m.Actor.Country }

func (a *article) indexEntities(ents []marsad.Entity) {
	if len(ents) == 0 {
		return
	}
	a.entStart = make([]int32, len(a.toks))
	a.ents = make([]entSpan, 0, len(ents))
	for _, e := range ents {
		if e.End <= e.Start {
			continue
		}
		// first token starting inside the entity, last token ending inside it
		s := sort.Search(len(a.toks), func(k int) bool { return a.toks[k].CStart >= e.Start })
		if s >= len(a.toks) || a.toks[s].CStart >= e.End {
			continue
		}
		t := s
		for t < len(a.toks) && a.toks[t].CEnd <= e.End {
			t++
		}
		if t == s {
			continue
		}
		if e.Type == marsad.PER {
			if k := a.afterTitle(s, t); k > s {
				// «العقيد الركن تركي المالكي» tagged whole: the name starts
				// after the rank, which the role lexicon reads
				e.Start, e.Text, s = a.toks[k].CStart, surface(a.text, a.toks, k, t, 0), k
			}
		}
		if old, ok := a.entAt(s); ok && old.end >= t {
			continue
		}
		if k := a.entStart[s]; k > 0 {
			a.ents[k-1] = entSpan{end: t, ent: e}
		} else {
			a.ents = append(a.ents, entSpan{end: t, ent: e})
			a.entStart[s] = int32(len(a.ents))
		}
	}
}

// afterTitle returns where the name of a person entity over tokens [s,t)
// starts when the entity opens with an office or rank (a person role of
// the lexicon, or the rank qualifier «الركن»); s when it does not. At least
// one word of the name is left.
func (a *article) afterTitle(s, t int) int {
	k := s
	for k < t-1 && a.toks[k].Kind == arabic.Word {
		if n := a.toks[k].Norm; n == "الركن" || n == "ركن" {
			k++
			continue
		}
		moved := false
		var kb [8]firstKey
		fks := a.l.d.firstKeys(a.toks[k], kb[:0])
		if rm, rtype, ok := a.l.d.rolePhrase(a.text, a.toks, k, 0, fks); ok && rtype == RolePerson && rm.Kind == KindRole && rm.TokEnd < t {
			k, moved = rm.TokEnd, true // «الوزير السوري»
		} else {
			var rb [8]roleHit
			for _, r := range a.l.d.rolesAt(rb[:0], a.toks, k, fks) {
				if a.l.d.roles[r.role].Type == RolePerson && r.end < t {
					k, moved = r.end, true
					break
				}
			}
		}
		if !moved {
			break
		}
	}
	return k
}

// surnameAt matches a surname or name of a person already named in the
// article at token i.
func (a *article) surnameAt(i int) (Mention, bool) {
	if len(a.people) == 0 || a.toks[i].Kind != arabic.Word {
		return Mention{}, false
	}
	var kb [8]firstKey
	return a.surnameKeys(i, a.l.d.firstKeys(a.toks[i], kb[:0]))
}

// surnameKeys is surnameAt with the keys of token i computed.
func (a *article) surnameKeys(i int, fks []firstKey) (Mention, bool) {
	if len(a.people) == 0 || a.toks[i].Kind != arabic.Word {
		return Mention{}, false
	}
	best, found, bestStart, bestPrefix := localAlias{}, false, 0, ""
	bestEnd, bestStripped := 0, 0
	for _, fk := range fks {
		if h := bitfilter.Hash(fk.key) >> (64 - 12); a.peopleF[h>>6]&(1<<(h&63)) == 0 {
			continue // no one named so far has this first word
		}
		for _, la := range a.people[fk.key] {
			if (la.needArt && !fk.art) || (la.noArt && fk.art) {
				continue
			}
			end, ok := restMatches(a.toks, i+1, la.rest)
			if !ok {
				continue
			}
			if !found || end > bestEnd || (end == bestEnd && fk.stripped < bestStripped) {
				best, found, bestEnd, bestStripped, bestStart, bestPrefix = la, true, end, fk.stripped, fk.start, fk.prefix
			}
		}
	}
	if !found || (bestStripped == 0 && a.afterPlaceNoun(i)) {
		return Mention{}, false
	}
	act := best.actor
	act.Name = bestPrefix + surface(a.text, a.toks, i, bestEnd, bestStart)
	act.Aliases = nil
	return Mention{Span: marsad.Span{Start: a.toks[i].CStart + bestStart, End: a.toks[bestEnd-1].CEnd},
		TokStart: i, TokEnd: bestEnd, Actor: act, Kind: KindPerson, Via: ViaSurname}, true
}

// placeNouns are nouns that a person's name follows when it names a place
// after them («مدينة الصدر» Sadr City, «شارع الحبيب بورقيبة»), normalised.
var placeNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"مدينة", "حي", "بلدة", "ضاحية", "شارع", "ساحة", "مطار", "ميناء", "جامعة", "مستشفى", "مسجد", "مدرسة", "جسر"} {
		m[arabic.Normalize(w)] = true
	}
	return m
}()

// afterPlaceNoun reports whether token i follows a place noun, with a
// proclitic و ب ل ف allowed on it («بمدينة الصدر»).
func (a *article) afterPlaceNoun(i int) bool {
	if i == 0 || a.toks[i-1].Kind != arabic.Word {
		return false
	}
	w := a.toks[i-1].Norm
	if placeNouns[w] {
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	return strings.ContainsRune("وبلف", r) && placeNouns[w[n:]]
}

// anaphorWindow is how many earlier mentions a definite role word looks
// back over for its antecedent.
const anaphorWindow = 12

// nameOnlyAnaphor are role words (keys without the article) that name a
// side rather than a kind: «المقاومة» in a Yemeni report is the force
// fighting the Houthis, in a Lebanese one Hezbollah. They take an
// antecedent only when its name holds the word («حركة المقاومة
// الإسلامية»), never the latest group of their sector, which is often the
// enemy they fight («قطعت قوات المقاومة الإمدادات عن ميليشيات الحوثي»).
var nameOnlyAnaphor = map[string]bool{"مقاومه": true}

// anaphor resolves a bare definite institution word («الحركة», «التنظيم»,
// «الجيش», «الوزارة») to the latest named actor of the same sector
// («حركة حماس … وقالت الحركة»). Without one the role stays as it is.
func (a *article) anaphor(m *Mention) {
	word := wordKey(a.toks[m.TokStart].Norm)
	var kb [8]firstKey
	for _, fk := range a.l.d.firstKeys(a.toks[m.TokStart], kb[:0]) {
		if fk.art {
			word = fk.key // the word without clitics and article
			break
		}
	}
	pick := -1
	for k, n := len(a.out)-1, 0; k >= 0 && n < anaphorWindow; k, n = k-1, n+1 {
		p := a.out[k]
		if p.Place || p.Actor.ID == "" || p.Kind == KindPerson || p.Kind == KindCountry || p.Kind == KindCapital {
			continue
		}
		e, ok := a.l.d.Entry(p.Actor.ID)
		if !ok {
			continue
		}
		if a.l.d.namedWith(e, word) {
			pick = k // «التحالف» → a coalition, «الحركة» → a movement
			break
		}
		if pick < 0 && p.Actor.Sector == m.Actor.Sector && !nameOnlyAnaphor[word] {
			pick = k
		}
	}
	if pick >= 0 {
		p := a.out[pick]
		{
			name := m.Actor.Name
			m.Actor = p.Actor
			m.Actor.Name = name
			m.Actor.Aliases = nil
			m.Kind = p.Kind
			m.Via = ViaAnaphor
			m.ante = pick + 1
		}
	}
}

// namedWith reports whether one of e's Arabic names has the word key w.
func (d *Dictionary) namedWith(e *Entry, w string) bool {
	for _, n := range e.Arabic {
		if slices.Contains(aliasKeys(n), w) {
			return true
		}
	}
	return false
}

// uniqueSurname returns the one dictionary person whose surname is exactly
// tokens [i,end).
func (d *Dictionary) uniqueSurname(toks []arabic.Token, i, end int) (*Entry, bool) {
	if i >= end || i >= len(toks) || toks[i].Kind != arabic.Word {
		return nil, false
	}
	found := -1
	var kb [8]firstKey
	for _, fk := range d.firstKeys(toks[i], kb[:0]) {
		for _, al := range fk.ix.get(setSurnames) {
			if (al.needArt && !fk.art) || (al.noArt && fk.art) {
				continue
			}
			if e, ok := restMatches(toks, i+1, al.rest); !ok || e != end {
				continue
			}
			if found >= 0 && found != al.entry {
				return nil, false
			}
			found = al.entry
		}
	}
	if found < 0 {
		return nil, false
	}
	return d.entries[found], true
}

// afterOffice skips what may stand between an office phrase and the
// holder's name: a post («لدى اليمن», «في بغداد», «#اليمن») and a comma.
func (a *article) afterOffice(k int) int {
	if k < len(a.toks) && a.toks[k].Kind == arabic.Word {
		switch a.toks[k].Norm {
		case "لدي", "في", "الي", "بـ":
			j := k + 1
			if j < len(a.toks) && a.toks[j].Kind != arabic.Word && strings.TrimSpace(a.toks[j].Text) == "#" {
				j++
			}
			var buf [8]firstKey
			if h, ok := a.l.d.matchAt(a.toks, j, buf[:0]); ok {
				j = h.end
			} else if j < len(a.toks) && a.toks[j].Kind == arabic.Word {
				j++
			}
			if j > k+1 {
				k = j
			}
		}
	}
	if k < len(a.toks) && isComma(a.toks[k]) {
		k++
	}
	return k
}

// roleSurname matches an office word followed by the surname of a person
// named earlier («الرئيس الشرع»).
func (a *article) roleSurname(i int, fks []firstKey) (Mention, bool) {
	if len(a.people) == 0 || !hasRoles(fks) {
		return Mention{}, false
	}
	var rb [8]roleHit
	for _, r := range a.l.d.rolesAt(rb[:0], a.toks, i, fks) {
		if a.l.d.roles[r.role].Type != RolePerson || r.end >= len(a.toks) {
			continue
		}
		if sm, ok := a.surnameAt(r.end); ok {
			sm.TokStart, sm.Span.Start = i, a.toks[i].CStart+r.start
			sm.Actor.Name = r.prefix + surface(a.text, a.toks, i, sm.TokEnd, r.start)
			return sm, true
		}
	}
	return Mention{}, false
}

// learn records the surnames of a person named in the article.
func (a *article) learn(act marsad.Actor, e *Entry) {
	act.Aliases = nil
	for _, s := range e.Surname {
		a.addLocal(s, act)
	}
	for _, s := range e.Arabic {
		a.addLocal(s, act)
	}
	if len(e.Surname) == 0 && e.Kind == KindPerson {
		// a person named in full is named again by the last word of the
		// name («تركي المالكي» … «المالكي»), before a namesake of the
		// dictionary
		for _, s := range e.Arabic {
			// (not short words: «ماي», «ماس» are also common words)
			if w := strings.Fields(s); len(w) >= 2 && !nameParticles[arabic.Normalize(w[len(w)-2])] && utf8.RuneCountInString(w[len(w)-1]) >= 4 && a.l.d.plainSurname(s, w[len(w)-1]) {
				a.addLocal(w[len(w)-1], act)
			}
		}
	}
}

// plainSurname reports whether last, the last word of a person's name,
// may stand for the person: not when the name is a title («أمير الكويت»,
// «العاهل الأردني») nor when the word is a regnal number or an adjective
// («عبد الله الثاني»), a dictionary name or a nisba («الكويت»).
func (d *Dictionary) plainSurname(name, last string) bool {
	toks := arabic.Tokenize(name)
	var kb [8]firstKey
	var rb [8]roleHit
	if len(toks) == 0 || len(d.rolesAt(rb[:0], toks, 0, d.firstKeys(toks[0], kb[:0]))) > 0 {
		return false
	}
	lt := arabic.Tokenize(last)
	if len(lt) == 0 || d.modifiers[wordKey(lt[0].Norm)] {
		return false
	}
	if _, ok := d.Resolve(last); ok {
		return false
	}
	_, ok := d.nisbaAt(lt, 0)
	return !ok
}

// officeAnaphor resolves a bare office («ولي العهد», «وزير الخارجية») to
// the last earlier mention named with the same office and a country
// («ولي العهد السعودي، الأمير محمد بن سلمان»).
func (a *article) officeAnaphor(m *Mention) {
	ks := aliasKeys(m.Actor.Name)
	if len(ks) == 0 {
		return
	}
	if _, ok := a.entAt(m.TokEnd); ok {
		return // a name follows: a new holder, not the one named before
	}
	if _, ok := a.l.d.nisbaAt(a.toks, m.TokEnd); ok {
		return
	}
	for k, n := len(a.out)-1, 0; k >= 0 && n < 3*anaphorWindow; k, n = k-1, n+1 {
		p := a.out[k]
		if p.Place || p.Actor.Country == "" {
			continue
		}
		pk := aliasKeys(p.Actor.Name)
		if len(pk) <= len(ks) || !slicesEqual(pk[:len(ks)], ks) {
			continue
		}
		name := m.Actor.Name
		m.Actor = p.Actor
		m.Actor.Name, m.Actor.Aliases = name, nil
		m.Kind, m.Via, m.ante = p.Kind, ViaAnaphor, k+1
		return
	}
}

func (a *article) addLocal(name string, act marsad.Actor) {
	ks, need, no := aliasKeysRule(name)
	if len(ks) == 0 {
		return
	}
	for _, la := range a.people[ks[0]] {
		if la.actor.Canon == act.Canon && la.actor.ID == act.ID && slicesEqual(la.rest, ks[1:]) {
			return
		}
	}
	// A later person with the same surname takes it over.
	rest := ks[1:]
	list := a.people[ks[0]][:0:0]
	for _, la := range a.people[ks[0]] {
		if !slicesEqual(la.rest, rest) {
			list = append(list, la)
		}
	}
	a.people[ks[0]] = append(list, localAlias{rest: rest, actor: act, needArt: need, noArt: no})
	h := bitfilter.Hash(ks[0]) >> (64 - 12)
	a.peopleF[h>>6] |= 1 << (h & 63)
}

func slicesEqual(x, y []string) bool {
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		if x[i] != y[i] {
			return false
		}
	}
	return true
}

// nameParticles join the last two words of a surname («بن سلمان», «أبو قصرة»).
var nameParticles = map[string]bool{"بن": true, "ابن": true, "ابو": true, "ولد": true, "ال": true, "عبد": true, "بنت": true, "دي": true, "فون": true}

// nerPerson makes a person from a PER entity, optionally preceded by a role
// phrase from token i (code point start) that gives country and sector.
func (a *article) nerPerson(es entSpan, country, sector string, i, start int) Mention {
	first := a.entStartToken(es)
	name := es.ent.Text
	act := marsad.Actor{Name: surface(a.text, a.toks, i, es.end, start-a.toks[i].CStart), Canon: name, Country: country, Sector: sector}
	m := Mention{Span: marsad.Span{Start: start, End: a.toks[es.end-1].CEnd}, TokStart: i, TokEnd: es.end,
		Actor: act, Kind: KindPerson, Via: ViaNER}
	a.learnNER(first, es.end, act)
	return m
}

// entAt returns the entity whose first token is i.
func (a *article) entAt(i int) (entSpan, bool) {
	if i < 0 || i >= len(a.entStart) || a.entStart[i] == 0 {
		return entSpan{}, false
	}
	return a.ents[a.entStart[i]-1], true
}

func (a *article) entStartToken(es entSpan) int {
	s := sort.Search(len(a.toks), func(k int) bool { return a.toks[k].CStart >= es.ent.Start })
	return s
}

// learnNER records the full name and surname of a person found by NER.
func (a *article) learnNER(s, e int, act marsad.Actor) {
	var words []string
	for k := s; k < e; k++ {
		if a.toks[k].Kind == arabic.Word {
			words = append(words, a.toks[k].Text)
		}
	}
	if len(words) == 0 {
		return
	}
	a.addLocal(strings.Join(words, " "), act)
	if len(words) >= 2 {
		sur := words[len(words)-1:]
		if len(words) >= 3 && nameParticles[arabic.Normalize(words[len(words)-2])] {
			sur = words[len(words)-2:]
		}
		a.addLocal(strings.Join(sur, " "), act)
	}
}

// entityMention turns an entity not covered by the dictionary into a
// mention: PER as a person (or a person already named, by surname), ORG as
// a named actor.
func (a *article) entityMention(i int, es entSpan) (Mention, bool) {
	switch es.ent.Type {
	case marsad.PER:
		// A known person named differently: its last word is a surname.
		if m, ok := a.surnameAt(es.end - 1); ok && m.TokEnd == es.end {
			m.TokStart, m.Span.Start = i, a.toks[i].CStart
			m.Actor.Name = surface(a.text, a.toks, i, es.end, 0)
			return m, true
		}
		// A surname the dictionary gives to exactly one person: the NER
		// tagger vouches that the word is a name here («عباس»).
		if e, ok := a.l.d.uniqueSurname(a.toks, i, es.end); ok {
			act := e.Actor(surface(a.text, a.toks, i, es.end, 0))
			a.learn(act, e)
			return Mention{Span: marsad.Span{Start: a.toks[i].CStart, End: a.toks[es.end-1].CEnd}, TokStart: i, TokEnd: es.end,
				Actor: act, Kind: KindPerson, Via: ViaSurname}, true
		}
		// An office in apposition after the name gives country and sector
		// («ماثيو تولر، السفير الأمريكي في بغداد»).
		country, sector := "", ""
		if k := es.end; k < len(a.toks) {
			if isComma(a.toks[k]) {
				k++
			}
			if k < len(a.toks) && a.toks[k].Kind == arabic.Word {
				var kb [8]firstKey
				if rm, rtype, ok := a.l.d.rolePhrase(a.text, a.toks, k, 0, a.l.d.firstKeys(a.toks[k], kb[:0])); ok && rtype == RolePerson && rm.Kind == KindRole && rm.Actor.Country != "" {
					country, sector = rm.Actor.Country, rm.Actor.Sector
				}
			}
		}
		return a.nerPerson(es, country, sector, i, a.toks[i].CStart), true
	case marsad.ORG:
		act := marsad.Actor{Name: surface(a.text, a.toks, i, es.end, 0), Canon: es.ent.Text}
		if es.end-1 > i {
			if h, ok := a.l.d.nisbaAt(a.toks, es.end-1); ok && h.end == es.end {
				act.Country = a.l.d.entries[h.entry].Country
			}
		}
		return Mention{Span: marsad.Span{Start: a.toks[i].CStart, End: a.toks[es.end-1].CEnd}, TokStart: i, TokEnd: es.end,
			Actor: act, Kind: "organisation", Via: ViaNER}, true
	}
	return Mention{}, false
}

// placeOrActor decides whether a capital acts for its government and flags
// country names in locative position.
func (a *article) placeOrActor(m *Mention, h hit) {
	d := a.l.d
	prev := ""
	if m.TokStart > 0 && a.toks[m.TokStart-1].Kind == arabic.Word {
		prev = a.toks[m.TokStart-1].Norm
	}
	next := ""
	if m.TokEnd < len(a.toks) && a.toks[m.TokEnd].Kind == arabic.Word {
		next = a.toks[m.TokEnd].Norm
	}
	locative := d.isPlaceWord(prev) || h.prep
	m.locative = locative
	switch m.Kind {
	case KindCapital:
		gov := !locative && (d.isSubjectVerb(prev) || d.isSubjectVerb(next))
		if !gov && !locative && (h.stripped == 0 || strings.HasPrefix(a.toks[m.TokStart].Norm, "و")) && len(a.out) > 0 {
			// «أعلنت موسكو وبكين», «اتهمت طهران واشنطن»: next to a
			// capital or country that acts.
			last := a.out[len(a.out)-1]
			gov = last.TokEnd == m.TokStart && !last.Place && (last.Kind == KindCapital || last.Kind == KindCountry)
		}
		m.Place = !gov
	case KindCountry, "territory":
		m.Place = locative
	}
}

// isPlaceWord reports whether the normalised word is a locative word, with
// a conjunction و/ف allowed («وفي»).
func (d *Dictionary) isPlaceWord(w string) bool {
	if d.placeWords[w] {
		return true
	}
	if strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف") {
		return d.placeWords[w[len("و"):]]
	}
	return false
}

// isSubjectVerb reports whether the normalised word is a verb after or
// before which a capital acts, with a conjunction و/ف allowed.
func (d *Dictionary) isSubjectVerb(w string) bool {
	if w == "" {
		return false
	}
	if d.subjectVerbs[w] {
		return true
	}
	if strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف") {
		return d.subjectVerbs[w[len("و"):]]
	}
	return false
}

// fillContext gives bare role phrases a country: the one most mentioned in
// their sentence, else in the article (actors and places alike; ties go to
// the first mentioned). Ambiguous names take the reading of the article's
// country when they have one. Anaphors then follow their antecedents.
func (a *article) fillContext() {
	if a.l.ContextCountry {
		a.contextCountries()
	}
	for k := range a.out {
		// anaphors follow their antecedent's final reading
		if m := &a.out[k]; m.ante > 0 && m.ante <= k {
			p := a.out[m.ante-1]
			name := m.Actor.Name
			m.Actor, m.Kind = p.Actor, p.Kind
			m.Actor.Name, m.Actor.Aliases = name, nil
		}
	}
}

// topCountry returns the most frequent country of ms[lo:hi] (first
// mentioned on ties). Media are left out: a news agency cited for a report
// («حسبما نقلت فرانس برس») says where the news came from, not where it
// happened.
func topCountry(ms []Mention) string {
	count := map[string]int{}
	top, n := "", 0
	for _, m := range ms {
		c := m.Actor.Country
		if c == "" || m.Actor.Sector == "MED" || m.dateline {
			continue
		}
		count[c]++
		if count[c] > n {
			top, n = c, count[c]
		}
	}
	return top
}

// takesContext reports whether a mention takes its country from the
// context: a bare role, or a person the dictionary does not know whose
// office gives a sector but no country («وزير الداخلية محمد الشعار»).
func takesContext(m *Mention) bool {
	if m.Actor.Country != "" || !contextSectors[m.Actor.Sector] {
		return false
	}
	return m.Kind == KindRole || (m.Kind == KindPerson && m.Actor.ID == "")
}

func (a *article) contextCountries() {
	top := topCountry(a.out)
	if top == "" {
		// only the dateline names a country: the report is local
		// («أتلانتا، الولايات المتحدة الأمريكية (CNN)» … «أمام المحكمة»)
		for _, m := range a.out {
			if m.dateline && m.Actor.Sector != "MED" && m.Actor.Country != "" {
				top = m.Actor.Country
			}
		}
	}
	if top == "" {
		// only nisbas on places or things name a country («مدينة البصرة
		// العراقية»); elsewhere they count in their sentence only
		top = topCountry(a.votes)
	}
	if top == "" {
		return
	}
	count := map[string]int{}
	for _, m := range a.out {
		if c := m.Actor.Country; c != "" && !m.Ambiguous {
			count[c]++
		}
	}
	for k := range a.out {
		m := &a.out[k]
		if !m.Ambiguous || m.Actor.Country == top {
			continue
		}
		// the reading of the top country, else of the country the article
		// names most among the readings («قوات التحالف» in a story about
		// Yemen, where Saudi Arabia is named more than the United States)
		best, bestN := -1, count[m.Actor.Country]
		for _, ei := range m.alts {
			e := a.l.d.entries[ei]
			if e.Country == top {
				best = ei
				break
			}
			if count[e.Country] > bestN {
				best, bestN = ei, count[e.Country]
			}
		}
		if best >= 0 {
			e := a.l.d.entries[best]
			m.Actor = e.Actor(m.Actor.Name)
			m.Kind = e.Kind
			if e.Kind == KindCountry {
				// a country name is a place only in locative position
				// («عمان» read as Oman after being read as Amman)
				m.Place = m.locative
			}
		}
	}
	// Only roles without a country in a context sector take the sentence's
	// country: without one, the sentences are not needed.
	need := false
	for k := range a.out {
		m := &a.out[k]
		if takesContext(m) {
			need = true
			break
		}
	}
	if !need {
		return
	}
	// Sentence of each mention, by code point.
	sents := a.sents
	if sents == nil {
		sents = arabic.Sentences(a.text)
	}
	sentOf := func(cp int) int {
		return sort.Search(len(sents), func(i int) bool { return sents[i].CEnd > cp })
	}
	// mentions (with their final readings) and nisba votes, in text order
	all := a.out
	if len(a.votes) > 0 {
		all = slices.Concat(a.out, a.votes)
		sort.SliceStable(all, func(x, y int) bool { return all[x].Span.Start < all[y].Span.Start })
	}
	bySent := map[int]string{}
	lo := 0
	for lo < len(all) {
		si := sentOf(all[lo].Span.Start)
		hi := lo + 1
		for hi < len(all) && sentOf(all[hi].Span.Start) == si {
			hi++
		}
		if c := topCountry(all[lo:hi]); c != "" {
			bySent[si] = c
		}
		lo = hi
	}
	for k := range a.out {
		m := &a.out[k]
		if takesContext(m) {
			if c, ok := bySent[sentOf(m.Span.Start)]; ok {
				m.Actor.Country = c
			} else {
				m.Actor.Country = top
			}
		}
	}
}

// fillAliases lists, on each mention of a dictionary actor or person, the
// other names it has in the article.
func (a *article) fillAliases() {
	// a dictionary actor by ID, else a person by canonical name
	type aliasOf struct {
		person bool
		name   string
	}
	key := func(m *Mention) aliasOf {
		switch {
		case m.Actor.ID != "":
			return aliasOf{name: m.Actor.ID}
		case m.Kind == KindPerson && m.Actor.Canon != "":
			return aliasOf{person: true, name: m.Actor.Canon}
		}
		return aliasOf{}
	}
	names := map[aliasOf][]string{}
	for i := range a.out {
		m := &a.out[i]
		if k := key(m); k.name != "" && !m.Place {
			if !containsStr(names[k], m.Actor.Name) {
				names[k] = append(names[k], m.Actor.Name)
			}
		}
	}
	for i := range a.out {
		m := &a.out[i]
		k := key(m)
		if k.name == "" {
			continue
		}
		var al []string
		for _, n := range names[k] {
			if n != m.Actor.Name {
				al = append(al, n)
			}
		}
		m.Actor.Aliases = al
	}
}

func containsStr(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
