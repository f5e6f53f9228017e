package geo

import (
	"sort"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/arabic"
)

// TestGaps lists the words that follow a place cue noun («مدينة X», «بلدة
// X», «محافظة X») in a JSONL(.gz) corpus and that the resolver does not
// resolve there, most frequent first: candidates for the gazetteer. Set
// MARSAD_GEO_GAPS=path (and optionally MARSAD_GEO_GAPS_N=articles).
func TestGaps(t *testing.T) {
	r, err := NewResolver(nil)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	total, unresolved, places := 0, 0, 0
	eachCorpusText(t, "MARSAD_GEO_GAPS", 5000, func(text string) {
		toks := arabic.Tokenize(text)
		found := map[int]bool{} // rune offsets covered by a resolved place
		for _, p := range r.Resolve(text, toks, Options{}) {
			places++
			for o := p.Start; o < p.End; o++ {
				found[o] = true
			}
		}
		for i := 0; i+1 < len(toks); i++ {
			if strings.HasPrefix(strings.TrimLeft(toks[i].Norm, "وفبلك"), "ال") {
				continue
			}
			w := stripPrep(toks[i].Norm)
			if !r.lex.isCue(w) || toks[i+1].Kind != arabic.Word {
				continue
			}
			nx := toks[i+1]
			total++
			if found[nx.CStart] {
				continue
			}
			unresolved++
			name := nx.Text
			if i+2 < len(toks) && toks[i+2].Kind == arabic.Word && (nx.Norm == "دير" || nx.Norm == "راس" || nx.Norm == "ابو" || nx.Norm == "عين" || nx.Norm == "تل" || nx.Norm == "بيت" || nx.Norm == "كفر" || nx.Norm == "ام" || nx.Norm == "جبل" || nx.Norm == "خان" || nx.Norm == "سيدي" || nx.Norm == "بني" || nx.Norm == "بير" || nx.Norm == "بئر" || nx.Norm == "وادي" || nx.Norm == "مخيم") {
				name += " " + toks[i+2].Text
			}
			counts[toks[i].Norm+" "+name]++
		}
	})
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return counts[keys[i]] > counts[keys[j]] })
	t.Logf("%d places resolved; %d cue-noun mentions, %d resolved, %d not", places, total, total-unresolved, unresolved)
	for i, k := range keys {
		if i >= 600 {
			break
		}
		t.Logf("%4d %s", counts[k], k)
	}
}
