package main

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/actor"
	"github.com/marsad/marsad/internal/geo"
	"github.com/marsad/marsad/internal/ner"
)

// trainers lists the `marsad train` subcommands. A new trainer adds one line.
func trainers() map[string]command {
	return map[string]command{
		"ner":      {"train the entity tagger from CoNLL files", runTrainNER},
		"clusters": {"learn word clusters from unlabelled news (JSON Lines)", runTrainClusters},
	}
}

func runTrain(ctx context.Context, e *env) error {
	subs := trainers()
	if len(e.args) == 0 || e.args[0] == "-h" || e.args[0] == "--help" || e.args[0] == "help" {
		fmt.Fprintln(e.stderr, "usage: marsad train WHAT [flags]\n\nWHAT:")
		names := make([]string, 0, len(subs))
		for n := range subs {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			fmt.Fprintf(e.stderr, "  %-10s %s\n", n, subs[n].summary)
		}
		if len(e.args) == 0 {
			return fmt.Errorf("%w: train what?", errUsage)
		}
		return nil
	}
	c, ok := subs[e.args[0]]
	if !ok {
		return fmt.Errorf("%w: unknown trainer %q", errUsage, e.args[0])
	}
	sub := *e
	sub.args = e.args[1:]
	return c.run(ctx, &sub)
}

// sharedData returns the shared data directory: ../shared/data beside the
// repository, found by walking up from the working directory to go.mod.
func sharedData() string {
	dir, err := os.Getwd()
	if err != nil {
		return "../shared/data"
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(filepath.Dir(d), "shared", "data")
		}
		if filepath.Dir(d) == d {
			return "../shared/data"
		}
	}
}

// readCorpora reads a comma-separated list of [FORMAT:]PATH.
func readCorpora(list string) ([][]ner.Sentence, error) {
	var out [][]ner.Sentence
	domains := map[string]int{}
	for _, item := range strings.Split(list, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		format, path, ok := strings.Cut(item, ":")
		if !ok {
			format, path = ner.FormatANERcorp, item
		}
		s, err := ner.ReadCorpus(format, path)
		if err != nil {
			return nil, err
		}
		// The first file's format is the target domain (0); each other
		// format is a domain of its own.
		if _, ok := domains[format]; !ok {
			domains[format] = len(domains)
		}
		for i := range s {
			s[i].Domain = domains[format]
		}
		out = append(out, s)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: no training files", errUsage)
	}
	return out, nil
}

