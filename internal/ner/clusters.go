package ner

import (
	"bufio"
	"compress/gzip"
	"context"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// Clusters maps normalised words to a three-level cluster path (coarse,
// middle, fine), learned from unlabelled text. Ids are 1-based in memory: 0
// means "not in the vocabulary".
type Clusters struct {
	words map[string][3]uint32
	// sg holds, for words of an 8-field file, a second three-level path:
	// the clusters of their skip-gram vectors.
	sg map[string][3]uint32
	// cues holds, for words of a v2 file, the context-cue buckets packed
	// as 1 + person | location<<4 | organisation<<8.
	cues map[string]uint32
	// Sum identifies the cluster file; a model records the Sum it was
	// trained with.
	Sum uint64
}

// Len returns the number of words with a cluster.
func (c *Clusters) Len() int { return len(c.words) }

// Lookup returns the cluster path of a normalised word.
func (c *Clusters) Lookup(norm string) ([3]uint32, bool) {
	p, ok := c.words[norm]
	return p, ok
}

const clustersHeader = "# marsad word clusters v1"

// ReadClusters reads a gzip-compressed cluster file: a header line, then
// `word<TAB>coarse<TAB>middle<TAB>fine` lines with 0-based ids, optionally
// followed by the context cues `p,l,o` and then by the skip-gram path
// `coarse<TAB>middle<TAB>fine`.
func ReadClusters(r io.Reader) (*Clusters, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, marsad.Errorf(marsad.EINVALID, "clusters: not gzip: %v", err)
	}
	h := fnv.New64a()
	sc := bufio.NewScanner(io.TeeReader(zr, h))
	c := &Clusters{words: map[string][3]uint32{}, sg: map[string][3]uint32{}, cues: map[string]uint32{}}
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if line == 1 {
			if s != clustersHeader {
				return nil, marsad.Errorf(marsad.EINVALID, "clusters: line 1: want header %q", clustersHeader)
			}
			continue
		}
		f := strings.Split(s, "\t")
		if (len(f) != 4 && len(f) != 5 && len(f) != 8) || f[0] == "" {
			return nil, marsad.Errorf(marsad.EINVALID, "clusters: line %d: want 4, 5 or 8 tab-separated fields", line)
		}
		if len(f) == 8 {
			var p [3]uint32
			for i := 0; i < 3; i++ {
				v, err := strconv.ParseUint(f[i+5], 10, 31)
				if err != nil {
					return nil, marsad.Errorf(marsad.EINVALID, "clusters: line %d: %v", line, err)
				}
				p[i] = uint32(v) + 1
			}
			c.sg[f[0]] = p
		}
		if len(f) >= 5 {
			cue, err := parseCues(f[4])
			if err != nil {
				return nil, marsad.Errorf(marsad.EINVALID, "clusters: line %d: %v", line, err)
			}
			c.cues[f[0]] = cue
		}
		var p [3]uint32
		for i := 0; i < 3; i++ {
			v, err := strconv.ParseUint(f[i+1], 10, 31)
			if err != nil {
				return nil, marsad.Errorf(marsad.EINVALID, "clusters: line %d: %v", line, err)
			}
			p[i] = uint32(v) + 1
		}
		c.words[f[0]] = p
	}
	if err := sc.Err(); err != nil {
		return nil, marsad.Errorf(marsad.EINVALID, "clusters: %v", err)
	}
	if line == 0 {
		return nil, marsad.Errorf(marsad.EINVALID, "clusters: empty file")
	}
	c.Sum = h.Sum64()
	return c, nil
}

// parseCues reads a "p,l,o" cue field (each 0..4) into its packed form.
func parseCues(s string) (uint32, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 3 {
		return 0, fmt.Errorf("cue field %q: want p,l,o", s)
	}
	var v uint32
	for i, p := range parts {
		n, err := strconv.ParseUint(p, 10, 8)
		if err != nil || n > 4 {
			return 0, fmt.Errorf("cue field %q: want numbers 0..4", s)
		}
		v |= uint32(n) << (4 * i)
	}
	return v + 1, nil
}

