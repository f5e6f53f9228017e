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
// `word<TAB>coarse<TAB>middle<TAB>fine` lines with 0-based ids.
func ReadClusters(r io.Reader) (*Clusters, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, marsad.Errorf(marsad.EINVALID, "clusters: not gzip: %v", err)
	}
	h := fnv.New64a()
	sc := bufio.NewScanner(io.TeeReader(zr, h))
	c := &Clusters{words: map[string][3]uint32{}, cues: map[string]uint32{}}
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
		if (len(f) != 4 && len(f) != 5) || f[0] == "" {
			return nil, marsad.Errorf(marsad.EINVALID, "clusters: line %d: want 4 or 5 tab-separated fields", line)
		}
		if len(f) == 5 {
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
}

// TextSource calls yield with each text of a corpus, in a fixed order.
type TextSource func(yield func(text string) error) error

// TrainClusters learns word clusters from unlabelled text in two passes
// over src: word counts, then positive PMI between each vocabulary word and
// context words at positions -2, -1, +1, +2; the PPMI rows are reduced by a
// seeded random projection, L2-normalised and clustered by spherical k-means
// in three nested levels, so the coarse id is a prefix of the finer ones as
// in Brown clustering.
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
	counts = nil
	if len(vocab) < cfg.K[0] {
		return nil, marsad.Errorf(marsad.EINVALID, "clusters: only %d words occur %d times or more", len(vocab), cfg.MinCount)
	}
	const positions = 4 // -2, -1, +1, +2
	nc := cfg.Contexts * positions
	co := make([]float32, len(vocab)*nc)
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
		for _, t := range arabic.Tokenize(text) {
			buf = arabic.NormalizeInto(buf[:0], t.Text)
			if len(buf) == 0 {
				continue
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
	logf("pass 2: co-occurrences of %d words × %d contexts in %s", len(vocab), nc, time.Since(start).Round(time.Second))

	// PPMI with context-distribution smoothing (α = 0.75).
	rowSum := make([]float64, len(vocab))
	colSum := make([]float64, nc)
	total := 0.0
	for w := range vocab {
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
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x636c757374657273))
	proj := make([]float32, nc*cfg.Dim)
	for i := range proj {
		proj[i] = float32(rng.NormFloat64())
	}
	vecs := make([]float32, len(vocab)*cfg.Dim)
	for w := range vocab {
		v := vecs[w*cfg.Dim : (w+1)*cfg.Dim]
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
			pr := proj[j*cfg.Dim : (j+1)*cfg.Dim]
			for k := range v {
				v[k] += x * pr[k]
			}
		}
		normalize(v)
	}
	co = nil
	logf("ppmi + projection to %d dimensions in %s", cfg.Dim, time.Since(start).Round(time.Second))

	// Three nested levels of spherical k-means.
	all0 := make([]int32, len(vocab))
	for i := range all0 {
		all0[i] = int32(i)
	}
	paths := make([][3]uint32, len(vocab))
	assign := func(level int, members []int32, k int, base uint32) int {
		lab := kmeans(vecs, cfg.Dim, members, k, cfg.Iters, rng)
		used := 0
		for i, m := range members {
			paths[m][level] = base + uint32(lab[i])
			used = max(used, lab[i]+1)
		}
		return used
	}
	k0 := assign(0, all0, cfg.K[0], 0)
	groups := func(level, n int) [][]int32 {
		g := make([][]int32, n)
		for w := range vocab {
			c := paths[w][level]
			g[c] = append(g[c], int32(w))
		}
		return g
	}
	next := uint32(0)
	for _, members := range groups(0, k0) {
		next += uint32(assign(1, members, cfg.K[1], next))
	}
	k1 := int(next)
	next = 0
	for _, members := range groups(1, k1) {
		next += uint32(assign(2, members, cfg.K[2], next))
	}
	logf("k-means: %d / %d / %d clusters in %s", k0, k1, next, time.Since(start).Round(time.Second))
	cues := make([][3]uint8, len(vocab))
	for w, c := range cueCount {
		cues[w] = [3]uint8{cueBucket(c[1], c[0]), cueBucket(c[2], c[0]), cueBucket(c[3], c[0])}
	}
	return &ClusterResult{Words: vocab, Paths: paths, Cues: cues}, nil
}

// ClusterResult is a trained clustering: Paths[i] is the 0-based cluster path
// of Words[i]; Cues[i], when set, buckets (0..4) how often Words[i] follows
// a person cue (title or given name), a location cue (في، إلى) and an
// organisation head word.
type ClusterResult struct {
	Words []string
	Paths [][3]uint32
	Cues  [][3]uint8
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
