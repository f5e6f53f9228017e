package geo

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/marsad/marsad"
)

// ambiguity levels of a name.
const (
	ambigNone    = 0
	ambigContext = 1 // needs a cue noun, or a preposition/direction plus article support
	ambigNear    = 2 // needs a cue noun, or a preposition/direction plus a place of its country close by
	ambigCue     = 3 // needs a cue noun
)

// lexicon holds the context words of data/lexicon.txt, normalised and
// without the article.
type lexicon struct {
	provinceCue, districtCue, cityCue, siteCue map[string]bool
	rif, direction, preposition                map[string]bool
	orghead, person, placehead, sitenext       map[string]bool
	listhead, notname, clubnext                map[string]bool
	title                                      map[string]bool   // «أمير قطر»: a ruler's title heads a country
	clubcity, football                         map[string]bool   // «فاز ليفربول على روما»: cities that are clubs, in a football report
	continent, continentnext                   map[string]bool   // «أمريكا اللاتينية»: a country name that is also a continent's
	namehead                                   map[string]bool   // «قرية المنظر»: settlement nouns before a name we may not know
	areahead, areanot                          map[string]bool   // «جبل المنقار», «مديرية الأمن»: area and landform nouns, and the words after them that are no names
	eventhead                                  map[string]bool   // «هجوم دوما», «ضحايا دوما»: event and people nouns whose construct names a place
	hword                                      map[string]bool   // «جده» (his grandfather): names that are a word when written with a final ه for ة
	kinnext                                    map[string]bool   // «جدة الطفلة» (the child's grandmother): kin words after an hword name (resolve_senses.go)
	participle                                 map[string]bool   // «الخط الموصل إلى» (the line leading to): names that are also participles (resolve_senses.go)
	talkshead                                  map[string]bool   // «محادثات أستانا»: talks nouns before a city that names the process (resolve_senses.go)
	textword                                   map[string]bool   // «مآرب» (aims, not Marib): surface spellings, hamza and madda kept, that are words (resolve_senses.go)
	phrase                                     map[string]bool   // «مسقط رأسه» (birthplace): a name and the next word that are a phrase
	announce                                   map[string]bool   // «إعلان تركيا السيطرة»: organisation heads that before a country are its act (resolve_nouns.go)
	agency, month                              map[string]bool   // dateline words (dateline.go)
	ambig                                      map[string]int    // stripFirstArticle(nameKey) → level
	nisba                                      map[string]string // inflected nisba (no article) → ISO3
}

func loadLexicon(name string, r io.Reader) (*lexicon, error) {
	l := &lexicon{
		provinceCue: map[string]bool{}, districtCue: map[string]bool{}, cityCue: map[string]bool{}, siteCue: map[string]bool{},
		rif: map[string]bool{}, direction: map[string]bool{}, preposition: map[string]bool{},
		orghead: map[string]bool{}, person: map[string]bool{}, placehead: map[string]bool{}, sitenext: map[string]bool{}, listhead: map[string]bool{}, notname: map[string]bool{}, clubnext: map[string]bool{}, title: map[string]bool{}, clubcity: map[string]bool{}, football: map[string]bool{}, continent: map[string]bool{}, continentnext: map[string]bool{}, namehead: map[string]bool{}, areahead: map[string]bool{}, areanot: map[string]bool{}, eventhead: map[string]bool{}, hword: map[string]bool{},
		kinnext: map[string]bool{}, participle: map[string]bool{}, talkshead: map[string]bool{}, textword: map[string]bool{}, phrase: map[string]bool{}, announce: map[string]bool{},
		agency: map[string]bool{}, month: map[string]bool{},
		ambig: map[string]int{}, nisba: map[string]string{},
	}
	sets := map[string]map[string]bool{
		"province": l.provinceCue, "district": l.districtCue, "city": l.cityCue, "site": l.siteCue,
		"rif": l.rif, "direction": l.direction, "preposition": l.preposition,
		"orghead": l.orghead, "person": l.person, "placehead": l.placehead, "sitenext": l.sitenext, "listhead": l.listhead, "notname": l.notname, "clubnext": l.clubnext, "title": l.title, "clubcity": l.clubcity, "football": l.football, "continent": l.continent, "continentnext": l.continentnext, "namehead": l.namehead, "areahead": l.areahead, "areanot": l.areanot, "eventhead": l.eventhead, "hword": l.hword,
		"kinnext": l.kinnext, "participle": l.participle, "talkshead": l.talkshead, "phrase": l.phrase, "announce": l.announce,
		"agency": l.agency, "month": l.month,
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || s[0] == '#' {
			continue
		}
		f := strings.Split(s, ";")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		bad := func(msg string) error {
			return marsad.Errorf(marsad.EINVALID, "lexicon %s:%d: %s", name, line, msg)
		}
		switch f[0] {
		case "cue", "near", "context":
			if len(f) != 2 {
				return nil, bad("want 2 fields")
			}
			lv := map[string]int{"context": ambigContext, "near": ambigNear, "cue": ambigCue}[f[0]]
			for _, w := range splitNames(f[1]) {
				k := stripFirstArticle(nameKey(w))
				if lv > l.ambig[k] {
					l.ambig[k] = lv
				}
			}
		case "textword":
			// surface forms: not normalised, so «مآرب» stays apart from «مأرب»
			if len(f) != 2 {
				return nil, bad("want 2 fields")
			}
			for _, w := range strings.Split(f[1], "|") {
				if w = strings.TrimSpace(w); w != "" {
					l.textword[w] = true
				}
			}
		case "nisba":
			if len(f) != 3 || len(f[1]) != 3 {
				return nil, bad("want nisba; ISO3; stems")
			}
			for _, w := range splitNames(f[2]) {
				k := nameKey(w)
				for _, suf := range []string{"", "ه", "ين", "ون", "ات", "يه"} {
					l.nisba[k+suf] = f[1]
				}
			}
		default:
			set, ok := sets[f[0]]
			if !ok {
				return nil, bad(fmt.Sprintf("unknown section %q", f[0]))
			}
			if len(f) != 2 {
				return nil, bad("want 2 fields")
			}
			for _, w := range splitNames(f[1]) {
				set[strings.ToLower(stripFirstArticle(nameKey(w)))] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read lexicon %s: %w", name, err)
	}
	return l, nil
}

// isCue reports whether w (normalised, article stripped) is a cue noun of
// any kind.
func (l *lexicon) isCue(w string) bool {
	return l.provinceCue[w] || l.districtCue[w] || l.cityCue[w] || l.siteCue[w]
}