func runTrainNER(ctx context.Context, e *env) error {
	fs := newFlags("train ner", e)
	data := sharedData()
	train := fs.String("train", filepath.Join(data, "anercorp-camel", "ANERCorp_CamelLab_train.txt.gz")+",fane:"+filepath.Join(data, "fane-gold", "WikiFANE_Gold_2014_500K.txt.gz"),
		"comma-separated training files, each [FORMAT:]PATH with FORMAT anercorp (default), aqmar, fane or wojood; folds split the first file only")
	out := fs.String("o", "internal/ner/model/ner.model.gz", "output model (gzip); empty to skip writing")
	clusters := fs.String("clusters", "internal/ner/model/clusters.gz", "cluster file from `marsad train clusters`; empty for none")
	epochs := fs.Int("epochs", 8, "training epochs")
	seed := fs.Uint64("seed", 1, "shuffling seed")
	bits := fs.Int("bits", 20, "log2 of the weight-table rows")
	openalty := fs.Float64("o-penalty", 0, "decoding penalty on the O label (raises recall); stored in the model")
	folds := fs.Int("folds", 0, "split the first training file into this many contiguous folds (0: train on everything)")
	fold := fs.Int("fold", -1, "hold out this fold (0-based) for evaluation; -1 with -folds runs every fold (cross-validation)")
	devOut := fs.String("dev-out", "", "with -fold: write the held-out fold as DIR/gold-K.conll and its tagging as DIR/pred-K.conll")
	history := fs.Bool("history", true, "add the second (document history) stage")
	verbose := fs.Bool("v", false, "log each epoch (with dev F1 when a fold is held out)")
	corpusIn := fs.String("corpus", "", "comma-separated JSON Lines files (.gz allowed) of unlabelled news to self-tag for the word tallies (e.g. the -in files of marsad train clusters); empty for none")
	every := fs.Int("corpus-every", 3, "self-tag every N-th text of -corpus")
	wordDrop := fs.Float64("word-dropout", 0, "probability of hiding a token's own word features in a training step")
	margin := fs.Float64("margin", 0, "loss-augmented training: margin added to wrong labels when decoding in training")
	jackknife := fs.Int("jackknife", 5, "folds of the first stage's predictions the history stage is trained on")
	seeds := fs.Int("seeds", 1, "train each stage with this many shuffling seeds and average the weights")
	useGaz := fs.Bool("gazetteer", true, "use the names of the actor dictionary and the place gazetteer as word features")
	domainFeats := fs.Bool("domain-features", true, "give the sentences of the second and later -train files their own copy of every feature besides the shared one")
	otherMISC := fs.Bool("other-misc", false, "train on the MISC labels of the second and later -train files (their MISC classes differ from ANERcorp's)")
	extraEvery := fs.Int("extra-every", 4, "train on every N-th sentence of the second and later -train files")
	geoNames := fs.String("geonames", "", "also use the Arabic city, province and country names of a GeoNames cities TSV (.gz allowed) as LOC gazetteer names")
	if err := fs.Parse(e.args); err != nil {
		return errUsage
	}
	corpora, err := readCorpora(*train)
	if err != nil {
		return err
	}
	if *extraEvery > 1 {
		for k := 1; k < len(corpora); k++ {
			var keep []ner.Sentence
			for i, s := range corpora[k] {
				if i%*extraEvery == 0 {
					keep = append(keep, s)
				}
			}
			corpora[k] = keep
		}
	}
	var corpus *ner.Corpus
	if *corpusIn != "" {
		start := time.Now()
		corpus, err = ner.LoadCorpus(ctx, jsonTexts(*corpusIn), *every)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "read %d tokens in %d sentences to self-tag in %s\n", corpus.Tokens(), corpus.Sentences(), time.Since(start).Round(time.Second))
	}
	var clus *ner.Clusters
	if *clusters != "" {
		f, err := os.Open(*clusters)
		if err != nil {
			return fmt.Errorf("open clusters: %w", err)
		}
		clus, err = ner.ReadClusters(f)
		f.Close()
		if err != nil {
			return err
		}
	}
	cfg := ner.TrainConfig{Epochs: *epochs, Seed: *seed, Bits: *bits, OPenalty: float32(*openalty), History: *history, Corpus: corpus, WordDropout: *wordDrop, Margin: float32(*margin), Seeds: *seeds, Jackknife: *jackknife, DomainFeatures: *domainFeats, OtherMISC: *otherMISC}
	if *useGaz {
		if cfg.Gazetteer, err = gazetteerNames(); err != nil {
			return err
		}
	}
	if *geoNames != "" {
		names, err := geoNamesCities(*geoNames)
		if err != nil {
			return err
		}
		cfg.Gazetteer = append(cfg.Gazetteer, names...)
	}
	if *folds <= 0 {
		var all []ner.Sentence
		for _, c := range corpora {
			all = append(all, c...)
		}
		if *verbose {
			cfg.Log = e.stderr
		}
		start := time.Now()
		m, err := ner.Train(ctx, all, clus, cfg)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "trained on %d sentences in %s\n", len(all), time.Since(start).Round(time.Second))
		return writeModel(e, m, *out)
	}
	if *folds < 2 || *fold >= *folds {
		return fmt.Errorf("%w: -folds must be ≥ 2 and -fold < -folds", errUsage)
	}
	which := []int{*fold}
	if *fold < 0 {
		which = which[:0]
		for k := 0; k < *folds; k++ {
			which = append(which, k)
		}
	}
	first := corpora[0]
	var f1s []float64
	for _, k := range which {
		lo, hi := k*len(first)/(*folds), (k+1)*len(first)/(*folds)
		dev := first[lo:hi]
		trainSet := append(append([]ner.Sentence(nil), first[:lo]...), first[hi:]...)
		for _, c := range corpora[1:] {
			trainSet = append(trainSet, c...)
		}
		cfg := cfg
		if *verbose {
			cfg.Log, cfg.Dev = e.stderr, dev
		}
		start := time.Now()
		m, err := ner.Train(ctx, trainSet, clus, cfg)
		if err != nil {
			return err
		}
		t, err := ner.New(m, clus)
		if err != nil {
			return err
		}
		r := ner.Evaluate(t, dev)
		fmt.Fprintf(e.stdout, "fold %d/%d: train %d sentences, dev %d sentences (%s)\n", k, *folds, len(trainSet), len(dev), time.Since(start).Round(time.Second))
		r.Print(e.stdout)
		f1s = append(f1s, 100*r.Overall.F1())
		if *devOut != "" {
			if err := writeFold(t, dev, *devOut, k); err != nil {
				return err
			}
		}
		if len(which) == 1 && *out != "" && *fold >= 0 {
			// A single held-out fold is for measuring: keep the shipped
			// model untouched unless asked.
			fmt.Fprintln(e.stderr, "not writing a model trained without the held-out fold")
		}
	}
	if len(f1s) > 1 {
		mean, lo, hi := 0.0, math.Inf(1), math.Inf(-1)
		for _, f := range f1s {
			mean += f
			lo, hi = math.Min(lo, f), math.Max(hi, f)
		}
		mean /= float64(len(f1s))
		sd := 0.0
		for _, f := range f1s {
			sd += (f - mean) * (f - mean)
		}
		sd = math.Sqrt(sd / float64(len(f1s)-1))
		fmt.Fprintf(e.stdout, "cross-validation: overall F1 mean %.2f ± %.2f (sd), min %.2f, max %.2f over %d folds\n", mean, sd, lo, hi, len(f1s))
	}
	return nil
}

