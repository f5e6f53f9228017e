package cluster

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

var measure = flag.Bool("measure", false, "measure duplicate detection on the shared ANT corpus (TestCorpusDuplicates)")

// corpusPath finds ../shared/data/... beside the repository root.
func corpusPath(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root not found")
		}
		dir = parent
	}
	p := filepath.Join(dir, "..", "shared", "data", "ant-corpus-multisource", "ant-corpus-multisource.jsonl.gz")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared corpus absent (%v): skipping the measurement", err)
	}
	return p
}

type corpusRecord struct {
	ID       string `json:"id"`
	URL      string `json:"url"`
	Title    string `json:"title"`
	Text     string `json:"text"`
	TextSHA1 string `json:"text_sha1"`
	Date     string `json:"date_iso"`
}

// TestCorpusDuplicates measures exact and near-duplicate detection on the ANT
// multi-source corpus. Run with -measure; it prints the tables that
// docs/parts/store.md quotes.
//
// Ground truth: the corpus has one record per distinct text (text_sha1 is
// unique: exact copies were merged into duplicate_ids), so any ContentHash
// collision merges texts the corpus keeps apart. 60 URLs occur twice with
// edited texts: the same report updated, i.e. known near-duplicates.
// Synthetic copies (new headline line, a dateline, a footer, re-encoded
// letters and digits) test what republishing does.
func TestCorpusDuplicates(t *testing.T) {
	if !*measure {
		t.Skip("run with -measure")
	}
	f, err := os.Open(corpusPath(t))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var recs []corpusRecord
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var r corpusRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	n := len(recs)
	hashes := make([]string, n)
	sims := make([]uint64, n)
	byURL := map[string][]int{}
	byCanon := map[string][]int{}
	byHash := map[string][]int{}
	for i, r := range recs {
		hashes[i] = ContentHash(r.Text)
		sims[i] = SimHash(r.Text)
		byURL[r.URL] = append(byURL[r.URL], i)
		byCanon[CanonicalURL(r.URL)] = append(byCanon[CanonicalURL(r.URL)], i)
		byHash[hashes[i]] = append(byHash[hashes[i]], i)
	}
	groups := func(m map[string][]int) (g, extra int) {
		for _, v := range m {
			if len(v) > 1 {
				g++
				extra += len(v) - 1
			}
		}
		return
	}
	fmt.Printf("records: %d\n", n)
	g, e := groups(byURL)
	fmt.Printf("raw URL groups with >1 record: %d (%d extra records)\n", g, e)
	g, e = groups(byCanon)
	fmt.Printf("CanonicalURL groups with >1 record: %d (%d extra records); empty canonical: %d\n", g, e, len(byCanon[""]))
	g, e = groups(byHash)
	fmt.Printf("ContentHash collisions between distinct text_sha1: %d groups (%d extra records)\n", g, e)
	shown := 0
	for _, v := range byHash {
		if len(v) > 1 && shown < 3 {
			shown++
			fmt.Printf("  collision: %s / %s: %q vs %q\n", recs[v[0]].ID, recs[v[1]].ID, head(recs[v[0]].Text, 60), head(recs[v[1]].Text, 60))
		}
	}

	// Synthetic copies.
	rng := rand.New(rand.NewPCG(1, 2))
	reenc := strings.NewReplacer("أ", "ا", "إ", "ا", "ة", "ه", "ى", "ي", "0", "٠", "1", "١", "2", "٢", "5", "٥", " ", "  ", "ل", "لـ")
	const footer = "\nجميع الحقوق محفوظة. تابعونا على مواقع التواصل الاجتماعي للاطلاع على آخر الأخبار."
	sample := rng.Perm(n)[:3000]
	exactHit := 0
	var republished, reencDist, firstPara []int
	var repOverlap []float64
	for _, i := range sample {
		r := recs[i]
		if ContentHash(reenc.Replace(r.Text)) == hashes[i] {
			exactHit++
		}
		reencDist = append(reencDist, Distance(sims[i], SimHash(reenc.Replace(r.Text))))
		copyText := r.Title + "\nالعاصمة - وكالات\n" + r.Text + footer
		republished = append(republished, Distance(sims[i], SimHash(copyText)))
		repOverlap = append(repOverlap, Containment(Shingles(r.Text), Shingles(copyText)))
		paras := strings.Split(r.Text, "\n")
		if len(paras) >= 4 { // only the first half of the article: a different, shorter report
			firstPara = append(firstPara, Distance(sims[i], SimHash(strings.Join(paras[:len(paras)/2], "\n"))))
		}
	}
	fmt.Printf("synthetic re-encoded copies (alef/teh/yeh/digits/spacing/tatweel) with equal ContentHash: %d/%d\n", exactHit, len(sample))

	var sameURL []int
	var sameOverlap []float64
	for _, v := range byURL {
		if len(v) == 2 {
			sameURL = append(sameURL, Distance(sims[v[0]], sims[v[1]]))
			sameOverlap = append(sameOverlap, Containment(Shingles(recs[v[0]].Text), Shingles(recs[v[1]].Text)))
		}
	}

	// All pairs with distinct URLs: how many fall within k, and how many of
	// those share at least half of their word 3-grams (unlabelled copies).
	const maxK = 16
	var flagged [maxK + 1]int
	type pair struct{ i, j, d int }
	var close []pair
	for i := range n {
		for j := i + 1; j < n; j++ {
			d := Distance(sims[i], sims[j])
			if d <= maxK && recs[i].URL != recs[j].URL {
				flagged[d]++
				close = append(close, pair{i, j, d})
			}
		}
	}
	shingleSets := map[int]map[uint64]bool{}
	shingles := func(i int) map[uint64]bool {
		if s, ok := shingleSets[i]; ok {
			return s
		}
		s := toSet(Shingles(recs[i].Text))
		shingleSets[i] = s
		return s
	}
	var similar [maxK + 1]int
	sort.Slice(close, func(a, b int) bool { return close[a].d < close[b].d })
	for _, p := range close {
		if p.d > 12 {
			break
		}
		if jaccard(shingles(p.i), shingles(p.j)) >= 0.5 {
			similar[p.d]++
		}
	}
	fmt.Printf("\n k | same-URL edited pairs (%d) | republished copies (%d) | re-encoded (%d) | first half of the text (%d) | distinct-URL pairs within k | of those, 3-gram Jaccard>=0.5\n", len(sameURL), len(republished), len(reencDist), len(firstPara))
	cumF, cumS := 0, 0
	for k := 0; k <= maxK; k++ {
		cumF += flagged[k]

		cumS += similar[k]
		js := "-"
		if k <= 12 {
			js = fmt.Sprint(cumS)
		}
		fmt.Printf("%2d | %s | %s | %s | %s | %d | %s\n", k, frac(sameURL, k), frac(republished, k), frac(reencDist, k), frac(firstPara, k), cumF, js)
	}
	// What the store does at k: pairs within k, published within the
	// window, found through a shared LSH band.
	day := func(i int) time.Time { d, _ := time.Parse(time.DateOnly, recs[i].Date); return d }
	inWin, banded, inWinSimilar := 0, 0, 0
	for _, p := range close {
		if p.d > NearDuplicateDistance {
			break
		}
		dt := day(p.i).Sub(day(p.j))
		if dt < 0 {
			dt = -dt
		}
		if dt > NearDuplicateWindow {
			continue
		}
		inWin++
		if j := jaccard(shingles(p.i), shingles(p.j)); j >= 0.5 {
			inWinSimilar++
		} else if testing.Verbose() {
			fmt.Printf("  low-overlap pair d=%d J=%.2f %s | %s\n     %q\n     %q\n", p.d, j, recs[p.i].ID, recs[p.j].ID, head(recs[p.i].Text, 110), head(recs[p.j].Text, 110))
		}
		bi, bj := BandValues(sims[p.i]), BandValues(sims[p.j])
		for b := range bi {
			if bi[b] == bj[b] {
				banded++
				break
			}
		}
	}
	fmt.Printf("\nat k=%d: distinct-URL pairs within k and published within %v: %d (%d with 3-gram Jaccard>=0.5); found through a shared LSH band: %d (%.1f%%)\n",
		NearDuplicateDistance, NearDuplicateWindow, inWin, inWinSimilar, banded, 100*float64(banded)/float64(max(inWin, 1)))
	// A two-stage rule: within sure bits → same story; within check bits →
	// same story if the word 3-gram containment reaches theta.
	fmt.Printf("\ntwo-stage rule (distance <= sure, or <= check with 3-gram containment >= theta), distinct-URL pairs within the window:\n")
	fmt.Printf("sure check theta | same-URL edited | republished | flagged pairs | flagged with Jaccard<0.3\n")
	for _, cfg := range []struct {
		sure, check int
		theta       float64
	}{{10, 10, 2}, {8, 12, 0.5}, {8, 14, 0.5}, {8, 14, 0.6}, {8, 16, 0.5}, {8, 16, 0.6}, {6, 16, 0.6}} {
		accept := func(d int, ov func() float64) bool {
			return d <= cfg.sure || d <= cfg.check && ov() >= cfg.theta
		}
		hitSame, hitRep, flaggedW, lowJ := 0, 0, 0, 0
		for i, d := range sameURL {
			if accept(d, func() float64 { return sameOverlap[i] }) {
				hitSame++
			}
		}
		for i, d := range republished {
			if accept(d, func() float64 { return repOverlap[i] }) {
				hitRep++
			}
		}
		for _, p := range close {
			dt := day(p.i).Sub(day(p.j))
			if dt < 0 {
				dt = -dt
			}
			if p.d > cfg.check || dt > NearDuplicateWindow {
				continue
			}
			if accept(p.d, func() float64 { return containment(shingles(p.i), shingles(p.j)) }) {
				flaggedW++
				if testing.Verbose() && cfg.check == 14 && cfg.theta == 0.6 && p.d > 10 && rng.IntN(25) == 0 {
					fmt.Printf("  two-stage sample d=%d C=%.2f J=%.2f %s | %s\n     %q\n     %q\n", p.d, containment(shingles(p.i), shingles(p.j)), jaccard(shingles(p.i), shingles(p.j)), recs[p.i].ID, recs[p.j].ID, head(recs[p.i].Text, 100), head(recs[p.j].Text, 100))
				}
				if jaccard(shingles(p.i), shingles(p.j)) < 0.3 {
					lowJ++
				}
			}
		}
		fmt.Printf("%4d %5d %5.2f | %s | %s | %d | %d\n", cfg.sure, cfg.check, cfg.theta,
			fmt.Sprintf("%d/%d", hitSame, len(sameURL)), fmt.Sprintf("%d/%d (%.1f%%)", hitRep, len(republished), 100*float64(hitRep)/float64(len(republished))), flaggedW, lowJ)
	}
	// The rule the store applies (SameStory), with its constants.
	ruleSame, ruleRep := 0, 0
	for i, d := range sameURL {
		if SameStory(d, func() float64 { return sameOverlap[i] }) {
			ruleSame++
		}
	}
	for i, d := range republished {
		if SameStory(d, func() float64 { return repOverlap[i] }) {
			ruleRep++
		}
	}
	ruleFlag, ruleBand, ruleLowJ := 0, 0, 0
	for _, p := range close {
		dt := day(p.i).Sub(day(p.j))
		if dt < 0 {
			dt = -dt
		}
		if dt > NearDuplicateWindow || !SameStory(p.d, func() float64 { return containment(shingles(p.i), shingles(p.j)) }) {
			continue
		}
		ruleFlag++
		if jaccard(shingles(p.i), shingles(p.j)) < 0.3 {
			ruleLowJ++
		}
		bi, bj := BandValues(sims[p.i]), BandValues(sims[p.j])
		for b := range bi {
			if bi[b] == bj[b] {
				ruleBand++
				break
			}
		}
	}
	fmt.Printf("\nSameStory (distance <= %d, or <= %d with containment >= %.2f), window %v:\n", NearDuplicateDistance, CheckDistance, MinOverlap, NearDuplicateWindow)
	fmt.Printf("  same-URL edited pairs: %d/%d; republished copies: %d/%d (%.1f%%)\n", ruleSame, len(sameURL), ruleRep, len(republished), 100*float64(ruleRep)/float64(len(republished)))
	fmt.Printf("  distinct-URL pairs judged the same story: %d (%d with 3-gram Jaccard < 0.3); found through a shared LSH band: %d (%.1f%%)\n",
		ruleFlag, ruleLowJ, ruleBand, 100*float64(ruleBand)/float64(max(ruleFlag, 1)))
	for _, p := range close {
		if p.d >= 9 && p.d <= 11 && rng.IntN(8) == 0 && jaccard(shingles(p.i), shingles(p.j)) < 0.5 {
			fmt.Printf("  d=%d J=%.2f %s | %s\n     %q\n     %q\n", p.d, jaccard(shingles(p.i), shingles(p.j)), recs[p.i].ID, recs[p.j].ID, head(recs[p.i].Text, 90), head(recs[p.j].Text, 90))
		}
	}
}

func frac(ds []int, k int) string {
	c := 0
	for _, d := range ds {
		if d <= k {
			c++
		}
	}
	return fmt.Sprintf("%d (%.1f%%)", c, 100*float64(c)/float64(max(len(ds), 1)))
}

func head(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		r = r[:n]
	}
	return string(r)
}

func toSet(m map[uint64]struct{}) map[uint64]bool {
	out := make(map[uint64]bool, len(m))
	for h := range m {
		out[h] = true
	}
	return out
}

func containment(a, b map[uint64]bool) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return 0
	}
	inter := 0
	for x := range a {
		if b[x] {
			inter++
		}
	}
	return float64(inter) / float64(len(a))
}

func jaccard(a, b map[uint64]bool) float64 {
	inter := 0
	for x := range a {
		if b[x] {
			inter++
		}
	}
	u := len(a) + len(b) - inter
	if u == 0 {
		return 0
	}
	return float64(inter) / float64(u)
}