// cueBucket buckets the share of a word's occurrences that follow a cue.
func cueBucket(n, total float32) uint8 {
	if total == 0 {
		return 0
	}
	switch r := n / total; {
	case r < 0.01:
		return 0
	case r < 0.05:
		return 1
	case r < 0.15:
		return 2
	case r < 0.4:
		return 3
	}
	return 4
}

// ClusterConfig sets how TrainClusters runs.
type ClusterConfig struct {
	Vocab    int    // words clustered: the most frequent normalised word types; default 50000
	Contexts int    // context words: the most frequent types; default 500
	MinCount int    // minimum frequency of a clustered word; default 5
	Dim      int    // random-projection dimension; default 160
	K        [3]int // clusters per level: coarse, then splits of each coarse and middle cluster; default 64, 8, 4
	Iters    int    // k-means iterations per level; default 25
	// The second clustering is of skip-gram vectors (negative sampling).
	SGDim    int // skip-gram dimension; default 100
	Window   int // skip-gram: largest distance of a context word; default 5
	Negative int // skip-gram: negative samples per context word; default 5
	Epochs   int // skip-gram: passes over the text; default 3
	Seed     uint64
	Log      io.Writer
}

func (c *ClusterConfig) defaults() {
	if c.Vocab <= 0 {
		c.Vocab = 50000
	}
	if c.Contexts <= 0 {
		c.Contexts = 500
	}
	if c.MinCount <= 0 {
		c.MinCount = 5
	}
	if c.Dim <= 0 {
		c.Dim = 160
	}
	if c.K == [3]int{} {
		c.K = [3]int{64, 8, 4}
	}
	if c.Iters <= 0 {
		c.Iters = 25
	}
	if c.SGDim <= 0 {
		c.SGDim = 100
	}
	if c.Window <= 0 {
		c.Window = 5
	}
	if c.Negative <= 0 {
		c.Negative = 5
	}
	if c.Epochs <= 0 {
		c.Epochs = 3
	}
}

// TextSource calls yield with each text of a corpus, in a fixed order.
type TextSource func(yield func(text string) error) error