func writeModel(e *env, m *ner.Model, path string) error {
	if path == "" {
		return nil
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create model: %w", err)
	}
	n, err := m.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	fmt.Fprintf(e.stderr, "wrote %s (%.1f MB)\n", path, float64(n)/1e6)
	return nil
}

// writeFold writes a held-out fold's gold labels and the tagger's labels as
// CoNLL files for the evaluation kit's scorer.
func writeFold(t *ner.Tagger, dev []ner.Sentence, dir string, k int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	words := make([][]string, len(dev))
	for i, s := range dev {
		words[i] = s.Words
	}
	pred := make([]ner.Sentence, len(dev))
	for i, labels := range t.TagCorpus(words) {
		pred[i] = ner.Sentence{Words: dev[i].Words, Labels: labels}
	}
	for name, sents := range map[string][]ner.Sentence{"gold": dev, "pred": pred} {
		f, err := os.Create(filepath.Join(dir, fmt.Sprintf("%s-%d.conll", name, k)))
		if err != nil {
			return err
		}
		err = ner.WriteCoNLL(f, sents)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("write fold %d: %w", k, err)
		}
	}
	return nil
}

func runTrainClusters(ctx context.Context, e *env) error {
	fs := newFlags("train clusters", e)
	in := fs.String("in", strings.Join(newsCorpora(sharedData()), ","), "comma-separated JSON Lines files (.gz allowed) with a \"text\" field")
	out := fs.String("o", "internal/ner/model/clusters.gz", "output cluster file")
	vocab := fs.Int("vocab", 50000, "words to cluster (most frequent normalised types)")
	contexts := fs.Int("contexts", 500, "context words (most frequent types)")
	dim := fs.Int("dim", 160, "random-projection dimension")
	sgDim := fs.Int("sg-dim", 100, "skip-gram vector dimension")
	window := fs.Int("window", 5, "skip-gram context window")
	negative := fs.Int("negative", 5, "skip-gram negative samples")
	epochs := fs.Int("epochs", 3, "skip-gram passes over the text")
	k0 := fs.Int("k0", 64, "coarse clusters")
	k1 := fs.Int("k1", 8, "middle clusters per coarse cluster")
	k2 := fs.Int("k2", 4, "fine clusters per middle cluster")
	iters := fs.Int("iters", 25, "k-means iterations per level")
	seed := fs.Uint64("seed", 1, "seed of the projection, the skip-gram and k-means")
	if err := fs.Parse(e.args); err != nil {
		return errUsage
	}
	src := jsonTexts(*in)
	start := time.Now()
	res, err := ner.TrainClusters(ctx, src, ner.ClusterConfig{
		Vocab: *vocab, Contexts: *contexts, Dim: *dim, K: [3]int{*k0, *k1, *k2}, Iters: *iters, Seed: *seed, Log: e.stderr,
		SGDim: *sgDim, Window: *window, Negative: *negative, Epochs: *epochs,
	})
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return fmt.Errorf("create clusters: %w", err)
	}
	n, err := res.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write clusters: %w", err)
	}
	fmt.Fprintf(e.stderr, "wrote %s: %d words, %.1f MB, in %s\n", *out, len(res.Words), float64(n)/1e6, time.Since(start).Round(time.Second))
	return nil
}

// gazetteerNames returns the Arabic names of the embedded actor dictionary
// (people as PERS, countries and territories and their capitals as LOC,
// the other actors as ORG) and of the embedded place gazetteer (LOC), but
// for names that begin with an administrative noun and the provinces
// outside gazProvinceCountries.
func gazetteerNames() ([]ner.GazName, error) {
	d, err := actor.LoadDefault()
	if err != nil {
		return nil, err
	}
	var out []ner.GazName
	add := func(names []string, typ string) {
		for _, n := range names {
			out = append(out, ner.GazName{Name: n, Type: typ})
		}
	}
	for _, e := range d.Entries() {
		switch e.Kind {
		case "person":
			add(e.Arabic, "PERS")
			add(e.Surname, "PERS")
		case "country", "territory":
			add(e.Arabic, "LOC")
			add(e.Capital, "LOC")
		default:
			add(e.Arabic, "ORG")
		}
	}
	g, err := geo.Default()
	if err != nil {
		return nil, err
	}
	for _, e := range g.Entries() {
		if e.Kind == marsad.KindProvince && !gazProvinceCountries[e.Country] {
			continue
		}
		for _, n := range e.Names {
			if headNoun(n) {
				continue
			}
			add([]string{n}, "LOC")
		}
	}
	return out, nil
}

