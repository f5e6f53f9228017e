package geo

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// wordSenses drops names read in a sense that is no place (places11,
// ninth session), each from a word list of data/lexicon.txt:
//
//   - textword: a spelling that normalisation folds into a name but that
//     is only a word as written («مآرب دعائية», aims, is no «مأرب»);
//   - kinnext: an hword name before a kin word is a kinship noun
//     («والدتها (جدة الطفلة)», «قبر جدة والده»: a grandmother, no Jeddah);
//   - participle: a name that is also a participle, after a definite noun
//     and before «إلى» or «بين», qualifies that noun («الخط الإسفلتي
//     الموصل إلى مفرق العريف», the road leading to…; «من الموصل إلى
//     أربيل», after a preposition, stays Mosul);
//   - talkshead: a city right after «محادثات/مشاورات/مفاوضات» names the
//     talks, like a treaty («محادثات أستانا»; the gold of tune5 leaves
//     Astana out); countries and sites stay («مشاورات الكويت», «مفاوضات
//     سد النهضة»), and so does «محادثات بجنيف»;
//   - a definite name below the country level right after the feminine
//     demonstratives «هذه/تلك» is a plural noun («تلك البقاع المهمة»,
//     those spots, is no Bekaa; «بما في ذلك الرقة» keeps Raqqa).
func (r *Resolver) wordSenses(toks []arabic.Token, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.cue < 0 || m.ntok != 1 {
			continue
		}
		if r.lex.textword[withoutProclitics(toks[m.tok].Text)] {
			m.cue = -1
			continue
		}
		if pi := prevWord(toks, m.tok); pi >= 0 && pi == m.tok-1 && m.clitic == "" && r.lex.talkshead[bareWord(toks[pi].Norm)] && len(m.posts) > 0 && r.cityOnly(m) {
			m.cue = -1
			continue
		}
		if pi := prevWord(toks, m.tok); pi >= 0 && pi == m.tok-1 && m.clitic == "" && feminineDemonstratives[toks[pi].Norm] &&
			strings.HasPrefix(m.key, "ال") && !r.countryOnly(m) {
			m.cue = -1
			continue
		}
		key := stripFirstArticle(m.key)
		ni := m.tok + 1
		next := ni < len(toks) && toks[ni].Kind == arabic.Word
		if r.lex.hword[key] && m.clitic == "" && next && r.lex.kinnext[stripFirstArticle(toks[ni].Norm)] {
			m.cue = -1
			continue
		}
		if r.lex.participle[key] && m.clitic == "" && next && (toks[ni].Norm == "الي" || toks[ni].Norm == "بين") {
			if pi := prevWord(toks, m.tok); pi >= 0 && pi == m.tok-1 && definite(toks[pi].Norm) && r.cueOfToken(&toks[pi]) == cueNone {
				m.cue = -1
			}
		}
	}
}

// feminineDemonstratives (normalised) stand before a plural noun in
// «تلك البقاع»; «ذلك» is left out for «بما في ذلك الرقة».
var feminineDemonstratives = map[string]bool{"هذه": true, "تلك": true, "هذي": true}

// withoutProclitics strips at most two one-letter proclitics (و ف, then
// ب ل ك) from a surface word of more than three letters after them.
func withoutProclitics(w string) string {
	for n := 0; n < 2; n++ {
		rest, ok := "", false
		for _, p := range []string{"و", "ف", "ب", "ل", "ك"} {
			if strings.HasPrefix(w, p) {
				rest, ok = w[len(p):], true
				break
			}
		}
		if !ok || len([]rune(rest)) <= 3 {
			break
		}
		w = rest
	}
	return w
}