// TrainClusters learns word clusters from unlabelled text in two passes
// over src: word counts, then positive PMI between each vocabulary word and
// context words at positions -2, -1, +1, +2; the PPMI rows are reduced by a
// seeded random projection, L2-normalised and clustered by spherical k-means
// in three nested levels, so the coarse id is a prefix of the finer ones as
// in Brown clustering. The same words are clustered a second time, in the
// same three levels, by their skip-gram vectors (negative sampling) trained
// on the same text.
func TrainClusters(ctx context.Context, src TextSource, cfg ClusterConfig) (*ClusterResult, error) {
	cfg.defaults()
	logf := func(format string, args ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, format+"\n", args...)
		}
	}
	start := time.Now()
	counts := map[string]int{}
	var buf []byte
	ntok := 0
	err := src(func(text string) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		for _, t := range arabic.Tokenize(text) {
			buf = arabic.NormalizeInto(buf[:0], t.Text)
			if len(buf) == 0 {
				continue
			}
			ntok++
			if n, ok := counts[string(buf)]; ok {
				counts[string(buf)] = n + 1
			} else {
				counts[string(buf)] = 1
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("clusters: count words: %w", err)
	}
	logf("pass 1: %d tokens, %d types in %s", ntok, len(counts), time.Since(start).Round(time.Second))
	type wc struct {
		w string
		n int
	}
	all := make([]wc, 0, len(counts))
	for w, n := range counts {
		all = append(all, wc{w, n})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].n != all[j].n {
			return all[i].n > all[j].n
		}
		return all[i].w < all[j].w
	})
	ctxID := map[string]int32{}
	for _, x := range all {
		if len(ctxID) == cfg.Contexts {
			break
		}
		ctxID[x.w] = int32(len(ctxID))
	}
	vocab := make([]string, 0, cfg.Vocab)
	wordID := map[string]int32{}
	for _, x := range all {
		if len(vocab) == cfg.Vocab || x.n < cfg.MinCount {
			break
		}
		if !hasLetter(x.w) {
			continue
		}
		wordID[x.w] = int32(len(vocab))
		vocab = append(vocab, x.w)
	}
	// The skip-gram learns vectors of every word seen MinCount times (the
	// others are dropped from its text), not only of the clustered ones.
	trainID := map[string]int32{}
	var trainCounts []int
	for _, x := range all {
		if x.n < cfg.MinCount {
			break
		}
		trainID[x.w] = int32(len(trainCounts))
		trainCounts = append(trainCounts, x.n)
	}
	counts = nil
	if len(vocab) < cfg.K[0] {
		return nil, marsad.Errorf(marsad.EINVALID, "clusters: only %d words occur %d times or more", len(vocab), cfg.MinCount)
	}
	const positions = 4 // -2, -1, +1, +2
	nc := cfg.Contexts * positions
	co := make([]float32, len(vocab)*nc)
	var docs [][]int32
	lex, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	// Context cues: how often a word follows a title or given name
	// (person), في/إلى (location) or an organisation head word.
	cueCount := make([][4]float32, len(vocab)) // total, person, location, organisation
	var ids, cids []int32
	var cue []uint8
	err = src(func(text string) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		ids, cids, cue = ids[:0], cids[:0], cue[:0]
		var doc []int32
		for _, t := range arabic.Tokenize(text) {
			buf = arabic.NormalizeInto(buf[:0], t.Text)
			if len(buf) == 0 {
				continue
			}
			if id, ok := trainID[string(buf)]; ok {
				doc = append(doc, id)
			}
			var k uint8
			switch bits := lex[string(buf)]; {
			case bits&(lexTitle|lexName) != 0:
				k = 1
			case string(buf) == "في" || string(buf) == "الي":
				k = 2
			case bits&lexOrg != 0:
				k = 3
			}
			cue = append(cue, k)
			w, ok := wordID[string(buf)]
			if !ok {
				w = -1
			}
			c, ok := ctxID[string(buf)]
			if !ok {
				c = -1
			}
			ids, cids = append(ids, w), append(cids, c)
		}
		if len(doc) > 1 {
			docs = append(docs, doc)
		}
		for i, w := range ids {
			if w < 0 {
				continue
			}
			cueCount[w][0]++
			if i > 0 && cue[i-1] > 0 {
				cueCount[w][cue[i-1]]++
			}
			row := co[int(w)*nc : int(w+1)*nc]
			for p, off := range [positions]int{-2, -1, 1, 2} {
				j := i + off
				if j < 0 || j >= len(cids) || cids[j] < 0 {
					continue
				}
				row[p*cfg.Contexts+int(cids[j])]++
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("clusters: count contexts: %w", err)
	}
	logf("pass 2: co-occurrences of %d words × %d contexts, %d texts in %s", len(vocab), nc, len(docs), time.Since(start).Round(time.Second))
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x636c757374657273))
	vecs := ppmiVectors(co, len(vocab), nc, cfg.Dim, rng)
	co = nil
	logf("ppmi + projection to %d dimensions in %s", cfg.Dim, time.Since(start).Round(time.Second))
	paths := nestedKMeans(vecs, len(vocab), cfg.Dim, cfg.K, cfg.Iters, rng)
	logf("k-means of the ppmi vectors in %s", time.Since(start).Round(time.Second))

	in, err := trainSGNS(ctx, docs, trainCounts, sgnsConfig{dim: cfg.SGDim, window: cfg.Window, negative: cfg.Negative, epochs: cfg.Epochs, sample: 1e-4, alpha: 0.025, seed: cfg.Seed}, logf)
	if err != nil {
		return nil, fmt.Errorf("clusters: skip-gram: %w", err)
	}
	docs = nil
	vecs = make([]float32, len(vocab)*cfg.SGDim)
	for w, word := range vocab {
		t := int(trainID[word])
		v := vecs[w*cfg.SGDim : (w+1)*cfg.SGDim]
		copy(v, in[t*cfg.SGDim:(t+1)*cfg.SGDim])
		normalize(v)
	}
	logf("skip-gram vectors of %d words, %d dimensions, in %s", len(trainCounts), cfg.SGDim, time.Since(start).Round(time.Second))
	sg := nestedKMeans(vecs, len(vocab), cfg.SGDim, cfg.K, cfg.Iters, rand.New(rand.NewPCG(cfg.Seed, 0x636c757374657273)))
	logf("k-means of the skip-gram vectors in %s", time.Since(start).Round(time.Second))
	cues := make([][3]uint8, len(vocab))
	for w, c := range cueCount {
		cues[w] = [3]uint8{cueBucket(c[1], c[0]), cueBucket(c[2], c[0]), cueBucket(c[3], c[0])}
	}
	return &ClusterResult{Words: vocab, Paths: paths, Cues: cues, SG: sg}, nil
}