// headNoun reports whether a place name begins with an administrative or
// site noun («محافظة», «بلدية», «ولاية» …), which our gazetteer keeps to
// tell a province from its capital but news text mostly drops.
func headNoun(name string) bool {
	first, _, ok := strings.Cut(name, " ")
	if !ok {
		return false
	}
	switch first {
	case "محافظة", "بلدية", "ولاية", "مقاطعة", "إقليم", "اقليم", "منطقة", "إمارة", "امارة", "دائرة", "مديرية", "قضاء", "ناحية", "مدينة", "جمهورية", "مملكة", "إدارة":
		return true
	}
	return false
}

// gazProvinceCountries are the countries whose provinces are gazetteer
// names: the Arab League, Turkey, Iran and Israel. The ~2,400 provinces of
// the rest of the world are rare in news and many share their name with
// their capital (listed as a city anyway).
var gazProvinceCountries = map[string]bool{
	"DZA": true, "BHR": true, "COM": true, "DJI": true, "EGY": true, "IRQ": true, "JOR": true, "KWT": true,
	"LBN": true, "LBY": true, "MRT": true, "MAR": true, "OMN": true, "PSE": true, "QAT": true, "SAU": true,
	"SOM": true, "SDN": true, "SYR": true, "TUN": true, "ARE": true, "YEM": true, "TUR": true, "IRN": true, "ISR": true,
}

// geoNamesCities reads the Arabic names (name_ar when its script is
// Arabic, admin1_name_ar, country_name_ar) of a GeoNames cities TSV with a
// header row, as LOC gazetteer names.
func geoNamesCities(path string) ([]ner.GazName, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open geonames: %w", err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, marsad.Errorf(marsad.EINVALID, "%s: %v", path, err)
		}
		r = zr
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read geonames: %w", err)
	}
	lines := strings.Split(string(data), "\n")
	col := map[string]int{}
	for i, h := range strings.Split(lines[0], "\t") {
		col[h] = i
	}
	for _, c := range []string{"name_ar", "name_ar_script", "admin1_name_ar", "country_name_ar"} {
		if _, ok := col[c]; !ok {
			return nil, marsad.Errorf(marsad.EINVALID, "%s: no column %q", path, c)
		}
	}
	seen := map[string]bool{}
	var out []ner.GazName
	add := func(n string) {
		n = strings.TrimSpace(n)
		if n != "" && !seen[n] {
			seen[n] = true
			out = append(out, ner.GazName{Name: n, Type: "LOC"})
		}
	}
	for i, ln := range lines[1:] {
		if ln == "" {
			continue
		}
		f := strings.Split(ln, "\t")
		if len(f) != len(col) {
			return nil, marsad.Errorf(marsad.EINVALID, "%s: line %d: %d fields, want %d", path, i+2, len(f), len(col))
		}
		if f[col["name_ar_script"]] == "arabic" {
			add(f[col["name_ar"]])
		}
		add(f[col["admin1_name_ar"]])
		add(f[col["country_name_ar"]])
	}
	return out, nil
}

// newsCorpora lists the unlabelled news corpora under the shared data
// directory.
func newsCorpora(data string) []string {
	return []string{
		filepath.Join(data, "ant-corpus-multisource", "ant-corpus-multisource.jsonl.gz"),
		filepath.Join(data, "ant-corpus-jawharafm", "ant-corpus-jawharafm.jsonl.gz"),
		filepath.Join(data, "saudinewsnet", "saudinewsnet.jsonl.gz"),
	}
}

// jsonTexts returns the texts of a comma-separated list of JSON Lines files.
func jsonTexts(list string) ner.TextSource {
	files := strings.Split(list, ",")
	return func(yield func(string) error) error {
		for _, p := range files {
			if err := eachJSONText(strings.TrimSpace(p), yield); err != nil {
				return err
			}
		}
		return nil
	}
}

// eachJSONText calls yield with the "text" field of each JSON line of path.
func eachJSONText(path string, yield func(string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return marsad.Errorf(marsad.EINVALID, "%s: %v", path, err)
		}
		r = zr
	}
	dec := json.NewDecoder(r)
	for line := 1; ; line++ {
		var doc struct {
			Text string `json:"text"`
		}
		if err := dec.Decode(&doc); err == io.EOF {
			return nil
		} else if err != nil {
			return marsad.Errorf(marsad.EINVALID, "%s: document %d: %v", path, line, err)
		}
		if err := yield(doc.Text); err != nil {
			return err
		}
	}
}