// nestedKMeans clusters the n unit vectors of vecs (dim each) by spherical
// k-means in three nested levels of k[0], then k[1] per coarse cluster and
// k[2] per middle one, and returns each vector's 0-based path; ids of a
// level are dense.
func nestedKMeans(vecs []float32, n, dim int, k [3]int, iters int, rng *rand.Rand) [][3]uint32 {
	all0 := make([]int32, n)
	for i := range all0 {
		all0[i] = int32(i)
	}
	paths := make([][3]uint32, n)
	assign := func(level int, members []int32, k int, base uint32) int {
		lab := kmeans(vecs, dim, members, k, iters, rng)
		used := 0
		for i, m := range members {
			paths[m][level] = base + uint32(lab[i])
			used = max(used, lab[i]+1)
		}
		return used
	}
	k0 := assign(0, all0, k[0], 0)
	groups := func(level, n int) [][]int32 {
		g := make([][]int32, n)
		for w := range paths {
			c := paths[w][level]
			g[c] = append(g[c], int32(w))
		}
		return g
	}
	next := uint32(0)
	for _, members := range groups(0, k0) {
		next += uint32(assign(1, members, k[1], next))
	}
	k1 := int(next)
	next = 0
	for _, members := range groups(1, k1) {
		next += uint32(assign(2, members, k[2], next))
	}
	return paths
}

// ppmiVectors returns the unit vectors of nvocab words: their rows of co
// (nc context counts each) as positive PMI with context-distribution
// smoothing (α = 0.75), reduced by a Gaussian random projection drawn from
// rng to dim dimensions.
func ppmiVectors(co []float32, nvocab, nc, dim int, rng *rand.Rand) []float32 {
	rowSum := make([]float64, nvocab)
	colSum := make([]float64, nc)
	total := 0.0
	for w := range nvocab {
		for j, v := range co[w*nc : (w+1)*nc] {
			rowSum[w] += float64(v)
			colSum[j] += float64(v)
			total += float64(v)
		}
	}
	colP := make([]float64, nc)
	z := 0.0
	for j, v := range colSum {
		colP[j] = math.Pow(v, 0.75)
		z += colP[j]
	}
	for j := range colP {
		colP[j] /= z
	}
	proj := make([]float32, nc*dim)
	for i := range proj {
		proj[i] = float32(rng.NormFloat64())
	}
	vecs := make([]float32, nvocab*dim)
	for w := range nvocab {
		v := vecs[w*dim : (w+1)*dim]
		if rowSum[w] == 0 {
			continue
		}
		pw := rowSum[w] / total
		for j, c := range co[w*nc : (w+1)*nc] {
			if c == 0 || colP[j] == 0 {
				continue
			}
			pmi := math.Log(float64(c) / total / (pw * colP[j]))
			if pmi <= 0 {
				continue
			}
			x := float32(pmi)
			pr := proj[j*dim : (j+1)*dim]
			for k := range v {
				v[k] += x * pr[k]
			}
		}
		normalize(v)
	}
	return vecs

}

// ClusterResult is a trained clustering: Paths[i] is the 0-based cluster path
// of Words[i]; Cues[i], when set, buckets (0..4) how often Words[i] follows
// a person cue (title or given name), a location cue (في، إلى) and an
// organisation head word; SG[i], when set (with Cues), is the path of
// Words[i] in the clustering of the skip-gram vectors.
type ClusterResult struct {
	Words []string
	Paths [][3]uint32
	Cues  [][3]uint8
	SG    [][3]uint32
}

// WriteTo writes the clustering in the format ReadClusters reads.
func (r *ClusterResult) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	fmt.Fprintln(bw, clustersHeader)
	order := make([]int, len(r.Words))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return r.Words[order[a]] < r.Words[order[b]] })
	for _, i := range order {
		p := r.Paths[i]
		if r.Cues != nil && r.SG != nil {
			c, g := r.Cues[i], r.SG[i]
			fmt.Fprintf(bw, "%s\t%d\t%d\t%d\t%d,%d,%d\t%d\t%d\t%d\n", r.Words[i], p[0], p[1], p[2], c[0], c[1], c[2], g[0], g[1], g[2])
			continue
		}
		if r.Cues != nil {
			c := r.Cues[i]
			fmt.Fprintf(bw, "%s\t%d\t%d\t%d\t%d,%d,%d\n", r.Words[i], p[0], p[1], p[2], c[0], c[1], c[2])
			continue
		}
		fmt.Fprintf(bw, "%s\t%d\t%d\t%d\n", r.Words[i], p[0], p[1], p[2])
	}
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	if err := zw.Close(); err != nil {
		return cw.n, err
	}
	return cw.n, nil
}

func hasLetter(s string) bool {
	for _, r := range s {
		if (r >= 0x0621 && r <= 0x064A) || (r >= 'a' && r <= 'z') {
			return true
		}
	}
	return false
}

func normalize(v []float32) {
	s := float32(0)
	for _, x := range v {
		s += x * x
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(float64(s)))
	for i := range v {
		v[i] *= inv
	}
}

// kmeans clusters the unit vectors of members into at most k groups by
// cosine similarity (k-means++ seeding) and returns each member's group.
func kmeans(vecs []float32, dim int, members []int32, k, iters int, rng *rand.Rand) []int {
	n := len(members)
	lab := make([]int, n)
	if n <= k {
		for i := range lab {
			lab[i] = i
		}
		return lab
	}
	vec := func(i int) []float32 { m := int(members[i]); return vecs[m*dim : (m+1)*dim] }
	dot := func(a, b []float32) float32 {
		s := float32(0)
		for i := range a {
			s += a[i] * b[i]
		}
		return s
	}
	cent := make([]float32, k*dim)
	// k-means++ on cosine distance.
	copy(cent[:dim], vec(rng.IntN(n)))
	dist := make([]float64, n)
	for i := range dist {
		dist[i] = math.Inf(1)
	}
	for c := 1; c < k; c++ {
		prev := cent[(c-1)*dim : c*dim]
		sum := 0.0
		for i := 0; i < n; i++ {
			d := float64(1 - dot(vec(i), prev))
			if d < 0 {
				d = 0
			}
			dist[i] = min(dist[i], d*d)
			sum += dist[i]
		}
		pick := rng.IntN(n)
		if sum > 0 {
			x := rng.Float64() * sum
			for i := 0; i < n; i++ {
				x -= dist[i]
				if x <= 0 {
					pick = i
					break
				}
			}
		}
		copy(cent[c*dim:(c+1)*dim], vec(pick))
	}
	for it := 0; it < iters; it++ {
		changed := 0
		for i := 0; i < n; i++ {
			v := vec(i)
			best, arg := float32(-2), 0
			for c := 0; c < k; c++ {
				if s := dot(v, cent[c*dim:(c+1)*dim]); s > best {
					best, arg = s, c
				}
			}
			if it == 0 || lab[i] != arg {
				changed++
			}
			lab[i] = arg
		}
		clear(cent)
		for i := 0; i < n; i++ {
			c := cent[lab[i]*dim : (lab[i]+1)*dim]
			for j, x := range vec(i) {
				c[j] += x
			}
		}
		for c := 0; c < k; c++ {
			normalize(cent[c*dim : (c+1)*dim])
		}
		if changed == 0 {
			break
		}
	}
	// Renumber so ids are dense (empty clusters dropped).
	remap := make([]int, k)
	for i := range remap {
		remap[i] = -1
	}
	next := 0
	for i, l := range lab {
		if remap[l] < 0 {
			remap[l] = next
			next++
		}
		lab[i] = remap[l]
	}
	return lab
}
